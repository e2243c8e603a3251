// Blockers (存在问题) of projects are cases of the case engine (kind `blocker`, linked to the
// project), so one inbox and one set of colours cover them. Raised and confirmed solved by those
// who may enter the owner unit's figures — the owner acts as the blocker's centre: raising names
// the solver (the lead unit: an org unit by code or name, else a department by name) and the
// deadline (the type's limit when none is given); solving closes the case with how. Never
// deleted; each raise and resolution is also in the audit log (the project counter moves).
import SQLKit
import TiaoduCore

public struct UnknownBlocker: Error, Equatable, Sendable {
    public let id: Int64
}

extension ProjectsRepository {
    /// Raises a blocker on a project; `today` is the date it is raised. Returns its id (the case's).
    @discardableResult
    public func raiseBlocker(_ code: String, _ input: BlockerInput, by principal: Principal, today: Day, source: WriteSource) async throws -> Int64 {
        let (kind, description, solver, due) = try input.validate().get()
        // A blocker is due on or after the day it is raised.
        if let due, due < today { throw ImportFailure([ImportIssue(line: 1, column: "due", reason: .outOfRange(due.description, allowed: "≥ \(today)"))]) }
        return try await transaction { db in
            let owner = try await Store.ownedProject(db, code, by: principal)
            let tree = try await store.orgTree(db)
            let id = (try await db.raw("SELECT MAX(id) AS n FROM cases").first()?.decode(column: "n", as: Int64?.self) ?? 0) + 1
            let limits = try await Store.caseTypes(db).first { $0.kind == .blocker && $0.code == kind.rawValue }?.limits ?? .standard
            let machine = CaseMachine(calendar: try await Store.calendar(db), limits: limits)
            let draft = CaseDraft(kind: .blocker, type: kind.rawValue, title: String(description.prefix(CaseDraft.titleLimit)), detail: description,
                                  org: owner, project: code, due: due)
            let unit = Store.actingUnit(principal)
            let (raised, first) = try machine.raise(draft, id: id, code: Store.caseCode(.blocker, year: today.year, id: id),
                                                    by: CaseActor(login: principal.login, unit: unit, parties: [.raiser]), today: today, at: Store.now())
            let (assigned, second) = try machine.apply(CaseCommand(.assign, lead: Store.solverUnit(solver, tree: tree), due: due), to: raised,
                                                       by: CaseActor(login: principal.login, unit: unit, parties: [.centre]), today: today, at: Store.now())
            try await Store.saveCase(db, assigned, isNew: true, calendar: machine.calendar)
            try await Store.appendEvent(db, first)
            try await Store.appendEvent(db, second)
            try await Store.noticesAfter(db, assigned, second, calendar: machine.calendar)
            try await Store.audit(db, actor: principal.login, action: .projectBlocker, object: code, after: "#\(id) \(kind.rawValue): \(description)", source: source)
            return id
        }
    }

    /// Marks an open blocker resolved, saying how (closes its case).
    public func resolveBlocker(_ id: Int64, resolution: String, by principal: Principal, today: Day, source: WriteSource) async throws {
        let how = resolution.trimmingCharacters(in: .whitespaces)
        guard !how.isEmpty else { throw ImportFailure([ImportIssue(line: 1, column: "resolution", reason: .required)]) }
        if let problem = TextLimits.problem(how, limit: TextLimits.text) { throw ImportFailure([ImportIssue(line: 1, column: "resolution", reason: problem)]) }
        try await transaction { db in
            guard let row = try await db.raw("SELECT \(unsafeRaw: Store.caseColumns) FROM cases WHERE id = \(bind: id) AND kind = 'blocker'").first() else {
                throw UnknownBlocker(id: id)
            }
            let current = try Store.caseRecord(row)
            _ = try await Store.ownedProject(db, current.project ?? "", by: principal)
            guard !current.state.isFinal else { return }
            let limits = try await Store.caseTypes(db).first { $0.kind == .blocker && $0.code == current.type }?.limits ?? .standard
            let machine = CaseMachine(calendar: try await Store.calendar(db), limits: limits)
            let actor = CaseActor(login: principal.login, unit: Store.actingUnit(principal), parties: [.centre])
            let (closed, event) = try machine.apply(CaseCommand(.close, note: how), to: current, by: actor, today: today, at: Store.now())
            try await Store.saveCase(db, closed, isNew: false, calendar: machine.calendar)
            try await Store.appendEvent(db, event)
            try await Store.audit(db, actor: principal.login, action: .projectResolve, object: current.project ?? "", before: "#\(id)", after: how, source: source)
        }
    }

    public func blocker(_ id: Int64) async throws -> Blocker? {
        try await blockers(id: id).first
    }

    /// Blockers of one project (or the one with `id`, or all); oldest first.
    public func blockers(code: String? = nil, id: Int64? = nil) async throws -> [Blocker] {
        var query = SQLQueryString("""
            SELECT c.id, c.project, c.type, c.detail, c.lead, c.due, c.raised, c.raised_by, c.closed, e.actor AS closed_by, e.note AS resolution
            FROM cases c LEFT JOIN case_events e ON e.case_id = c.id AND e.action = 'close'
            WHERE c.kind = 'blocker'
            """)
        if let code { query.appendInterpolation(unsafeRaw: " AND c.project = "); query.appendInterpolation(bind: code) }
        if let id { query.appendInterpolation(unsafeRaw: " AND c.id = "); query.appendInterpolation(bind: id) }
        query.appendInterpolation(unsafeRaw: " ORDER BY c.raised, c.id")
        let tree = try await store.orgTree(sql)
        return try await sql.raw(query).all().compactMap { row in
            func text(_ column: String) throws -> String? { try row.decode(column: column, as: String?.self) }
            guard let kind = BlockerKind(rawValue: try text("type") ?? ""), let raised = try text("raised").flatMap(Day.init) else { return nil }
            let solver: String = switch try text("lead").flatMap(CaseUnit.init) {
            case .org(let code)?: tree[code]?.name ?? code
            case .department(let name)?: name
            case nil: ""
            }
            return Blocker(id: try row.decode(column: "id", as: Int64.self), code: try text("project") ?? "", kind: kind, description: try text("detail") ?? "",
                           solver: solver, due: try text("due").flatMap(Day.init), raised: raised, raisedBy: try text("raised_by") ?? "",
                           resolved: try text("closed").flatMap(Day.init), resolvedBy: try text("closed_by"), resolution: try text("resolution"))
        }
    }
}

extension Store {
    /// Checks the project exists and the principal may enter its owner's figures; returns the owner.
    static func ownedProject(_ db: any SQLDatabase, _ code: String, by principal: Principal) async throws -> String {
        guard let row = try await db.raw("SELECT owner FROM projects WHERE code = \(bind: code)").first() else { throw UnknownProject(code: code) }
        let owner = try row.decode(column: "owner", as: String.self)
        guard AccessPolicy(tree: OrgTree(try await Self.orgs(db))).canEnter(principal, org: owner) else {
            throw ImportFailure([ImportIssue(line: 1, column: "owner", reason: .outOfScope(owner))])
        }
        return owner
    }

    /// A blocker's solver as a unit: an org unit named by its code or name, else a department.
    static func solverUnit(_ solver: String, tree: OrgTree) -> CaseUnit {
        if tree.contains(solver) { return .org(solver) }
        if let unit = tree.units.first(where: { $0.name == solver }) { return .org(unit.code) }
        return .department(solver)
    }
}
