// The one import pipeline: CSV files, the JSON API and the demo all come here. The input is
// validated against the workspace inside the same transaction that writes it, so a batch is
// written whole or not at all, and the validation sees exactly what it writes over.
import Foundation
import SQLKit
import TiaoduCore

/// What one write transaction did, carried out of it to update the in-memory workspace.
struct WriteOutcome: Sendable {
    var summary: ImportSummary?
    var observations: [Observation] = []
    var targets: [Target] = []
    var revision: Int64 = 0
}

extension Store {
    /// Imports a CSV file of the import contract. Throws `ImportFailure` listing every bad row;
    /// nothing is written then.
    @discardableResult
    public func importCSV(_ kind: ImportKind, text: String, actor: String = "system", source: WriteSource = .csv) async throws -> ImportSummary {
        let table = try kind.table(text)
        return try await write(kind, records: table.records, actor: actor, source: source)
    }

    /// Validates and writes records (from a CSV file or a JSON array) in one transaction, then
    /// brings the in-memory workspace up to date. With a `principal` (a signed-in user) every row
    /// must be within what the access policy lets them write — checked here, below every route.
    /// Validation runs first, outside the write transaction, so a large or bad batch holds no
    /// lock while it is checked; inside, it is repeated only if the catalogue it relied on moved.
    /// `unlockReason`: an admin changes targets of a year that has accepted months (audited).
    @discardableResult
    public func write(_ kind: ImportKind, records: [CSVRecord], actor: String, source: WriteSource, principal: Principal? = nil,
                      unlockReason: String? = nil) async throws -> ImportSummary {
        let basis = try await ValidationBasis.load(kind, sql)
        let checked = try Self.validate(kind, records, basis)
        let latest = try await latestWritablePeriod()
        let outcome = try await transaction { db in
            // Still valid while nothing it relied on moved (one small query); else checked again.
            let unchanged = try await ValidationBasis.counters(db) == basis.counters
            let current = unchanged ? basis : try await ValidationBasis.load(kind, db)
            let validated = unchanged || current.sameContent(as: basis) ? checked : try Self.validate(kind, records, current)
            let tree = OrgTree(current.orgs.isEmpty ? try await Self.orgs(db) : current.orgs)
            if let principal {
                let policy = AccessPolicy(tree: tree, indicators: current.indicators.isEmpty ? try await Self.indicators(db) : current.indicators)
                var forbidden = policy.forbiddenRows(principal, kind: kind, records: kind == .progress ? validated.withOwners(records, current.owners) : records)
                // A stored project changes only by those who may enter its present owner's figures.
                if kind == .projects {
                    forbidden += records.compactMap { record in
                        guard let owner = record["code"].flatMap({ current.owners[$0] }), !policy.canEnter(principal, org: owner) else { return nil }
                        return ImportIssue(line: record.line, column: "code", reason: .outOfScope(owner))
                    }
                }
                if !forbidden.isEmpty { throw ImportFailure(forbidden) }
            }
            // Nothing that feeds a submitted, approved or accepted month changes, through any route.
            var book = try await Self.lockBook(db, tree: tree)
            let locked = validated.lockIssues(&book, lines: records.map(\.line), owners: current.owners, latest: latest)
            if !locked.isEmpty { throw ImportFailure(locked) }
            // The tree and the catalogue carry every published figure: once a month is accepted, a
            // change to how figures are computed (a unit's parent, kind or peer group; an
            // indicator's arithmetic or decimals) needs an admin's stated reason, like targets.
            if unlockReason == nil, !book.isEmpty {
                let moved = validated.catalogueChanges(current)
                if !moved.isEmpty {
                    throw ImportFailure(moved.map { ImportIssue(line: records.indices.contains($0.index) ? records[$0.index].line : $0.index + 1,
                                                                column: $0.column, reason: .catalogueLocked($0.column)) })
                }
            }
            if let unlockReason, kind == .orgs || kind == .indicators, !validated.catalogueChanges(current).isEmpty {
                try await Self.audit(db, actor: principal?.login ?? actor, action: .unlock(kind), object: "\(records.count) rows",
                                     after: unlockReason, source: source)
            }
            var result = WriteOutcome()
            switch validated {
            case .orgs(let units):
                result.summary = try await Self.upsertOrgs(db, units, existing: current.orgs, actor: principal?.login ?? actor, source: source)
            case .indicators(let indicators):
                result.summary = try await Self.upsertIndicators(db, indicators, existing: current.indicators)
            case .targets(let targets):
                result.summary = try await Self.upsertTargets(db, targets, actor: actor, source: source, book: &book, lines: records.map(\.line),
                                                              unlocked: unlockReason != nil)
                result.targets = targets.map(\.target)
                if let unlockReason, let summary = result.summary, summary.changed > 0 {
                    try await Self.audit(db, actor: principal?.login ?? actor, action: .unlock(.targets), object: "\(summary.changed) targets",
                                         after: unlockReason, source: source)
                }
            case .projects(let projects):
                result.summary = try await Self.upsertProjects(db, projects, stored: current.stages, actor: actor, source: source, book: &book)
            case .progress(let reports):
                result.summary = try await Self.upsertProgress(db, reports, actor: actor, source: source)
            case .values(let values):
                result.summary = try await Self.upsertValues(db, values, actor: actor, source: source)
                result.observations = values.map(\.observation)
            }
            result.revision = try await Self.bumpRevision(db)
            if kind == .orgs || kind == .indicators { try await Counter.catalogue.bump(db) }
            if let summary = result.summary, summary.inserted + summary.changed > 0 {
                try await Self.audit(db, actor: principal?.login ?? actor, action: .write(kind), object: "\(summary.rows) rows",
                                     after: "new \(summary.inserted), changed \(summary.changed), unchanged \(summary.unchanged)"
                                        + validated.keyList(summary.rows), source: source)
            }
            return result
        }
        switch kind {
        case .orgs, .indicators: await live.invalidate()
        case .projects, .progress: break
        case .targets, .values: await live.apply(observations: outcome.observations, targets: outcome.targets, revision: outcome.revision)
        }
        return outcome.summary!
    }

