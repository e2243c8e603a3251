// Release 006: the monthly cycle. One row per unit and period that has left the draft state
// (no row: a draft), with who moved it last and when; every move is also in the audit log.
import FluentKit
import SQLKit

enum Schema006 {
    static let all: [any Migration] = [CreateSubmissions()]
}

struct CreateSubmissions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "submissions")
            .column("org", type: .text, .notNull)
            .column("period", type: .text, .notNull)
            .column("status", type: .text, .notNull)
            .column("changed_at", type: .bigint, .notNull)
            .column("changed_by", type: .text, .notNull)
            .primaryKey(["org", "period"])
            .run()
        try await sql.create(index: "submissions_period").on("submissions").column("period").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "submissions").ifExists().run()
    }
}
