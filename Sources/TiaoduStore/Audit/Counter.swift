// The change counters (table `revision`): each moves, in the writing transaction, whenever what
// it guards changes, so a cache compares one number instead of re-reading the tables.
import SQLKit

enum Counter: Int, CaseIterable {
    /// values and targets: unchanged means every cached bulletin still holds
    case data = 1
    /// users, tokens, sessions and the cycle: every cached sign-in and publication
    case access = 2
    /// projects, progress, blockers, batches and contests
    case projects = 3
    /// the org tree and the indicator catalogue (what every figure is computed by)
    case catalogue = 4

    func bump(_ db: any SQLDatabase) async throws {
        try await db.raw("UPDATE revision SET value = value + 1 WHERE id = \(bind: rawValue)").run()
    }

    func value(_ db: any SQLDatabase) async throws -> Int64 {
        try await db.raw("SELECT value FROM revision WHERE id = \(bind: rawValue)").first()?.decode(column: "value", as: Int64.self) ?? 0
    }
}
