// Release 017: cases (issue #14) — enterprise requests, supervision tasks, grid events and project
// blockers in one engine. `cases` holds each case as it stands (one row, read by ledgers, inboxes
// and figures); `case_events` every step, appended and never changed; `case_units` who works on
// which case (lead and assisting units) for scope and inboxes; `case_types` the types and their
// working-day limits (admins edit them); `enterprises` the enterprises that raise requests;
// `notices` each user's or unit's inbox notices; `webhook_deliveries` the log of notices POSTed.
import FluentKit
import SQLKit
import TiaoduCore

enum Schema017 {
    static let all: [any Migration] = [CreateCases()]
}

struct CreateCases: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "case_types")
            .column("kind", type: .text, .notNull).column("code", type: .text, .notNull)
            .column("name_zh", type: .text, .notNull).column("name_en", type: .text, .notNull)
            .column("accept_days", type: .int, .notNull).column("sign_days", type: .int, .notNull).column("assist_days", type: .int, .notNull)
            .column("answer_days", type: .int, .notNull).column("objection_days", type: .int, .notNull)
            .column("extension_max", type: .int, .notNull).column("extension_notice", type: .int, .notNull)
            .primaryKey(["kind", "code"]).run()
        for type in CaseType.defaults {
            let l = type.limits
            try await sql.raw("""
                INSERT INTO case_types (kind, code, name_zh, name_en, accept_days, sign_days, assist_days, answer_days, objection_days, extension_max, extension_notice)
                VALUES (\(bind: type.kind.rawValue), \(bind: type.code), \(bind: type.nameZh), \(bind: type.nameEn), \(bind: l.accept), \(bind: l.signFor),
                        \(bind: l.assist), \(bind: l.answer), \(bind: l.objection), \(bind: l.extensionMax), \(bind: l.extensionNotice))
                """).run()
        }
        try await sql.create(table: "enterprises")
            .column("code", type: .text, .primaryKey(autoIncrement: false))
            .column("name", type: .text, .notNull).column("org", type: .text, .notNull)
            .run()
        try await sql.raw("ALTER TABLE users ADD COLUMN enterprise TEXT").run()
        try await sql.create(table: "cases")
            .column("id", type: .bigint, .primaryKey(autoIncrement: false))
            .column("code", type: .text, .notNull).column("kind", type: .text, .notNull).column("type", type: .text, .notNull)
            .column("title", type: .text, .notNull).column("detail", type: .text, .notNull)
            .column("org", type: .text, .notNull).column("enterprise", type: .text).column("project", type: .text)
            .column("raised_by", type: .text, .notNull).column("raised", type: .text, .notNull).column("urgent", type: .int, .notNull)
            .column("state", type: .text, .notNull).column("lead", type: .text).column("assisting", type: .text, .notNull)
            .column("assist_reported", type: .text, .notNull).column("assigned", type: .text)
            .column("accept_due", type: .text).column("sign_due", type: .text).column("assist_due", type: .text).column("due", type: .text)
            // the deadline the clock runs against now, and the day a running case turns yellow
            .column("clock_due", type: .text).column("yellow_from", type: .text)
            .column("extension_asked", type: .int).column("extensions", type: .int, .notNull).column("progress", type: .int)
            .column("answered", type: .text).column("rating", type: .text).column("rated", type: .text)
            .column("reopened", type: .int, .notNull).column("closed", type: .text)
            .column("on_time", type: .int).column("work_days", type: .int)
            .column("version", type: .int, .notNull).column("updated_at", type: .bigint, .notNull)
            .run()
        try await sql.create(index: "cases_code").unique().on("cases").column("code").run()
        // the figures read every case's lead and kept columns from this index alone, not the table
        // (a million cases: bench/cases.py)
        try await sql.create(index: "cases_lead").on("cases").column("lead").column("state").column("assigned").column("closed")
            .column("on_time").column("work_days").column("clock_due").column("yellow_from").column("rating").run()
        try await sql.create(index: "cases_org").on("cases").column("org").column("state").run()
        try await sql.create(index: "cases_clock").on("cases").column("state").column("clock_due").run()
        try await sql.create(index: "cases_enterprise").on("cases").column("enterprise").run()
        // the scope of every reader but an administrator starts `raised_by = ? OR org IN … OR id IN …`:
        // with this index each branch is a search, not the whole table
        try await sql.create(index: "cases_raised_by").on("cases").column("raised_by").run()
        // the ledger by deadline (its default order) reads its first page straight from this index
        try await sql.raw("CREATE INDEX cases_due ON cases ((clock_due IS NULL), clock_due, id DESC)").run()
        try await sql.create(index: "cases_project").on("cases").column("project").run()
        try await sql.create(table: "case_events")
            .column("case_id", type: .bigint, .notNull).column("seq", type: .int, .notNull)
            .column("action", type: .text, .notNull).column("actor", type: .text, .notNull).column("actor_unit", type: .text, .notNull)
            .column("at", type: .bigint, .notNull).column("day", type: .text, .notNull)
            .column("note", type: .text, .notNull).column("attachment", type: .text)
            .column("from_state", type: .text).column("to_state", type: .text, .notNull)
            .column("lead", type: .text).column("assisting", type: .text, .notNull).column("due", type: .text)
            .column("rating", type: .text).column("percent", type: .int).column("days", type: .int)
            .primaryKey(["case_id", "seq"]).run()
        // ratings and reopenings of a period, with their case and rating, for the figures
        try await sql.create(index: "case_events_action").on("case_events").column("action").column("day").column("case_id").column("rating").run()
        try await sql.create(table: "case_units")
            .column("case_id", type: .bigint, .notNull).column("unit", type: .text, .notNull).column("role", type: .text, .notNull)
            .primaryKey(["case_id", "unit"]).run()
        try await sql.create(index: "case_units_unit").on("case_units").column("unit").run()
        try await sql.create(table: "notices")
            .column("id", type: .bigint, .primaryKey(autoIncrement: false))
            .column("unit", type: .text, .notNull).column("case_id", type: .bigint, .notNull)
            // the day it was made, and the deadline (or event day) it is about: one notice per case,
            // kind, deadline and addressee however often the sweep runs
            .column("kind", type: .text, .notNull).column("day", type: .text, .notNull).column("about", type: .text, .notNull)
            .column("text_zh", type: .text, .notNull).column("text_en", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await sql.create(index: "notices_key").unique().on("notices").column("case_id").column("kind").column("about").column("unit").run()
        try await sql.create(index: "notices_unit").on("notices").column("unit").column("id").run()
        try await sql.create(table: "webhook_deliveries")
            .column("id", type: .bigint, .primaryKey(autoIncrement: false))
            .column("notice_id", type: .bigint, .notNull).column("url", type: .text, .notNull).column("payload", type: .text, .notNull)
            .column("attempts", type: .int, .notNull).column("status", type: .text, .notNull)
            .column("last_error", type: .text).column("next_at", type: .bigint, .notNull).column("delivered_at", type: .bigint)
            .run()
        try await sql.create(index: "webhook_deliveries_status").on("webhook_deliveries").column("status").column("next_at").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        for table in ["webhook_deliveries", "notices", "case_units", "case_events", "cases", "enterprises", "case_types"] {
            try await sql.drop(table: table).ifExists().run()
        }
        try await sql.raw("ALTER TABLE users DROP COLUMN enterprise").run()
    }
}
