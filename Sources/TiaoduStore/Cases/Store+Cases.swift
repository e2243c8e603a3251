// Cases: raised and acted on in the store's write transaction — who the user is for the case, the
// transition and its rules (CaseMachine) are decided there, against the case as it is at that
// moment, so two people acting at once cannot both win: the second gets CaseError.conflict (the
// version they saw) or .illegal (the state moved on), and nothing of theirs is written.
import SQLKit
import TiaoduCore

extension CasesRepository {
    /// Raises a case; `today` defaults to the store's clock. Returns it as stored.
    @discardableResult
    public func raise(_ draft: CaseDraft, by principal: Principal, today: Day? = nil) async throws -> CaseRecord {
        let today = today ?? store.clock.today
        var draft = draft
        if principal.roles.contains(.enterprise), !principal.isAdmin {
            // an enterprise speaks for itself only, in the unit it belongs to
            guard draft.kind == .request, let own = principal.enterprise else { throw CaseError.notParty(.raise) }
            draft.enterprise = own
            draft.urgent = false  // the centre judges urgency, not the enterprise
        }
        let fixed = draft
        return try await transaction { db in
            var draft = fixed
            if let enterprise = draft.enterprise {
                guard let row = try await db.raw("SELECT org FROM enterprises WHERE code = \(bind: enterprise)").first() else {
                    throw CaseError.unknownUnit(enterprise)
                }
                // an enterprise's requests belong to the unit it is registered in; raised for it by a
                // unit, the enterprise must be in that unit's area
                let home = try row.decode(column: "org", as: String.self)
                if principal.roles.contains(.enterprise) || draft.org.isEmpty { draft.org = home }
                let tree = try await store.orgTree(db)
                if !principal.isAdmin, !principal.roles.contains(.enterprise), !AccessPolicy(tree: tree).isWithin(home, principal.org) {
                    throw CaseError.outsideArea(enterprise)
                }
            }
            let types = try await Store.caseTypes(db)
            if let problem = draft.problem(types: types) { throw problem }
            let tree = try await store.orgTree(db)
            guard tree.contains(draft.org) else { throw CaseError.unknownUnit(draft.org) }
            let access = CaseAccess(policy: AccessPolicy(tree: tree))
            guard access.canRaise(principal, kind: draft.kind, org: draft.org, enterprise: draft.enterprise) else { throw CaseError.notParty(.raise) }
            if let project = draft.project, try await db.raw("SELECT code FROM projects WHERE code = \(bind: project)").first() == nil {
                throw CaseError.required(field: "project")
            }
            let id = (try await db.raw("SELECT MAX(id) AS n FROM cases").first()?.decode(column: "n", as: Int64?.self) ?? 0) + 1
            let code = Store.caseCode(draft.kind, year: today.year, id: id)
            let limits = types.first { $0.kind == draft.kind && $0.code == draft.type }?.limits ?? .standard
            let machine = CaseMachine(calendar: try await Store.calendar(db), limits: limits)
            let actor = CaseActor(login: principal.login, unit: Store.actingUnit(principal), parties: [.raiser])
            let (record, event) = try machine.raise(draft, id: id, code: code, by: actor, today: today, at: Store.now())
            try await Store.saveCase(db, record, isNew: true, calendar: machine.calendar)
            try await Store.appendEvent(db, event)
            try await Store.noticesAfter(db, record, event, calendar: machine.calendar)
            return record
        }
    }

    /// Takes `command` on the case `code` for `principal`; returns the case after it.
    @discardableResult
    public func act(_ code: String, _ command: CaseCommand, by principal: Principal, today: Day? = nil) async throws -> CaseRecord {
        let today = today ?? store.clock.today
        return try await transaction { db in
            guard let row = try await db.raw("SELECT \(unsafeRaw: Store.caseColumns) FROM cases WHERE code = \(bind: code)").first() else {
                throw CaseError.unknownCase(code)
            }
            let current = try Store.caseRecord(row)
            let tree = try await store.orgTree(db)
            let access = CaseAccess(policy: AccessPolicy(tree: tree))
            guard access.canRead(principal, current) else { throw CaseError.unknownCase(code) }
            let types = try await Store.caseTypes(db)
            let limits = types.first { $0.kind == current.kind && $0.code == current.type }?.limits ?? .standard
            let machine = CaseMachine(calendar: try await Store.calendar(db), limits: limits)
            let parties = access.parties(principal, current)
            let actor = CaseActor(login: principal.login, unit: Store.actingUnit(principal, on: current, access: access), parties: parties)
            let (record, event) = try machine.apply(command, to: current, by: actor, today: today, at: Store.now())
            // the units named are checked once the step itself is allowed (a stale or foreign
            // assignment is told so first)
            if command.action == .assign {
                for unit in record.units {
                    try await Store.checkUnit(db, unit, tree: tree)
                    // within the centre's area, and a unit that handles cases (grids report only)
                    if case .org(let code) = unit, !principal.isAdmin {
                        let kind = tree[code]?.kind
                        if kind == .grid || kind == .microgrid || !access.policy.isWithin(code, principal.org) { throw CaseError.outsideArea(code) }
                    }
                }
            }
            try await Store.saveCase(db, record, isNew: false, calendar: machine.calendar)
            try await Store.appendEvent(db, event)
            try await Store.noticesAfter(db, record, event, calendar: machine.calendar)
            return record
        }
    }

