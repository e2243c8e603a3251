// Reading the org tree and the indicator catalogue, in the order they were first imported.
import Foundation
import SQLKit
import TiaoduCore

extension FiguresRepository {
    public func orgs() async throws -> [OrgUnit] {
        try await Store.orgs(sql)
    }

    public func indicators() async throws -> [Indicator] {
        try await Store.indicators(sql)
    }

    public func isEmpty() async throws -> Bool {
        let row = try await sql.raw("SELECT COUNT(*) AS n FROM org_units").first()
        return try (row?.decode(column: "n", as: Int.self) ?? 0) == 0
    }
}

extension Store {
    static func orgs(_ db: any SQLDatabase) async throws -> [OrgUnit] {
        try await db.raw("SELECT code, name, name_en, parent, kind, peer_group FROM org_units ORDER BY position, code").all().map { row in
            OrgUnit(code: try row.decode(column: "code", as: String.self),
                    name: try row.decode(column: "name", as: String.self),
                    nameEn: try row.decode(column: "name_en", as: String?.self),
                    parent: try row.decode(column: "parent", as: String?.self),
                    kind: OrgKind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .grid,
                    peerGroup: try row.decode(column: "peer_group", as: String?.self))
        }
    }

    static func indicators(_ db: any SQLDatabase) async throws -> [Indicator] {
        let rows = try await db.raw("""
            SELECT code, name, name_en, unit, frequency, accumulation, direction, growth_basis, aggregation,
                   decimals, numerator, denominator, schedule, amber_threshold, department, unreported
            FROM indicators ORDER BY position, code
            """).all()
        return try rows.map { row in
            func text(_ column: String) throws -> String { try row.decode(column: column, as: String.self) }
            return Indicator(
                code: try text("code"), name: try text("name"), nameEn: try row.decode(column: "name_en", as: String?.self),
                unit: try text("unit"),
                frequency: Frequency(rawValue: try text("frequency")) ?? .monthly,
                accumulation: Accumulation(rawValue: try text("accumulation")) ?? .flow,
                direction: Direction(rawValue: try text("direction")) ?? .up,
                growthBasis: GrowthBasis(rawValue: try text("growth_basis")) ?? .nominal,
                aggregation: Aggregation(rawValue: try text("aggregation")) ?? .sum,
                decimals: try row.decode(column: "decimals", as: Int.self),
                numerator: try row.decode(column: "numerator", as: String?.self),
                denominator: try row.decode(column: "denominator", as: String?.self),
                schedule: ScheduleRule(try text("schedule")) ?? .linear,
                amberThreshold: try row.decode(column: "amber_threshold", as: String?.self).flatMap { DecimalText.parse($0) },
                department: try row.decode(column: "department", as: String?.self),
                unreported: Unreported(rawValue: try text("unreported")) ?? .missing)
        }
    }

    /// Which frequencies each indicator's stored values have (a frequency cannot change under them).
    static func frequenciesInUse(_ db: any SQLDatabase) async throws -> [String: Set<Frequency>] {
        var result: [String: Set<Frequency>] = [:]
        for row in try await db.raw("SELECT DISTINCT indicator, period FROM observations").all() {
            let code = try row.decode(column: "indicator", as: String.self)
            if let period = Period(try row.decode(column: "period", as: String.self)) {
                result[code, default: []].insert(period.frequency)
            }
        }
        return result
    }
}
