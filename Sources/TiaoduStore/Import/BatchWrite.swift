// Multi-row INSERT … ON CONFLICT DO UPDATE in chunks: the one way rows are written. On
// PostgreSQL, multi-row VALUES statements under its bound-parameter limit, or for large batches
// COPY into a temporary table and one INSERT … SELECT; on SQLite, one JSON
// document per chunk unpacked by the statement itself, straight through SQLiteNIO (the
// province's seven million rows spend most of their time here otherwise).
import FluentPostgresDriver
import SQLKit
import SQLiteNIO

typealias BindRow = [SQLValue]

/// A value to bind: the three kinds the store writes. Cheaper to pass around than an
/// `Encodable` existential, and written straight into the JSON rows on SQLite.
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
}

extension Store {
    /// Inserts `rows`; with `conflict` keys, rows that exist get the `update` columns replaced.
    static func batchWrite(_ db: any SQLDatabase, into table: String, columns: [String], rows: [BindRow],
                           conflict: [String] = [], update: [String] = []) async throws {
        if let sqlite = db as? any SQLiteDatabase {
            try await sqliteBatchWrite(sqlite, into: table, columns: columns, rows: rows, conflict: conflict, update: update)
            return
        }
        if rows.count >= 1_000, let postgres = db as? any PostgresDatabase {
            try await postgresCopyWrite(db, postgres, into: table, columns: columns, rows: rows, conflict: conflict, update: update)
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

    /// On SQLite the rows travel as one JSON text per chunk and one statement unpacks them with
    /// `json_each`: SQLite parses a short statement and a JSON document far faster than a
    /// statement with thousands of placeholders, and binds one value instead of thousands.
    private static func sqliteBatchWrite(_ db: any SQLiteDatabase, into table: String, columns: [String], rows: [BindRow],
                                         conflict: [String], update: [String]) async throws {
        // Table and column names are the store's own constants, never user input; every value
        // is inside the bound JSON text.
        let fields = columns.indices.map { "r.value ->> \($0)" }.joined(separator: ", ")
        var sql = "INSERT INTO \(table) (\(columns.joined(separator: ","))) SELECT \(fields) FROM jsonb_each(?) AS r WHERE true"
        if !conflict.isEmpty {
            sql += " ON CONFLICT (\(conflict.joined(separator: ","))) DO UPDATE SET " + update.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        }
        var start = 0
        while start < rows.count {
            let end = min(start + 20_000, rows.count)
            var json = JSONRows(capacity: (end - start) * columns.count * 12)
            for row in rows[start..<end] { json.append(row) }
            _ = try await db.query(sql, [.text(json.text)])
            start = end
        }
    }
}

extension Store {
    /// Large batches on PostgreSQL: COPY into a temporary table of the same columns, then one
    /// INSERT … SELECT with the same conflict rule — all inside the caller's transaction.
    fileprivate static func postgresCopyWrite(_ db: any SQLDatabase, _ postgres: any PostgresDatabase, into table: String, columns: [String],
                                              rows: [BindRow], conflict: [String], update: [String]) async throws {
        // Table and column names are the store's own constants, never user input.
        let staging = "staging_\(table)"
        let list = columns.joined(separator: ", ")
        try await db.raw("CREATE TEMPORARY TABLE \(unsafeRaw: staging) AS SELECT \(unsafeRaw: list) FROM \(unsafeRaw: table) WITH NO DATA").run()
        try await postgres.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                try await connection.copyFrom(table: staging, columns: columns, logger: connection.logger) { writer in
                    var start = 0
                    while start < rows.count {
                        let end = min(start + 10_000, rows.count)
                        var buffer = ByteBuffer()
                        for row in rows[start..<end] { CopyText.append(row, to: &buffer) }
                        try await writer.write(buffer)
                        start = end
                    }
                }
            }
        }.get()
        var insert = "INSERT INTO \(table) (\(list)) SELECT \(list) FROM \(staging)"
        if !conflict.isEmpty {
            insert += " ON CONFLICT (\(conflict.joined(separator: ","))) DO UPDATE SET " + update.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        }
        try await db.raw(SQLQueryString(insert)).run()
        try await db.raw("DROP TABLE \(unsafeRaw: staging)").run()
    }
}

/// Rows in COPY's text format: tab-separated, `\N` for NULL, backslash escapes.
private enum CopyText {
    static func append(_ row: BindRow, to buffer: inout ByteBuffer) {
        for (index, value) in row.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            switch value {
            case .null: buffer.writeStaticString("\\N")
            case .integer(let number): buffer.writeString(String(number))
            case .text(let text):
                for byte in text.utf8 {
                    switch byte {
                    case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                    case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                    case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                    case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                    default: buffer.writeInteger(byte)
                    }
                }
            }
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }
}

/// Rows as a JSON array of arrays, written byte by byte.
struct JSONRows {
    private var bytes: [UInt8] = [UInt8(ascii: "[")]

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func append(_ row: BindRow) {
        if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "["))
        for (index, value) in row.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            switch value {
            case .null: bytes.append(contentsOf: "null".utf8)
            case .integer(let number): bytes.append(contentsOf: String(number).utf8)
            case .text(let text): appendString(text)
            }
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func appendString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    var text: String {
        var all = bytes
        all.append(UInt8(ascii: "]"))
        return String(decoding: all, as: UTF8.self)
    }
}

/// Rows per statement: stays under SQLite's and PostgreSQL's bound-parameter limits.
func chunks<T>(_ items: [T], columns: Int) -> [ArraySlice<T>] {
    let size = max(1, 30_000 / columns)
    return stride(from: 0, to: items.count, by: size).map { items[$0..<min($0 + size, items.count)] }
}