    /// Validates records into typed rows against what the database held.
    static func validate(_ kind: ImportKind, _ records: [CSVRecord], _ basis: ValidationBasis) throws -> Validated {
        switch kind {
        case .orgs: return .orgs(try OrgImport.validate(records, existing: basis.orgs))
        case .indicators: return .indicators(try IndicatorImport.validate(records, existing: basis.indicators, frequenciesInUse: basis.frequencies))
        case .targets: return .targets(try TargetImport.validate(records, orgs: basis.orgCodes, indicators: basis.indicatorsByCode))
        case .projects: return .projects(try ProjectImport.validate(records, orgs: basis.orgCodes, stages: basis.stages))
        case .progress: return .progress(try ProgressImport.validate(records, projects: basis.owners))
        case .values: return .values(try ValueImport.validate(records, orgs: basis.orgCodes, indicators: basis.indicatorsByCode))
        }
    }

    /// The last period a value may be written for: this month in China, plus the workspace's
    /// grace in months (`tiaodu schedule --future-months N`). A value for 2200-01 would otherwise
    /// become everybody's "latest month".
    public func latestWritablePeriod() async throws -> Period {
        Self.latestWritablePeriod(grace: try await futureGraceMonths())
    }

    /// This month in China plus `grace` months.
    public static func latestWritablePeriod(grace: Int) -> Period {
        let today = Day(millisecondsSince1970: Store.now())
        let index = today.year * 12 + (today.month - 1) + grace
        return .month(year: index / 12, month: index % 12 + 1)
    }

