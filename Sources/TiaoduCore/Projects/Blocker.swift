// 存在问题: what holds a project up — its kind, who must solve it and by when — until it is
// resolved. Nothing is deleted: a resolved blocker keeps who resolved it, when and how.

public enum BlockerKind: String, Sendable, CaseIterable, Codable {
    /// 用地, 用工, 资金, 审批, 用电, 其他
    case land, labour, funding, approvals, power, other
}

public struct Blocker: Hashable, Sendable {
    public let id: Int64
    public let code: String
    public let kind: BlockerKind
    public let description: String
    /// the unit or person who must solve it (责任单位)
    public let solver: String
    public let due: Day?
    public let raised: Day
    public let raisedBy: String
    public let resolved: Day?
    public let resolvedBy: String?
    public let resolution: String?

    public init(id: Int64, code: String, kind: BlockerKind, description: String, solver: String, due: Day?, raised: Day, raisedBy: String,
                resolved: Day? = nil, resolvedBy: String? = nil, resolution: String? = nil) {
        self.id = id
        self.code = code
        self.kind = kind
        self.description = description
        self.solver = solver
        self.due = due
        self.raised = raised
        self.raisedBy = raisedBy
        self.resolved = resolved
        self.resolvedBy = resolvedBy
        self.resolution = resolution
    }

    /// Not resolved (yet).
    public var isOpen: Bool { resolved == nil }

    /// Raised by `day` and not resolved by then — so a past month shows what was open then.
    public func isOpen(on day: Day) -> Bool { raised <= day && (resolved.map { $0 > day } ?? true) }

    /// Days open as of `day` (or until it was resolved, if earlier).
    public func age(on day: Day) -> Int { raised.days(to: min(resolved ?? day, day)) }

    /// Open on `day` and past its due date.
    public func isOverdue(on day: Day) -> Bool { isOpen(on: day) && due.map { $0 < day } == true }
}

/// What a user enters to raise a blocker; `validate` says which field is wrong and why.
public struct BlockerInput: Sendable {
    public var kind: String
    public var description: String
    public var solver: String
    public var due: String?

    public init(kind: String, description: String, solver: String, due: String?) {
        (self.kind, self.description, self.solver, self.due) = (kind, description, solver, due)
    }

    public func validate() -> Result<(BlockerKind, String, String, Day?), ImportFailure> {
        var reader = FieldReader(InputRecord(line: 1, fields: ["kind": kind, "description": description, "solver": solver, "due": due ?? ""]))
        let kind = reader.choice("kind", BlockerKind.self)
        let description = reader.required("description")
        let solver = reader.required("solver")
        var due: Day?
        if let raw = reader.text("due") {
            due = Day(raw)
            if due == nil { reader.fail("due", .badDate(raw)) }
        }
        guard reader.issues.isEmpty, let kind, let description, let solver else { return .failure(ImportFailure(reader.issues)) }
        return .success((kind, description, solver, due))
    }
}
