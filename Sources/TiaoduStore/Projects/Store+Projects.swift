// Projects in the store: the register written through the one import pipeline, read back with
// amounts exactly as entered, and moved through their stages — each move checked by the stage
// machine and the access policy, appended as a dated event and recorded in the audit log.
import SQLKit
import TiaoduCore

public struct StoredProject: Sendable, Equatable {
    public let project: Project
    public let totalText: String
    public let planText: String
}

public struct ProjectEvent: Sendable, Equatable {
    public let code: String
    public let at: Int64
    public let by: String
    public let from: ProjectStage?
    public let to: ProjectStage
    public let note: String?
    /// the day the move took effect (nil: the registration, or a move recorded before days were kept)
    public var on: Day? = nil
}

public struct StageFailure: Error, Equatable, Sendable {
    public let error: StageError
}

public struct UnknownProject: Error, Equatable, Sendable {
    public let code: String
}

extension ProjectsRepository {
    public func projects(owner: String? = nil) async throws -> [StoredProject] {
        var query = SQLQueryString("SELECT \(unsafeRaw: Store.projectColumns.joined(separator: ", ")) FROM projects")
        if let owner { query.appendInterpolation(unsafeRaw: " WHERE owner = "); query.appendInterpolation(bind: owner) }
        query.appendInterpolation(unsafeRaw: " ORDER BY position, code")
        return try await sql.raw(query).all().compactMap(Store.storedProject)
    }

    /// Register rows kept for locked months: code → (the last month it holds for, the row then),
    /// oldest first.
    public func projectSnapshots() async throws -> [String: [(until: Period, stored: StoredProject)]] {
        var snapshots: [String: [(until: Period, stored: StoredProject)]] = [:]
        let columns = (["until_month"] + Store.projectColumns).joined(separator: ", ")
        for row in try await sql.raw("SELECT \(unsafeRaw: columns) FROM project_snapshots ORDER BY until_month, id").all() {
            guard let until = Period(try row.decode(column: "until_month", as: String.self)), let stored = try Store.storedProject(row) else { continue }
            snapshots[stored.project.code, default: []].append((until, stored))
        }
        return snapshots
    }

    /// Moves a project one stage on (by a user who may enter its owner's figures), taking effect on
    /// `on` (e.g. the day it started); throws `StageFailure` for an illegal move, `ImportFailure`
    /// (out of scope) for the wrong user.
    public func moveProject(_ code: String, to stage: ProjectStage, by principal: Principal, note: String?, on day: Day? = nil,
                            today: Day? = nil, source: WriteSource) async throws {
        if let note, let problem = TextLimits.problem(note, limit: TextLimits.text) { throw ImportFailure([ImportIssue(line: 1, column: "note", reason: problem)]) }
        let today = today ?? store.clock.today
        try await transaction { db in
            guard let row = try await db.raw("SELECT owner, stage FROM projects WHERE code = \(bind: code)").first(),
                  let current = ProjectStage(rawValue: try row.decode(column: "stage", as: String.self)) else { throw UnknownProject(code: code) }
            let owner = try row.decode(column: "owner", as: String.self)
            let tree = OrgTree(try await Store.orgs(db))
            guard AccessPolicy(tree: tree).canEnter(principal, org: owner) else {
                throw ImportFailure([ImportIssue(line: 1, column: "owner", reason: .outOfScope(owner))])
            }
            if case .failure(let error) = current.move(to: stage) { throw StageFailure(error: error) }
            // Stages move forward in time as well: not before the day of the last dated move.
            if let day, let last = try await db.raw("SELECT MAX(on_day) AS last FROM project_events WHERE code = \(bind: code)").first()?
                .decode(column: "last", as: String?.self).flatMap(Day.init), day < last {
                throw ImportFailure([ImportIssue(line: 1, column: "on", reason: .outOfRange(day.description, allowed: "≥ \(last)"))])
            }
            // A move dated into a locked month would change that month's figures.
            var book = try await Store.lockBook(db, tree: tree)
            if let first = Store.firstOpenDay(&book, owners: [owner]), (day ?? today) < first {
                let lock = book.latestLockedMonth(of: owner)!
                throw ImportFailure([ImportIssue(line: 1, column: "on", reason: .locked(org: owner, period: lock.month.description, lockedBy: lock.org, status: lock.status.rawValue))])
            }
            let now = Store.now()
            try await db.raw("UPDATE projects SET stage = \(bind: stage.rawValue), updated_at = \(bind: now), updated_by = \(bind: principal.login) WHERE code = \(bind: code)").run()
            try await db.raw("""
                INSERT INTO project_events (code, at, by, from_stage, to_stage, note, on_day)
                VALUES (\(bind: code), \(bind: now), \(bind: principal.login), \(bind: current.rawValue), \(bind: stage.rawValue), \(bind: note), \(bind: (day ?? today).description))
                """).run()
            try await Store.audit(db, actor: principal.login, action: .projectStage, object: code, before: current.rawValue, after: stage.rawValue + (day.map { " @ \($0)" } ?? "") + (note.map { " · \($0)" } ?? ""), source: source)
        }
    }

