// The JSON shapes of the case engine's API — a case in the ledger and in full, its events, the
// inbox, notices, the figures per unit and department, case types, enterprises, the webhook and
// its deliveries, and the 422 of a refused field. Each is an OpenAPIObject: the document's
// schemas are written from the same coding keys the responses encode.
import Foundation
import TiaoduCore
import TiaoduStore

enum CaseJSON {
    /// A case as the ledger and the inbox list it: its colour and working days left as of `today`.
    struct Summary: OpenAPIObject {
        let code: String
        let kind: CaseKind
        let type: String
        let title: String
        let org: String
        let enterprise: String?
        let project: String?
        let state: CaseState
        /// the state as the kind names it, in the request's language
        let stateName: String
        let lead: String?
        let assisting: [String]
        let raised: String
        let due: String?
        /// the deadline the clock runs against now (accepting, or answering)
        let clockDue: String?
        let colour: CaseColour?
        let daysLeft: Int?
        let urgent: Bool
        let reopened: Int
        let rating: Rating?
        let version: Int

        init(_ r: CaseRecord, on today: Day, calendar: WorkingCalendar, _ l: Language) {
            (code, kind, type, title, org, enterprise, project) = (r.code, r.kind, r.type, r.title, r.org, r.enterprise, r.project)
            (state, stateName) = (r.state, Catalogue.stateName(r.state, r.kind, l))
            (lead, assisting) = (r.lead?.description, r.assisting.map(\.description))
            (raised, due, clockDue) = (r.raised.description, r.due?.description, r.clockDue?.description)
            colour = CaseColour.of(r, on: today, calendar: calendar)
            daysLeft = CaseColour.daysLeft(r, on: today, calendar: calendar)
            (urgent, reopened, rating, version) = (r.urgent, r.reopened, r.rating, r.version)
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case code, kind, type, title, org, enterprise, project, state, stateName, lead, assisting, raised, due, clockDue, colour, daysLeft
            case urgent, reopened, rating, version
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .code, .type, .title, .org, .stateName, .raised: .string
            case .kind: .oneOf(CaseKind.self)
            case .state: .oneOf(CaseState.self)
            case .enterprise, .project, .lead, .due, .clockDue: .string.nullable
            case .assisting: CaseJSON.strings
            case .colour: .oneOf(CaseColour.self).nullable
            case .daysLeft: .integer.nullable
            case .urgent: .boolean
            case .reopened, .version: .integer
            case .rating: .oneOf(Rating.self).nullable
            }
        }
    }

    /// A case in full: everything its record holds, with the names of its kind, type and state.
    struct Case: OpenAPIObject {
        let code: String
        let kind: CaseKind
        let kindName: String
        let type: String
        let typeName: String
        let title: String
        let detail: String
        let org: String
        let enterprise: String?
        let project: String?
        let raisedBy: String
        let raised: String
        let urgent: Bool
        let state: CaseState
        let stateName: String
        let lead: String?
        let assisting: [String]
        let assistReported: [String]
        let assigned: String?
        let acceptDue: String?
        let signDue: String?
        let assistDue: String?
        let due: String?
        let clockDue: String?
        let colour: CaseColour?
        let daysLeft: Int?
        let extensionAsked: Int?
        let extensions: Int
        let progress: Int?
        let answered: String?
        let rating: Rating?
        let rated: String?
        let reopened: Int
        let closed: String?
        let onTime: Bool?
        let workDays: Int?
        let version: Int

        init(_ r: CaseRecord, types: [CaseType], on today: Day, calendar: WorkingCalendar, _ l: Language) {
            (code, kind, kindName, type) = (r.code, r.kind, Catalogue.kindName(r.kind, l), r.type)
            typeName = types.first { $0.kind == r.kind && $0.code == r.type }?.name(l) ?? r.type
            (title, detail, org, enterprise, project) = (r.title, r.detail, r.org, r.enterprise, r.project)
            (raisedBy, raised, urgent) = (r.raisedBy, r.raised.description, r.urgent)
            (state, stateName) = (r.state, Catalogue.stateName(r.state, r.kind, l))
            (lead, assisting, assistReported) = (r.lead?.description, r.assisting.map(\.description), r.assistReported.map(\.description))
            (assigned, acceptDue, signDue, assistDue) = (r.assigned?.description, r.acceptDue?.description, r.signDue?.description, r.assistDue?.description)
            (due, clockDue) = (r.due?.description, r.clockDue?.description)
            colour = CaseColour.of(r, on: today, calendar: calendar)
            daysLeft = CaseColour.daysLeft(r, on: today, calendar: calendar)
            (extensionAsked, extensions, progress, answered) = (r.extensionAsked, r.extensions, r.progress, r.answered?.description)
            (rating, rated, reopened, closed) = (r.rating, r.rated?.description, r.reopened, r.closed?.description)
            (onTime, workDays, version) = (r.onTime, r.workDays, r.version)
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case code, kind, kindName, type, typeName, title, detail, org, enterprise, project, raisedBy, raised, urgent, state, stateName
            case lead, assisting, assistReported, assigned, acceptDue, signDue, assistDue, due, clockDue, colour, daysLeft
            case extensionAsked, extensions, progress, answered, rating, rated, reopened, closed, onTime, workDays, version
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .code, .kindName, .type, .typeName, .title, .detail, .org, .raisedBy, .raised, .stateName: .string
            case .kind: .oneOf(CaseKind.self)
            case .state: .oneOf(CaseState.self)
            case .enterprise, .project, .lead, .assigned, .acceptDue, .signDue, .assistDue, .due, .clockDue, .answered, .rated, .closed: .string.nullable
            case .assisting, .assistReported: CaseJSON.strings
            case .colour: .oneOf(CaseColour.self).nullable
            case .rating: .oneOf(Rating.self).nullable
            case .daysLeft, .extensionAsked, .progress, .workDays: .integer.nullable
            case .extensions, .reopened, .version: .integer
            case .urgent: .boolean
            case .onTime: .boolean.nullable
            }
        }
    }

    /// One step of a case, as appended.
    struct Event: OpenAPIObject {
        let seq: Int
        let action: CaseAction
        let actionName: String
        let actor: String
        let actorUnit: String
        /// milliseconds since 1970
        let at: Int64
        /// the business day it counts for
        let day: String
        let note: String
        let attachment: String?
        let from: CaseState?
        let to: CaseState
        let lead: String?
        let assisting: [String]
        let due: String?
        let rating: Rating?
        let percent: Int?
        let days: Int?

        init(_ e: CaseEvent, kind: CaseKind, _ l: Language) {
            (seq, action, actionName) = (e.seq, e.action, Catalogue.actionName(e.action, kind, l))
            (actor, actorUnit, at, day, note, attachment) = (e.actor, e.actorUnit, e.at, e.day.description, e.note, e.attachment)
            (from, to, lead, assisting, due) = (e.from, e.to, e.lead?.description, e.assisting.map(\.description), e.due?.description)
            (rating, percent, days) = (e.rating, e.percent, e.days)
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case seq, action, actionName, actor, actorUnit, at, day, note, attachment, from, to, lead, assisting, due, rating, percent, days
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .seq, .at: .integer
            case .action: .oneOf(CaseAction.self)
            case .actionName, .actor, .actorUnit, .day, .note: .string
            case .attachment, .lead, .due: .string.nullable
            case .from: .oneOf(CaseState.self).nullable
            case .to: .oneOf(CaseState.self)
            case .assisting: CaseJSON.strings
            case .rating: .oneOf(Rating.self).nullable
            case .percent, .days: .integer.nullable
            }
        }
    }

    /// Something the reader may do on a case now, with its name as the case's kind says it.
    struct Action: OpenAPIObject {
        let action: CaseAction
        let name: String

        init(_ action: CaseAction, kind: CaseKind, _ l: Language) {
            (self.action, name) = (action, Catalogue.actionName(action, kind, l))
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case action, name
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .action: .oneOf(CaseAction.self)
            case .name: .string
            }
        }
    }

    /// GET /api/v1/cases/{code}: the case, its events, what the reader may do, who the reader is on it.
    struct Detail: OpenAPIObject {
        let `case`: Case
        let events: [Event]
        let actions: [Action]
        /// the parties the reader is on the case (none: a reader only)
        let parties: [CaseParty]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case `case`, events, actions, parties
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .`case`: CaseJSON.object(Case.self)
            case .events: .array(of: Event.openAPISchema)
            case .actions: .array(of: Action.openAPISchema)
            case .parties: .array(of: OpenAPIProperty.oneOf(CaseParty.self).schema)
            }
        }
    }

    /// GET /api/v1/cases: one page of the ledger and how many cases match in all.
    struct Ledger: OpenAPIObject {
        let total: Int
        let cases: [Summary]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case total, cases
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .total: .integer
            case .cases: .array(of: Summary.openAPISchema)
            }
        }
    }

    /// One thing waiting for the reader.
    struct InboxEntry: OpenAPIObject {
        let `case`: Summary
        let actions: [Action]
        let colour: CaseColour?
        let daysLeft: Int?

        init(_ item: InboxItem, on today: Day, calendar: WorkingCalendar, _ l: Language) {
            self.`case` = Summary(item.record, on: today, calendar: calendar, l)
            actions = item.actions.map { Action($0, kind: item.record.kind, l) }
            (colour, daysLeft) = (item.colour, item.daysLeft)
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case `case`, actions, colour, daysLeft
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .`case`: CaseJSON.object(Summary.self)
            case .actions: .array(of: Action.openAPISchema)
            case .colour: .oneOf(CaseColour.self).nullable
            case .daysLeft: .integer.nullable
            }
        }
    }

    struct Inbox: OpenAPIObject {
        let items: [InboxEntry]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case items
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .array(of: InboxEntry.openAPISchema) }
    }

    /// A notice as the reader's inbox lists it.
    struct NoticeEntry: OpenAPIObject {
        let id: Int64
        /// the case's code
        let `case`: String
        /// reminder, urge, escalation, assigned, answered, extension, urged-N
        let kind: String
        let day: String
        let text: String

        init(_ n: Notice, _ l: Language) {
            (id, `case`, kind, day, text) = (n.id, n.caseCode, n.kind, n.day.description, n.text(l))
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, `case`, kind, day, text
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .id: .integer
            case .`case`, .kind, .day, .text: .string
            }
        }
    }

    struct Notices: OpenAPIObject {
        let notices: [NoticeEntry]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case notices
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .array(of: NoticeEntry.openAPISchema) }
    }

    /// Whether a unit of the figures is an org unit of the tree or a department (条线).
    enum UnitKind: String, CaseIterable, Encodable {
        case org, department
    }

    /// A unit's or department's figures for the period, with its place in its own league.
    struct FigureRow: OpenAPIObject {
        /// the org code, or dept:NAME
        let unit: String
        let name: String
        let kind: UnitKind
        let received: Int
        let closed: Int
        let closedOnTime: Int
        /// closed on time ÷ closed, per cent to 1 decimal; null when nothing was closed
        let onTimeRate: String?
        /// working days from assignment to the answer, to 1 decimal; null when nothing was closed
        let averageDays: String?
        let open: Int
        let red: Int
        let yellow: Int
        let blue: Int
        let rated: Int
        let satisfied: Int
        /// (满意 + 基本满意) ÷ rated, per cent to 1 decimal; null when nothing was rated
        let satisfaction: String?
        let reopened: Int
        /// among the list's units; null for a unit with nothing closed, or for a reader who does
        /// not read every case it is computed from
        let rank: Int?

        init(_ row: CaseLeagueRow, name: String, ranked: Bool) {
            let f = row.figures
            unit = row.unit.description
            self.name = name
            kind = row.unit.orgCode == nil ? .department : .org
            (received, closed, closedOnTime, onTimeRate, averageDays) = (f.received, f.closed, f.closedOnTime, f.onTimeRate?.fixed(1), f.averageDays?.fixed(1))
            (open, red, yellow, blue) = (f.open, f.red, f.yellow, f.blue)
            (rated, satisfied, satisfaction, reopened) = (f.rated, f.satisfied, f.satisfaction?.fixed(1), f.reopened)
            rank = ranked ? row.rank : nil
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case unit, name, kind, received, closed, closedOnTime, onTimeRate, averageDays, open, red, yellow, blue, rated, satisfied, satisfaction, reopened, rank
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .unit, .name: .string
            case .kind: .oneOf(UnitKind.self)
            case .received, .closed, .closedOnTime, .open, .red, .yellow, .blue, .rated, .satisfied, .reopened: .integer
            case .onTimeRate, .averageDays, .satisfaction: CaseJSON.oneDecimal.nullable
            case .rank: .integer.nullable
            }
        }
    }

    /// GET /api/v1/case-figures: the org units' league and the departments' league.
    struct Figures: OpenAPIObject {
        let from: String
        let to: String
        /// open cases and their colours are as of this day
        let asOf: String
        let units: [FigureRow]
        let departments: [FigureRow]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case from, to, asOf, units, departments
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .from, .to, .asOf: .string
            case .units, .departments: .array(of: FigureRow.openAPISchema)
            }
        }
    }

    /// A type's working-day limits, by the names CaseLimits gives them.
    struct Limits: OpenAPIObject {
        let accept: Int
        let signFor: Int
        let assist: Int
        let answer: Int
        let objection: Int
        let extensionMax: Int
        let extensionNotice: Int

        init(_ l: CaseLimits) {
            (accept, signFor, assist, answer) = (l.accept, l.signFor, l.assist, l.answer)
            (objection, extensionMax, extensionNotice) = (l.objection, l.extensionMax, l.extensionNotice)
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case accept, signFor, assist, answer, objection, extensionMax, extensionNotice
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .integer }
    }

    struct TypeEntry: OpenAPIObject {
        let kind: CaseKind
        let code: String
        let nameZh: String
        let nameEn: String
        /// in the request's language
        let name: String
        let limits: Limits

        init(_ t: CaseType, _ l: Language) {
            (kind, code, nameZh, nameEn, name, limits) = (t.kind, t.code, t.nameZh, t.nameEn, t.name(l), Limits(t.limits))
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case kind, code, nameZh, nameEn, name, limits
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .kind: .oneOf(CaseKind.self)
            case .code, .nameZh, .nameEn, .name: .string
            case .limits: CaseJSON.object(Limits.self)
            }
        }
    }

    struct Types: OpenAPIObject {
        let types: [TypeEntry]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case types
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .array(of: TypeEntry.openAPISchema) }
    }

    struct EnterpriseEntry: OpenAPIObject {
        let code: String
        let name: String
        let org: String

        init(_ e: Enterprise) { (code, name, org) = (e.code, e.name, e.org) }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case code, name, org
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .string }
    }

    struct Enterprises: OpenAPIObject {
        let enterprises: [EnterpriseEntry]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case enterprises
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .array(of: EnterpriseEntry.openAPISchema) }
    }

    struct Saved: OpenAPIObject {
        let saved: Int

        enum CodingKeys: String, CodingKey, CaseIterable {
            case saved
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .integer }
    }

    /// The webhook notices are POSTed to: whether one is set, and its address without its path
    /// or query (a robot's key travels there, so the full URL is never echoed).
    struct Webhook: OpenAPIObject {
        let configured: Bool
        let url: String?

        init(_ url: String?) { (configured, self.url) = (url != nil, url.map(CaseJSON.masked)) }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case configured, url
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .configured: .boolean
            case .url: .string.nullable
            }
        }
    }

    /// One notice's delivery to the webhook: its tries and how they went.
    struct Delivery: OpenAPIObject {
        let id: Int64
        let notice: Int64
        /// the address without its path or query
        let url: String
        let attempts: Int
        /// pending | delivered | failed
        let status: String
        let lastError: String?
        /// milliseconds since 1970
        let nextAt: Int64
        let deliveredAt: Int64?

        init(_ d: WebhookDelivery) {
            let url = CaseJSON.masked(d.url)
            (id, notice, self.url, attempts, status) = (d.id, d.noticeID, url, d.attempts, d.status)
            // an error text may quote the address it failed to reach
            lastError = d.lastError.map { d.url.isEmpty ? $0 : $0.replacingOccurrences(of: d.url, with: url) }
            (nextAt, deliveredAt) = (d.nextAt, d.deliveredAt)
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, notice, url, attempts, status, lastError, nextAt, deliveredAt
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .id, .notice, .attempts, .nextAt: .integer
            case .url, .status: .string
            case .lastError: .string.nullable
            case .deliveredAt: .integer.nullable
            }
        }
    }

    struct Deliveries: OpenAPIObject {
        let deliveries: [Delivery]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case deliveries
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .array(of: Delivery.openAPISchema) }
    }

    /// A 422: what is wrong, the field at fault (null when no one field is), and for a list the
    /// bad items (as the API's other errors list them).
    struct Problem: OpenAPIObject {
        let error: String
        let field: String?
        let issues: [APIError.Body.Issue]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case error, field, issues
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .error: .string
            case .field: .string.nullable
            case .issues: .array(of: APIError.Body.Issue.openAPISchema)
            }
        }
    }

    /// A nested object, by its own schema.
    static func object<Value: OpenAPIObject>(_: Value.Type) -> OpenAPIProperty {
        guard case .object(let fields) = Value.openAPISchema else { return OpenAPIProperty(fields: [("type", .string("object"))]) }
        return OpenAPIProperty(fields: fields)
    }

    /// An array of strings (units as 321003 or dept:NAME).
    static var strings: OpenAPIProperty { .array(of: OpenAPIProperty.string.schema) }

    /// A figure as text with exactly one decimal (87.5).
    static var oneDecimal: OpenAPIProperty {
        OpenAPIProperty(fields: [("type", .string("string")), ("pattern", .string("^-?[0-9]+\\.[0-9]$"))])
    }

    /// A URL's scheme and host only (https://qyapi.weixin.qq.com/…): no user, path or query.
    static func masked(_ url: String) -> String {
        guard let range = url.range(of: "://") else { return "…" }
        let scheme = url[..<range.upperBound]
        let rest = url[range.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.split(separator: "@", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        return String(scheme) + host + (authority.count < rest.count || authority.contains("@") ? "/…" : "")
    }
}
