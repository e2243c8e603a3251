// One kind of import, as a type: its columns, its validation into typed rows, and for each row
// whose figures it changes (the write-scope check), the unit and month it writes into (the lock
// book and the calendar), and its key (the audit log). A new kind is one conforming type here
// (and its write in the store); the pipeline, the scope check and the lock check are written once,
// over typed rows.

/// What validation reads from the database, as plain values.
public struct ImportBasis: Sendable, Equatable {
    public var orgs: [OrgUnit] = []
    public var indicators: [Indicator] = []
    /// indicator code → the frequencies its stored values have
    public var frequencies: [String: Set<Frequency>] = [:]
    /// project code → owner unit
    public var owners: [String: String] = [:]
    /// project code → stored stage
    public var stages: [String: ProjectStage] = [:]

    public init(orgs: [OrgUnit] = [], indicators: [Indicator] = [], frequencies: [String: Set<Frequency>] = [:],
                owners: [String: String] = [:], stages: [String: ProjectStage] = [:]) {
        self.orgs = orgs
        self.indicators = indicators
        self.frequencies = frequencies
        self.owners = owners
        self.stages = stages
    }

    public var orgCodes: Set<String> { Set(orgs.map(\.code)) }
    public var indicatorsByCode: [String: Indicator] { Dictionary(indicators.map { ($0.code, $0) }, uniquingKeysWith: { _, last in last }) }
}

/// Parts of the basis only some kinds read (the catalogue is always read).
public enum BasisPart: Sendable, Hashable {
    /// the frequencies of stored values (indicators may not change frequency under them)
    case frequencies
    /// the project register's owners and stages
    case projects
}

/// Whose figures a row changes, for the write-scope check: a unit's (`indicator`: a department
/// may enter its own indicators everywhere), and the column an issue names when the writer may
/// not. Kinds that are administrators' alone say so with `administrative` instead.
public struct RowScope: Sendable, Equatable {
    public let org: String
    public let column: String
    public let indicator: String?

    public static func unit(_ org: String, column: String, indicator: String? = nil) -> RowScope {
        RowScope(org: org, column: column, indicator: indicator)
    }
}

public protocol ImportContract: SendableMetatype {
    associatedtype Row: Sendable
    static var kind: ImportKind { get }
    static var requiredColumns: [String] { get }
    /// columns that may be left out of the header; other columns are refused
    static var optionalColumns: [String] { get }
    /// what validation reads besides the catalogue
    static var basisParts: Set<BasisPart> { get }
    /// administrators' alone (the catalogue, targets): refused for anyone else, even with no rows
    static var administrative: Bool { get }
    /// Typed rows from records, one per record in their order; every bad row named.
    static func validate(_ records: [InputRecord], against basis: ImportBasis) throws(ImportFailure) -> [Row]
    /// Whose figures the row changes (all must be the writer's to enter).
    static func scopes(of row: Row, in basis: ImportBasis) -> [RowScope]
    /// The unit and period the row writes figures into (checked against locks and the calendar);
    /// nil for rows that are not dated figures.
    static func dated(_ row: Row, in basis: ImportBasis) -> (org: String, period: Period)?
    /// Rows that change how stored figures are computed: (row index, column).
    static func catalogueChanges(_ rows: [Row], from basis: ImportBasis) -> [(index: Int, column: String)]
    /// The row's key, for the audit log.
    static func key(of row: Row) -> String
}

extension ImportContract {
    public static var basisParts: Set<BasisPart> { [] }
    public static var administrative: Bool { false }
    public static func dated(_ row: Row, in basis: ImportBasis) -> (org: String, period: Period)? { nil }
    public static func catalogueChanges(_ rows: [Row], from basis: ImportBasis) -> [(index: Int, column: String)] { [] }
}
