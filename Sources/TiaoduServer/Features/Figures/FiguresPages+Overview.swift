// GET / (the dashboard) and GET /bulletin (the printable 通报): both show one scope's bulletin;
// GET /dashboard.xlsx and /dashboard.csv: the dashboard's indicators as a workbook and a CSV file;
// GET /bulletin.xlsx: the bulletin's 附表 as an Excel workbook; GET /league and /league.xlsx: a
// peer group's league table, as a page and as a workbook.
import Vapor
import TiaoduCore
import TiaoduSheets

extension FiguresPages {
    func dashboard(_ request: Request) async throws -> Response {
        try await context.page(request, path: "/") { p in
            let model = try await Self.dashboardModel(p)
            let scope = p.scope() ?? ""
            let projects = try await Self.projectSection(p) { ProjectSection.dashboard($0, scope: scope, p.page) }
            let counts = try await CasesCard.load(context.store, p.principal, scope: scope, today: context.today)
            return p.respond(DashboardView.render(model, p.page, projects: projects, cases: CasesCard.render(counts, scope: scope, p.page)))
        }
    }

    /// GET /dashboard.xlsx — the dashboard's indicators, read as the page reads them.
    func dashboardWorkbook(_ request: Request) async throws -> Response {
        try await context.page(request, path: "/dashboard.xlsx") { p in
            try await DashboardTable.make(Self.dashboardModel(p), p.page).workbookFile()
        }
    }

    /// GET /dashboard.csv — the same rows as a CSV file for Excel.
    func dashboardCSV(_ request: Request) async throws -> Response {
        try await context.page(request, path: "/dashboard.csv") { p in
            try await DashboardTable.make(Self.dashboardModel(p), p.page).csvFile()
        }
    }

    /// The dashboard of the scope asked for (else the reader's default), read through the page's
    /// scoped reader: the page and its downloads alike.
    private static func dashboardModel(_ p: PageRequest) async throws -> DashboardModel {
        DashboardModel(p.page, bulletin: try await p.reader.bulletin(period: p.period, parent: p.scope()))
    }

    func bulletin(_ request: Request) async throws -> Response {
        try await scopePage(request, path: "/bulletin") { p, bulletin, scope in
            let projects = try await Self.projectSection(p) { ProjectSection.bulletin($0, scope: scope, p.page) }
            return BulletinPageView.render(BulletinPageModel(p.page, bulletin: bulletin), p.page, projects: projects)
        }
    }

    func bulletinWorkbook(_ request: Request) async throws -> Response {
        try await context.page(request, path: "/bulletin.xlsx") { p in
            let bulletin = try await p.reader.bulletin(period: p.period, parent: p.scope())
            let model = BulletinPageModel(p.page, bulletin: bulletin)
            let data = try XLSXFile.data(BulletinWorkbook.sheets(model, p.page))
            let name = "\(model.parentName)-\(model.masthead.span)-\(p.text(.bulletinTitle)).xlsx"
            return Download.file(data, type: Download.xlsx, name: name, fallback: "bulletin-\(model.parent.code)-\(model.period).xlsx")
        }
    }

    /// A page of one scope's bulletin (the scope asked for, else the reader's default).
    private func scopePage(_ request: Request, path: String,
                           _ render: (PageRequest, Bulletin, String) async throws -> String) async throws -> Response {
        try await context.page(request, path: path) { p in
            let bulletin = try await p.reader.bulletin(period: p.period, parent: p.scope())
            return p.respond(try await render(p, bulletin, p.scope() ?? ""))
        }
    }

    /// GET /league?indicator=&parent=&period=&sort=
    func league(_ request: Request) async throws -> Response {
        try await context.page(request, path: "/league") { p in
            if let redirect = Self.leagueRedirect(p, path: "/league") { return redirect }
            return p.respond(LeagueView.render(try await Self.leagueModel(p), p.page))
        }
    }

    /// GET /league.xlsx — the same query, the same scope checks, the same model as /league.
    func leagueWorkbook(_ request: Request) async throws -> Response {
        try await context.page(request, path: "/league.xlsx") { p in
            if let redirect = Self.leagueRedirect(p, path: "/league.xlsx") { return redirect }
            let model = try await Self.leagueModel(p)
            let data = try XLSXFile.data(LeagueWorkbook.sheets(model, p.page))
            let span = Catalogue.periodHeading(model.period, p.language)
            let name = "\(model.scopeName)-\(span)-\(model.indicatorName)\(p.text(.leagueTitle)).xlsx"
            let fallback = TableWorkbook.asciiName(["league", model.indicator.code, model.scope.code, model.period.description])
            return Download.file(data, type: Download.xlsx, name: name, fallback: fallback)
        }
    }

    func leagueCSV(_ request: Request) async throws -> Response {
        try await context.page(request, path: "/league.csv") { p in
            if let redirect = Self.leagueRedirect(p, path: "/league.csv") { return redirect }
            let model = try await Self.leagueModel(p)
            let span = Catalogue.periodHeading(model.period, p.language)
            let name = "\(model.scopeName)-\(span)-\(model.indicatorName)\(p.text(.leagueTitle)).csv"
            let fallback = TableWorkbook.asciiName(["league", model.indicator.code, model.scope.code, model.period.description])
                .replacingOccurrences(of: ".xlsx", with: "") + ".csv"
            return Download.file(Data(LeagueCSV.text(model, p.page).utf8), type: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]),
                                 name: name, fallback: fallback)
        }
    }

    /// A league compares the units of a scope: who may not read the city's month yet (a county
    /// before publication) and asked for no month is sent to the last published one, never
    /// shown a league of their unit alone.
    private static func leagueRedirect(_ p: PageRequest, path: String) -> Response? {
        guard p.query("period") == nil, p.query("parent") == nil, let root = p.workspace.tree.root?.code,
              !p.access.canRead(root, p.period, indicator: p.query("indicator")), let published = p.access.latestPublishedMonth,
              p.access.canRead(root, published, indicator: p.query("indicator")) else { return nil }
        let query = [("period", published.description)] + (p.query("indicator").map { [("indicator", $0)] } ?? [])
        return p.request.redirect(to: Link.to(path, query + [("lang", p.language.rawValue)]), redirectType: .normal)
    }

    /// The league the query asks for, read through the page's scoped reader.
    private static func leagueModel(_ p: PageRequest) async throws -> LeagueModel {
        let bulletin = try await p.reader.bulletin(period: p.period, parent: p.scope(indicator: p.query("indicator")), indicator: p.query("indicator"))
        let code = p.query("indicator") ?? bulletin.indicatorCodes.first ?? ""
        guard let indicator = p.workspace.indicator(code) else { throw APIError(status: .notFound, message: "unknown indicator “\(code)”") }
        return LeagueModel(p.page, bulletin: bulletin, indicator: indicator, sort: p.query("sort").flatMap(LeagueSort.init))
    }
}
