// The four CSV files of the import contract and their columns.

public enum ImportKind: String, Sendable, CaseIterable {
    case orgs, indicators, targets, values

    public var requiredColumns: [String] {
        switch self {
        case .orgs: return ["code", "name", "parent", "kind"]
        case .indicators: return ["code", "name", "unit", "frequency", "accumulation", "direction", "growth_basis", "aggregation", "decimals"]
        case .targets: return ["org", "indicator", "year", "type", "value"]
        case .values: return ["org", "indicator", "period", "value"]
        }
    }

    /// Columns that may be left out of the header; other columns are rejected.
    public var optionalColumns: [String] {
        switch self {
        case .orgs: return ["peer_group", "name_en"]
        case .indicators: return ["numerator", "denominator", "name_en", "schedule", "amber_threshold", "department"]
        case .targets: return []
        case .values: return ["growth"]
        }
    }

    public func table(_ text: String) throws(ImportFailure) -> CSVTable {
        try CSV.table(text, required: requiredColumns, optional: optionalColumns)
    }
}
