// A batch checked against the catalogue before the write transaction opens (so a large or bad
// batch holds no lock while it is checked), and what that check relied on: the transaction
// compares it and validates again only if the catalogue moved in between.
import SQLKit
import TiaoduCore

/// What validation reads from the database, and the counters that say whether it still holds:
/// the catalogue's (org tree, indicators) and the projects'.
struct ValidationBasis: Equatable, Sendable {
    var counters: [Int64] = []
    var orgs: [OrgUnit] = []
    var indicators: [Indicator] = []
    var frequencies: [String: Set<Frequency>] = [:]
    /// project code → owner unit
    var owners: [String: String] = [:]
    var stages: [String: ProjectStage] = [:]

    func sameContent(as other: ValidationBasis) -> Bool {
        var mine = self
        mine.counters = other.counters
        return mine == other
    }

    var orgCodes: Set<String> { Set(orgs.map(\.code)) }
    var indicatorsByCode: [String: Indicator] { Dictionary(indicators.map { ($0.code, $0) }, uniquingKeysWith: { _, last in last }) }

    /// The counters first, then what they guard: a write between the two only makes the
    /// transaction load the basis again.
    static func counters(_ db: any SQLDatabase) async throws -> [Int64] {
        [try await Counter.projects.value(db), try await Counter.catalogue.value(db)]
    }

    static func load(_ kind: ImportKind, _ db: any SQLDatabase) async throws -> ValidationBasis {
        var basis = ValidationBasis()
        basis.counters = try await counters(db)
        basis.orgs = try await Store.orgs(db)
        basis.indicators = try await Store.indicators(db)
        switch kind {
        case .indicators: basis.frequencies = try await Store.frequenciesInUse(db)
        case .projects, .progress:
            basis.owners = try await Store.projectOwners(db)
            basis.stages = try await Store.projectStages(db)
        case .orgs, .targets, .values: break
        }
        return basis
    }
}

/// A batch as typed rows, in the order of its records.
enum Validated: Sendable {
    case orgs([OrgUnit])
    case indicators([Indicator])
    case targets([TargetInput])
    case projects([ProjectInput])
    case progress([ProgressReport])
    case values([ValueInput])

    /// Progress rows with their project's owner unit, for the scope check (scope follows the owner).
    func withOwners(_ records: [CSVRecord], _ owners: [String: String]) -> [CSVRecord] {
        records.map { record in record["code"].flatMap { owners[$0] }.map { record.with("owner", $0) } ?? record }
    }

    /// Rows that would change a locked month's figures, or a period that has not come yet. The
    /// rows are valid, so the i-th row is the i-th record (`lines`).
    func lockIssues(_ book: inout LockBook, lines: [Int], owners: [String: String], latest: Period) -> [ImportIssue] {
        var issues: [ImportIssue] = []
        func check(_ index: Int, org: String, period: Period) {
            let line = index < lines.count ? lines[index] : index + 1
            if Period.month(year: period.year, month: period.startMonth) > latest {
                issues.append(ImportIssue(line: line, column: "period", reason: .futurePeriod(period.description, latest: latest.description)))
            } else if let lock = book.lock(writing: period, of: org) {
                issues.append(ImportIssue(line: line, column: "period",
                                          reason: .locked(org: org, period: lock.month.description, lockedBy: lock.org, status: lock.status.rawValue)))
            }
        }
        switch self {
        case .values(let values):
            for (index, value) in values.enumerated() { check(index, org: value.observation.org, period: value.observation.period) }
        case .progress(let reports):
            for (index, report) in reports.enumerated() {
                if let owner = owners[report.code] { check(index, org: owner, period: report.period) }
            }
        case .orgs, .indicators, .targets, .projects: break
        }
        return issues
    }

    /// Rows that change how stored figures are computed: (row index, column).
    func catalogueChanges(_ basis: ValidationBasis) -> [(index: Int, column: String)] {
        switch self {
        case .orgs(let units):
            let known = Dictionary(basis.orgs.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
            return units.enumerated().flatMap { index, unit -> [(index: Int, column: String)] in
                guard let old = known[unit.code] else { return [] }
                return [("parent", old.parent != unit.parent), ("kind", old.kind != unit.kind), ("peer_group", old.peerGroup != unit.peerGroup)]
                    .filter(\.1).map { (index, $0.0) }
            }
        case .indicators(let indicators):
            let known = Dictionary(basis.indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
            return indicators.enumerated().flatMap { index, new -> [(index: Int, column: String)] in
                guard let old = known[new.code] else { return [] }
                var mine = new
                mine.name = old.name
                mine.nameEn = old.nameEn
                mine.department = old.department
                return mine == old ? [] : [(index, "code")]
            }
        default: return []
        }
    }

    /// For the audit row: which rows were written (the first 50 keys, and how many more).
    func keyList(_ count: Int) -> String {
        let keys: [String]
        switch self {
        case .orgs(let units): keys = units.prefix(50).map(\.code)
        case .indicators(let indicators): keys = indicators.prefix(50).map(\.code)
        case .targets(let targets): keys = targets.prefix(50).map { "\($0.target.org)/\($0.target.indicator)/\($0.target.year)" }
        case .projects(let projects): keys = projects.prefix(50).map(\.project.code)
        case .progress(let reports): keys = reports.prefix(50).map { "\($0.code)/\($0.period)" }
        case .values(let values): keys = values.prefix(50).map { "\($0.observation.org)/\($0.observation.indicator)/\($0.observation.period)" }
        }
        return " · " + keys.joined(separator: ", ") + (count > keys.count ? " … +\(count - keys.count)" : "")
    }
}
