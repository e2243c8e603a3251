// Release 010: major projects (PROJECTS.md) — the register, with amounts as the decimal text
// entered — and their stage events, which are only ever appended.
import FluentKit
import SQLKit

enum Schema010 {
    static let all: [any Migration] = [CreateProjects()]
}

struct CreateProjects: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        var create = sql.create(table: "projects").column("code", type: .text, .primaryKey(autoIncrement: false))
        for column in ["name", "owner", "category", "list_level", "total_investment", "annual_plan", "stage", "updated_by"] {
            create = create.column(column, type: .text, .notNull)
        }
        for column in ["industry", "chain", "planned_start", "planned_finish", "responsible_unit", "leader", "task_force", "land_status", "listed_in_statistics"] {
            create = create.column(column, type: .text)
        }
        try await create.column("position", type: .bigint, .notNull).column("updated_at", type: .bigint, .notNull).run()
        try await sql.create(index: "projects_owner").on("projects").column("owner").run()
        try await sql.create(table: "project_events")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("code", type: .text, .notNull)
            .column("at", type: .bigint, .notNull)
            .column("by", type: .text, .notNull)
            .column("from_stage", type: .text)
            .column("to_stage", type: .text, .notNull)
            .column("note", type: .text)
            .run()
        try await sql.create(index: "project_events_code").on("project_events").column("code").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        try await sql.drop(table: "project_events").ifExists().run()
        try await sql.drop(table: "projects").ifExists().run()
    }
}
