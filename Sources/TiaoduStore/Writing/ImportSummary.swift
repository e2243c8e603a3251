// What an import or a write did.
import TiaoduCore

public struct ImportSummary: Sendable, Equatable {
    public let kind: ImportKind
    /// rows in the input
    public let rows: Int
    /// rows that did not exist before
    public let inserted: Int
    /// rows that existed with other contents (the old contents went to history)
    public let changed: Int
    /// rows identical to what was stored: nothing written
    public let unchanged: Int
}

/// How a write reached the store, recorded in the history.
public enum WriteSource: String, Sendable {
    case csv, api, demo, form
}

/// Rows per statement: stays under SQLite's and PostgreSQL's bound-parameter limits.
func chunks<T>(_ items: [T], columns: Int) -> [ArraySlice<T>] {
    let size = max(1, 30_000 / columns)
    return stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
}
