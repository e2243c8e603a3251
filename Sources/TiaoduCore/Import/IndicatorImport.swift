// Validates indicator-catalogue rows: every metadata field one of METRICS.md's values, ratio
// indicators with both parts (plain indicators of the same frequency), and no frequency change
// for an indicator that already has values of another frequency.
import Foundation

public enum IndicatorImport {
    public static func validate(
        _ records: [InputRecord], existing: [Indicator], frequenciesInUse: [String: Set<Frequency>] = [:]
    ) throws(ImportFailure) -> [Indicator] {
        var issues = IssueList()
        var parsed: [(line: Int, indicator: Indicator)] = []
        var duplicates = DuplicateGuard<String>()
        for record in records {
            var reader = FieldReader(record)
            let code = reader.code("code")
            let name = reader.required("name")
            let unit = reader.required("unit")
            let frequency = reader.choice("frequency", Frequency.self)
            let accumulation = reader.choice("accumulation", Accumulation.self)
            let direction = reader.choice("direction", Direction.self)
            let basis = reader.choice("growth_basis", GrowthBasis.self)
            let aggregation = reader.choice("aggregation", Aggregation.self)
            let decimals = reader.integer("decimals", in: 0...6)
            let threshold = reader.decimal("amber_threshold", required: false)
            let unreported = reader.choice("unreported", Unreported.self, default: .missing)
            if unreported == .zero, let accumulation, accumulation != .flow { reader.fail("unreported", .zeroOnlyForFlows) }
            var schedule = ScheduleRule.linear
            if let raw = reader.text("schedule") {
                if let rule = ScheduleRule(raw) { schedule = rule } else { reader.fail("schedule", .badSchedule(raw)) }
            }
            if let code, let first = duplicates.repeatOf(code, line: record.line) {
                reader.fail("code", .duplicateKey(firstLine: first))
            }
            let numerator = reader.text("numerator"), denominator = reader.text("denominator")
            if let accumulation, let aggregation, (accumulation == .ratio) != (aggregation == .ratio) {
                reader.fail("aggregation", .aggregationMismatch)
            }
            if accumulation == .ratio, numerator == nil || denominator == nil {
                reader.fail(numerator == nil ? "numerator" : "denominator", .ratioNeedsParts)
            }
            if let accumulation, accumulation != .ratio, numerator != nil || denominator != nil {
                reader.fail(numerator != nil ? "numerator" : "denominator", .partsOnlyForRatio)
            }
            if let code, let frequency, let used = frequenciesInUse[code], let other = used.first(where: { $0 != frequency }) {
                reader.fail("frequency", .frequencyInUse(other))
            }
            issues += reader.issues
            if reader.issues.isEmpty, let code, let name, let unit, let frequency, let accumulation, let direction,
               let basis, let aggregation, let decimals {
                parsed.append((record.line, Indicator(
                    code: code, name: name, nameEn: reader.text("name_en"), unit: unit, frequency: frequency,
                    accumulation: accumulation, direction: direction, growthBasis: basis, aggregation: aggregation,
                    decimals: decimals, numerator: numerator, denominator: denominator,
                    schedule: schedule, amberThreshold: threshold?.value, department: reader.text("department"),
                    unreported: unreported ?? .missing)))
            }
        }
        var merged = Dictionary(existing.map { ($0.code, $0) }, uniquingKeysWith: { _, last in last })
        for entry in parsed { merged[entry.indicator.code] = entry.indicator }
        for (line, indicator) in parsed where indicator.accumulation == .ratio {
            for (column, part) in [("numerator", indicator.numerator), ("denominator", indicator.denominator)] {
                guard let part else { continue }
                guard let partIndicator = merged[part] else {
                    issues.append(ImportIssue(line: line, column: column, reason: .unknownIndicator(part))); continue
                }
                if partIndicator.accumulation == .ratio {
                    issues.append(ImportIssue(line: line, column: column, reason: .ratioPartIsRatio(part)))
                } else if partIndicator.frequency != indicator.frequency {
                    issues.append(ImportIssue(line: line, column: column, reason: .ratioPartFrequency(part)))
                }
            }
        }
        if !issues.isEmpty { throw ImportFailure(issues) }
        return parsed.map(\.indicator)
    }
}

extension IndicatorImport: ImportContract {
    public static let kind = ImportKind.indicators
    public static let administrative = true
    public static let requiredColumns = ["code", "name", "unit", "frequency", "accumulation", "direction", "growth_basis", "aggregation", "decimals"]
    public static let optionalColumns = ["numerator", "denominator", "name_en", "schedule", "amber_threshold", "department", "unreported"]
    public static let basisParts: Set<BasisPart> = [.frequencies]

    public static func validate(_ records: [InputRecord], against basis: ImportBasis) throws(ImportFailure) -> [Indicator] {
        try validate(records, existing: basis.indicators, frequenciesInUse: basis.frequencies)
    }

    public static func scopes(of row: Indicator, in basis: ImportBasis) -> [RowScope] { [] }

    /// Anything but the names and the owning department changes how the indicator's figures are computed.
    public static func catalogueChanges(_ rows: [Indicator], from basis: ImportBasis) -> [(index: Int, column: String)] {
        let known = Dictionary(basis.indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        return rows.enumerated().flatMap { index, new -> [(index: Int, column: String)] in
            guard let old = known[new.code] else { return [] }
            var mine = new
            mine.name = old.name
            mine.nameEn = old.nameEn
            mine.department = old.department
            return mine == old ? [] : [(index, "code")]
        }
    }

    public static func key(of row: Indicator) -> String { row.code }
}
