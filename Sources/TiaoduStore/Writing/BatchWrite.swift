// Multi-row INSERT … ON CONFLICT DO UPDATE in chunks that stay under SQLite's and PostgreSQL's
// bound-parameter limits: the one way rows are written.
import SQLKit

typealias SQLRow = [any Encodable & Sendable]

extension Store {
    /// Inserts `rows`; with `conflict` keys, rows that exist get the `update` columns replaced.
    static func batchWrite(_ db: any SQLDatabase, into table: String, columns: [String], rows: [SQLRow],
                           conflict: [String] = [], update: [String] = []) async throws {
        for chunk in chunks(rows, columns: columns.count) {
            let insert = db.insert(into: table).columns(columns)
            for row in chunk { insert.values(row) }
            if !conflict.isEmpty {
                insert.onConflict(with: conflict) { builder in update.reduce(builder) { $0.set(excludedValueOf: $1) } }
            }
            try await insert.run()
        }
    }
}

/// Rows per statement: stays under SQLite's and PostgreSQL's bound-parameter limits.
func chunks<T>(_ items: [T], columns: Int) -> [ArraySlice<T>] {
    let size = max(1, 30_000 / columns)
    return stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
}
