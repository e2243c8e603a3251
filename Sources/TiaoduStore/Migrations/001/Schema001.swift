// Release 001: the org tree, the indicator catalogue, targets, observations and their history.
// Portable types only (text, integers): values are stored as the decimal text entered.
import FluentKit
import SQLKit

enum Schema001 {
    static let all: [any Migration] = [CreateOrgUnits(), CreateIndicators(), CreateTargets(), CreateObservations(), CreateValueHistory()]
}

struct CreateOrgUnits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "org_units")
            .column("code", type: .text, .primaryKey(autoIncrement: false))
            .column("name", type: .text, .notNull)
            .column("name_en", type: .text)
            .column("parent", type: .text)
            .column("kind", type: .text, .notNull)
            .column("peer_group", type: .text)
            .column("position", type: .bigint, .notNull)
            .run()
        try await database.sql.create(index: "org_units_parent").on("org_units").column("parent").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "org_units").run()
    }
}

struct CreateIndicators: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "indicators")
            .column("code", type: .text, .primaryKey(autoIncrement: false))
            .column("name", type: .text, .notNull)
            .column("name_en", type: .text)
            .column("unit", type: .text, .notNull)
            .column("frequency", type: .text, .notNull)
            .column("accumulation", type: .text, .notNull)
            .column("direction", type: .text, .notNull)
            .column("growth_basis", type: .text, .notNull)
            .column("aggregation", type: .text, .notNull)
            .column("decimals", type: .int, .notNull)
            .column("numerator", type: .text)
            .column("denominator", type: .text)
            .column("schedule", type: .text, .notNull)
            .column("amber_threshold", type: .text)
            .column("position", type: .bigint, .notNull)
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "indicators").run()
    }
}

struct CreateTargets: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.create(table: "targets")
            .column("org", type: .text, .notNull)
            .column("indicator", type: .text, .notNull)
            .column("year", type: .int, .notNull)
            .column("type", type: .text, .notNull)
            .column("value", type: .text, .notNull)
            .column("updated_at", type: .bigint, .notNull)
            .column("updated_by", type: .text, .notNull)
            .primaryKey(["org", "indicator", "year"])
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "targets").run()
    }
}

struct CreateObservations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "observations")
            .column("org", type: .text, .notNull)
            .column("indicator", type: .text, .notNull)
            .column("period", type: .text, .notNull)
            .column("year", type: .int, .notNull)
            .column("value", type: .text)
            .column("growth", type: .text)
            .column("updated_at", type: .bigint, .notNull)
            .column("updated_by", type: .text, .notNull)
            .primaryKey(["org", "indicator", "period"])
            .run()
        try await sql.create(index: "observations_year").on("observations").column("year").run()
        try await sql.create(index: "observations_indicator_period").on("observations").column("indicator").column("period").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "observations").run()
    }
}

/// Every change of a value or a target: who, when, from what, to what, through which route.
/// Rows are only ever appended.
struct CreateValueHistory: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.create(table: "value_history")
            .column("id", type: .bigint, .primaryKey(autoIncrement: true))
            .column("kind", type: .text, .notNull)  // value | target
            .column("org", type: .text, .notNull)
            .column("indicator", type: .text, .notNull)
            .column("period", type: .text, .notNull)  // the period, or the target's year
            .column("old_value", type: .text)
            .column("old_extra", type: .text)  // growth, or target type
            .column("new_value", type: .text)
            .column("new_extra", type: .text)
            .column("changed_at", type: .bigint, .notNull)
            .column("changed_by", type: .text, .notNull)
            .column("source", type: .text, .notNull)
            .run()
        try await sql.create(index: "value_history_key").on("value_history").column("org").column("indicator").column("period").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.drop(table: "value_history").run()
    }
}
