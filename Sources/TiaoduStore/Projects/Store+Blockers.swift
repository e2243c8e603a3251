// Blockers (存在问题) of projects: raised and resolved by those who may enter the owner unit's
// figures; never deleted; each raise and resolution is in the audit log.
import SQLKit
import TiaoduCore

public struct UnknownBlocker: Error, Equatable, Sendable {
    public let id: Int64
}

extension ProjectsRepository {
    /// Raises a blocker on a project; `today` is the date it is raised. Returns its id.
    @discardableResult
    public func raiseBlocker(_ code: String, _ input: BlockerInput, by principal: Principal, today: Day, source: WriteSource) async throws -> Int64 {
        let (kind, description, solver, due) = try input.validate().get()
        // A blocker is due on or after the day it is raised.
        if let due, due < today { throw ImportFailure([ImportIssue(line: 1, column: "due", reason: .outOfRange(due.description, allowed: "≥ \(today)"))]) }
        return try await transaction { db in
            _ = try await Store.ownedProject(db, code, by: principal)
            let id = try await db.raw("""
                INSERT INTO project_blockers (code, kind, description, solver, due, raised, raised_by)
                VALUES (\(bind: code), \(bind: kind.rawValue), \(bind: description), \(bind: solver), \(bind: due?.description), \(bind: today.description), \(bind: principal.login))
                RETURNING id
                """).first()?.decode(column: "id", as: Int64.self) ?? 0
            try await Store.audit(db, actor: principal.login, action: .projectBlocker, object: code, after: "#\(id) \(kind.rawValue): \(description)", source: source)
            return id
        }
    }

    /// Marks an open blocker resolved, saying how.
    public func resolveBlocker(_ id: Int64, resolution: String, by principal: Principal, today: Day, source: WriteSource) async throws {
        let how = resolution.trimmingCharacters(in: .whitespaces)
        guard !how.isEmpty else { throw ImportFailure([ImportIssue(line: 1, column: "resolution", reason: .required)]) }
        if let problem = TextLimits.problem(how, limit: TextLimits.text) { throw ImportFailure([ImportIssue(line: 1, column: "resolution", reason: problem)]) }
        try await transaction { db in
            guard let row = try await db.raw("SELECT code, resolved FROM project_blockers WHERE id = \(bind: id)").first() else { throw UnknownBlocker(id: id) }
            let code = try row.decode(column: "code", as: String.self)
            _ = try await Store.ownedProject(db, code, by: principal)
            guard try row.decode(column: "resolved", as: String?.self) == nil else { return }
            try await db.raw("""
                UPDATE project_blockers SET resolved = \(bind: today.description), resolved_by = \(bind: principal.login), resolution = \(bind: how)
                WHERE id = \(bind: id)
                """).run()
            try await Store.audit(db, actor: principal.login, action: .projectResolve, object: code, before: "#\(id)", after: how, source: source)
        }
    }

    public func blocker(_ id: Int64) async throws -> Blocker? {
        try await blockers(id: id).first
    }

    /// Blockers of one project (or the one with `id`, or all); oldest first.
    public func blockers(code: String? = nil, id: Int64? = nil) async throws -> [Blocker] {
        var query = SQLQueryString("SELECT id, code, kind, description, solver, due, raised, raised_by, resolved, resolved_by, resolution FROM project_blockers WHERE 1=1")
        if let code { query.appendInterpolation(unsafeRaw: " AND code = "); query.appendInterpolation(bind: code) }
        if let id { query.appendInterpolation(unsafeRaw: " AND id = "); query.appendInterpolation(bind: id) }
        query.appendInterpolation(unsafeRaw: " ORDER BY raised, id")
        return try await sql.raw(query).all().compactMap { row in
            func text(_ column: String) throws -> String? { try row.decode(column: column, as: String?.self) }
            guard let kind = BlockerKind(rawValue: try text("kind") ?? ""), let raised = try text("raised").flatMap(Day.init) else { return nil }
            return Blocker(id: try row.decode(column: "id", as: Int64.self), code: try text("code") ?? "", kind: kind, description: try text("description") ?? "",
                           solver: try text("solver") ?? "", due: try text("due").flatMap(Day.init), raised: raised, raisedBy: try text("raised_by") ?? "",
                           resolved: try text("resolved").flatMap(Day.init), resolvedBy: try text("resolved_by"), resolution: try text("resolution"))
        }
    }
}

extension Store {
    /// Checks the project exists and the principal may enter its owner's figures; returns the owner.
    static func ownedProject(_ db: any SQLDatabase, _ code: String, by principal: Principal) async throws -> String {
        guard let row = try await db.raw("SELECT owner FROM projects WHERE code = \(bind: code)").first() else { throw UnknownProject(code: code) }
        let owner = try row.decode(column: "owner", as: String.self)
        guard AccessPolicy(tree: OrgTree(try await Self.orgs(db))).canEnter(principal, org: owner) else {
            throw ImportFailure([ImportIssue(line: 1, column: "owner", reason: .outOfScope(owner))])
        }
        return owner
    }
}
