// Cases and their events as rows: the one place that writes and reads the `cases` and
// `case_events` columns, so every query of the feature decodes the same way.
import SQLKit
import TiaoduCore

extension Store {
    static let caseColumns = """
        id, code, kind, type, title, detail, org, enterprise, project, raised_by, raised, urgent, state, lead, assisting, assist_reported, \
        assigned, accept_due, sign_due, assist_due, due, extension_asked, extensions, progress, answered, rating, rated, reopened, closed, \
        on_time, work_days, version
        """

    static func caseRecord(_ row: any SQLRow) throws -> CaseRecord {
        func text(_ column: String) throws -> String? { try row.decode(column: column, as: String?.self) }
        func int(_ column: String) throws -> Int? { try row.decode(column: column, as: Int?.self) }
        func day(_ column: String) throws -> Day? { try text(column).flatMap(Day.init) }
        guard let kind = CaseKind(rawValue: try text("kind") ?? ""), let state = CaseState(rawValue: try text("state") ?? ""),
              let raised = try day("raised") else { throw CaseError.unknownCase(try text("code") ?? "?") }
        var record = CaseRecord(id: try row.decode(column: "id", as: Int64.self), code: try text("code") ?? "", kind: kind, type: try text("type") ?? "",
                                title: try text("title") ?? "", detail: try text("detail") ?? "", org: try text("org") ?? "",
                                enterprise: try text("enterprise"), project: try text("project"), raisedBy: try text("raised_by") ?? "",
                                raised: raised, urgent: try int("urgent") == 1, state: state)
        record.lead = try text("lead").flatMap(CaseUnit.init)
        record.assisting = CaseUnit.parseList(try text("assisting")) ?? []
        record.assistReported = CaseUnit.parseList(try text("assist_reported")) ?? []
        record.assigned = try day("assigned")
        record.acceptDue = try day("accept_due")
        record.signDue = try day("sign_due")
        record.assistDue = try day("assist_due")
        record.due = try day("due")
        record.extensionAsked = try int("extension_asked")
        record.extensions = try int("extensions") ?? 0
        record.progress = try int("progress")
        record.answered = try day("answered")
        record.rating = try text("rating").flatMap(Rating.init)
        record.rated = try day("rated")
        record.reopened = try int("reopened") ?? 0
        record.closed = try day("closed")
        record.onTime = try int("on_time").map { $0 == 1 }
        record.workDays = try int("work_days")
        record.version = try int("version") ?? 0
        return record
    }

