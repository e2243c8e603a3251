// The CSV files of the import contract and their columns.

public enum ImportKind: String, Sendable, CaseIterable {
    case orgs, indicators, targets, values, projects, progress

    public var requiredColumns: [String] {
        switch self {
        case .orgs: return ["code", "name", "parent", "kind"]
        case .indicators: return ["code", "name", "unit", "frequency", "accumulation", "direction", "growth_basis", "aggregation", "decimals"]
        case .targets: return ["org", "indicator", "year", "type", "value"]
        case .values: return ["org", "indicator", "period", "value"]
        case .projects: return ["code", "name", "owner", "category", "list_level", "total_investment", "annual_plan"]
        case .progress: return ["code", "period", "investment"]
        }
    }

    /// Columns that may be left out of the header; other columns are rejected.
    public var optionalColumns: [String] {
        switch self {
        case .orgs: return ["peer_group", "name_en"]
        case .indicators: return ["numerator", "denominator", "name_en", "schedule", "amber_threshold", "department"]
        case .targets: return []
        case .values: return ["growth"]
        case .projects: return ["industry", "chain", "planned_start", "planned_finish", "responsible_unit", "leader", "task_force",
                                "land_status", "listed_in_statistics", "stage"]
        case .progress: return ["progress"]
        }
    }

    public func table(_ text: String) throws(ImportFailure) -> CSVTable {
        try CSV.table(text, required: requiredColumns, optional: optionalColumns)
    }
}