    /// The case with `code`, if the principal may read it (nil otherwise: its existence is not told).
    public func record(_ code: String, for principal: Principal) async throws -> CaseRecord? {
        guard let row = try await sql.raw("SELECT \(unsafeRaw: Store.caseColumns) FROM cases WHERE code = \(bind: code)").first() else { return nil }
        let record = try Store.caseRecord(row)
        let access = try await self.access()
        return access.canRead(principal, record) ? record : nil
    }

    /// Its events, oldest first.
    public func events(of record: CaseRecord) async throws -> [CaseEvent] {
        try await sql.raw("SELECT * FROM case_events WHERE case_id = \(bind: record.id) ORDER BY seq").all().compactMap(Store.caseEvent)
    }

    /// Who the principal is for a case, and what they may do on it now.
    public func parties(_ record: CaseRecord, for principal: Principal) async throws -> Set<CaseParty> {
        try await access().parties(principal, record)
    }

    /// What the parties may do on the case now, still in time on `today` (an objection's window, an
    /// extension's notice).
    public func actions(_ record: CaseRecord, for parties: Set<CaseParty>, today: Day? = nil) async throws -> [CaseAction] {
        let limits = try await Store.caseTypes(sql).first { $0.kind == record.kind && $0.code == record.type }?.limits ?? .standard
        let machine = CaseMachine(calendar: try await Store.calendar(sql), limits: limits)
        return machine.inTime(CaseWorkflow.actions(on: record, for: parties), record, today: today ?? store.clock.today)
    }

    func access() async throws -> CaseAccess {
        CaseAccess(policy: AccessPolicy(tree: try await store.orgTree(sql)))
    }

    /// The departments cases can be assigned to (those owning indicators or having users), sorted.
    public func departments() async throws -> [String] { try await Store.departments(sql).sorted() }

    /// The working-day calendar in force.
    public func calendar() async throws -> WorkingCalendar { try await Store.calendar(sql) }
}

extension Store {
    /// R2021-000012: the kind's letter, the year raised, the case's number.
    static func caseCode(_ kind: CaseKind, year: Int, id: Int64) -> String {
        let digits = String(id)
        return "\(kind.prefix)\(year)-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    static func calendar(_ db: any SQLDatabase) async throws -> WorkingCalendar {
        let imported = try await importedCalendar(db)
        return WorkingCalendar.official.replacing(years: imported.years, with: imported.days)
    }

    /// The unit a user acts for: on a case, the one of its units they belong to, else their own.
    static func actingUnit(_ principal: Principal, on record: CaseRecord? = nil, access: CaseAccess? = nil) -> String {
        if let record, let access, let unit = record.units.first(where: { access.actsFor(principal, $0) }), !principal.isAdmin { return unit.description }
        if principal.roles.contains(.enterprise), let enterprise = principal.enterprise { return "enterprise:\(enterprise)" }
        return CaseAccess.unit(of: principal).description
    }

    /// An org unit in the tree, or a department some indicator or user belongs to.
    static func checkUnit(_ db: any SQLDatabase, _ unit: CaseUnit, tree: OrgTree) async throws {
        switch unit {
        case .org(let code): if !tree.contains(code) { throw CaseError.unknownUnit(code) }
        case .department(let name):
            if try await !departments(db).contains(name) { throw CaseError.unknownUnit(name) }
        }
    }

    /// The departments the workspace knows: those owning indicators and those users belong to.
    static func departments(_ db: any SQLDatabase) async throws -> Set<String> {
        let rows = try await db.raw("""
            SELECT department FROM indicators WHERE department IS NOT NULL UNION SELECT department FROM users WHERE department IS NOT NULL
            """).all()
        return Set(try rows.map { try $0.decode(column: "department", as: String.self) })
    }
}
