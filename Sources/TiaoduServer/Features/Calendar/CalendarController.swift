// The working-day calendar, public (no sign-in): GET /api/v1/calendar/add?from=2021-09-30&days=5 →
// {"from","days","due"} (N working days counted from the next working day after `from`);
// GET /api/v1/calendar/count?from=&to= → {"workingDays"} (working days in (from, to]);
// GET /api/v1/calendar?year=2021 → the year's holidays and 调休 workdays. A date outside the
// loaded years, a bad date or a negative count is a 400 whose message says so in the request's
// language. The calendar is read per request (a few hundred rows), so an import is in the next answer.
import Vapor
import TiaoduCore
import TiaoduStore

struct CalendarController: RouteCollection {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("calendar", use: yearDays)
        api.get("calendar", "add", use: add)
        api.get("calendar", "count", use: count)
    }

    func add(_ request: Request) async throws -> Response {
        let l = request.language
        let from = try Self.day(request, "from")
        guard let raw = try? request.query.get(String.self, at: "days"), let days = Int(raw) else {
            throw APIError(status: .badRequest, message: l == .zh ? "请给出工作日数 days（0或正整数）。" : "days is required: a whole number, 0 or more.")
        }
        let calendar = try await context.store.calendar.workingCalendar()
        let due = try Self.answer(l) { try calendar.add(workingDays: days, to: from) }
        return try .json(encoding: Added(from: from.description, days: days, due: due.description))
    }

    func count(_ request: Request) async throws -> Response {
        let l = request.language
        let from = try Self.day(request, "from")
        let to = try Self.day(request, "to")
        let calendar = try await context.store.calendar.workingCalendar()
        return try .json(encoding: Counted(workingDays: try Self.answer(l) { try calendar.count(from: from, to: to) }))
    }

    func yearDays(_ request: Request) async throws -> Response {
        let l = request.language
        let year = try Self.yearParameter(request) ?? context.today.year
        let calendar = try await context.store.calendar.workingCalendar()
        guard calendar.years.contains(year) else { throw APIError(status: .badRequest, message: CalendarError.yearNotLoaded(year).message(l)) }
        let days = calendar.days.filter { $0.day.year == year }.map { Special(date: $0.day.description, kind: $0.kind, name: $0.name) }
        return try .json(encoding: YearDays(year: year, days: days))
    }

    /// A required date parameter (2021-09-30).
    static func day(_ request: Request, _ name: String) throws -> Day {
        let raw = (try? request.query.get(String.self, at: name)) ?? ""
        guard let day = Day(raw) else {
            let l = request.language
            throw APIError(status: .badRequest, message: raw.isEmpty
                ? (l == .zh ? "请给出日期 \(name)（如2021-09-30）。" : "\(name) is required: a date such as 2021-09-30.")
                : (l == .zh ? "日期 \(name)“\(raw)”有误：请写作2021-09-30。" : "bad \(name) “\(raw)”: use a date such as 2021-09-30."))
        }
        return day
    }

    /// An optional `year` parameter (1900–2200).
    static func yearParameter(_ request: Request) throws -> Int? {
        guard let raw = try? request.query.get(String.self, at: "year"), !raw.isEmpty else { return nil }
        guard let year = Int(raw), Period.yearRange.contains(year) else {
            throw APIError(status: .badRequest, message: request.language == .zh ? "年份“\(raw)”有误：请写作2021。" : "bad year “\(raw)”: use a year such as 2021.")
        }
        return year
    }

    /// The calendar's answer, or its error (a year not loaded, a negative count) as a 400.
    static func answer<T>(_ language: Language, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CalendarError {
            throw APIError(status: .badRequest, message: error.message(language))
        }
    }

    struct Added: OpenAPIObject {
        let from: String
        let days: Int
        /// the day `days` working days after `from`
        let due: String

        enum CodingKeys: String, CodingKey, CaseIterable {
            case from, days, due
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .from, .due: .string
            case .days: .integer
            }
        }
    }

    struct Counted: OpenAPIObject {
        /// working days in (from, to]; negative when `to` is before `from`
        let workingDays: Int

        enum CodingKeys: String, CodingKey, CaseIterable {
            case workingDays
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .integer }
    }

    /// A holiday or an adjusted working day (调休上班).
    struct Special: OpenAPIObject {
        let date: String
        let kind: DayKind
        let name: String

        enum CodingKeys: String, CodingKey, CaseIterable {
            case date, kind, name
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .date, .name: .string
            case .kind: .oneOf(DayKind.self)
            }
        }
    }

    struct YearDays: OpenAPIObject {
        let year: Int
        let days: [Special]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case year, days
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .year: .integer
            case .days: .array(of: Special.openAPISchema)
            }
        }
    }
}
