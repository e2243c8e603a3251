// Release 015: what an unreported month of a flow means (METRICS.md, partly reported flows):
// `missing` (the year-to-date sums the months reported and says how many) or `zero` (counts of
// events: once any month of the year is reported, the others are 0); and the notes a unit writes
// on its figures' plausibility warnings (数据审核 说明), one per warning, kept with the figure.
import FluentKit
import SQLKit

enum Schema015 {
    static let all: [any Migration] = [AddUnreportedRule(), CreateFigureNotes(), IndexAuditMoves()]
}

struct AddUnreportedRule: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.raw("ALTER TABLE indicators ADD COLUMN unreported TEXT NOT NULL DEFAULT 'missing'").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("ALTER TABLE indicators DROP COLUMN unreported").run()
    }
}

struct CreateFigureNotes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "figure_notes")
            .column("org", type: .text, .notNull)
            .column("indicator", type: .text, .notNull)
            .column("period", type: .text, .notNull)
            .column("flag", type: .text, .notNull)
            .column("note", type: .text, .notNull)
            .column("noted_at", type: .bigint, .notNull)
            .column("noted_by", type: .text, .notNull)
            .primaryKey(["org", "indicator", "period", "flag"])
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "figure_notes").ifExists().run()
    }
}

/// The moves of a unit's month (review) and the last move of every unit (status) are read from the
/// audit log by object and by action: indexed, so the log's size does not slow the pages.
struct IndexAuditMoves: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.create(index: "audit_log_object").on("audit_log").column("object").run()
        try await database.sql.create(index: "audit_log_action").on("audit_log").column("action").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(index: "audit_log_action").run()
        try await database.sql.drop(index: "audit_log_object").run()
    }
}
