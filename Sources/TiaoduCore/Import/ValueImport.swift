// Validates value rows — the same rules for a CSV file, a JSON array and the entry grid: known
// unit and indicator, a period of the indicator's frequency, exact decimals (typed numbers read
// by NumberInput: 「1,234.56」 and full-width digits are taken, 「12.3亿」 is not), no duplicate keys.

public struct ValueInput: Sendable, Hashable {
    public let observation: Observation
    /// value and growth as entered, stored as such
    public let valueText: String?
    public let growthText: String?

    public init(observation: Observation, valueText: String?, growthText: String?) {
        self.observation = observation
        self.valueText = valueText
        self.growthText = growthText
    }
}

public enum ValueImport {
    public static func validate(_ records: [InputRecord], orgs: Set<String>, indicators: [String: Indicator]) throws(ImportFailure) -> [ValueInput] {
        var issues = IssueList()
        var result: [ValueInput] = []
        result.reserveCapacity(records.count)
        // Keys packed into one integer: unit and indicator numbered, the period coded.
        var duplicates = DuplicateGuard<UInt64>(capacity: records.count)
        let orgNumbers = Dictionary(uniqueKeysWithValues: orgs.enumerated().map { ($1, UInt64($0)) })
        let indicatorNumbers = Dictionary(uniqueKeysWithValues: indicators.keys.enumerated().map { ($1, UInt64($0)) })
        for record in records {
            var reader = FieldReader(record)
            let org = reader.required("org")
            let code = reader.required("indicator")
            let period = reader.period("period")
            // Numbers as typed, leniently where unambiguous; a scale typed after one (「12.3亿」) is
            // refused with the indicator's unit to use instead (a growth is in %).
            let known = code.flatMap { indicators[$0] }
            let value = reader.decimal("value", required: false, unit: known?.unit)
            let growth = reader.decimal("growth", required: false, unit: "%")
            if reader.text("value") == nil && reader.text("growth") == nil { reader.fail("value", .noValueOrGrowth) }
            let orgNumber = org.flatMap { orgNumbers[$0] }
            if let org, orgNumber == nil { reader.fail("org", .unknownOrg(org)) }
            if let code {
                if let indicator = indicators[code] {
                    if indicator.accumulation == .ratio { reader.fail("indicator", .computedIndicator(code)) }
                    if let period, period.frequency != indicator.frequency {
                        reader.fail("period", .wrongFrequency(period, expected: indicator.frequency))
                    }
                } else {
                    reader.fail("indicator", .unknownIndicator(code))
                }
            }
            if let orgNumber, let indicatorNumber = code.flatMap({ indicatorNumbers[$0] }), let period,
               let first = duplicates.repeatOf(orgNumber << 40 | indicatorNumber << 16 | UInt64(period.code), line: record.line) {
                reader.fail(nil, .duplicateKey(firstLine: first))
            }
            issues += reader.issues
            if reader.issues.isEmpty, let org, let code, let period {
                result.append(ValueInput(
                    observation: Observation(org: org, indicator: code, period: period, value: value?.value, growth: growth?.value),
                    valueText: value?.text, growthText: growth?.text))
            }
        }
        if !issues.isEmpty { throw ImportFailure(issues) }
        return result
    }
}

extension ValueImport: ImportContract {
    public static let kind = ImportKind.values
    public static let requiredColumns = ["org", "indicator", "period", "value"]
    public static let optionalColumns = ["growth"]

    public static func validate(_ records: [InputRecord], against basis: ImportBasis) throws(ImportFailure) -> [ValueInput] {
        try validate(records, orgs: basis.orgCodes, indicators: basis.indicatorsByCode)
    }

    public static func scopes(of row: ValueInput, in basis: ImportBasis) -> [RowScope] {
        [.unit(row.observation.org, column: "org", indicator: row.observation.indicator)]
    }

    public static func dated(_ row: ValueInput, in basis: ImportBasis) -> (org: String, period: Period)? {
        (row.observation.org, row.observation.period)
    }

    public static func key(of row: ValueInput) -> String { "\(row.observation.org)/\(row.observation.indicator)/\(row.observation.period)" }
}
