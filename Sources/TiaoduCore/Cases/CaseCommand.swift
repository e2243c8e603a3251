// What a user submits to act on a case (or to raise one): the action and whatever it needs.

public struct CaseCommand: Sendable, Hashable {
    public var action: CaseAction
    public var note: String
    public var attachment: String?
    public var lead: CaseUnit?
    public var assisting: [CaseUnit]
    public var due: Day?
    public var rating: Rating?
    public var percent: Int?
    public var days: Int?
    /// the case's version the user saw (nil: act on whatever is current)
    public var version: Int?

    public init(_ action: CaseAction, note: String = "", attachment: String? = nil, lead: CaseUnit? = nil, assisting: [CaseUnit] = [],
                due: Day? = nil, rating: Rating? = nil, percent: Int? = nil, days: Int? = nil, version: Int? = nil) {
        (self.action, self.note, self.attachment, self.lead, self.assisting) = (action, note, attachment, lead, assisting)
        (self.due, self.rating, self.percent, self.days, self.version) = (due, rating, percent, days, version)
    }
}

/// A new case as raised: what it is about, where, by whom.
public struct CaseDraft: Sendable, Hashable {
    public var kind: CaseKind
    public var type: String
    public var title: String
    public var detail: String
    public var org: String
    public var enterprise: String?
    public var project: String?
    public var urgent: Bool
    /// a task's deadline set when it is registered (otherwise the type's limit from assignment)
    public var due: Day?
    public var attachment: String?

    public init(kind: CaseKind, type: String, title: String, detail: String, org: String, enterprise: String? = nil, project: String? = nil,
                urgent: Bool = false, due: Day? = nil, attachment: String? = nil) {
        (self.kind, self.type, self.title, self.detail, self.org) = (kind, type, title, detail, org)
        (self.enterprise, self.project, self.urgent, self.due, self.attachment) = (enterprise, project, urgent, due, attachment)
    }

    public static let titleLimit = 100
    public static let textLimit = 2000

    /// The first thing wrong with it, field by field.
    public func problem(types: [CaseType]) -> CaseError? {
        if !types.contains(where: { $0.kind == kind && $0.code == type }) { return .unknownType(kind, type) }
        let title = title.trimmingCharacters(in: .whitespaces)
        if title.isEmpty { return .required(field: "title") }
        if title.count > Self.titleLimit { return .tooLong(field: "title", limit: Self.titleLimit) }
        if detail.count > Self.textLimit { return .tooLong(field: "detail", limit: Self.textLimit) }
        if TextLimits.problem(title, limit: Self.titleLimit) != nil { return .badText(field: "title") }
        if TextLimits.problem(detail, limit: Self.textLimit) != nil { return .badText(field: "detail") }
        if let attachment, attachment.count > TextLimits.name { return .tooLong(field: "attachment", limit: TextLimits.name) }
        if let attachment, TextLimits.problem(attachment, limit: TextLimits.name) != nil { return .badText(field: "attachment") }
        if org.isEmpty { return .required(field: "org") }
        if kind == .blocker && (project ?? "").isEmpty { return .required(field: "project") }
        return nil
    }
}
