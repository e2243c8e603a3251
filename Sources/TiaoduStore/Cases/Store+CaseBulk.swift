// Many cases at once (the benchmark's million, `tiaodu generate --cases`): cases as they stand,
// their events and their units, in multi-row INSERTs inside one transaction per batch — the
// columns exactly as `saveCase` and `appendEvent` keep them (clock_due, yellow_from included).
// No checks, no audit, no notices: the caller replays every case through CaseMachine first.
import SQLKit
import TiaoduCore

extension CasesRepository {
    /// The id the next case gets (1 in an empty ledger).
    public func nextCaseID() async throws -> Int64 {
        (try await sql.raw("SELECT MAX(id) AS n FROM cases").first()?.decode(column: "n", as: Int64?.self) ?? 0) + 1
    }

    /// The code the store gives a case: R2021-000012.
    public static func code(_ kind: CaseKind, year: Int, id: Int64) -> String { Store.caseCode(kind, year: year, id: id) }

    /// Writes the cases, their events and units in one transaction (ids and codes are the caller's).
    public func bulkInsert(_ cases: [(record: CaseRecord, events: [CaseEvent])], calendar: WorkingCalendar) async throws {
        var caseRows: [BindRow] = []
        var eventRows: [BindRow] = []
        var unitRows: [BindRow] = []
        caseRows.reserveCapacity(cases.count)
        eventRows.reserveCapacity(cases.count * 7)
        let now = Store.now()
        for (r, events) in cases {
            caseRows.append(Store.caseRow(r, yellowFrom: CaseColour.yellowFrom(r, calendar: calendar), updatedAt: now))
            if let lead = r.lead { unitRows.append([.integer(Int(r.id)), .text(lead.description), .text("lead")]) }
            for unit in r.assisting { unitRows.append([.integer(Int(r.id)), .text(unit.description), .text("assisting")]) }
            for e in events { eventRows.append(Store.eventRow(e)) }
        }
        try await transaction { [caseRows, eventRows, unitRows] db in
            try await Store.batchWrite(db, into: "cases", columns: Store.caseRowColumns, rows: caseRows)
            try await Store.batchWrite(db, into: "case_events", columns: Store.eventRowColumns, rows: eventRows)
            try await Store.batchWrite(db, into: "case_units", columns: ["case_id", "unit", "role"], rows: unitRows)
        }
    }

    /// Adds enterprises without the checks of `saveEnterprises` (the generator's own, in a known tree).
    public func bulkInsertEnterprises(_ list: [Enterprise]) async throws {
        let rows: [BindRow] = list.map { [.text($0.code), .text($0.name), .text($0.org)] }
        try await transaction { db in
            try await Store.batchWrite(db, into: "enterprises", columns: ["code", "name", "org"], rows: rows,
                                       conflict: ["code"], update: ["name", "org"])
        }
    }
}

extension Store {
    static let caseRowColumns = [
        "id", "code", "kind", "type", "title", "detail", "org", "enterprise", "project", "raised_by", "raised", "urgent", "state", "lead", "assisting",
        "assist_reported", "assigned", "accept_due", "sign_due", "assist_due", "due", "clock_due", "yellow_from", "extension_asked", "extensions", "progress",
        "answered", "rating", "rated", "reopened", "closed", "on_time", "work_days", "version", "updated_at",
    ]

    static let eventRowColumns = [
        "case_id", "seq", "action", "actor", "actor_unit", "at", "day", "note", "attachment", "from_state", "to_state", "lead", "assisting", "due",
        "rating", "percent", "days",
    ]

    /// The `cases` row of `saveCase`, as values in `caseRowColumns` order.
    static func caseRow(_ r: CaseRecord, yellowFrom: Day?, updatedAt: Int64) -> BindRow {
        func day(_ d: Day?) -> SQLValue { SQLValue(d?.description) }
        func number(_ n: Int?) -> SQLValue { n.map { SQLValue.integer($0) } ?? .null }
        return [
            SQLValue(r.id), .text(r.code), .text(r.kind.rawValue), .text(r.type), .text(r.title), .text(r.detail), .text(r.org),
            SQLValue(r.enterprise), SQLValue(r.project), .text(r.raisedBy), .text(r.raised.description), .integer(r.urgent ? 1 : 0),
            .text(r.state.rawValue), SQLValue(r.lead?.description), .text(CaseUnit.list(r.assisting)), .text(CaseUnit.list(r.assistReported)),
            day(r.assigned), day(r.acceptDue), day(r.signDue), day(r.assistDue), day(r.due), day(r.clockDue), day(yellowFrom),
            number(r.extensionAsked), .integer(r.extensions), number(r.progress), day(r.answered), SQLValue(r.rating?.rawValue), day(r.rated),
            .integer(r.reopened), day(r.closed), number(r.onTime.map { $0 ? 1 : 0 }), number(r.workDays), .integer(r.version), SQLValue(updatedAt),
        ]
    }

    /// The `case_events` row of `appendEvent`, as values in `eventRowColumns` order.
    static func eventRow(_ e: CaseEvent) -> BindRow {
        [
            SQLValue(e.caseID), .integer(e.seq), .text(e.action.rawValue), .text(e.actor), .text(e.actorUnit), SQLValue(e.at), .text(e.day.description),
            .text(e.note), SQLValue(e.attachment), SQLValue(e.from?.rawValue), .text(e.to.rawValue), SQLValue(e.lead?.description),
            .text(CaseUnit.list(e.assisting)), SQLValue(e.due?.description), SQLValue(e.rating?.rawValue), e.percent.map { SQLValue.integer($0) } ?? .null,
            e.days.map { SQLValue.integer($0) } ?? .null,
        ]
    }
}
