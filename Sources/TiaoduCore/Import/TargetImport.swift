// Validates target rows: known unit and indicator, a year, a target type and an exact value.

public struct TargetInput: Sendable, Hashable {
    public let target: Target
    /// the value as entered, stored as such
    public let text: String
}

public enum TargetImport {
    public static func validate(_ records: [InputRecord], orgs: Set<String>, indicators: [String: Indicator]) throws(ImportFailure) -> [TargetInput] {
        var issues = IssueList()
        var result: [TargetInput] = []
        var duplicates = DuplicateGuard<TargetKey>()
        for record in records {
            var reader = FieldReader(record)
            let org = reader.required("org")
            let code = reader.required("indicator")
            let year = reader.integer("year", in: Period.yearRange)
            let type = reader.choice("type", TargetType.self)
            let value = reader.decimal("value", required: true)
            if let org, !orgs.contains(org) { reader.fail("org", .unknownOrg(org)) }
            if let code, indicators[code] == nil { reader.fail("indicator", .unknownIndicator(code)) }
            if let org, let code, let year, let first = duplicates.repeatOf(TargetKey(org: org, indicator: code, year: year), line: record.line) {
                reader.fail(nil, .duplicateKey(firstLine: first))
            }
            issues += reader.issues
            if reader.issues.isEmpty, let org, let code, let year, let type, let value {
                result.append(TargetInput(target: Target(org: org, indicator: code, year: year, type: type, value: value.value), text: value.text))
            }
        }
        if !issues.isEmpty { throw ImportFailure(issues) }
        return result
    }
}

extension TargetImport: ImportContract {
    public static let kind = ImportKind.targets
    public static let administrative = true
    public static let requiredColumns = ["org", "indicator", "year", "type", "value"]
    public static let optionalColumns: [String] = []

    public static func validate(_ records: [InputRecord], against basis: ImportBasis) throws(ImportFailure) -> [TargetInput] {
        try validate(records, orgs: basis.orgCodes, indicators: basis.indicatorsByCode)
    }

    /// Targets are set by the city (`administrative`); their locks are the targets' own, in the store.
    public static func scopes(of row: TargetInput, in basis: ImportBasis) -> [RowScope] { [] }

    public static func key(of row: TargetInput) -> String { "\(row.target.org)/\(row.target.indicator)/\(row.target.year)" }
}
