// Writing the indicator catalogue.
import SQLKit
import TiaoduCore

extension IndicatorImport: StoredImport {
    static let liveEffect = LiveEffect.reload

    static func write(_ rows: [Indicator], into db: any SQLDatabase, _ context: inout WriteContext) async throws -> ImportSummary {
        try await Store.upsertIndicators(db, rows, existing: context.basis.indicators)
    }
}

extension Store {
    static func upsertIndicators(_ db: any SQLDatabase, _ indicators: [Indicator], existing: [Indicator]) async throws -> ImportSummary {
        let known = Dictionary(existing.map { ($0.code, $0) }, uniquingKeysWith: { _, last in last })
        let start = Int64(existing.count)
        let columns = ["code", "name", "name_en", "unit", "frequency", "accumulation", "direction", "growth_basis", "aggregation",
                       "decimals", "numerator", "denominator", "schedule", "amber_threshold", "department", "unreported", "position"]
        let rows: [BindRow] = indicators.enumerated().map { index, i in
            [SQLValue(i.code), SQLValue(i.name), SQLValue(i.nameEn), SQLValue(i.unit), SQLValue(i.frequency.rawValue),
             SQLValue(i.accumulation.rawValue), SQLValue(i.direction.rawValue), SQLValue(i.growthBasis.rawValue),
             SQLValue(i.aggregation.rawValue), SQLValue(i.decimals), SQLValue(i.numerator), SQLValue(i.denominator),
             SQLValue(i.schedule.description), SQLValue(i.amberThreshold?.jsonLiteral), SQLValue(i.department),
             SQLValue(i.unreported.rawValue), SQLValue(start + Int64(index))]
        }
        try await batchWrite(db, into: "indicators", columns: columns, rows: rows, conflict: ["code"],
                             update: columns.filter { $0 != "code" && $0 != "position" })
        return ImportSummary(kind: .indicators, rows: indicators.count, replaced: indicators.filter { known[$0.code] != $0 }.map { known[$0.code] != nil })
    }
}
