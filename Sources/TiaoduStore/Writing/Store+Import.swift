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
    @discardableResult
    public func write(_ kind: ImportKind, records input: [CSVRecord], actor: String, source: WriteSource, principal: Principal? = nil) async throws -> ImportSummary {
        let outcome = try await transaction { db in
            var records = input
            // A progress row belongs to its project's owner unit: scope and locks follow the owner.
            let owners = kind == .progress || kind == .projects ? try await Self.projectOwners(db) : [:]
            if kind == .progress {
                records = records.map { record in record["code"].flatMap { owners[$0] }.map { record.with("owner", $0) } ?? record }
            }
            if let principal {
                let policy = AccessPolicy(tree: OrgTree(try await Self.orgs(db)), indicators: try await Self.indicators(db))
                var forbidden = policy.forbiddenRows(principal, kind: kind, records: records)
                // A stored project changes only by those who may enter its present owner's figures.
                if kind == .projects {
                    forbidden += records.compactMap { record in
                        guard let owner = record["code"].flatMap({ owners[$0] }), !policy.canEnter(principal, org: owner) else { return nil }
                        return ImportIssue(line: record.line, column: "code", reason: .outOfScope(owner))
                    }
                }
                if !forbidden.isEmpty { throw ImportFailure(forbidden) }
            }
            // Submitted, approved or accepted figures change through no route.
            if kind == .values || kind == .progress {
                let locked = try await Self.lockedRows(db, records, orgColumn: kind == .values ? "org" : "owner", tree: OrgTree(try await Self.orgs(db)))
                if !locked.isEmpty { throw ImportFailure(locked) }
            }
            var result = WriteOutcome()
            switch kind {
            case .orgs:
                let existing = try await Self.orgs(db)
                let units = try OrgImport.validate(records, existing: existing)
                result.summary = try await Self.upsertOrgs(db, units, existing: existing)
            case .indicators:
                let existing = try await Self.indicators(db)
                let indicators = try IndicatorImport.validate(records, existing: existing, frequenciesInUse: try await Self.frequenciesInUse(db))
                result.summary = try await Self.upsertIndicators(db, indicators, existing: existing)
            case .targets:
                let (orgs, indicators) = try await Self.catalogue(db)
                let targets = try TargetImport.validate(records, orgs: orgs, indicators: indicators)
                result.summary = try await Self.upsertTargets(db, targets, actor: actor, source: source)
                result.targets = targets.map(\.target)
            case .projects:
                let (orgs, _) = try await Self.catalogue(db)
                let stored = try await Self.projectStages(db)
                let projects = try ProjectImport.validate(records, orgs: orgs, stages: stored)
                result.summary = try await Self.upsertProjects(db, projects, stored: stored, actor: actor)
            case .progress:
                let reports = try ProgressImport.validate(records, projects: owners)
                result.summary = try await Self.upsertProgress(db, reports, actor: actor, source: source)
            case .values:
                let (orgs, indicators) = try await Self.catalogue(db)
                let values = try ValueImport.validate(records, orgs: orgs, indicators: indicators)
                result.summary = try await Self.upsertValues(db, values, actor: actor, source: source)
                result.observations = values.map(\.observation)
            }
            result.revision = try await Self.bumpRevision(db)
            if let summary = result.summary, summary.inserted + summary.changed > 0 {
                try await Self.audit(db, actor: principal?.login ?? actor, action: "write.\(kind.rawValue)", object: "\(summary.rows) rows",
                                     after: "new \(summary.inserted), changed \(summary.changed), unchanged \(summary.unchanged)", source: source.rawValue)
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

    /// Counts the write: the revision after it.
    static func bumpRevision(_ db: any SQLDatabase) async throws -> Int64 {
        try await db.raw("UPDATE revision SET value = value + 1 WHERE id = 1").run()
        return try await revision(db)
    }

    static func revision(_ db: any SQLDatabase) async throws -> Int64 {
        try await db.raw("SELECT value FROM revision WHERE id = 1").first()?.decode(column: "value", as: Int64.self) ?? 0
    }

    private static func catalogue(_ db: any SQLDatabase) async throws -> (Set<String>, [String: Indicator]) {
        let orgs = try await db.raw("SELECT code FROM org_units").all().map { try $0.decode(column: "code", as: String.self) }
        let indicators = try await Self.indicators(db)
        return (Set(orgs), Dictionary(indicators.map { ($0.code, $0) }, uniquingKeysWith: { _, last in last }))
    }

    private static func upsertOrgs(_ db: any SQLDatabase, _ units: [OrgUnit], existing: [OrgUnit]) async throws -> ImportSummary {
        let known = Dictionary(existing.map { ($0.code, $0) }, uniquingKeysWith: { _, last in last })
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
