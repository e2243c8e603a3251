// The cases' figures per unit and department (CaseFigures) for a period, in SQL over the cases
// the reader may read — so a county's reader gets the departments' figures over the county's
// cases only, and nothing derived leaks another county's. Open and overdue are as of today.
import SQLKit
import TiaoduCore

extension CasesRepository {
    /// Figures of every lead unit and department, for cases assigned, closed, rated or reopened in
    /// [from, to]; open and by colour as of `today`.
    public func figures(from: Day, to: Day, for principal: Principal, today: Day? = nil) async throws -> [CaseUnit: CaseFigures] {
        let today = today ?? store.clock.today
        let tree = try await store.orgTree(sql)
        let calendar = try await Store.calendar(sql)
        let (f, t, d) = (from.description, to.description, today.description)
        let edge = try CaseColour.blueEdge(today, calendar: calendar).description
        var scope = SQLQueryString("")
        Store.scope(&scope, principal, tree: tree)
        var query: SQLQueryString = """
            SELECT lead,
              SUM(CASE WHEN assigned >= \(bind: f) AND assigned <= \(bind: t) THEN 1 ELSE 0 END) AS received,
              SUM(CASE WHEN state = 'closed' AND closed >= \(bind: f) AND closed <= \(bind: t) THEN 1 ELSE 0 END) AS closed_n,
              SUM(CASE WHEN state = 'closed' AND closed >= \(bind: f) AND closed <= \(bind: t) AND on_time = 1 THEN 1 ELSE 0 END) AS on_time_n,
              SUM(CASE WHEN state = 'closed' AND closed >= \(bind: f) AND closed <= \(bind: t) THEN COALESCE(work_days, 0) ELSE 0 END) AS work_days_n,
              SUM(CASE WHEN state NOT IN ('closed', 'returned') THEN 1 ELSE 0 END) AS open_n,
              SUM(CASE WHEN clock_due IS NOT NULL AND clock_due < \(bind: d) THEN 1 ELSE 0 END) AS red_n,
              SUM(CASE WHEN (clock_due IS NOT NULL AND clock_due >= \(bind: d) AND yellow_from <= \(bind: d))
                        OR (state = 'answered' AND rating = 'dissatisfied') THEN 1 ELSE 0 END) AS yellow_n,
              SUM(CASE WHEN clock_due IS NOT NULL AND clock_due >= \(bind: d) AND clock_due < \(bind: edge)
                        AND (yellow_from IS NULL OR yellow_from > \(bind: d)) THEN 1 ELSE 0 END) AS blue_n
            FROM cases WHERE lead IS NOT NULL
            """
        query.appendInterpolation(scope)
        query.appendInterpolation(unsafeRaw: " GROUP BY lead")
        var figures: [CaseUnit: CaseFigures] = [:]
        for row in try await sql.raw(query).all() {
            guard let unit = CaseUnit(try row.decode(column: "lead", as: String.self)) else { continue }
            func int(_ column: String) throws -> Int { try row.decode(column: column, as: Int?.self) ?? 0 }
            var value = CaseFigures()
            value.received = try int("received")
            value.closed = try int("closed_n")
            value.closedOnTime = try int("on_time_n")
            value.workDays = try int("work_days_n")
            value.open = try int("open_n")
            value.red = try int("red_n")
            value.yellow = try int("yellow_n")
            value.blue = try int("blue_n")
            figures[unit] = value
        }
        // ratings and reopenings are events of the period, counted for the case's lead unit
        var events: SQLQueryString = """
            SELECT c.lead AS lead, e.action AS action, SUM(1) AS n,
              SUM(CASE WHEN e.rating IN ('satisfied', 'basically_satisfied') THEN 1 ELSE 0 END) AS good
            FROM case_events e JOIN cases c ON c.id = e.case_id
            WHERE e.action IN ('rate', 'reopen') AND e.day >= \(bind: f) AND e.day <= \(bind: t) AND c.lead IS NOT NULL
            """
        var eventScope = SQLQueryString("")
        Store.scope(&eventScope, principal, tree: tree)
        // the scope's columns (raised_by, org, enterprise, id) are the case's: case_events has none of them
        events.appendInterpolation(eventScope)
        events.appendInterpolation(unsafeRaw: " GROUP BY c.lead, e.action")
        for row in try await sql.raw(events).all() {
            guard let unit = CaseUnit(try row.decode(column: "lead", as: String.self)) else { continue }
            let n = try row.decode(column: "n", as: Int?.self) ?? 0
            if try row.decode(column: "action", as: String.self) == "rate" {
                figures[unit, default: CaseFigures()].rated += n
                figures[unit, default: CaseFigures()].satisfied += try row.decode(column: "good", as: Int?.self) ?? 0
            } else {
                figures[unit, default: CaseFigures()].reopened += n
            }
        }
        return figures
    }
}
