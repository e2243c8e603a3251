// Release 002: one counter that every write transaction increments, so a process holding the
// workspace in memory knows in one cheap query whether anybody else has written since.
import FluentKit
import SQLKit

enum Schema002 {
    static let all: [any Migration] = [CreateRevision()]
}

struct CreateRevision: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "revision")
            .column("id", type: .int, .primaryKey(autoIncrement: false))
            .column("value", type: .bigint, .notNull)
            .run()
        try await sql.raw("INSERT INTO revision (id, value) VALUES (1, 0)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "revision").run()
    }
}
