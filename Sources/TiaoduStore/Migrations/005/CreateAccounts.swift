// Release 005: accounts. Users (a login, a unit, roles, a password hash — never the password),
// browser sessions and API tokens (stored as SHA-256 digests of the secrets), and the audit log
// of every write and sign-in, which the database itself refuses to update or delete.
import FluentKit
import SQLKit

enum Schema005 {
    static let all: [any Migration] = [CreateAccounts()]
}

struct CreateAccounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "users")
            .column("login", type: .text, .primaryKey(autoIncrement: false))
            .column("name", type: .text, .notNull)
            .column("org", type: .text, .notNull)
            .column("roles", type: .text, .notNull)
            .column("password_hash", type: .text, .notNull)
            .column("disabled", type: .int, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .run()
        try await sql.create(table: "sessions")
            .column("id", type: .text, .primaryKey(autoIncrement: false))  // SHA-256 of the cookie's secret
            .column("login", type: .text, .notNull)
            .column("csrf", type: .text, .notNull)
            .column("created_at", type: .bigint, .notNull)
            .column("seen_at", type: .bigint, .notNull)
            .run()
        try await sql.create(table: "api_tokens")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("login", type: .text, .notNull)
            .column("name", type: .text, .notNull)
            .column("token_hash", type: .text, .notNull, .unique)
            .column("created_at", type: .bigint, .notNull)
            .column("revoked_at", type: .bigint)
            .run()
        try await sql.create(table: "audit_log")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("at", type: .bigint, .notNull)
            .column("actor", type: .text, .notNull)
            .column("action", type: .text, .notNull)
            .column("object", type: .text, .notNull)
            .column("before", type: .text)
            .column("after", type: .text)
            .column("source", type: .text, .notNull)
            .run()
        try await sql.create(index: "audit_log_at").on("audit_log").column("at").run()
        // Append-only, enforced by the database: no update, no delete, whoever asks.
        if sql.dialect.name == "sqlite" {
            for event in ["UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER audit_log_no_\(unsafeRaw: event.lowercased()) BEFORE \(unsafeRaw: event) ON audit_log
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
                    """).run()
            }
        } else {
            try await sql.raw("""
                CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$
                """).run()
            try await sql.raw("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        for table in ["audit_log", "api_tokens", "sessions", "users"] { try await sql.drop(table: table).ifExists().run() }
        if sql.dialect.name != "sqlite" { try await sql.raw("DROP FUNCTION IF EXISTS audit_log_append_only()").run() }
    }
}
