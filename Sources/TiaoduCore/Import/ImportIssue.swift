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
    /// a number with a scale or unit after it (`12.3亿`, `12.3%`): the text, the suffix and the
    /// unit the column takes (the indicator's, `%` for a growth), when known
    case unitInNumber(String, suffix: String, unit: String?)
    /// commas that are not thousands separators every three digits (`1,23`, `12,3`)
    case badGrouping(String)
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
    case zeroOnlyForFlows
    case ratioPartIsRatio(String)
    case ratioPartFrequency(String)
    case aggregationMismatch
    case frequencyInUse(Frequency)
    case notJSONArray(String)
    /// the writer may not change this unit's figures
    case outOfScope(String)
    /// the writer may not write this kind of data at all
    case notPermitted(String)
    /// a fill-in template's header row is not as it was made: a column inserted, deleted or moved
    case templateHeader(column: String, expected: String, found: String)
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
    /// a period after the latest one that may take values yet
    case futurePeriod(String, latest: String)
    /// the unit's targets for the year are fixed: a month of it is accepted
    case targetsLocked(org: String, year: Int, month: String)
    /// a code named twice in one list
    case listedTwice(String)
    /// longer than the field allows
    case tooLong(limit: Int)
    /// a control character or a direction override (`multiline`: line breaks are allowed there)
    case badCharacter(Bool)
    /// not a code of letters, digits, - _ .
    case badCode(String)
    /// accepted figures rest on this field of the tree or the catalogue
    case catalogueLocked(String)
}

public struct ImportFailure: Error, Sendable {
    /// the first issues, by line (at most `ImportFailure.shown`)
    public let issues: [ImportIssue]
    /// issues found beyond those listed
    public let more: Int
    /// A file of a million bad rows is refused with its first hundred problems and a count of
    /// the rest, not with a million messages.
    public static let shown = 100

    public init(_ issues: [ImportIssue], more: Int = 0) {
        let sorted = issues.sorted { ($0.line, $0.column ?? "") < ($1.line, $1.column ?? "") }
        self.issues = Array(sorted.prefix(Self.shown))
        self.more = more + max(0, sorted.count - Self.shown)
    }

    public init(_ list: IssueList) { self.init(list.first, more: list.more) }
}

/// Issues collected while validating, keeping only the first `ImportFailure.shown` in memory
/// (the lines come in order) and counting the rest.
public struct IssueList: Sendable {
    public private(set) var first: [ImportIssue] = []
    public private(set) var more = 0

    public init() {}

    public var isEmpty: Bool { first.isEmpty }
    public var count: Int { first.count + more }

    public mutating func append(_ issue: ImportIssue) {
        if first.count < ImportFailure.shown { first.append(issue) } else { more += 1 }
    }

    public mutating func append(contentsOf issues: [ImportIssue]) { for issue in issues { append(issue) } }

    public static func += (list: inout IssueList, issues: [ImportIssue]) { list.append(contentsOf: issues) }
}