    /// A project's history — stage moves, edits, corrected progress, blockers — newest first.
    public func projectHistory(_ code: String) async throws -> [AuditEntry] {
        try await sql.raw("""
            SELECT id, at, actor, action, object, before, after, source FROM audit_log
            WHERE object = \(bind: code) AND action LIKE 'project.%' ORDER BY id DESC LIMIT 500
            """).all().map(Store.auditEntry)
    }

    /// A project's stage events, oldest first.
    public func projectEvents(_ code: String) async throws -> [ProjectEvent] {
        try await sql.raw("SELECT code, at, by, from_stage, to_stage, note, on_day FROM project_events WHERE code = \(bind: code) ORDER BY id").all().compactMap { row in
            guard let to = ProjectStage(rawValue: try row.decode(column: "to_stage", as: String.self)) else { return nil }
            return ProjectEvent(code: try row.decode(column: "code", as: String.self), at: try row.decode(column: "at", as: Int64.self),
                                by: try row.decode(column: "by", as: String.self), from: try row.decode(column: "from_stage", as: String?.self).flatMap(ProjectStage.init),
                                to: to, note: try row.decode(column: "note", as: String?.self), on: try row.decode(column: "on_day", as: String?.self).flatMap(Day.init))
        }
    }

    /// Every project's stage events as histories, for figures as of a past day.
    public func stageHistories() async throws -> [String: StageHistory] {
        var histories: [String: StageHistory] = [:]
        for row in try await sql.raw("SELECT code, to_stage, on_day FROM project_events ORDER BY id").all() {
            guard let stage = ProjectStage(rawValue: try row.decode(column: "to_stage", as: String.self)) else { continue }
            histories[try row.decode(column: "code", as: String.self), default: StageHistory()]
                .append(on: try row.decode(column: "on_day", as: String?.self).flatMap(Day.init), stage: stage)
        }
        return histories
    }
}

extension Store {
    static let projectColumns = ["code", "name", "owner", "category", "list_level", "total_investment", "annual_plan", "stage", "industry", "chain",
                                 "planned_start", "planned_finish", "responsible_unit", "leader", "task_force", "land_status",
                                 "listed_in_statistics", "updated_by", "updated_at", "position"]

    static func projectStages(_ db: any SQLDatabase) async throws -> [String: ProjectStage] {
        var stages: [String: ProjectStage] = [:]
        for row in try await db.raw("SELECT code, stage FROM projects").all() {
            stages[try row.decode(column: "code", as: String.self)] = ProjectStage(rawValue: try row.decode(column: "stage", as: String.self))
        }
        return stages
    }

