// The one import pipeline: CSV files, the JSON API and the demo all come here. The input is
// validated against the workspace inside the same transaction that writes it, so a batch is
// written whole or not at all, and the validation sees exactly what it writes over.
import Foundation
import SQLKit
import TiaoduCore

extension Store {
    /// Imports a CSV file of the import contract. Throws `ImportFailure` listing every bad row;
    /// nothing is written then.
    @discardableResult
    public func importCSV(_ kind: ImportKind, text: String, actor: String = "system", source: WriteSource = .csv) async throws -> ImportSummary {
        let table = try kind.table(text)
        return try await write(kind, records: table.records, actor: actor, source: source)
    }

    /// Validates and writes records (from a CSV file or a JSON array) in one transaction.
    @discardableResult
    public func write(_ kind: ImportKind, records: [CSVRecord], actor: String, source: WriteSource) async throws -> ImportSummary {
        try await transaction { db in
            switch kind {
            case .orgs:
                let existing = try await Self.orgs(db)
                let units = try OrgImport.validate(records, existing: existing)
                return try await Self.upsertOrgs(db, units, existing: existing)
            case .indicators:
                let existing = try await Self.indicators(db)
                let indicators = try IndicatorImport.validate(records, existing: existing, frequenciesInUse: try await Self.frequenciesInUse(db))
                return try await Self.upsertIndicators(db, indicators, existing: existing)
            case .targets:
                let (orgs, indicators) = try await Self.catalogue(db)
                let targets = try TargetImport.validate(records, orgs: orgs, indicators: indicators)
                return try await Self.upsertTargets(db, targets, actor: actor, source: source)
            case .values:
                let (orgs, indicators) = try await Self.catalogue(db)
                let values = try ValueImport.validate(records, orgs: orgs, indicators: indicators)
                return try await Self.upsertValues(db, values, actor: actor, source: source)
            }
        }
    }

    private static func catalogue(_ db: any SQLDatabase) async throws -> (Set<String>, [String: Indicator]) {
        let orgs = try await db.raw("SELECT code FROM org_units").all().map { try $0.decode(column: "code", as: String.self) }
        let indicators = try await Self.indicators(db)
        return (Set(orgs), Dictionary(indicators.map { ($0.code, $0) }, uniquingKeysWith: { _, last in last }))
    }

    private static func upsertOrgs(_ db: any SQLDatabase, _ units: [OrgUnit], existing: [OrgUnit]) async throws -> ImportSummary {
        let known = Dictionary(existing.map { ($0.code, $0) }, uniquingKeysWith: { _, last in last })
        let start = Int64(existing.count)
        try await batchWrite(db, into: "org_units", columns: ["code", "name", "name_en", "parent", "kind", "peer_group", "position"],
                             rows: units.enumerated().map { [$1.code, $1.name, $1.nameEn, $1.parent, $1.kind.rawValue, $1.peerGroup, start + Int64($0)] },
                             conflict: ["code"], update: ["name", "name_en", "parent", "kind", "peer_group"])
        return ImportSummary(kind: .orgs, rows: units.count, replaced: units.filter { known[$0.code] != $0 }.map { known[$0.code] != nil })
    }

    private static func upsertIndicators(_ db: any SQLDatabase, _ indicators: [Indicator], existing: [Indicator]) async throws -> ImportSummary {
        let known = Dictionary(existing.map { ($0.code, $0) }, uniquingKeysWith: { _, last in last })
        let start = Int64(existing.count)
        let columns = ["code", "name", "name_en", "unit", "frequency", "accumulation", "direction", "growth_basis", "aggregation",
                       "decimals", "numerator", "denominator", "schedule", "amber_threshold", "position"]
        let rows: [SQLRow] = indicators.enumerated().map { index, i in
            [i.code, i.name, i.nameEn, i.unit, i.frequency.rawValue, i.accumulation.rawValue, i.direction.rawValue,
             i.growthBasis.rawValue, i.aggregation.rawValue, i.decimals, i.numerator, i.denominator,
             i.schedule.description, i.amberThreshold?.jsonLiteral, start + Int64(index)]
        }
        try await batchWrite(db, into: "indicators", columns: columns, rows: rows, conflict: ["code"],
                             update: columns.filter { $0 != "code" && $0 != "position" })
        return ImportSummary(kind: .indicators, rows: indicators.count, replaced: indicators.filter { known[$0.code] != $0 }.map { known[$0.code] != nil })
    }
}
