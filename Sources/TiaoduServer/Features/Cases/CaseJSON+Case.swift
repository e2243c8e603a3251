// The JSON shapes of a case: as the ledger lists it and in full, its events, what the reader may
// do on it, GET /api/v1/cases/{code} and a page of the ledger.
import Foundation
import TiaoduCore
import TiaoduStore

extension CaseJSON {
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
}
