// Release 008: workspace settings as key/value rows — first the reporting calendar's due day.
import FluentKit
import SQLKit

enum Schema008 {
    static let all: [any Migration] = [CreateSettings()]
}

struct CreateSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "settings")
            .column("key", type: .text, .primaryKey(autoIncrement: false))
            .column("value", type: .text, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "settings").ifExists().run()
    }
}
