// What is wrong with an input row, as a value: the line (or item), the column and a reason
// that can be said in Chinese or English. A batch with any issue writes nothing.

public struct ImportIssue: Error, Hashable, Sendable {
    /// 1-based line of a CSV file, or 1-based item of a JSON array
    public let line: Int
    public let column: String?
    public let reason: ImportReason

    public init(line: Int, column: String?, reason: ImportReason) {
        self.line = line
        self.column = column
        self.reason = reason
    }
}

public enum ImportReason: Hashable, Sendable {
    case noHeader
    case unterminatedQuote
    case duplicateColumn
    case unknownColumn(allowed: [String])
    case missingColumn
    case fieldCount(expected: Int, found: Int)
    case required
    case notNumber(String)
    case tooManyDigits(String)
    case notInteger(String)
    case outOfRange(String, allowed: String)
    case badChoice(String, allowed: [String])
    case badPeriod(String)
    case badSchedule(String)
    case wrongFrequency(Period, expected: Frequency)
    case unknownOrg(String)
    case unknownIndicator(String)
    case unknownParent(String)
    case parentCycle([String])
    case secondRoot(existing: String)
    case duplicateKey(firstLine: Int)
    case noValueOrGrowth
    case computedIndicator(String)
    case ratioNeedsParts
    case partsOnlyForRatio
    case ratioPartIsRatio(String)
    case ratioPartFrequency(String)
    case aggregationMismatch
    case frequencyInUse(Frequency)
    case notJSONArray(String)
    /// the writer may not change this unit's figures
    case outOfScope(String)
    /// the writer may not write this kind of data at all
    case notPermitted(String)
    /// a stored project's stage changes only by a stage move, not by an import
    case stageByImport(code: String, stored: String)
    /// the unit's figures for the period are submitted, approved or accepted (by `lockedBy`)
    case locked(org: String, period: String, lockedBy: String, status: String)
    /// no project has this code
    case unknownProject(String)
    /// a new project's code is already in the register
    case codeTaken(String)
    /// not a calendar date yyyy-mm-dd
    case badDate(String)
}

public struct ImportFailure: Error, Sendable {
    public let issues: [ImportIssue]

    public init(_ issues: [ImportIssue]) { self.issues = issues.sorted { ($0.line, $0.column ?? "") < ($1.line, $1.column ?? "") } }
}
