// Concentrated starts (集中开工) in the store: a dated batch of the organising unit's own projects,
// recorded by those who may enter that unit's figures, and audited.
import SQLKit
import TiaoduCore

extension ProjectsRepository {
    @discardableResult
    /// A batch is dated no later than `today`; a project breaks ground once, so a project already
    /// in a batch cannot be in another (its investment would count twice).
    public func addConcentratedStart(org: String, day: String, name: String, codes: [String], by principal: Principal,
                                     today: Day? = nil, source: WriteSource) async throws -> Int64 {
        let today = today ?? store.clock.today
        return try await transaction { db in
            let tree = OrgTree(try await Store.orgs(db))
            var reader = [ImportIssue]()
            func fail(_ column: String, _ reason: ImportReason) { reader.append(ImportIssue(line: 1, column: column, reason: reason)) }
            if !tree.contains(org) { fail("org", .unknownOrg(org)) } else if !AccessPolicy(tree: tree).canEnter(principal, org: org) { fail("org", .outOfScope(org)) }
            let date = Day(day)
            if date == nil { fail("day", day.isEmpty ? .required : .badDate(day)) }
            if let date, date > today { fail("day", .outOfRange(date.description, allowed: "≤ \(today)")) }
            if name.trimmingCharacters(in: .whitespaces).isEmpty { fail("name", .required) }
            if let problem = TextLimits.problem(name, limit: TextLimits.name) { fail("name", problem) }
            if codes.isEmpty { fail("codes", .required) }
            // A project listed twice would count its investment twice.
            var seen: Set<String> = []
            for code in codes where !seen.insert(code).inserted { fail("codes", .listedTwice(code)) }
            // A batch dated into a locked month would change that month's contest and figures.
            if let date, tree.contains(org) {
                var book = try await Store.lockBook(db, tree: tree)
                if let first = Store.firstOpenDay(&book, owners: [org]), date < first, let lock = book.latestLockedMonth(of: org) {
                    fail("day", .locked(org: org, period: lock.month.description, lockedBy: lock.org, status: lock.status.rawValue))
                }
            }
            let owners = try await Store.projectOwners(db)
            var earlier: Set<String> = []
            for row in try await db.raw("SELECT codes FROM concentrated_starts").all() {
                earlier.formUnion(try row.decode(column: "codes", as: String.self).split(separator: ",").map(String.init))
            }
            for code in seen.sorted() where earlier.contains(code) { fail("codes", .listedTwice(code)) }
            for code in seen.sorted() {
                guard let owner = owners[code] else { fail("codes", .unknownProject(code)); continue }
                if tree.contains(org), !tree.ancestry(of: owner).contains(org) { fail("codes", .outOfScope(owner)) }
            }
            guard reader.isEmpty, let date else { throw ImportFailure(reader) }
            let id = try await db.raw("""
                INSERT INTO concentrated_starts (org, day, name, codes, created_by, created_at)
                VALUES (\(bind: org), \(bind: date.description), \(bind: name), \(bind: codes.joined(separator: ",")), \(bind: principal.login), \(bind: Store.now()))
                RETURNING id
                """).first()?.decode(column: "id", as: Int64.self) ?? 0
            try await Store.audit(db, actor: principal.login, action: .projectBatch, object: org, after: "\(date) \(name): \(codes.count)", source: source)
            return id
        }
    }

    public func concentratedStarts() async throws -> [ConcentratedStart] {
        try await sql.raw("SELECT id, org, day, name, codes FROM concentrated_starts ORDER BY day, id").all().compactMap { row in
            guard let day = Day(try row.decode(column: "day", as: String.self)) else { return nil }
            return ConcentratedStart(id: try row.decode(column: "id", as: Int64.self), org: try row.decode(column: "org", as: String.self), day: day,
                                     name: try row.decode(column: "name", as: String.self),
                                     codes: try row.decode(column: "codes", as: String.self).split(separator: ",").map(String.init))
        }
    }
}
