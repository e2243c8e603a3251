// GET /status?period= — every unit's reporting state; GET /status.xlsx and /status.csv — the same
// table as a workbook and a CSV file; POST /status moves one unit's period through the cycle (a
// signed-in user, the session's CSRF token) and comes back to the list.
import Vapor
import TiaoduCore
import TiaoduStore

extension CyclePages {
    func status(_ request: Request) async throws -> Response {
        // Every state and who moved it belongs to a unit the reader reads: nobody signed in reads none.
        guard request.principal != nil else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/status") { p in
            let model = try await statusModel(p)
            return p.respond(StatusView.render(model, p.page, projectReports: try await Self.projectReports(p)))
        }
    }

    /// GET /status.xlsx — the page's table, read as the page reads it (signed-in readers only).
    func statusWorkbook(_ request: Request) async throws -> Response {
        guard request.principal != nil else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/status.xlsx") { p in
            let model = try await statusModel(p)
            let reports = try await Self.projectReports(p)
            return try StatusTable.make(model, p.page, projectReports: reports).workbookFile()
        }
    }

    /// GET /status.csv — the same rows as a CSV file for Excel.
    func statusCSV(_ request: Request) async throws -> Response {
        guard request.principal != nil else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/status.csv") { p in
            let model = try await statusModel(p)
            let reports = try await Self.projectReports(p)
            return StatusTable.make(model, p.page, projectReports: reports).csvFile()
        }
    }

    /// Every unit's state for the page's period, the units the reader may read (and the outcome of
    /// the last move, from its redirect's query): the page and its downloads alike.
    private func statusModel(_ p: PageRequest) async throws -> StatusModel {
        let cycle = context.store.cycle
        let submissions = try await cycle.submissions(period: p.period)
        let lastMoves = try await cycle.lastMoves(period: p.period)
        return StatusModel(p.page, period: p.period, submissions: submissions, dueDay: try await cycle.dueDay(), lastMoves: lastMoves,
                           names: try await userNames(Set(submissions.map(\.changedBy) + lastMoves.values.map(\.actor))),
                           moved: p.query("moved"), error: p.query("error"))
    }

    /// Per unit (with the units below it): projects under way, and how many of them have reported
    /// the month's progress — part of what a unit submits.
    static func projectReports(_ p: PageRequest) async throws -> [String: (reported: Int, due: Int)] {
        guard p.request.principal != nil, p.period.frequency == .monthly else { return [:] }
        let overview = try await p.reader.projectOverview(asOf: AsOf(year: p.period.year, month: p.period.endMonth))
        let silent = Set(overview.portfolio.unreported.map(\.code))
        var counts: [String: (reported: Int, due: Int)] = [:]
        for project in overview.all.values where project.stage.hasStarted && project.stage < .completed {
            for code in p.workspace.tree.ancestry(of: project.owner) {
                var count = counts[code] ?? (0, 0)
                count.due += 1
                if !silent.contains(project.code) { count.reported += 1 }
                counts[code] = count
            }
        }
        return counts
    }

    /// Users' names by login, for the logins a page shows (「邗江区审核员」, not `hanjiang-approver`).
    func userNames(_ logins: Set<String>) async throws -> [String: String] {
        guard !logins.isEmpty else { return [:] }
        return Dictionary(try await context.store.accounts.users().filter { logins.contains($0.login) }.map { ($0.login, $0.name) },
                          uniquingKeysWith: { first, _ in first })
    }

    func move(_ request: Request) async throws -> Response {
        guard request.signedIn != nil else { return Self.signInFirst(request) }
        // A form is only accepted from this site's own page: its session's CSRF token.
        let (signedIn, form) = try Self.checkedForm(request)
        guard let org = form["org"], let period = form["period"].flatMap(Period.init), let action = form["action"].flatMap(ApprovalAction.init) else {
            throw APIError(status: .badRequest, message: "org, period and action are required")
        }
        var outcome: (String, String)
        do {
            try await context.store.cycle.transition(org: org, period: period, action: action, by: signedIn.principal,
                                                     reason: form["reason"].flatMap { $0.isEmpty ? nil : $0 }, source: .form)
            outcome = ("moved", action.rawValue)
        } catch let failure as ApprovalFailure {
            switch failure.error {
            case .notFrom: outcome = ("error", "notFrom")
            case .notPermitted: outcome = ("error", "notPermitted")
            case .reasonRequired: outcome = ("error", "reason")
            case .ownSubmission: outcome = ("error", "own")
            case .notesRequired: outcome = ("error", "notes")
            }
        }
        // Back where the move was made: the review page, or (unless notes are missing) the list.
        let language = ("lang", request.language.rawValue)
        if form["back"] == "review" || outcome.1 == "notes" {
            return request.redirect(to: "/review" + Link.query([("org", org), ("period", period.description), outcome, language]), redirectType: .normal)
        }
        let back = "/status" + Link.query([("period", period.description), outcome, language]) + "#st-" + Link.segment(org)
        return request.redirect(to: back, redirectType: .normal)
    }
}
