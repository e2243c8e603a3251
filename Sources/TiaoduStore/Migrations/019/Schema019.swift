// Release 019: the cases' figures at a province's scale (issue #14, bench/cases.py). Ratings and
// reopenings keep the lead unit they judged on their event, so the figures count them from the
// events' index alone instead of looking each case up; and the one wide index on every case gives
// way to three narrow ones, each holding just what one of the figures' statements reads —
// received by lead and day assigned, the closed cases, the open cases; and the inbox starts from
// narrow indexes too.
import FluentKit
import SQLKit

enum Schema019 {
    static let all: [any Migration] = [FiguresAtScale()]
}

struct FiguresAtScale: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        // events written before this release name the case's lead as it stands: the unit the
        // figures counted them for until now, so every published figure stays as it was
        try await sql.raw("""
            UPDATE case_events SET lead = (SELECT lead FROM cases WHERE cases.id = case_events.case_id)
            WHERE action IN ('rate', 'reopen') AND lead IS NULL
            """).run()
        try await sql.drop(index: "case_events_action").run()
        try await sql.create(index: "case_events_figures").on("case_events").column("action").column("lead").column("day").column("rating").run()
        try await sql.drop(index: "cases_lead").run()
        try await sql.create(index: "cases_received").on("cases").column("lead").column("assigned").run()
        // partial indexes: SQLite and PostgreSQL both keep just the rows their condition holds for
        try await sql.raw("CREATE INDEX cases_closed ON cases (lead, on_time, closed, work_days) WHERE closed IS NOT NULL").run()
        try await sql.raw("""
            CREATE INDEX cases_open ON cases (lead, clock_due, yellow_from, state, rating) WHERE state NOT IN ('closed', 'returned')
            """).run()
        // the inbox starts from these: the cases a unit works on, and an area's extension requests
        try await sql.drop(index: "case_units_unit").run()
        try await sql.create(index: "case_units_unit").on("case_units").column("unit").column("case_id").run()
        try await sql.raw("CREATE INDEX cases_extension ON cases (org) WHERE extension_asked IS NOT NULL").run()
        // the ledger's red filter counts the overdue from their deadlines alone
        try await sql.raw("CREATE INDEX cases_clock_due ON cases (clock_due) WHERE clock_due IS NOT NULL").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        for index in ["cases_clock_due", "cases_extension", "case_units_unit", "cases_open", "cases_closed", "cases_received", "case_events_figures"] {
            try await sql.drop(index: index).run()
        }
        try await sql.create(index: "case_units_unit").on("case_units").column("unit").run()
        try await sql.create(index: "cases_lead").on("cases").column("lead").column("state").column("assigned").column("closed")
            .column("on_time").column("work_days").column("clock_due").column("yellow_from").column("rating").run()
        try await sql.create(index: "case_events_action").on("case_events").column("action").column("day").column("case_id").column("rating").run()
    }
}
