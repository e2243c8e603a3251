// The one import pipeline: CSV files, the JSON API, forms and the demo all come here. A batch is
// validated before its write transaction opens and again inside only if the catalogue it relied
// on moved in between, so it is written whole or not at all against exactly what it writes over.
import Foundation
import SQLKit
import TiaoduCore

extension Store {
    /// Imports a CSV file of the import contract. Throws `ImportFailure` listing every bad row;
    /// nothing is written then.
    @discardableResult
    public func importCSV(_ kind: ImportKind, text: String, actor: String = "system", source: WriteSource = .csv) async throws -> ImportSummary {
        let table = try kind.table(text)
        return try await write(kind, records: table.records, actor: actor, source: source)
    }

    /// Validates and writes records (from a CSV file, a JSON array or a form) in one transaction,
    /// then brings the in-memory workspace up to date. With a `principal` (a signed-in user) every
    /// row must be within what the access policy lets them write — checked here, on typed rows,
    /// below every route. Validation runs first, outside the write transaction, so a large or bad
    /// batch holds no lock while it is checked; inside, it is repeated only if the catalogue it
    /// relied on moved. `unlockReason`: an admin changes locked targets or the computing
    /// catalogue of a year that has accepted months (audited).
    /// `dryRun`: every check and the whole write run in the transaction, which is then rolled
    /// back — the summary says what the import would do (new, replaced, unchanged; refused rows
    /// throw as always) and nothing is written.
    @discardableResult
    public func write(_ kind: ImportKind, records: [InputRecord], actor: String, source: WriteSource, principal: Principal? = nil,
                      unlockReason: String? = nil, dryRun: Bool = false) async throws -> ImportSummary {
        try await write(Self.storedImport(kind), records: records, actor: actor, source: source, principal: principal, unlockReason: unlockReason,
                        dryRun: dryRun)
    }

    /// Thrown out of a dry run's transaction so that it rolls back, carrying what it found.
    private struct DryRunRollback: Error { let summary: ImportSummary }

    /// Each kind's write: its ImportContract type's StoredImport conformance (every kind has
    /// one; StoreTests.everyImportKindHasAWrite checks).
    static func storedImport(_ kind: ImportKind) -> any StoredImport.Type {
        guard let stored = kind.contract as? any StoredImport.Type else { preconditionFailure("no StoredImport for \(kind)") }
        return stored
    }

