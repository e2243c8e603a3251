// Users: created, listed, their password hash changed, disabled — each change in the audit log.
// The hash is made by the caller (bcrypt, in the server layer); the store never sees a password.
import SQLKit
import TiaoduCore

extension AccountsRepository {
    public func createUser(login: String, name: String, org: String, roles: Set<Role>, passwordHash: String, actor: String, department: String? = nil, enterprise: String? = nil, source: WriteSource) async throws {
        guard Store.isValidLogin(login) else { throw AccountError.badLogin(login) }
        try await transaction { db in
            guard try await db.raw("SELECT code FROM org_units WHERE code = \(bind: org)").first() != nil else { throw AccountError.unknownOrg(org) }
            guard try await db.raw("SELECT login FROM users WHERE login = \(bind: login)").first() == nil else { throw AccountError.exists(login) }
            if let enterprise, try await db.raw("SELECT code FROM enterprises WHERE code = \(bind: enterprise)").first() == nil {
                throw AccountError.unknownEnterprise(enterprise)
            }
            try await db.raw("""
                INSERT INTO users (login, name, org, roles, password_hash, disabled, created_at, department, enterprise)
                VALUES (\(bind: login), \(bind: name), \(bind: org), \(bind: Role.text(roles)), \(bind: passwordHash), 0, \(bind: Store.now()), \(bind: department), \(bind: enterprise))
                """).run()
            try await Store.audit(db, actor: actor, action: .userCreate, object: login, after: "\(name) · \(org) · \(Role.text(roles))" + (department.map { " · \($0)" } ?? "") + (enterprise.map { " · \($0)" } ?? ""), source: source)
        }
    }

    public func users() async throws -> [StoredUser] {
        try await sql.raw("SELECT login, name, org, roles, disabled, created_at, department, enterprise FROM users ORDER BY login").all().map(Store.user)
    }

    public func user(_ login: String) async throws -> StoredUser? {
        try await sql.raw("SELECT login, name, org, roles, disabled, created_at, department, enterprise FROM users WHERE login = \(bind: login)").first().map(Store.user)
    }

    /// The user and their password hash, for the sign-in check only.
    public func credentials(_ login: String) async throws -> (user: StoredUser, passwordHash: String)? {
        guard let row = try await sql.raw("SELECT login, name, org, roles, disabled, created_at, department, enterprise, password_hash FROM users WHERE login = \(bind: login)").first() else { return nil }
        return (try Store.user(row), try row.decode(column: "password_hash", as: String.self))
    }

    /// A new password; every session of the user ends.
    /// Sets a new password; ends the user's sessions and revokes their API tokens.
    public func setPasswordHash(_ login: String, _ hash: String, actor: String, source: WriteSource) async throws {
        try await transaction { db in
            guard try await db.raw("SELECT login FROM users WHERE login = \(bind: login)").first() != nil else { throw AccountError.unknownUser(login) }
            try await db.raw("UPDATE users SET password_hash = \(bind: hash) WHERE login = \(bind: login)").run()
            // A new password ends every session and revokes every API token: whoever knew the old
            // one may have made them.
            try await db.raw("DELETE FROM sessions WHERE login = \(bind: login)").run()
            let revoked = try await db.raw("SELECT COUNT(*) AS n FROM api_tokens WHERE login = \(bind: login) AND revoked_at IS NULL").first()?
                .decode(column: "n", as: Int.self) ?? 0
            try await db.raw("UPDATE api_tokens SET revoked_at = \(bind: Store.now()) WHERE login = \(bind: login) AND revoked_at IS NULL").run()
            try await Store.audit(db, actor: actor, action: .userPassword, object: login, after: "sessions ended, \(revoked) API tokens revoked", source: source)
        }
    }

    /// Disabling ends every session and revokes every token of the user.
    public func setDisabled(_ login: String, _ disabled: Bool, actor: String, source: WriteSource) async throws {
        try await transaction { db in
            guard try await db.raw("SELECT login FROM users WHERE login = \(bind: login)").first() != nil else { throw AccountError.unknownUser(login) }
            try await db.raw("UPDATE users SET disabled = \(bind: disabled ? 1 : 0) WHERE login = \(bind: login)").run()
            if disabled {
                try await db.raw("DELETE FROM sessions WHERE login = \(bind: login)").run()
                try await db.raw("UPDATE api_tokens SET revoked_at = \(bind: Store.now()) WHERE login = \(bind: login) AND revoked_at IS NULL").run()
            }
            try await Store.audit(db, actor: actor, action: disabled ? .userDisable : .userEnable, object: login, source: source)
        }
    }
}

extension Store {
    static func isValidLogin(_ login: String) -> Bool {
        (1...64).contains(login.count) && login.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0) }
    }

    static func user(_ row: any SQLRow) throws -> StoredUser {
        StoredUser(login: try row.decode(column: "login", as: String.self), name: try row.decode(column: "name", as: String.self),
                   org: try row.decode(column: "org", as: String.self),
                   roles: (try? Role.parse(try row.decode(column: "roles", as: String.self))) ?? [],
                   disabled: try row.decode(column: "disabled", as: Int.self) != 0, createdAt: try row.decode(column: "created_at", as: Int64.self),
                   department: try row.decode(column: "department", as: String?.self), enterprise: try row.decode(column: "enterprise", as: String?.self))
    }
}
