// GET /calendar?year=2021 — the working-day calendar of a year (this year by default): public,
// like the API's /api/v1/calendar. Linked from /status, where due dates are read.
import Vapor
import TiaoduCore
import TiaoduStore

struct CalendarPages: PageRoutes {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get("calendar", use: year)
    }

    func year(_ request: Request) async throws -> Response {
        try await context.page(request, path: "/calendar") { p in
            let year = try CalendarController.yearParameter(request) ?? p.today.year
            let calendar = try await context.store.calendar.workingCalendar()
            return p.respond(CalendarYearView.render(CalendarYearModel(p.page, calendar: calendar, year: year), p.page))
        }
    }
}
