// The cases' figures per unit and department (CaseFigures) for a period, in SQL over the cases
// the reader may read — so a county's reader gets the departments' figures over the county's
// cases only, and nothing derived leaks another county's. Open and overdue are as of today.
//
// Four statements, each read from one covering index of migration 019 and grouped by lead unit
// in that index's order (no sort, no look-up into the table): received (`cases_received`), closed
// (`cases_closed`, closed cases only), open and its colours (`cases_open`, open cases only), and
// the period's ratings and reopenings (`case_events_figures`, which names the lead each judged).
// A million cases: bench/cases.py.
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
        var figures: [CaseUnit: CaseFigures] = [:]
        // a reader who may not read every case: the statements start from the ids they may read
        // and look each case (or its events) up — CROSS JOIN keeps SQLite to that order
        let readable = Store.readable(principal, tree: tree)
        func each(_ select: SQLQueryString, from table: String, key: String = "id", _ conditions: SQLQueryString, group: String = "lead",
                  _ body: (any SQLRow, inout CaseFigures) throws -> Void) async throws {
            var query = SQLQueryString("SELECT ")
            query.appendInterpolation(select)
            query.appendInterpolation(unsafeRaw: " FROM ")
            if let readable {
                query.appendInterpolation("(\(readable)) readable CROSS JOIN \(unsafeRaw: table) WHERE \(unsafeRaw: table).\(unsafeRaw: key) = readable.id AND " as SQLQueryString)
            } else {
                query.appendInterpolation(unsafeRaw: "\(table) WHERE ")
            }
            query.appendInterpolation(conditions)
            query.appendInterpolation(unsafeRaw: " GROUP BY \(group)")
            for row in try await sql.raw(query).all() {
                guard let unit = CaseUnit(try row.decode(column: "lead", as: String.self)) else { continue }
                try body(row, &figures[unit, default: CaseFigures()])
            }
        }
        func int(_ row: any SQLRow, _ column: String) throws -> Int { try row.decode(column: column, as: Int?.self) ?? 0 }

        try await each("lead, COUNT(*) AS n", from: "cases", "lead IS NOT NULL AND assigned >= \(bind: f) AND assigned <= \(bind: t)") { row, value in
            value.received = try int(row, "n")
        }
        // `closed` is set when a case closes and never cleared (closing is final): the closed cases
        try await each("lead, on_time, COUNT(*) AS n, SUM(work_days) AS days", from: "cases",
                       "lead IS NOT NULL AND closed >= \(bind: f) AND closed <= \(bind: t)", group: "lead, on_time") { row, value in
            let n = try int(row, "n")
            value.closed += n
            value.workDays += try int(row, "days")
            if try row.decode(column: "on_time", as: Int?.self) == 1 { value.closedOnTime += n }
        }
        try await each("""
            lead, COUNT(*) AS n,
              SUM(CASE WHEN clock_due < \(bind: d) THEN 1 ELSE 0 END) AS red,
              SUM(CASE WHEN (clock_due >= \(bind: d) AND yellow_from <= \(bind: d))
                        OR (state = 'answered' AND rating = 'dissatisfied') THEN 1 ELSE 0 END) AS yellow,
              SUM(CASE WHEN clock_due >= \(bind: d) AND clock_due < \(bind: edge)
                        AND (yellow_from IS NULL OR yellow_from > \(bind: d)) THEN 1 ELSE 0 END) AS blue
            """, from: "cases", "lead IS NOT NULL AND state NOT IN ('closed', 'returned')") { row, value in
            (value.open, value.red, value.yellow, value.blue) = (try int(row, "n"), try int(row, "red"), try int(row, "yellow"), try int(row, "blue"))
        }
        // ratings and reopenings are events of the period, counted for the lead unit they judged
        try await each("""
            lead, action, COUNT(*) AS n, SUM(CASE WHEN rating IN ('satisfied', 'basically_satisfied') THEN 1 ELSE 0 END) AS good
            """, from: "case_events", key: "case_id",
            "action IN ('rate', 'reopen') AND lead IS NOT NULL AND day >= \(bind: f) AND day <= \(bind: t)", group: "lead, action") { row, value in
            let n = try int(row, "n")
            if try row.decode(column: "action", as: String.self) == "rate" {
                value.rated += n
                value.satisfied += try int(row, "good")
            } else {
                value.reopened += n
            }
        }
        return figures
    }
}
