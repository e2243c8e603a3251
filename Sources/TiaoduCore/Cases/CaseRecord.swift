// A case as it stands now: what the events so far have made of it. The events themselves
// (CaseEvent) are the record and are never changed; the store keeps this projection beside them
// so that ledgers, inboxes and figures read one row per case.

public struct CaseRecord: Hashable, Sendable {
    public let id: Int64
    /// R2021-00001
    public let code: String
    public let kind: CaseKind
    public var type: String
    public var title: String
    public var detail: String
    /// the unit the case belongs to, whose centre (受理 desk, 督办 office) runs it
    public let org: String
    /// the enterprise that raised a request
    public let enterprise: String?
    /// the major project a blocker holds up
    public let project: String?
    public let raisedBy: String
    public let raised: Day
    public var urgent: Bool
    public var state: CaseState
    public var lead: CaseUnit?
    public var assisting: [CaseUnit]
    /// assisting units that have reported to the lead
    public var assistReported: [CaseUnit]
    /// the day the current assignment was made (the unit's clock starts the next working day)
    public var assigned: Day?
    /// deadlines of the steps: accept (or return), sign for, assisting units' reports
    public var acceptDue: Day?
    public var signDue: Day?
    public var assistDue: Day?
    /// the answer's deadline (after any extension)
    public var due: Day?
    /// an extension the lead unit asked for and the centre has not decided, in working days
    public var extensionAsked: Int?
    public var extensions: Int
    /// the last progress reported, in per cent (tasks)
    public var progress: Int?
    public var answered: Day?
    /// the last rating and its day
    public var rating: Rating?
    public var rated: Day?
    public var reopened: Int
    public var closed: Day?
    /// the last answer came by its deadline; working days from assignment to it
    public var onTime: Bool?
    public var workDays: Int?
    /// events so far: a writer acting on what it saw says which version that was
    public var version: Int

    public init(id: Int64, code: String, kind: CaseKind, type: String, title: String, detail: String, org: String, enterprise: String? = nil,
                project: String? = nil, raisedBy: String, raised: Day, urgent: Bool = false, state: CaseState = .raised) {
        (self.id, self.code, self.kind, self.type, self.title, self.detail) = (id, code, kind, type, title, detail)
        (self.org, self.enterprise, self.project, self.raisedBy, self.raised, self.urgent, self.state) = (org, enterprise, project, raisedBy, raised, urgent, state)
        lead = nil
        assisting = []
        assistReported = []
        extensions = 0
        reopened = 0
        version = 0
    }

    /// Every unit on the case: the lead first, then the assisting units.
    public var units: [CaseUnit] { (lead.map { [$0] } ?? []) + assisting }

    /// The deadline the clock runs against now: accepting it while it waits for the centre, the
    /// answer once assigned; none once answered (the rating or the check is not the unit's delay).
    public var clockDue: Day? {
        switch state {
        case .raised where kind == .task || kind == .blocker: return due
        case .raised, .accepted: return acceptDue
        case .assigned, .inProgress: return due
        default: return nil
        }
    }
}

/// One step of a case: who did what, when, with which note — appended, never changed.
public struct CaseEvent: Hashable, Sendable {
    public let caseID: Int64
    /// 1, 2, 3… within the case
    public let seq: Int
    public let action: CaseAction
    public let actor: String
    /// the unit the actor acted for (their org, or dept:NAME)
    public let actorUnit: String
    /// milliseconds since 1970 (the wall clock) and the business day it counts for
    public let at: Int64
    public let day: Day
    public let note: String
    public let attachment: String?
    public let from: CaseState?
    public let to: CaseState
    public let lead: CaseUnit?
    public let assisting: [CaseUnit]
    public let due: Day?
    public let rating: Rating?
    public let percent: Int?
    public let days: Int?

    public init(caseID: Int64, seq: Int, action: CaseAction, actor: String, actorUnit: String, at: Int64, day: Day, note: String,
                attachment: String? = nil, from: CaseState?, to: CaseState, lead: CaseUnit? = nil, assisting: [CaseUnit] = [],
                due: Day? = nil, rating: Rating? = nil, percent: Int? = nil, days: Int? = nil) {
        (self.caseID, self.seq, self.action, self.actor, self.actorUnit, self.at, self.day, self.note) = (caseID, seq, action, actor, actorUnit, at, day, note)
        (self.attachment, self.from, self.to, self.lead, self.assisting, self.due) = (attachment, from, to, lead, assisting, due)
        (self.rating, self.percent, self.days) = (rating, percent, days)
    }
}
