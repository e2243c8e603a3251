// Release 011: following projects through the year — monthly progress reports (amounts as the
// decimal text entered), blockers (never deleted; resolved with who and how), concentrated-start
// batches, and the quarterly contest (rule sets and county inputs per quarter, published results).
import FluentKit
import SQLKit

enum Schema011 {
    static let all: [any Migration] = [CreateProjectTracking()]
}

struct CreateProjectTracking: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "project_progress")
            .column("code", type: .text, .notNull).column("period", type: .text, .notNull).column("year", type: .int, .notNull)
            .column("investment", type: .text, .notNull).column("progress", type: .text)
            .column("updated_by", type: .text, .notNull).column("updated_at", type: .bigint, .notNull).column("source", type: .text)
            .primaryKey(["code", "period"]).run()
        try await sql.create(table: "project_blockers")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("code", type: .text, .notNull).column("kind", type: .text, .notNull).column("description", type: .text, .notNull)
            .column("solver", type: .text, .notNull).column("due", type: .text)
            .column("raised", type: .text, .notNull).column("raised_by", type: .text, .notNull)
            .column("resolved", type: .text).column("resolved_by", type: .text).column("resolution", type: .text)
            .run()
        try await sql.create(index: "project_blockers_code").on("project_blockers").column("code").run()
        try await sql.create(table: "concentrated_starts")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("org", type: .text, .notNull).column("day", type: .text, .notNull).column("name", type: .text, .notNull)
            .column("codes", type: .text, .notNull).column("created_by", type: .text, .notNull).column("created_at", type: .bigint, .notNull)
            .run()
        try await sql.create(table: "contest_rules")
            .column("year", type: .int, .notNull).column("quarter", type: .int, .notNull).column("rules", type: .text, .notNull)
            .column("updated_by", type: .text, .notNull).column("updated_at", type: .bigint, .notNull)
            .primaryKey(["year", "quarter"]).run()
        try await sql.create(table: "contest_inputs")
            .column("year", type: .int, .notNull).column("quarter", type: .int, .notNull).column("org", type: .text, .notNull)
            .column("panel", type: .text).column("criticisms", type: .int, .notNull)
            .primaryKey(["year", "quarter", "org"]).run()
        try await sql.create(table: "contest_results")
            .column("year", type: .int, .notNull).column("quarter", type: .int, .notNull).column("org", type: .text, .notNull)
            .column("peer_group", type: .text, .notNull).column("rank", type: .int, .notNull)
            .column("projects", type: .text, .notNull).column("concentrated", type: .text, .notNull).column("deductions", type: .text, .notNull)
            .column("panel", type: .text, .notNull).column("total", type: .text, .notNull)
            .column("published_by", type: .text, .notNull).column("published_at", type: .bigint, .notNull)
            .primaryKey(["year", "quarter", "org"]).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        for table in ["contest_results", "contest_inputs", "contest_rules", "concentrated_starts", "project_blockers", "project_progress"] {
            try await sql.drop(table: table).ifExists().run()
        }
    }
}
