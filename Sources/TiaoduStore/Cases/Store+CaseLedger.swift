// The case ledger (台账) and the inbox, read in SQL so that a province's million cases page as
// fast as a county's hundred: scope, filters and colours are conditions on indexed columns
// (`clock_due`, `yellow_from` are kept beside each case for this), then one page of rows.
import SQLKit
import TiaoduCore

public enum CaseSort: String, Sendable, CaseIterable {
    /// the deadline the clock runs against (most urgent first), then the newest
    case due, raised, code, state, lead
}

public struct CaseQuery: Sendable, Hashable {
    public var kind: CaseKind?
    public var type: String?
    public var state: CaseState?
    /// open: not closed or returned
    public var open: Bool?
    public var colour: CaseColour?
    /// handled by (lead or assisting)
    public var unit: CaseUnit?
    /// belonging to this unit or one below
    public var org: String?
    public var enterprise: String?
    public var project: String?
    /// raised in [from, to]
    public var from: Day?
    public var to: Day?
    public var sort: CaseSort = .due
    public var descending = false
    public var limit = 50
    public var offset = 0

    public init() {}
}

public struct CaseLedgerPage: Sendable {
    public let rows: [CaseRecord]
    public let total: Int
}

/// One thing waiting for the reader: the case, what they may do, its colour and working days left.
public struct InboxItem: Sendable, Hashable {
    public let record: CaseRecord
    public let actions: [CaseAction]
    public let colour: CaseColour?
    public let daysLeft: Int?
}

extension CasesRepository {
    public func ledger(_ query: CaseQuery, for principal: Principal, today: Day? = nil) async throws -> CaseLedgerPage {
        let today = today ?? store.clock.today
        let tree = try await store.orgTree(sql)
        let calendar = try await Store.calendar(sql)
        var filter = SQLQueryString(" WHERE 1=1")
        let readable = Store.readable(principal, tree: tree)
        // A reader of some cases and nothing else asked: the count is the count of their cases
        // (no case read), and the page by deadline comes from the deadline index, each case's id
        // looked up among theirs (`+id`: not the other way round) until the page is full.
        var filtered = CaseQuery()
        (filtered.sort, filtered.descending, filtered.limit, filtered.offset) = (query.sort, query.descending, query.limit, query.offset)
        let scopeOnly = readable != nil && query == filtered
        if let readable {
            filter.appendInterpolation(unsafeRaw: scopeOnly && query.sort == .due ? " AND +id IN (" : " AND id IN (")
            filter.appendInterpolation(readable)
            filter.appendInterpolation(unsafeRaw: ")")
        }
        if let kind = query.kind { filter.appendInterpolation(unsafeRaw: " AND kind = "); filter.appendInterpolation(bind: kind.rawValue) }
        if let type = query.type { filter.appendInterpolation(unsafeRaw: " AND type = "); filter.appendInterpolation(bind: type) }
        if let state = query.state { filter.appendInterpolation(unsafeRaw: " AND state = "); filter.appendInterpolation(bind: state.rawValue) }
        if let open = query.open { filter.appendInterpolation(unsafeRaw: open ? " AND state NOT IN ('closed', 'returned')" : " AND state IN ('closed', 'returned')") }
        if let unit = query.unit {
            filter.appendInterpolation(unsafeRaw: " AND id IN (SELECT case_id FROM case_units WHERE unit = ")
            filter.appendInterpolation(bind: unit.description)
            filter.appendInterpolation(unsafeRaw: ")")
        }
        if let org = query.org {
            if tree.contains(org) {
                filter.appendInterpolation(unsafeRaw: " AND org IN (")
                filter.appendInterpolation(binds: Store.subtree(org, tree))
                filter.appendInterpolation(unsafeRaw: ")")
            } else {
                filter.appendInterpolation(unsafeRaw: " AND 1 = 0")  // a unit nobody knows has no cases
            }
        }
        if let enterprise = query.enterprise { filter.appendInterpolation(unsafeRaw: " AND enterprise = "); filter.appendInterpolation(bind: enterprise) }
        if let project = query.project { filter.appendInterpolation(unsafeRaw: " AND project = "); filter.appendInterpolation(bind: project) }
        if let from = query.from { filter.appendInterpolation(unsafeRaw: " AND raised >= "); filter.appendInterpolation(bind: from.description) }
        if let to = query.to { filter.appendInterpolation(unsafeRaw: " AND raised <= "); filter.appendInterpolation(bind: to.description) }
        if let colour = query.colour { try Store.colourCondition(&filter, colour, today: today, calendar: calendar) }

        let direction = query.descending ? "DESC" : "ASC"
        let order: String
        switch query.sort {
        case .due: order = " ORDER BY clock_due IS NULL, clock_due \(direction), id DESC"
        case .raised: order = " ORDER BY raised \(direction), id \(direction)"
        case .code: order = " ORDER BY id \(direction)"
        case .state: order = " ORDER BY state \(direction), id DESC"
        case .lead: order = " ORDER BY lead IS NULL, lead \(direction), id DESC"
        }
        let (limit, offset) = (max(1, min(query.limit, 10_000)), max(0, query.offset))

        if readable != nil, !scopeOnly {
            // A reader's cases with a filter: one pass over them gives the matching ids in order
            // (so the count), then the page's cases by id — their rows are read once, not twice.
            var keys = SQLQueryString("SELECT id FROM cases")
            keys.appendInterpolation(filter)
            keys.appendInterpolation(unsafeRaw: order)
            let ids = try await sql.raw(keys).all().map { try $0.decode(column: "id", as: Int64.self) }
            let page = Array(ids.dropFirst(offset).prefix(limit))
            guard !page.isEmpty else { return CaseLedgerPage(rows: [], total: ids.count) }
            let found = try await sql.raw("SELECT \(unsafeRaw: Store.caseColumns) FROM cases WHERE id IN (\(binds: page))").all().map(Store.caseRecord)
            let byID = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            return CaseLedgerPage(rows: page.compactMap { byID[$0] }, total: ids.count)
        }

        var count = SQLQueryString("SELECT COUNT(*) AS n FROM ")
        if scopeOnly, let readable {
            count.appendInterpolation("(\(readable)) readable" as SQLQueryString)
        } else {
            count.appendInterpolation(unsafeRaw: "cases")
            count.appendInterpolation(filter)
        }
        let total = try await sql.raw(count).first()?.decode(column: "n", as: Int.self) ?? 0

        // the page: the database keeps the first `limit` in order as it goes (no sort of them all)
        var select = SQLQueryString("SELECT \(unsafeRaw: Store.caseColumns) FROM cases")
        select.appendInterpolation(filter)
        select.appendInterpolation(unsafeRaw: order + " LIMIT \(limit) OFFSET \(offset)")
        let rows = try await sql.raw(select).all().map(Store.caseRecord)
        return CaseLedgerPage(rows: rows, total: total)
    }

