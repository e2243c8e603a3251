// Release 013: the day a stage move took effect (开工 on 2021-09-26, recorded on the 28th), so
// figures for a past month count the stages projects had then. Registration events have none:
// a registered stage holds from the start.
import FluentKit
import SQLKit

enum Schema013 {
    static let all: [any Migration] = [AddStageDays()]
}

struct AddStageDays: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.alter(table: "project_events").column("on_day", type: .text).run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.alter(table: "project_events").dropColumn("on_day").run()
    }
}
