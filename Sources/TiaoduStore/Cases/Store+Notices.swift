// Notices: what lands in each inbox. An event makes some at once (an assignment tells the lead
// unit, an answer tells the enterprise, an extension asked tells the centre); the daily sweep
// makes the ones the calendar brings — a reminder when a deadline is 1 working day away, a 催办
// the day after it passed, an escalation to the case's centre (the supervising leader) when 5
// working days overdue. Each is kept once per case, kind, day and addressee. Where an operator set
// a webhook URL, each notice is also queued for delivery (WebhookDelivery, in the server).
import SQLKit
import TiaoduCore

/// A notice as an inbox lists it.
public struct Notice: Hashable, Sendable {
    public let id: Int64
    /// who it is for: an org code (its people), dept:NAME, enterprise:CODE, centre:ORG (the
    /// approvers of that unit and above)
    public let unit: String
    public let caseID: Int64
    public let caseCode: String
    public let kind: String
    public let day: Day
    public let textZh: String
    public let textEn: String

    public func text(_ language: Language) -> String { language == .zh ? textZh : textEn }
}

extension CasesRepository {
    /// Makes the notices the calendar brings on `today` (reminders, 催办, escalations); returns
    /// how many were new. Run daily by the server, or by `tiaodu cases sweep`.
    @discardableResult
    public func sweep(today: Day? = nil) async throws -> Int {
        let today = today ?? store.clock.today
        return try await transaction { db in
            let calendar = try await Store.calendar(db)
            let tree = try await store.orgTree(db)
            let edge = try CaseColour.blueEdge(today, calendar: calendar)
            let rows = try await db.raw("""
                SELECT \(unsafeRaw: Store.caseColumns) FROM cases
                WHERE state IN ('raised', 'accepted', 'assigned', 'in_progress') AND clock_due IS NOT NULL AND clock_due < \(bind: edge.description)
                """).all()
            var made = 0
            for row in rows {
                let record = try Store.caseRecord(row)
                guard let due = record.clockDue else { continue }
                let unit = record.lead?.description ?? "centre:\(record.org)"
                if today <= due {
                    made += try await Store.notice(db, record, to: unit, kind: "reminder", about: due, on: today, .noticeReminder, [due.description])
                } else {
                    made += try await Store.notice(db, record, to: unit, kind: "urge", about: due, on: today, .noticeUrge, [due.description])
                    let late = try calendar.count(from: due, to: today)
                    if late >= 5 {
                        made += try await Store.notice(db, record, to: "centre:\(record.org)", kind: "escalation", about: due, on: today, .noticeEscalation,
                                                       [due.description, String(late)], lead: record.lead, tree: tree)
                    }
                }
            }
            return made
        }
    }

    /// The notices for the principal (their unit, department, enterprise, and as a centre), newest first.
    public func notices(for principal: Principal, limit: Int = 50) async throws -> [Notice] {
        let units = try await addressees(principal)
        guard !units.isEmpty else { return [] }
        return try await sql.raw("""
            SELECT n.id, n.unit, n.case_id, c.code, n.kind, n.day, n.text_zh, n.text_en FROM notices n JOIN cases c ON c.id = n.case_id
            WHERE n.unit IN (\(binds: units)) ORDER BY n.day DESC, n.id DESC LIMIT \(literal: limit)
            """).all().compactMap { row in
            guard let day = Day(try row.decode(column: "day", as: String.self)) else { return nil }
            return Notice(id: try row.decode(column: "id", as: Int64.self), unit: try row.decode(column: "unit", as: String.self),
                          caseID: try row.decode(column: "case_id", as: Int64.self), caseCode: try row.decode(column: "code", as: String.self),
                          kind: try row.decode(column: "kind", as: String.self), day: day,
                          textZh: try row.decode(column: "text_zh", as: String.self), textEn: try row.decode(column: "text_en", as: String.self))
        }
    }

    /// Whom notices for the principal are addressed to.
    func addressees(_ principal: Principal) async throws -> [String] {
        var units: [String] = []
        if principal.roles.contains(.enterprise), let enterprise = principal.enterprise { units.append("enterprise:\(enterprise)") }
        if principal.roles.contains(.department), let department = principal.department { units.append(CaseUnit.department(department).description) }
        if !principal.roles.isDisjoint(with: [.reporter, .approver]) { units.append(principal.org) }
        if principal.roles.contains(.approver) || principal.isAdmin {
            let tree = try await store.orgTree(sql)
            // a centre hears of the cases of its unit and every unit below
            var stack = [principal.org]
            while let code = stack.popLast() {
                units.append("centre:\(code)")
                stack += tree.children(of: code).map(\.code)
            }
        }
        return units
    }

    /// The webhook notices are POSTed to (nil: none).
    public func webhookURL() async throws -> String? {
        try await sql.raw("SELECT value FROM settings WHERE key = 'webhook_url'").first()?.decode(column: "value", as: String.self)
    }