    /// Everything waiting for the principal or their unit — to sign for, answer, report as an
    /// assisting unit, accept and assign, decide, rate — most urgent first.
    public func inbox(for principal: Principal, today: Day? = nil, limit: Int = 200) async throws -> [InboxItem] {
        let today = today ?? store.clock.today
        let tree = try await store.orgTree(sql)
        let calendar = try await Store.calendar(sql)
        let access = CaseAccess(policy: AccessPolicy(tree: tree))
        let types = try await Store.caseTypes(sql)
        // `clauses` say exactly what waits for the reader; `drivers` find a superset of those cases
        // from narrow indexes, so the database starts from a county's few hundred, not the province
        var clauses: [SQLQueryString] = []
        var drivers: [SQLQueryString] = []
        var units: [String] = []
        if principal.roles.contains(.department), let department = principal.department { units.append(CaseUnit.department(department).description) }
        if !principal.roles.isDisjoint(with: [.reporter, .approver]) { units.append(principal.org) }
        if !units.isEmpty {
            clauses.append("(state IN ('assigned', 'in_progress') AND id IN (SELECT case_id FROM case_units WHERE unit IN (\(binds: units))))")
            drivers.append("SELECT case_id FROM case_units WHERE unit IN (\(binds: units))")
        }
        var everywhere = false
        if principal.isAdmin || principal.roles.contains(.approver) {
            var centre: SQLQueryString = "(state IN ('raised', 'accepted', 'answered', 'verified') OR extension_asked IS NOT NULL)"
            if principal.isAdmin {
                everywhere = true
            } else {
                let area = Store.subtree(principal.org, tree)
                centre = "(org IN (\(binds: area)) AND \(centre))"
                drivers.append("SELECT id FROM cases WHERE org IN (\(binds: area)) AND state IN ('raised', 'accepted', 'answered', 'verified')")
                drivers.append("SELECT id FROM cases WHERE org IN (\(binds: area)) AND extension_asked IS NOT NULL")
            }
            clauses.append(centre)
        }
        if principal.roles.contains(.enterprise), let enterprise = principal.enterprise {
            clauses.append("(enterprise = \(bind: enterprise) AND state = 'answered' AND rating IS NULL)")
            drivers.append("SELECT id FROM cases WHERE enterprise = \(bind: enterprise)")
        }
        guard !clauses.isEmpty else { return [] }
        var select = SQLQueryString("SELECT \(unsafeRaw: Store.caseColumns) FROM cases WHERE ")
        if !everywhere {
            select.appendInterpolation(unsafeRaw: "id IN (")
            for (index, driver) in drivers.enumerated() {
                if index > 0 { select.appendInterpolation(unsafeRaw: " UNION ") }
                select.appendInterpolation(driver)
            }
            select.appendInterpolation(unsafeRaw: ") AND ")
        }
        select.appendInterpolation(unsafeRaw: "(")
        for (index, clause) in clauses.enumerated() {
            if index > 0 { select.appendInterpolation(unsafeRaw: " OR ") }
            select.appendInterpolation(clause)
        }
        select.appendInterpolation(unsafeRaw: ") ORDER BY clock_due IS NULL, clock_due, id LIMIT \(max(1, limit))")
        var items: [InboxItem] = []
        for row in try await sql.raw(select).all() {
            let record = try Store.caseRecord(row)
            var parties = access.parties(principal, record)
            // an admin's inbox is the centre's work, not every unit's
            if principal.isAdmin { parties = parties.intersection([.centre]) }
            let limits = types.first { $0.kind == record.kind && $0.code == record.type }?.limits ?? .standard
            var actions = CaseMachine(calendar: calendar, limits: limits).inTime(CaseWorkflow.actions(on: record, for: parties), record, today: today)
                .filter { $0 != .comment && $0 != .urge }
            if parties == [.assisting] || (parties.contains(.assisting) && !parties.contains(.lead)) {
                actions = actions.filter { $0 != .assistReport || !record.assistReported.contains(where: { access.actsFor(principal, $0) }) }
            }
            guard !actions.isEmpty else { continue }
            items.append(InboxItem(record: record, actions: actions, colour: CaseColour.of(record, on: today, calendar: calendar),
                                   daysLeft: CaseColour.daysLeft(record, on: today, calendar: calendar)))
        }
        return items.sorted { a, b in
            let (sa, sb) = (a.colour?.severity ?? 0, b.colour?.severity ?? 0)
            if sa != sb { return sa > sb }
            switch (a.daysLeft, b.daysLeft) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.record.id < b.record.id
            }
        }
    }
}