    func write<K: StoredImport>(_ contract: K.Type, records: [InputRecord], actor: String, source: WriteSource, principal: Principal?,
                                unlockReason: String?, dryRun: Bool = false) async throws -> ImportSummary {
        let basis = try await ValidationBasis.load(K.basisParts, sql)
        let checked = try K.validate(records, against: basis.content)
        let latest = try await latestWritablePeriod()
        let lines = records.map(\.line)
        let outcome: (ImportSummary, Int64, [K.Row])
        do {
            outcome = try await transaction { db in
                // Still valid while nothing it relied on moved (one small query); else checked again.
                let unchanged = try await ValidationBasis.counters(db) == basis.counters
                let current = unchanged ? basis.content : try await ValidationBasis.load(K.basisParts, db).content
                let rows = unchanged || current == basis.content ? checked : try K.validate(records, against: current)
                let tree = OrgTree(current.orgs)
                if let principal {
                    // The catalogue and targets are administrators' alone, however few rows (none too).
                    if K.administrative, !principal.isAdmin { throw ImportFailure([ImportIssue(line: lines.first ?? 1, column: nil, reason: .notPermitted(K.kind.rawValue))]) }
                    let policy = AccessPolicy(tree: tree, indicators: current.indicators)
                    let scopes = zip(lines, rows).map { line, row in (line: line, scopes: K.scopes(of: row, in: current)) }
                    let forbidden = policy.forbidden(principal, rows: scopes)
                    if !forbidden.isEmpty { throw ImportFailure(forbidden) }
                }
                // Nothing that feeds a submitted, approved or accepted month changes, through any route.
                var book = try await Self.lockBook(db, tree: tree)
                let locked = Self.lockIssues(K.self, rows, in: current, book: &book, lines: lines, latest: latest)
                if !locked.isEmpty { throw ImportFailure(locked) }
                // The tree and the catalogue carry every published figure: once a month is accepted, a
                // change to how figures are computed (a unit's parent, kind or peer group; an
                // indicator's arithmetic or decimals) needs an admin's stated reason, like targets.
                let moved = K.catalogueChanges(rows, from: current)
                if unlockReason == nil, !book.isEmpty, !moved.isEmpty {
                    throw ImportFailure(moved.map { ImportIssue(line: lines.indices.contains($0.index) ? lines[$0.index] : $0.index + 1,
                                                                column: $0.column, reason: .catalogueLocked($0.column)) })
                }
                if let unlockReason, !moved.isEmpty {
                    try await Self.audit(db, actor: principal?.login ?? actor, action: .unlock(K.kind), object: "\(records.count) rows",
                                         after: unlockReason, source: source)
                }
                var context = WriteContext(actor: actor, auditActor: principal?.login ?? actor, source: source, basis: current, book: book,
                                           lines: lines, unlockReason: unlockReason)
                var summary = try await K.write(rows, into: db, &context)
                if dryRun {
                    summary.dryRun = true
                    throw DryRunRollback(summary: summary)
                }
                let revision = try await Self.bumpRevision(db)
                if K.liveEffect == .reload { try await Counter.catalogue.bump(db) }
                if summary.inserted + summary.changed > 0 {
                    let keys = rows.prefix(50).map(K.key(of:))
                    try await Self.audit(db, actor: principal?.login ?? actor, action: .write(K.kind), object: "\(summary.rows) rows",
                                         after: "new \(summary.inserted), changed \(summary.changed), unchanged \(summary.unchanged)"
                                            + " · " + keys.joined(separator: ", ") + (summary.rows > keys.count ? " … +\(summary.rows - keys.count)" : ""),
                                         source: source)
                }
                return (summary, revision, rows)
            }
        } catch let rollback as DryRunRollback {
            return rollback.summary
        }
        switch K.liveEffect {
        case .reload: await live.invalidate()
        case .none: break
        case .apply:
            let figures = K.figures(outcome.2)
            await live.apply(observations: figures.observations, targets: figures.targets, revision: outcome.1)
        }
        return outcome.0
    }

    /// Rows that would change a locked month's figures, or a period that has not come yet.
    static func lockIssues<K: ImportContract>(_ contract: K.Type, _ rows: [K.Row], in basis: ImportBasis, book: inout LockBook,
                                              lines: [Int], latest: Period) -> [ImportIssue] {
        var issues: [ImportIssue] = []
        for (index, row) in rows.enumerated() {
            guard let (org, period) = K.dated(row, in: basis) else { continue }
            let line = index < lines.count ? lines[index] : index + 1
            if Period.month(year: period.year, month: period.startMonth) > latest {
                issues.append(ImportIssue(line: line, column: "period", reason: .futurePeriod(period.description, latest: latest.description)))
            } else if let lock = book.lock(writing: period, of: org) {
                issues.append(ImportIssue(line: line, column: "period",
                                          reason: .locked(org: org, period: lock.month.description, lockedBy: lock.org, status: lock.status.rawValue)))
            }
        }
        return issues
    }

    /// The last period a value may be written for: this month in China, plus the workspace's
    /// grace in months (`tiaodu schedule --future-months N`). A value for 2200-01 would otherwise
    /// become everybody's "latest month".
    public func latestWritablePeriod() async throws -> Period {
        Self.latestWritablePeriod(grace: try await cycle.futureGraceMonths(), today: clock.today)
    }

    /// `today`'s month plus `grace` months.
    public static func latestWritablePeriod(grace: Int, today: Day) -> Period {
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
}