    /// New projects and changed fields (rows identical to what is stored are left alone); a new
    /// project's first event is its registration.
    /// An edit that would change a locked month's figures keeps the old row for those months
    /// (project_snapshots); a project registered while its owner has locked months counts from
    /// the first open month on, so no accepted figure moves.
    static func upsertProjects(_ db: any SQLDatabase, _ all: [ProjectInput], stored: [String: ProjectStage], actor: String, source: WriteSource,
                               book: inout LockBook) async throws -> ImportSummary {
        let now = Store.now()
        let start = Int64(stored.count)
        let compared = projectColumns.filter { !["updated_by", "updated_at", "position"].contains($0) }
        var current: [String: [String?]] = [:]
        for row in try await db.raw("SELECT \(unsafeRaw: compared.joined(separator: ", ")) FROM projects").all() {
            current[try row.decode(column: "code", as: String.self)] = try compared.map { try row.decode(column: $0, as: String?.self) }
        }
        func fields(_ input: ProjectInput) -> [String?] {
            let p = input.project
            return [p.code, p.name, p.owner, p.category.rawValue, p.listLevel.rawValue, input.totalText, input.planText, p.stage.rawValue,
                    p.industry, p.chain, p.plannedStart?.description, p.plannedFinish?.description, p.responsibleUnit, p.leader,
                    p.taskForce, p.landStatus, p.listedInStatistics?.description]
        }
        let inputs = all.filter { current[$0.project.code] != fields($0) }
        let ownerIndex = compared.firstIndex(of: "owner")!
        for input in inputs {
            guard let old = current[input.project.code], let oldOwner = old[ownerIndex] ?? nil,
                  let from = firstOpenDay(&book, owners: [oldOwner, input.project.owner]) else { continue }
            let until = Period.month(year: from.year, month: from.month).previous.description
            let columns = projectColumns.joined(separator: ", ")
            try await db.raw("""
                INSERT INTO project_snapshots (until_month, \(unsafeRaw: columns))
                SELECT \(bind: until), \(unsafeRaw: columns) FROM projects p WHERE p.code = \(bind: input.project.code)
                AND NOT EXISTS (SELECT 1 FROM project_snapshots s WHERE s.code = p.code AND s.until_month >= \(bind: until))
                """).run()
        }
        let rows: [BindRow] = inputs.enumerated().map { index, input in
            let p = input.project
            return [SQLValue(p.code), SQLValue(p.name), SQLValue(p.owner), SQLValue(p.category.rawValue), SQLValue(p.listLevel.rawValue),
                    SQLValue(input.totalText), SQLValue(input.planText), SQLValue(p.stage.rawValue), SQLValue(p.industry), SQLValue(p.chain),
                    SQLValue(p.plannedStart?.description), SQLValue(p.plannedFinish?.description), SQLValue(p.responsibleUnit), SQLValue(p.leader),
                    SQLValue(p.taskForce), SQLValue(p.landStatus), SQLValue(p.listedInStatistics?.description), SQLValue(actor), SQLValue(now),
                    SQLValue(start + Int64(index))]
        }
        try await batchWrite(db, into: "projects", columns: projectColumns, rows: rows, conflict: ["code"],
                             update: projectColumns.filter { !["code", "position", "stage"].contains($0) })
        // An edit of a registered project is in its history: which fields, from what, to what.
        for input in inputs {
            guard let old = current[input.project.code] else { continue }
            let new = fields(input)
            let changed = compared.indices.filter { old[$0] != new[$0] }
            guard !changed.isEmpty else { continue }
            func describe(_ values: [String?]) -> String { changed.map { "\(compared[$0])=\(values[$0] ?? "")" }.joined(separator: "; ") }
            try await audit(db, actor: actor, action: .projectEdit, object: input.project.code, before: describe(old), after: describe(new), source: source)
        }
        let new = inputs.filter { stored[$0.project.code] == nil }
        var registrations: [BindRow] = []
        for input in new {
            let from = firstOpenDay(&book, owners: [input.project.owner])
            registrations.append([SQLValue(input.project.code), SQLValue(now), SQLValue(actor), .null, SQLValue(input.project.stage.rawValue), SQLValue("registered"),
                         SQLValue(from?.description)])
        }
        try await batchWrite(db, into: "project_events", columns: ["code", "at", "by", "from_stage", "to_stage", "note", "on_day"], rows: registrations)
        return ImportSummary(kind: .projects, rows: all.count, replaced: inputs.map { stored[$0.project.code] != nil })
    }

    /// One row of the register's columns.
    static func storedProject(_ row: any SQLRow) throws -> StoredProject? {
        func text(_ column: String) throws -> String? { try row.decode(column: column, as: String?.self) }
        guard let category = ProjectCategory(rawValue: try text("category") ?? ""), let level = ListLevel(rawValue: try text("list_level") ?? ""),
              let stage = ProjectStage(rawValue: try text("stage") ?? ""), let total = try text("total_investment"), let plan = try text("annual_plan"),
              let totalFigure = Figure(total), let planFigure = Figure(plan) else { return nil }
        let project = Project(code: try text("code") ?? "", name: try text("name") ?? "", owner: try text("owner") ?? "", industry: try text("industry"),
                              chain: try text("chain"), category: category, listLevel: level, totalInvestment: totalFigure, annualPlan: planFigure,
                              plannedStart: try text("planned_start").flatMap(Period.init), plannedFinish: try text("planned_finish").flatMap(Period.init),
                              stage: stage, listedInStatistics: try text("listed_in_statistics").flatMap(Period.init),
                              responsibleUnit: try text("responsible_unit"), leader: try text("leader"), taskForce: try text("task_force"),
                              landStatus: try text("land_status"))
        return StoredProject(project: project, totalText: total, planText: plan)
    }

    /// The first day a change to `owner`'s projects may take effect: after its latest locked
    /// month (nil: nothing is locked).
    static func firstOpenDay(_ book: inout LockBook, owners: [String]) -> Day? {
        guard let last = owners.compactMap({ book.latestLockedMonth(of: $0)?.month }).max() else { return nil }
        return Day.end(of: last).next
    }
}
