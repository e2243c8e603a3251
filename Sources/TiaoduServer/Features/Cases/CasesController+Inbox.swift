// The case engine's inbox and notices (signed in): GET /api/v1/inbox, what waits for the reader or
// the reader's unit, most urgent first; GET /api/v1/notices, the reader's notices, newest first.
import Vapor
import TiaoduCore
import TiaoduStore

extension CasesController {
    func inbox(_ request: Request) async throws -> Response {
        let l = request.language
        let principal = try Self.signedIn(request)
        let limit = try Self.number(request, "limit", 1...500) ?? 200
        let today = context.today
        return try await Self.answering(l) {
            let items = try await context.store.cases.inbox(for: principal, today: today, limit: limit)
            let calendar = try await context.store.cases.calendar()
            return try .json(encoding: CaseJSON.Inbox(items: items.map { CaseJSON.InboxEntry($0, on: today, calendar: calendar, l) }))
        }
    }

    func notices(_ request: Request) async throws -> Response {
        let l = request.language
        let principal = try Self.signedIn(request)
        let limit = try Self.number(request, "limit", 1...500) ?? 50
        let notices = try await context.store.cases.notices(for: principal, limit: limit)
        return try .json(encoding: CaseJSON.Notices(notices: notices.map { CaseJSON.NoticeEntry($0, l) }))
    }
}
