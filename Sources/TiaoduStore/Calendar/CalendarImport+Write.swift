// Writing the working-day calendar: an import replaces every year it has a row of — that year's
// stored days are deleted, the file's inserted and the year recorded as imported — so a year is
// always one operator's whole schedule, never the shipped one patched. Administrators' alone
// (CalendarImport.administrative); the pipeline audits it as `write.calendar`.
import SQLKit
import TiaoduCore

extension CalendarImport: StoredImport {
    static func write(_ rows: [CalendarDay], into db: any SQLDatabase, _ context: inout WriteContext) async throws -> ImportSummary {
        try await Store.replaceCalendarYears(db, rows)
    }
}

extension Store {
    /// Replaces the years of `days` with them. New: a date the year did not hold; changed: a date
    /// whose kind or name differs, and a date the year held that the file leaves out (so an import
    /// that only removes days is counted, and audited, too).
    static func replaceCalendarYears(_ db: any SQLDatabase, _ days: [CalendarDay]) async throws -> ImportSummary {
        // One row per date, the last given (validation refuses duplicates; this keeps the key whole regardless).
        var byDay: [Day: CalendarDay] = [:]
        for day in days { byDay[day.day] = day }
        let years = Set(byDay.keys.map(\.year)).sorted()
        var before: [Day: CalendarDay] = [:]
        for year in years {
            for row in try await db.raw("SELECT day, kind, name FROM calendar_days WHERE year = \(bind: year)").all() {
                if let stored = try calendarDay(row) { before[stored.day] = stored }
            }
        }
        for year in years {
            try await db.raw("DELETE FROM calendar_days WHERE year = \(bind: year)").run()
            try await db.raw("DELETE FROM calendar_years WHERE year = \(bind: year)").run()
            try await db.raw("INSERT INTO calendar_years (year) VALUES (\(bind: year))").run()
        }
        let written = byDay.values.sorted { $0.day < $1.day }
        if !written.isEmpty {
            try await batchWrite(db, into: "calendar_days", columns: ["day", "year", "kind", "name"],
                                 rows: written.map { [SQLValue($0.day.description), SQLValue($0.day.year), SQLValue($0.kind.rawValue), SQLValue($0.name)] })
        }
        let inserted = written.filter { before[$0.day] == nil }.count
        let changed = written.filter { day in before[day.day].map { $0 != day } ?? false }.count
        let removed = before.keys.filter { byDay[$0] == nil }.count
        return ImportSummary(kind: .calendar, rows: days.count, inserted: inserted, changed: changed + removed,
                             unchanged: written.count - inserted - changed)
    }
}
