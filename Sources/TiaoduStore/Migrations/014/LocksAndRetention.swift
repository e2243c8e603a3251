// Release 014: what locked months keep, and how the audit log is archived.
// - project_snapshots: a project's register row as it stood for the months up to `until_month`,
//   copied before an edit that would otherwise change a locked month's figures (the locked month
//   keeps the state it had; later months take the edit).
// - a fourth counter, bumped by every change of the org tree or the indicator catalogue: a batch
//   validated before its write transaction is still valid inside it while the counter stands still.
// - audit_archiving: a row exists only inside the transaction of `tiaodu audit archive`; the
//   append-only triggers let rows be deleted then, and at no other time.
import FluentKit
import SQLKit

enum Schema014 {
    static let all: [any Migration] = [CreateProjectSnapshots(), AllowAuditArchiving(), AddCatalogueRevision()]
}

struct CreateProjectSnapshots: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        var create = sql.create(table: "project_snapshots")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("until_month", type: .text, .notNull)
            .column("code", type: .text, .notNull)
        for column in ["name", "owner", "category", "list_level", "total_investment", "annual_plan", "stage", "updated_by"] {
            create = create.column(column, type: .text, .notNull)
        }
        for column in ["industry", "chain", "planned_start", "planned_finish", "responsible_unit", "leader", "task_force", "land_status", "listed_in_statistics"] {
            create = create.column(column, type: .text)
        }
        try await create.column("position", type: .bigint, .notNull).column("updated_at", type: .bigint, .notNull).run()
        try await sql.create(index: "project_snapshots_code").on("project_snapshots").column("code").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "project_snapshots").ifExists().run()
    }
}

struct AddCatalogueRevision: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.raw("INSERT INTO revision (id, value) VALUES (4, 0)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DELETE FROM revision WHERE id = 4").run()
    }
}

struct AllowAuditArchiving: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "audit_archiving").column("id", type: .bigint, .primaryKey(autoIncrement: false)).run()
        if sql.dialect.name == "sqlite" {
            try await sql.raw("DROP TRIGGER audit_log_no_delete").run()
            try await sql.raw("""
                CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                WHEN NOT EXISTS (SELECT 1 FROM audit_archiving)
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
                """).run()
        } else {
            try await sql.raw("""
                CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN
                    IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM audit_archiving) THEN RETURN OLD; END IF;
                    RAISE EXCEPTION 'the audit log is append-only';
                END $$
                """).run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        if sql.dialect.name == "sqlite" {
            try await sql.raw("DROP TRIGGER audit_log_no_delete").run()
            try await sql.raw("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END").run()
        } else {
            try await sql.raw("CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$").run()
        }
        try await sql.drop(table: "audit_archiving").ifExists().run()
    }
}
