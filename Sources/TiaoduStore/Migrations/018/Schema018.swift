// Release 018: project blockers become cases (kind `blocker`, linked to their project), so one
// inbox and one set of colours cover them. Each row of `project_blockers` is replayed through the
// case machine on its own days — raised, assigned to its solver with its deadline, closed with its
// resolution — keeping its id. The old table stays as it was (nothing is deleted) and is no
// longer written.
import FluentKit
import SQLKit
import TiaoduCore

enum Schema018 {
    static let all: [any Migration] = [BlockersBecomeCases()]
}

struct BlockersBecomeCases: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        let rows = try await sql.raw("""
            SELECT b.id, b.code, b.kind, b.description, b.solver, b.due, b.raised, b.raised_by, b.resolved, b.resolved_by, b.resolution, p.owner
            FROM project_blockers b JOIN projects p ON p.code = b.code ORDER BY b.id
            """).all()
        guard !rows.isEmpty else { return }
        let tree = OrgTree(try await Store.orgs(sql))
        // history is kept whatever its year: a year the calendar does not hold counts weekends only
        // here (deadlines of new cases never do — they need the year loaded)
        let loaded = try await Store.calendar(sql)
        let calendar = loaded.replacing(years: Set(1990...2100).subtracting(loaded.years), with: [])
        let machine = CaseMachine(calendar: calendar, limits: .standard)
        let base = try await sql.raw("SELECT MAX(id) AS n FROM cases").first()?.decode(column: "n", as: Int64?.self) ?? 0
        for row in rows {
            func text(_ column: String) throws -> String? { try row.decode(column: column, as: String?.self) }
            guard let raised = try text("raised").flatMap(Day.init) else { continue }
            let id = base + (try row.decode(column: "id", as: Int64.self))
            let description = try text("description") ?? ""
            let raiser = try text("raised_by") ?? ""
            let draft = CaseDraft(kind: .blocker, type: try text("kind") ?? "other", title: String(description.prefix(CaseDraft.titleLimit)), detail: description,
                                  org: try text("owner") ?? "", project: try text("code"), due: nil)
            let due = try text("due").flatMap(Day.init)
            let (first, raise) = try machine.raise(draft, id: id, code: Store.caseCode(.blocker, year: raised.year, id: id),
                                                   by: CaseActor(login: raiser, unit: "", parties: [.raiser]), today: raised, at: Store.now())
            var record = first
            var events = [raise]
            let assign = CaseCommand(.assign, lead: Store.solverUnit(try text("solver") ?? "", tree: tree), due: due.map { max($0, raised) })
            (record, events) = try step(machine, record, events, assign, login: raiser, on: raised)
            if let resolved = try text("resolved").flatMap(Day.init) {
                let close = CaseCommand(.close, note: try text("resolution") ?? "—")
                (record, events) = try step(machine, record, events, close, login: try text("resolved_by") ?? raiser, on: max(resolved, raised))
            }
            try await Store.saveCase(sql, record, isNew: true, calendar: calendar)
            for event in events { try await Store.appendEvent(sql, event) }
        }
    }

    private func step(_ machine: CaseMachine, _ record: CaseRecord, _ events: [CaseEvent], _ command: CaseCommand, login: String, on day: Day) throws -> (CaseRecord, [CaseEvent]) {
        let (next, event) = try machine.apply(command, to: record, by: CaseActor(login: login, unit: "", parties: [.centre]), today: day, at: Store.now())
        return (next, events + [event])
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        try await sql.raw("DELETE FROM case_events WHERE case_id IN (SELECT id FROM cases WHERE kind = 'blocker')").run()
        try await sql.raw("DELETE FROM case_units WHERE case_id IN (SELECT id FROM cases WHERE kind = 'blocker')").run()
        try await sql.raw("DELETE FROM cases WHERE kind = 'blocker'").run()
    }
}