    static func lockBook(_ db: any SQLDatabase, tree: OrgTree) async throws -> LockBook {
        var states: [String: [String: SubmissionStatus]] = [:]
        for row in try await db.raw("SELECT org, period, status FROM submissions").all() {
            guard let status = SubmissionStatus(rawValue: try row.decode(column: "status", as: String.self)) else { continue }
            states[try row.decode(column: "period", as: String.self), default: [:]][try row.decode(column: "org", as: String.self)] = status
        }
        return LockBook(tree: tree, states: states)
    }

    /// Counts the write: the revision after it.
    static func bumpRevision(_ db: any SQLDatabase) async throws -> Int64 {
        try await Counter.data.bump(db)
        return try await revision(db)
    }

    static func revision(_ db: any SQLDatabase) async throws -> Int64 {
        try await Counter.data.value(db)
    }

    /// A changed unit (renamed, moved under another parent, …) is in the audit log with its
    /// fields before and after.
    private static func upsertOrgs(_ db: any SQLDatabase, _ units: [OrgUnit], existing: [OrgUnit], actor: String, source: WriteSource) async throws -> ImportSummary {
        let known = Dictionary(existing.map { ($0.code, $0) }, uniquingKeysWith: { _, last in last })
        for unit in units {
            guard let old = known[unit.code], old != unit else { continue }
            func describe(_ u: OrgUnit) -> String {
                "name=\(u.name); name_en=\(u.nameEn ?? ""); parent=\(u.parent ?? ""); kind=\(u.kind.rawValue); peer_group=\(u.peerGroup ?? "")"
            }
            try await audit(db, actor: actor, action: .orgEdit, object: unit.code, before: describe(old), after: describe(unit), source: source)
        }
        let start = Int64(existing.count)
        try await batchWrite(db, into: "org_units", columns: ["code", "name", "name_en", "parent", "kind", "peer_group", "position"],
                             rows: units.enumerated().map { [SQLValue($1.code), SQLValue($1.name), SQLValue($1.nameEn), SQLValue($1.parent),
                                                             SQLValue($1.kind.rawValue), SQLValue($1.peerGroup), SQLValue(start + Int64($0))] },
                             conflict: ["code"], update: ["name", "name_en", "parent", "kind", "peer_group"])
        return ImportSummary(kind: .orgs, rows: units.count, replaced: units.filter { known[$0.code] != $0 }.map { known[$0.code] != nil })
    }

    private static func upsertIndicators(_ db: any SQLDatabase, _ indicators: [Indicator], existing: [Indicator]) async throws -> ImportSummary {
        let known = Dictionary(existing.map { ($0.code, $0) }, uniquingKeysWith: { _, last in last })
        let start = Int64(existing.count)
        let columns = ["code", "name", "name_en", "unit", "frequency", "accumulation", "direction", "growth_basis", "aggregation",
                       "decimals", "numerator", "denominator", "schedule", "amber_threshold", "department", "position"]
        let rows: [BindRow] = indicators.enumerated().map { index, i in
            [SQLValue(i.code), SQLValue(i.name), SQLValue(i.nameEn), SQLValue(i.unit), SQLValue(i.frequency.rawValue),
             SQLValue(i.accumulation.rawValue), SQLValue(i.direction.rawValue), SQLValue(i.growthBasis.rawValue),
             SQLValue(i.aggregation.rawValue), SQLValue(i.decimals), SQLValue(i.numerator), SQLValue(i.denominator),
             SQLValue(i.schedule.description), SQLValue(i.amberThreshold?.jsonLiteral), SQLValue(i.department), SQLValue(start + Int64(index))]
        }
        try await batchWrite(db, into: "indicators", columns: columns, rows: rows, conflict: ["code"],
                             update: columns.filter { $0 != "code" && $0 != "position" })
        return ImportSummary(kind: .indicators, rows: indicators.count, replaced: indicators.filter { known[$0.code] != $0 }.map { known[$0.code] != nil })
    }
}
