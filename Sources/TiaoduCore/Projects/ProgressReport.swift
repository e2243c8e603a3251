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
    public static func validate(_ records: [CSVRecord], projects owners: [String: String]) throws(ImportFailure) -> [ProgressReport] {
        var issues: [ImportIssue] = []
        var result: [ProgressReport] = []
        var duplicates = DuplicateGuard<String>()
        for record in records {
            var reader = FieldReader(record)
            let code = reader.required("code")
            let period = reader.month("period")
            let investment = reader.decimal("investment", required: true)
            if let code, owners[code] == nil { reader.fail("code", .unknownProject(code)) }
            if let investment, investment.value.isNegative { reader.fail("investment", .outOfRange(investment.text, allowed: "≥ 0")) }
            if let code, let period, let first = duplicates.repeatOf(code + "|" + period.description, line: record.line) {
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
