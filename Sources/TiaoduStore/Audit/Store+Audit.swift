// The audit log: appended inside the transaction of the write it records (so a write and its
// record stand or fall together), read back filtered; never updated or deleted.
import Foundation
import SQLKit
import TiaoduCore

extension AuditLogRepository {
    /// Records an event that is not a data write (a sign-in, a failed sign-in, a sign-out).
    public func recordEvent(actor: String, action: AuditAction, object: String, detail: String? = nil, source: WriteSource) async throws {
        try await Store.audit(writer, actor: actor, action: action, object: object, after: detail, source: source)
    }

    /// The newest entries first, optionally by actor, action prefix or object text.
    public func entries(actor: String? = nil, action: String? = nil, object: String? = nil, limit: Int = 500) async throws -> [AuditEntry] {
        var query = SQLQueryString("SELECT id, at, actor, action, object, before, after, source FROM audit_log WHERE 1=1")
        if let actor { query.appendInterpolation(unsafeRaw: " AND actor = "); query.appendInterpolation(bind: actor) }
        if let action { query.appendInterpolation(unsafeRaw: " AND action LIKE "); query.appendInterpolation(bind: Store.likePrefix(action)) }
        if let object { query.appendInterpolation(unsafeRaw: " AND object LIKE "); query.appendInterpolation(bind: "%" + Store.likeEscaped(object) + "%") }
        query.appendInterpolation(unsafeRaw: " ORDER BY id DESC LIMIT ")
        query.appendInterpolation(bind: max(1, min(limit, 10_000)))
        return try await sql.raw(query).all().map(Store.auditEntry)
    }
}

extension Store {
    /// Appends an entry, moving the counters its action moves (`AuditAction.counters`).
    static func audit(_ db: any SQLDatabase, actor: String, action: AuditAction, object: String, before: String? = nil, after: String? = nil,
                      source: WriteSource) async throws {
        for counter in action.counters { try await counter.bump(db) }
        try await db.raw("""
            INSERT INTO audit_log (at, actor, action, object, before, after, source)
            VALUES (\(bind: Store.now()), \(bind: actor), \(bind: action.rawValue), \(bind: object), \(bind: before), \(bind: after), \(bind: source.rawValue))
            """).run()
    }

    /// One row of `SELECT id, at, actor, action, object, before, after, source FROM audit_log`.
    static func auditEntry(_ row: any SQLRow) throws -> AuditEntry {
        AuditEntry(id: try row.decode(column: "id", as: Int64.self), at: try row.decode(column: "at", as: Int64.self),
                   actor: try row.decode(column: "actor", as: String.self), action: try row.decode(column: "action", as: String.self),
                   object: try row.decode(column: "object", as: String.self), before: try row.decode(column: "before", as: String?.self),
                   after: try row.decode(column: "after", as: String?.self), source: try row.decode(column: "source", as: String.self))
    }

    /// A filter, not an exact match: a `%` typed by the reader matches one character, like `_`.
    static func likeEscaped(_ text: String) -> String { text.replacingOccurrences(of: "%", with: "_") }

    static func likePrefix(_ text: String) -> String { likeEscaped(text) + "%" }
}

extension Store {
    /// The project counter: unchanged means projects, progress, blockers, batches and contests are as they were.
    public func projectRevision() async throws -> Int64 {
        try await Counter.projects.value(sql)
    }

    /// The access counter: unchanged means every cached sign-in and publication still holds.
    public func accessRevision() async throws -> Int64 {
        try await Counter.access.value(sql)
    }
}

extension Store {
    /// Counts a change of access (users, tokens, sessions, the cycle).
    static func bumpAccessRevision(_ db: any SQLDatabase) async throws {
        try await Counter.access.bump(db)
    }
}

/// The audit log could not be archived as asked.
public struct AuditArchiveMismatch: Error, CustomStringConvertible, Sendable {
    public let expected: Int
    public let found: Int
    public var description: String { "the log changed while it was archived (\(expected) entries written, \(found) found): nothing was removed" }
}

extension AuditLogRepository {
    /// Retention is the administrator's decision, never silent: entries older than `before`
    /// (milliseconds), oldest first, to be written to an archive file first.
    public func entries(before: Int64) async throws -> [AuditEntry] {
        try await sql.raw("""
            SELECT id, at, actor, action, object, before, after, source FROM audit_log WHERE at < \(bind: before) ORDER BY id
            """).all().map(Store.auditEntry)
    }

    /// Removes the entries just archived (those older than `before`, up to `lastID`) — the only
    /// delete the append-only triggers allow, and only inside this transaction — and records the
    /// archive (how many, which file, its SHA-256) as a new entry.
    public func removeArchived(before: Int64, lastID: Int64, count: Int, file: String, digest: String, actor: String) async throws {
        try await transaction { db in
            let found = try await db.raw("SELECT COUNT(*) AS n FROM audit_log WHERE at < \(bind: before) AND id <= \(bind: lastID)").first()?
                .decode(column: "n", as: Int.self) ?? 0
            guard found == count else { throw AuditArchiveMismatch(expected: count, found: found) }
            try await db.raw("INSERT INTO audit_archiving (id) VALUES (1)").run()
            try await db.raw("DELETE FROM audit_log WHERE at < \(bind: before) AND id <= \(bind: lastID)").run()
            try await db.raw("DELETE FROM audit_archiving").run()
            try await Store.audit(db, actor: actor, action: .auditArchive, object: file, after: "\(count) entries up to #\(lastID) · sha256 \(digest)", source: .cli)
        }
    }
}
