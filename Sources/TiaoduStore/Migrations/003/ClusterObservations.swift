// Release 003: fewer B-trees per stored value. On SQLite the observations become a WITHOUT ROWID
// table clustered on (period, org, indicator) — one tree instead of a rowid table plus a key
// index, and period look-ups (what an import compares against) use its prefix — and the two
// secondary indexes go. PostgreSQL keeps its table and gains the period index it needs.
import FluentKit
import SQLKit

enum Schema003 {
    static let all: [any Migration] = [ClusterObservations()]
}

struct ClusterObservations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.drop(index: "observations_year").ifExists().run()
        try await sql.drop(index: "observations_indicator_period").ifExists().run()
        if sql.dialect.name == "sqlite" {
            try await sql.raw("""
                CREATE TABLE observations_clustered (
                    period TEXT NOT NULL, org TEXT NOT NULL, indicator TEXT NOT NULL, year INTEGER NOT NULL,
                    value TEXT, growth TEXT, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL,
                    PRIMARY KEY (period, org, indicator)) WITHOUT ROWID
                """).run()
            try await sql.raw("""
                INSERT INTO observations_clustered (period, org, indicator, year, value, growth, updated_at, updated_by)
                SELECT period, org, indicator, year, value, growth, updated_at, updated_by FROM observations
                """).run()
            try await sql.raw("DROP TABLE observations").run()
            try await sql.raw("ALTER TABLE observations_clustered RENAME TO observations").run()
        } else {
            try await sql.create(index: "observations_period").on("observations").column("period").run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        if sql.dialect.name != "sqlite" { try await sql.drop(index: "observations_period").ifExists().run() }
    }
}
