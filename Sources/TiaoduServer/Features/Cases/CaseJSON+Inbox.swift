// The JSON shapes of the reader's inbox (what waits for them, with what they may do) and of
// their notices.
import Foundation
import TiaoduCore
import TiaoduStore

extension CaseJSON {
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
}
