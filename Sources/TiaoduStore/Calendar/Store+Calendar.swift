// The working-day calendar as the workspace holds it: the State Council's schedules shipped with
// the code (WorkingCalendar.official), with every year an operator imported (`tiaodu import
// calendar`) in place of the shipped one. Small (a few dozen days a year), so read whole.
import SQLKit
import TiaoduCore

extension CalendarRepository {
    /// The shipped calendar with the imported years replacing its own.
    public func workingCalendar() async throws -> WorkingCalendar {
        let imported = try await Store.importedCalendar(sql)
        return WorkingCalendar.official.replacing(years: imported.years, with: imported.days)
    }

    /// The years an operator imported (each replaces the shipped year, if there was one).
    public func importedYears() async throws -> Set<Int> {
        try await Store.importedCalendar(sql).years
    }
}

extension Store {
    /// The imported years and their holidays and 调休 workdays, in date order.
    static func importedCalendar(_ db: any SQLDatabase) async throws -> (years: Set<Int>, days: [CalendarDay]) {
        var years: Set<Int> = []
        for row in try await db.raw("SELECT year FROM calendar_years").all() {
            years.insert(try row.decode(column: "year", as: Int.self))
        }
        let days = try await db.raw("SELECT day, kind, name FROM calendar_days ORDER BY day").all().compactMap(Self.calendarDay)
        return (years, days)
    }

    /// A stored row as a calendar day (nil for a row no import could have written).
    static func calendarDay(_ row: any SQLRow) throws -> CalendarDay? {
        guard let day = Day(try row.decode(column: "day", as: String.self)),
              let kind = DayKind(rawValue: try row.decode(column: "kind", as: String.self)) else { return nil }
        return CalendarDay(day: day, kind: kind, name: try row.decode(column: "name", as: String.self))
    }
}
