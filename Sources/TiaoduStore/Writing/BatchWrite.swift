// Multi-row INSERT … ON CONFLICT DO UPDATE in chunks that stay under SQLite's and PostgreSQL's
// bound-parameter limits: the one way rows are written. On SQLite the statement goes straight
// to SQLiteNIO with its own bind values, skipping the Encodable machinery (the province's
// seven million rows spend most of their time here otherwise).
import SQLKit
import SQLiteNIO

typealias SQLRow = [SQLValue]

/// A value to bind: the three kinds the store writes. Cheaper to pass around than an
/// `Encodable` existential, and bound directly on SQLite.
enum SQLValue: Encodable, Sendable {
    case text(String)
    case integer(Int)
    case null

    init(_ text: String?) { self = text.map(SQLValue.text) ?? .null }
    init(_ number: Int) { self = .integer(number) }
    init(_ number: Int64) { self = .integer(Int(number)) }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .integer(let number): try container.encode(number)
        case .null: try container.encodeNil()
        }
    }

    var sqlite: SQLiteData {
        switch self {
        case .text(let text): return .text(text)
        case .integer(let number): return .integer(number)
        case .null: return .null
        }
    }
}

extension Store {
    /// Inserts `rows`; with `conflict` keys, rows that exist get the `update` columns replaced.
    static func batchWrite(_ db: any SQLDatabase, into table: String, columns: [String], rows: [SQLRow],
                           conflict: [String] = [], update: [String] = []) async throws {
        if let sqlite = db as? any SQLiteDatabase {
            try await sqliteBatchWrite(sqlite, into: table, columns: columns, rows: rows, conflict: conflict, update: update)
            return
        }
        for chunk in chunks(rows, columns: columns.count) {
            let insert = db.insert(into: table).columns(columns)
            for row in chunk { insert.values(row as [any Encodable & Sendable]) }
            if !conflict.isEmpty {
                insert.onConflict(with: conflict) { builder in update.reduce(builder) { $0.set(excludedValueOf: $1) } }
            }
            try await insert.run()
        }
    }

    private static func sqliteBatchWrite(_ db: any SQLiteDatabase, into table: String, columns: [String], rows: [SQLRow],
                                         conflict: [String], update: [String]) async throws {
        // Table and column names are the store's own constants, never user input.
        let tuple = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        var suffix = ""
        if !conflict.isEmpty {
            suffix = " ON CONFLICT (\(conflict.joined(separator: ","))) DO UPDATE SET "
                + update.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        }
        var statements: [Int: String] = [:]
        for chunk in chunks(rows, columns: columns.count) {
            let sql = statements[chunk.count] ?? "INSERT INTO \(table) (\(columns.joined(separator: ","))) VALUES "
                + Array(repeating: tuple, count: chunk.count).joined(separator: ",") + suffix
            statements[chunk.count] = sql
            var binds: [SQLiteData] = []
            binds.reserveCapacity(chunk.count * columns.count)
            for row in chunk {
                for value in row { binds.append(value.sqlite) }
            }
            _ = try await db.query(sql, binds)
        }
    }
}

/// Rows per statement: stays under SQLite's and PostgreSQL's bound-parameter limits.
func chunks<T>(_ items: [T], columns: Int) -> [ArraySlice<T>] {
    let size = max(1, 30_000 / columns)
    return stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
}