    /// Sets (or with nil, removes) the webhook URL: http or https only (admins).
    public func setWebhookURL(_ url: String?, by principal: Principal, source: WriteSource) async throws {
        guard principal.isAdmin else { throw CaseError.notParty(.urge) }
        if let url, !(url.hasPrefix("http://") || url.hasPrefix("https://")) || url.count > 500 {
            throw ImportFailure([ImportIssue(line: 1, column: "url", reason: .badChoice(url, allowed: ["http://…", "https://…"]))])
        }
        try await transaction { db in
            try await db.raw("DELETE FROM settings WHERE key = 'webhook_url'").run()
            if let url { try await db.raw("INSERT INTO settings (key, value) VALUES ('webhook_url', \(bind: url))").run() }
            // what waits for the old address is not sent there any more (kept in the log)
            try await db.raw("UPDATE webhook_deliveries SET status = 'cancelled' WHERE status = 'pending'").run()
            // the address is not logged in full: it may carry a robot's key
            try await Store.audit(db, actor: principal.login, action: .caseWebhook, object: "webhook", after: url == nil ? "removed" : "set", source: source)
        }
    }
}

extension Store {
    /// Adds a notice unless the same one exists; 1 if it was new.
    /// `about`: the deadline (or the event's day) it concerns — one notice per case, kind, `about`
    /// and addressee; `on`: the day it is made. `lead`: named (in each language) as the last value.
    static func notice(_ db: any SQLDatabase, _ record: CaseRecord, to unit: String, kind: String, about: Day, on day: Day, _ label: CaseLabel,
                       _ values: [String], lead: CaseUnit? = nil, tree: OrgTree? = nil) async throws -> Int {
        let exists = try await db.raw("""
            SELECT id FROM notices WHERE case_id = \(bind: record.id) AND kind = \(bind: kind) AND about = \(bind: about.description) AND unit = \(bind: unit)
            """).first()
        guard exists == nil else { return 0 }
        func sentence(_ language: Language) -> String {
            let name = Catalogue.kindName(record.kind, language) + (language == .zh ? "" : " ") + record.code
            var all = [name, record.title] + values
            if let lead {
                switch lead {
                case .org(let code): all.append(tree?[code].map { language == .en ? ($0.nameEn ?? $0.name) : $0.name } ?? code)
                case .department(let name): all.append(name)
                }
            }
            return Catalogue.fill(Catalogue.text(label, language), all)
        }
        let zh = sentence(.zh)
        let en = sentence(.en)
        let id = (try await db.raw("SELECT MAX(id) AS n FROM notices").first()?.decode(column: "n", as: Int64?.self) ?? 0) + 1
        try await db.raw("""
            INSERT INTO notices (id, unit, case_id, kind, day, about, text_zh, text_en, created_at)
            VALUES (\(bind: id), \(bind: unit), \(bind: record.id), \(bind: kind), \(bind: day.description), \(bind: about.description), \(bind: zh), \(bind: en),
                    \(bind: Store.now()))
            """).run()
        if let url = try await db.raw("SELECT value FROM settings WHERE key = 'webhook_url'").first()?.decode(column: "value", as: String.self) {
            try await queueDelivery(db, noticeID: id, url: url, record: record, unit: unit, kind: kind, zh: zh)
        }
        return 1
    }

    /// The notices an event makes at once.
    static func noticesAfter(_ db: any SQLDatabase, _ record: CaseRecord, _ event: CaseEvent, calendar: WorkingCalendar) async throws {
        switch event.action {
        case .assign:
            if let lead = record.lead {
                _ = try await notice(db, record, to: lead.description, kind: "assigned", about: event.day, on: event.day, .noticeAssigned,
                                     [record.signDue?.description ?? "—", record.due?.description ?? "—"])
            }
            for unit in record.assisting {
                _ = try await notice(db, record, to: unit.description, kind: "assisting", about: event.day, on: event.day, .noticeAssisting,
                                     [record.assistDue?.description ?? "—"])
            }
        case .answer where record.kind == .request:
            if let enterprise = record.enterprise {
                _ = try await notice(db, record, to: "enterprise:\(enterprise)", kind: "answered", about: event.day, on: event.day, .noticeAnswered, [])
            }
        case .askExtension:
            _ = try await notice(db, record, to: "centre:\(record.org)", kind: "extension", about: event.day, on: event.day, .noticeExtensionAsked, [String(event.days ?? 0)])
        case .urge:
            let unit = record.lead?.description ?? "centre:\(record.org)"
            if event.note.isEmpty {
                _ = try await notice(db, record, to: unit, kind: "urged-\(event.seq)", about: event.day, on: event.day, .noticeUrge, [record.clockDue?.description ?? "—"])
            } else {
                _ = try await notice(db, record, to: unit, kind: "urged-\(event.seq)", about: event.day, on: event.day, .noticeUrgedByHand, [event.note])
            }
        default:
            break
        }
    }
}
