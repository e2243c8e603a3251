// A project's monthly progress report: the investment completed in the month (亿元, exact, as
// entered), and what was done on site. The cumulative is never entered: it is the sum of the
// year's months, so a corrected month corrects every later cumulative.

public struct ProgressReport: Hashable, Sendable {
    public let code: String
    /// the month reported
    public let period: Period
    public let investment: Figure
    /// the investment as entered
    public let investmentText: String
    /// physical progress (形象进度)
    public let progress: String?

    public init(code: String, period: Period, investment: Figure, investmentText: String, progress: String?) {
        self.code = code
        self.period = period
        self.investment = investment
        self.investmentText = investmentText
        self.progress = progress
    }
}

public enum ProgressImport {
    /// Validates `code, period, investment[, progress]` rows against the register (`owners`:
    /// project code → owner unit). Months only; investment not negative; one row per project and month.
    public static func validate(_ records: [InputRecord], projects owners: [String: String]) throws(ImportFailure) -> [ProgressReport] {
        var issues: [ImportIssue] = []
        var result: [ProgressReport] = []
        /// A project's month: one report each.
        struct Month: Hashable { let code: String, period: Period }
        var duplicates = DuplicateGuard<Month>()
        for record in records {
            var reader = FieldReader(record)
            let code = reader.required("code")
            let period = reader.month("period")
            let investment = reader.decimal("investment", required: true, unit: "亿元")
            if let code, owners[code] == nil { reader.fail("code", .unknownProject(code)) }
            if let investment, investment.value.isNegative { reader.fail("investment", .outOfRange(investment.text, allowed: "≥ 0")) }
            if let code, let period, let first = duplicates.repeatOf(Month(code: code, period: period), line: record.line) {
                reader.fail("period", .duplicateKey(firstLine: first))
            }
            issues += reader.issues
            if reader.issues.isEmpty, let code, let period, let investment {
                result.append(ProgressReport(code: code, period: period, investment: investment.value, investmentText: investment.text,
                                             progress: reader.text("progress")))
            }
        }
        if !issues.isEmpty { throw ImportFailure(issues) }
        return result
    }
}

extension ProgressImport: ImportContract {
    public static let kind = ImportKind.progress
    public static let requiredColumns = ["code", "period", "investment"]
    public static let optionalColumns = ["progress"]
    public static let basisParts: Set<BasisPart> = [.projects]

    public static func validate(_ records: [InputRecord], against basis: ImportBasis) throws(ImportFailure) -> [ProgressReport] {
        try validate(records, projects: basis.owners)
    }

    /// Progress is the project owner's to report.
    public static func scopes(of row: ProgressReport, in basis: ImportBasis) -> [RowScope] {
        basis.owners[row.code].map { [.unit($0, column: "code")] } ?? []
    }

    public static func dated(_ row: ProgressReport, in basis: ImportBasis) -> (org: String, period: Period)? {
        basis.owners[row.code].map { ($0, row.period) }
    }

    public static func key(of row: ProgressReport) -> String { "\(row.code)/\(row.period)" }
}
