// Release 016: the working-day calendar (issue #14). The State Council's holiday schedules ship
// with the code (WorkingCalendar.official); an operator imports a year the code does not know yet
// (or corrects one): its holidays and 调休 workdays as rows of `calendar_days`, and the year in
// `calendar_years`, so a year imported with no special day at all still counts as known.
import FluentKit
import SQLKit

enum Schema016 {
    static let all: [any Migration] = [CreateCalendarDays()]
}

struct CreateCalendarDays: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "calendar_days")
            .column("day", type: .text, .primaryKey(autoIncrement: false))  // 2027-10-01
            .column("year", type: .int, .notNull)
            .column("kind", type: .text, .notNull)  // holiday | workday
            .column("name", type: .text, .notNull)
            .run()
        try await database.sql.create(index: "calendar_days_year").on("calendar_days").column("year").run()
        try await database.sql.create(table: "calendar_years")
            .column("year", type: .int, .primaryKey(autoIncrement: false))
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "calendar_years").ifExists().run()
        try await database.sql.drop(index: "calendar_days_year").ifExists().run()
        try await database.sql.drop(table: "calendar_days").ifExists().run()
    }
}
