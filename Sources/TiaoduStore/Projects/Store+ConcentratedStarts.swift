// Concentrated starts (集中开工) in the store: a dated batch of the organising unit's own projects,
// recorded by those who may enter that unit's figures, and audited.
import SQLKit
import TiaoduCore

extension Store {
    @discardableResult
    public func addConcentratedStart(org: String, day: String, name: String, codes: [String], by principal: Principal) async throws -> Int64 {
        try await transaction { db in
            let tree = OrgTree(try await Self.orgs(db))
            var reader = [ImportIssue]()
            func fail(_ column: String, _ reason: ImportReason) { reader.append(ImportIssue(line: 1, column: column, reason: reason)) }
            if !tree.contains(org) { fail("org", .unknownOrg(org)) } else if !AccessPolicy(tree: tree).canEnter(principal, org: org) { fail("org", .outOfScope(org)) }
            let date = Day(day)
            if date == nil { fail("day", day.isEmpty ? .required : .badDate(day)) }
            if name.trimmingCharacters(in: .whitespaces).isEmpty { fail("name", .required) }
            if codes.isEmpty { fail("codes", .required) }
            let owners = try await Self.projectOwners(db)
            for code in codes {
                guard let owner = owners[code] else { fail("codes", .unknownProject(code)); continue }
                if tree.contains(org), !tree.ancestry(of: owner).contains(org) { fail("codes", .outOfScope(owner)) }
            }
            guard reader.isEmpty, let date else { throw ImportFailure(reader) }
            let id = try await db.raw("""
                INSERT INTO concentrated_starts (org, day, name, codes, created_by, created_at)
                VALUES (\(bind: org), \(bind: date.description), \(bind: name), \(bind: codes.joined(separator: ",")), \(bind: principal.login), \(bind: Store.now()))
                RETURNING id
                """).first()?.decode(column: "id", as: Int64.self) ?? 0
            try await Self.audit(db, actor: principal.login, action: "project.batch", object: org, after: "\(date) \(name): \(codes.count)", source: "web")
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
