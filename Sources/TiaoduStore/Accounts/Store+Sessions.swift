// Browser sessions and API tokens. Only SHA-256 digests of their secrets are stored, so a copy
// of the database does not let anybody in. Expiry is decided by the caller's clock and limits.
import SQLKit
import TiaoduCore

extension AccountsRepository {
    public func createSession(id: String, login: String, csrf: String) async throws {
        let now = Store.now()
        try await writer.raw("INSERT INTO sessions (id, login, csrf, created_at, seen_at) VALUES (\(bind: id), \(bind: login), \(bind: csrf), \(bind: now), \(bind: now))").run()
        try await Store.bumpAccessRevision(writer)
    }

    /// The session's user (enabled), its CSRF token and when it started and was last seen.
    public func session(id: String) async throws -> (user: StoredUser, csrf: String, createdAt: Int64, seenAt: Int64)? {
        guard let row = try await sql.raw("SELECT login, csrf, created_at, seen_at FROM sessions WHERE id = \(bind: id)").first(),
              let user = try await user(try row.decode(column: "login", as: String.self)), !user.disabled else { return nil }
        return (user, try row.decode(column: "csrf", as: String.self), try row.decode(column: "created_at", as: Int64.self), try row.decode(column: "seen_at", as: Int64.self))
    }

    public func touchSession(id: String) async throws {
        try await writer.raw("UPDATE sessions SET seen_at = \(bind: Store.now()) WHERE id = \(bind: id)").run()
    }

    public func deleteSession(id: String) async throws {
        try await writer.raw("DELETE FROM sessions WHERE id = \(bind: id)").run()
        try await Store.bumpAccessRevision(writer)
    }

    public func createToken(login: String, name: String, hash: String, actor: String, source: WriteSource) async throws -> Int64 {
        // A token's name is a label: kept to 200 printable characters.
        let name = String(String(name.unicodeScalars.filter { TextLimits.problem(String($0), limit: TextLimits.name) == nil }).prefix(TextLimits.name))
        return try await transaction { db in
            guard try await db.raw("SELECT login FROM users WHERE login = \(bind: login)").first() != nil else { throw AccountError.unknownUser(login) }
            try await db.raw("INSERT INTO api_tokens (login, name, token_hash, created_at) VALUES (\(bind: login), \(bind: name), \(bind: hash), \(bind: Store.now()))").run()
            let id = try await db.raw("SELECT id FROM api_tokens WHERE token_hash = \(bind: hash)").first()?.decode(column: "id", as: Int64.self) ?? 0
            try await Store.audit(db, actor: actor, action: .tokenCreate, object: "\(login) #\(id)", after: name, source: source)
            return id
        }
    }

    /// The user of a token that is neither revoked nor its user's disabled.
    public func tokenUser(hash: String) async throws -> StoredUser? {
        guard let row = try await sql.raw("SELECT login FROM api_tokens WHERE token_hash = \(bind: hash) AND revoked_at IS NULL").first(),
              let user = try await user(try row.decode(column: "login", as: String.self)), !user.disabled else { return nil }
        return user
    }

    public func tokens(login: String? = nil) async throws -> [StoredToken] {
        var query = SQLQueryString("SELECT id, login, name, created_at, revoked_at FROM api_tokens")
        if let login { query.appendInterpolation(unsafeRaw: " WHERE login = "); query.appendInterpolation(bind: login) }
        query.appendInterpolation(unsafeRaw: " ORDER BY id")
        return try await sql.raw(query).all().map { row in
            StoredToken(id: try row.decode(column: "id", as: Int64.self), login: try row.decode(column: "login", as: String.self),
                        name: try row.decode(column: "name", as: String.self), createdAt: try row.decode(column: "created_at", as: Int64.self),
                        revokedAt: try row.decode(column: "revoked_at", as: Int64?.self))
        }
    }

    public func revokeToken(id: Int64, actor: String, source: WriteSource) async throws {
        try await transaction { db in
            try await db.raw("UPDATE api_tokens SET revoked_at = \(bind: Store.now()) WHERE id = \(bind: id) AND revoked_at IS NULL").run()
            try await Store.audit(db, actor: actor, action: .tokenRevoke, object: "#\(id)", source: source)
        }
    }
}

extension AccountsRepository {
    /// Revokes a token on behalf of its own user or an admin; false when neither.
    public func revokeToken(id: Int64, by principal: Principal, source: WriteSource) async throws -> Bool {
        guard let token = try await tokens().first(where: { $0.id == id }), token.login == principal.login || principal.isAdmin else { return false }
        try await revokeToken(id: id, actor: principal.login, source: source)
        return true
    }
}
