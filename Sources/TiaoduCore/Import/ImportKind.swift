// The kinds of import, by name (the CLI's `tiaodu import KIND`, the API's routes, the audit log),
// each answered by its ImportContract type — the one place a new kind is listed.

public enum ImportKind: String, Sendable, CaseIterable {
    case orgs, indicators, targets, values, projects, progress, calendar, cases

    public var contract: any ImportContract.Type {
        switch self {
        case .orgs: return OrgImport.self
        case .indicators: return IndicatorImport.self
        case .targets: return TargetImport.self
        case .values: return ValueImport.self
        case .projects: return ProjectImport.self
        case .progress: return ProgressImport.self
        case .calendar: return CalendarImport.self
        case .cases: return CaseImport.self
        }
    }

    public var requiredColumns: [String] { contract.requiredColumns }
    public var optionalColumns: [String] { contract.optionalColumns }

    public func table(_ text: String) throws(ImportFailure) -> CSVTable {
        try CSV.table(text, required: requiredColumns, optional: optionalColumns)
    }
}
