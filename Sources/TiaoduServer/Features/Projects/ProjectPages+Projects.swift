// The project pages: GET /projects (figures, lists, concentrated starts, the register) and
// /projects.xlsx (its figures and register as a workbook),
// /projects/new and /projects/CODE/edit (the register form), /projects/CODE (one project) and
// the forms posted from them — stage moves, progress, blockers, batches. Signed in: project
// figures are not published. Every write goes through the store's scope and lock checks.
import Vapor
import TiaoduCore
import TiaoduStore
import TiaoduSheets

extension ProjectPages {
    func projects(_ request: Request) async throws -> Response {
        guard request.principal != nil else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/projects") { p in
            let overview = try await p.reader.projectOverview(asOf: AsOf(year: p.period.year, month: p.period.endMonth))
            let figures = ProjectsOverviewView.render(ProjectsOverviewModel(p.page, overview: overview), p.page)
            let register = ProjectsView.register(try await p.reader.projects(owner: nil), p.page, filter: Self.registerFilter(p), standings: overview.portfolio.standings)
            return p.respond(Layout.page(title: p.text(.projectsTitle), at: p.location, current: .projects, body: .group([figures, register])))
        }
    }

    /// GET /projects.xlsx — the figures (the rows of the CSV download) and the register as
    /// /projects filters it, read for the same reader and month as the page.
    func projectsWorkbook(_ request: Request) async throws -> Response {
        guard request.principal != nil else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/projects.xlsx") { p in
            let overview = try await p.reader.projectOverview(asOf: AsOf(year: p.period.year, month: p.period.endMonth))
            let rows = try ProjectTrackingController.figureRows(overview, p.reader)
            let filter = Self.registerFilter(p)
            let register = try await p.reader.projects(owner: nil).filter { filter.matches($0.project, in: p.workspace.tree) }
            let data = try XLSXFile.data(ProjectsWorkbook.sheets(areas: rows.areas, chains: rows.chains, ranks: overview.portfolio.ranks, register: register,
                                                                 standings: overview.portfolio.standings, p.page))
            let root = p.workspace.tree.root.map { p.name($0) } ?? p.text(.appName)
            let name = "\(root)-\(Catalogue.periodHeading(p.period, p.language))-\(p.text(.figuresTitle)).xlsx"
            return Download.file(data, type: Download.xlsx, name: name, fallback: TableWorkbook.asciiName(["projects", p.period.description]))
        }
    }

    /// The register's filters as the query gives them (`owner`, `stage`, `chain`, `q`).
    static func registerFilter(_ p: PageRequest) -> RegisterFilter {
        RegisterFilter(owner: p.query("owner"), stage: p.query("stage").flatMap(ProjectStage.init), chain: p.query("chain"), q: p.query("q"))
    }

    /// The units the user may register projects for: the city, counties and zones they may enter.
    static func ownerUnits(_ p: PageRequest) -> [OrgUnit] { ProjectsOverviewModel.ownerUnits(p.page) }

    func project(_ request: Request) async throws -> Response {
        guard request.principal != nil else { return Self.signInFirst(request) }
        let code = request.parameters.get("code") ?? ""
        return try await context.page(request, path: "/projects/\(code)") { p in
            p.respond(ProjectPageView.render(try await p.reader.project(code, year: p.period.year), p.page))
        }
    }

    /// POST /projects/CODE/stage — the page's stage move (signed-in session, CSRF token).
    func moveProject(_ request: Request) async throws -> Response {
        let (signedIn, form) = try Self.checkedForm(request)
        let code = request.parameters.get("code") ?? ""
        guard let stage = form["stage"].flatMap(ProjectStage.init) else { throw APIError(status: .badRequest, message: "stage is required") }
        try await ProjectsController.move(context, code: code, to: stage, by: signedIn.principal, note: form["note"], on: form["on"], via: .form, language: request.language)
        return request.redirect(to: "/projects/" + Link.segment(code), redirectType: .normal)
    }

    /// POST /projects/CODE/progress — one month's report, through the import pipeline.
    func reportProgress(_ request: Request) async throws -> Response {
        let (signedIn, form) = try Self.checkedForm(request)
        let code = request.parameters.get("code") ?? ""
        let record = InputRecord(line: 1, fields: ["code": code, "period": form["period"] ?? "", "investment": (form["investment"] ?? "").trimmingCharacters(in: .whitespaces),
                                                 "progress": (form["progress"] ?? "").trimmingCharacters(in: .whitespaces)])
        do {
            try await context.store.write(.progress, records: [record], actor: signedIn.principal.login, source: .form, principal: signedIn.principal)
        } catch let failure as ImportFailure {
            return try await projectWithMessage(request, code: code, failure)
        }
        let period: [(String, String)] = form["period"].map { [("period", $0)] } ?? []
        return request.redirect(to: Link.to("/projects/" + Link.segment(code), period), redirectType: .normal)
    }

    /// POST /projects/CODE/blockers — raise a blocker.
    func raiseBlocker(_ request: Request) async throws -> Response {
        let (signedIn, form) = try Self.checkedForm(request)
        let code = request.parameters.get("code") ?? ""
        let input = BlockerInput(kind: form["kind"] ?? "", description: (form["description"] ?? "").trimmingCharacters(in: .whitespaces),
                                 solver: (form["solver"] ?? "").trimmingCharacters(in: .whitespaces), due: form["due"])
        do {
            try await ProjectsController.raise(context, code: code, input, by: signedIn.principal, via: .form, language: request.language)
        } catch let failure as ImportFailure {
            return try await projectWithMessage(request, code: code, failure)
        }
        return request.redirect(to: "/projects/" + Link.segment(code), redirectType: .normal)
    }

    /// POST /blockers/ID/resolve
    func resolveBlocker(_ request: Request) async throws -> Response {
        let (signedIn, form) = try Self.checkedForm(request)
        guard let id = request.parameters.get("id").flatMap(Int64.init) else { throw APIError(status: .notFound, message: "unknown blocker") }
        let code = try await ProjectsController.resolve(context, id: id, resolution: form["resolution"] ?? "", by: signedIn.principal, via: .form, language: request.language)
        return request.redirect(to: "/projects/" + Link.segment(code), redirectType: .normal)
    }

    private func projectWithMessage(_ request: Request, code: String, _ failure: ImportFailure) async throws -> Response {
        try await context.page(request, path: "/projects/\(code)") { p in
            let message = Node.ul(failure.issues.map { Node.li(.text($0.describe(p.language))) })
            return p.respond(ProjectPageView.render(try await p.reader.project(code, year: p.period.year), p.page, message: message), status: .badRequest)
        }
    }

    /// POST /projects/batches — record a concentrated start.
    func addBatch(_ request: Request) async throws -> Response {
        let (signedIn, pairs) = try Self.checkedFormPairs(request)
        func field(_ name: String) -> String { pairs.last { $0.0 == name }?.1.trimmingCharacters(in: .whitespaces) ?? "" }
        do {
            try await context.store.projects.addConcentratedStart(org: field("org"), day: field("day"), name: field("name"),
                                                         codes: pairs.filter { $0.0 == "codes" }.map(\.1), by: signedIn.principal, today: context.today, source: .form)
        } catch let failure as ImportFailure {
            throw APIError(status: .badRequest, message: failure.issues.map { $0.describe(request.language) }.joined(separator: "; "))
        }
        return request.redirect(to: "/projects#batches", redirectType: .normal)
    }
}