    /// Writes the case as it now stands (a new one, or over the old row) and who works on it.
    static func saveCase(_ db: any SQLDatabase, _ r: CaseRecord, isNew: Bool, calendar: WorkingCalendar) async throws {
        let yellow = CaseColour.yellowFrom(r, calendar: calendar)?.description
        if isNew {
            try await db.raw("""
                INSERT INTO cases (id, code, kind, type, title, detail, org, enterprise, project, raised_by, raised, urgent, state, lead, assisting,
                    assist_reported, assigned, accept_due, sign_due, assist_due, due, clock_due, yellow_from, extension_asked, extensions, progress,
                    answered, rating, rated, reopened, closed, on_time, work_days, version, updated_at)
                VALUES (\(bind: r.id), \(bind: r.code), \(bind: r.kind.rawValue), \(bind: r.type), \(bind: r.title), \(bind: r.detail), \(bind: r.org),
                    \(bind: r.enterprise), \(bind: r.project), \(bind: r.raisedBy), \(bind: r.raised.description), \(bind: r.urgent ? 1 : 0),
                    \(bind: r.state.rawValue), \(bind: r.lead?.description), \(bind: CaseUnit.list(r.assisting)), \(bind: CaseUnit.list(r.assistReported)),
                    \(bind: r.assigned?.description), \(bind: r.acceptDue?.description), \(bind: r.signDue?.description), \(bind: r.assistDue?.description),
                    \(bind: r.due?.description), \(bind: r.clockDue?.description), \(bind: yellow), \(bind: r.extensionAsked), \(bind: r.extensions),
                    \(bind: r.progress), \(bind: r.answered?.description), \(bind: r.rating?.rawValue), \(bind: r.rated?.description), \(bind: r.reopened),
                    \(bind: r.closed?.description), \(bind: r.onTime.map { $0 ? 1 : 0 }), \(bind: r.workDays), \(bind: r.version), \(bind: Store.now()))
                """).run()
        } else {
            try await db.raw("""
                UPDATE cases SET type = \(bind: r.type), title = \(bind: r.title), urgent = \(bind: r.urgent ? 1 : 0), state = \(bind: r.state.rawValue),
                    lead = \(bind: r.lead?.description), assisting = \(bind: CaseUnit.list(r.assisting)), assist_reported = \(bind: CaseUnit.list(r.assistReported)),
                    assigned = \(bind: r.assigned?.description), accept_due = \(bind: r.acceptDue?.description), sign_due = \(bind: r.signDue?.description),
                    assist_due = \(bind: r.assistDue?.description), due = \(bind: r.due?.description), clock_due = \(bind: r.clockDue?.description),
                    yellow_from = \(bind: yellow), extension_asked = \(bind: r.extensionAsked), extensions = \(bind: r.extensions), progress = \(bind: r.progress),
                    answered = \(bind: r.answered?.description), rating = \(bind: r.rating?.rawValue), rated = \(bind: r.rated?.description),
                    reopened = \(bind: r.reopened), closed = \(bind: r.closed?.description), on_time = \(bind: r.onTime.map { $0 ? 1 : 0 }),
                    work_days = \(bind: r.workDays), version = \(bind: r.version), updated_at = \(bind: Store.now())
                WHERE id = \(bind: r.id)
                """).run()
            try await db.raw("DELETE FROM case_units WHERE case_id = \(bind: r.id)").run()
        }
        if let lead = r.lead {
            try await db.raw("INSERT INTO case_units (case_id, unit, role) VALUES (\(bind: r.id), \(bind: lead.description), 'lead')").run()
        }
        for unit in r.assisting {
            try await db.raw("INSERT INTO case_units (case_id, unit, role) VALUES (\(bind: r.id), \(bind: unit.description), 'assisting')").run()
        }
    }

    static func appendEvent(_ db: any SQLDatabase, _ e: CaseEvent) async throws {
        try await db.raw("""
            INSERT INTO case_events (case_id, seq, action, actor, actor_unit, at, day, note, attachment, from_state, to_state, lead, assisting, due, rating, percent, days)
            VALUES (\(bind: e.caseID), \(bind: e.seq), \(bind: e.action.rawValue), \(bind: e.actor), \(bind: e.actorUnit), \(bind: e.at), \(bind: e.day.description),
                \(bind: e.note), \(bind: e.attachment), \(bind: e.from?.rawValue), \(bind: e.to.rawValue), \(bind: e.lead?.description),
                \(bind: CaseUnit.list(e.assisting)), \(bind: e.due?.description), \(bind: e.rating?.rawValue), \(bind: e.percent), \(bind: e.days))
            """).run()
    }

    static func caseEvent(_ row: any SQLRow) throws -> CaseEvent? {
        func text(_ column: String) throws -> String? { try row.decode(column: column, as: String?.self) }
        guard let action = CaseAction(rawValue: try text("action") ?? ""), let to = CaseState(rawValue: try text("to_state") ?? ""),
              let day = try text("day").flatMap(Day.init) else { return nil }
        return CaseEvent(caseID: try row.decode(column: "case_id", as: Int64.self), seq: try row.decode(column: "seq", as: Int.self), action: action,
                         actor: try text("actor") ?? "", actorUnit: try text("actor_unit") ?? "", at: try row.decode(column: "at", as: Int64.self), day: day,
                         note: try text("note") ?? "", attachment: try text("attachment"), from: try text("from_state").flatMap(CaseState.init), to: to,
                         lead: try text("lead").flatMap(CaseUnit.init), assisting: CaseUnit.parseList(try text("assisting")) ?? [],
                         due: try text("due").flatMap(Day.init), rating: try text("rating").flatMap(Rating.init),
                         percent: try row.decode(column: "percent", as: Int?.self), days: try row.decode(column: "days", as: Int?.self))
    }
}