extension Store {
    /// Restricts `filter` to the cases the principal may read (CaseAccess.canRead, as SQL): the
    /// case's `column` (`id`, or `case_id` of its events) is among `readable`'s.
    static func scope(_ filter: inout SQLQueryString, _ principal: Principal, tree: OrgTree, column: String = "id") {
        guard let readable = readable(principal, tree: tree) else { return }
        filter.appendInterpolation(unsafeRaw: " AND \(column) IN (")
        filter.appendInterpolation(readable)
        filter.appendInterpolation(unsafeRaw: ")")
    }

    /// The ids of the cases the principal may read, as one query (nil: every case) — those raised
    /// by the reader (or for their enterprise), belonging to their units, or handled by them. Each
    /// branch is a search on its own index, so the database can start from their union: a
    /// county's ten thousand cases, not the province's million.
    static func readable(_ principal: Principal, tree: OrgTree) -> SQLQueryString? {
        if principal.roles.contains(.admin) || principal.roles.contains(.analyst) { return nil }
        var query: SQLQueryString = "SELECT id FROM cases WHERE raised_by = \(bind: principal.login)"
        if principal.roles.contains(.enterprise) {
            if let enterprise = principal.enterprise { query.appendInterpolation(" UNION SELECT id FROM cases WHERE enterprise = \(bind: enterprise)" as SQLQueryString) }
            return query
        }
        var units: [String] = []
        if principal.roles.contains(.department), let department = principal.department { units.append(CaseUnit.department(department).description) }
        if !principal.roles.isDisjoint(with: [.reporter, .approver, .viewer]) {
            let subtree = subtree(principal.org, tree)
            units += subtree
            query.appendInterpolation(" UNION SELECT id FROM cases WHERE org IN (\(binds: subtree))" as SQLQueryString)
        }
        if !units.isEmpty {
            query.appendInterpolation(" UNION SELECT case_id FROM case_units WHERE unit IN (\(binds: units))" as SQLQueryString)
        }
        return query
    }

    /// The org and every unit below it.
    static func subtree(_ org: String, _ tree: OrgTree) -> [String] {
        var codes: [String] = []
        var stack = [org]
        while let code = stack.popLast() {
            codes.append(code)
            stack += tree.children(of: code).map(\.code)
        }
        return codes
    }

    /// The cases of one colour on `today` (CaseColour.of, as SQL on the kept columns).
    static func colourCondition(_ filter: inout SQLQueryString, _ colour: CaseColour, today: Day, calendar: WorkingCalendar) throws {
        let day = today.description
        let edge = try CaseColour.blueEdge(today, calendar: calendar).description
        switch colour {
        case .red:
            let condition: SQLQueryString = " AND clock_due IS NOT NULL AND clock_due < \(bind: day)"
            filter.appendInterpolation(condition)
        case .yellow:
            let condition: SQLQueryString = " AND ((clock_due IS NOT NULL AND clock_due >= \(bind: day) AND yellow_from <= \(bind: day)) OR (state = 'answered' AND rating = 'dissatisfied'))"
            filter.appendInterpolation(condition)
        case .blue:
            let condition: SQLQueryString = " AND clock_due IS NOT NULL AND clock_due >= \(bind: day) AND clock_due < \(bind: edge) AND (yellow_from IS NULL OR yellow_from > \(bind: day))"
            filter.appendInterpolation(condition)
        }
    }
}
