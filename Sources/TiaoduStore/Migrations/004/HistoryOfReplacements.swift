// Release 004: the history keeps replacements only. A stored value or target already says who
// entered it, when and through which route; when it is replaced, the history row keeps the old
// contents together with who entered them, so every version of a figure stays answerable
// without a second row per value on a first import (half the B-tree work of a bulk load).
import FluentKit
import SQLKit

enum Schema004 {
    static let all: [any Migration] = [HistoryOfReplacements()]
}

struct HistoryOfReplacements: AsyncMigration {
    /// One column per statement: SQLite adds columns one at a time. Constants only.
    private static let columns = [
        ("observations", "source TEXT"), ("targets", "source TEXT"),
        ("value_history", "old_changed_at BIGINT"), ("value_history", "old_changed_by TEXT"), ("value_history", "old_source TEXT"),
    ]

    func prepare(on database: any Database) async throws {
        let sql = database.sql
        for (table, column) in Self.columns {
            try await sql.raw("ALTER TABLE \(unsafeRaw: table) ADD COLUMN \(unsafeRaw: column)").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        for (table, column) in Self.columns.reversed() {
            let name = column.split(separator: " ")[0]
            try await sql.raw("ALTER TABLE \(unsafeRaw: table) DROP COLUMN \(unsafeRaw: String(name))").run()
        }
    }
}
