// GET / (the dashboard) and GET /bulletin (the printable 通报): both show one scope's bulletin.
import Vapor
import TiaoduCore

extension FiguresPages {
    func dashboard(_ request: Request) async throws -> Response {
        try await scopePage(request, path: "/") { p, bulletin, scope in
            let projects = try await Self.projectSection(p) { ProjectSection.dashboard($0, scope: scope, p.page) }
            let counts = try await CasesCard.load(context.store, p.principal, scope: scope, today: context.today)
            return DashboardView.render(DashboardModel(p.page, bulletin: bulletin), p.page, projects: projects,
                                        cases: CasesCard.render(counts, scope: scope, p.page))
        }
    }

    func bulletin(_ request: Request) async throws -> Response {
        try await scopePage(request, path: "/bulletin") { p, bulletin, scope in
            let projects = try await Self.projectSection(p) { ProjectSection.bulletin($0, scope: scope, p.page) }
            return BulletinPageView.render(BulletinPageModel(p.page, bulletin: bulletin), p.page, projects: projects)
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
            // A league compares the units of a scope: who may not read the city's month yet (a
            // county before publication) and asked for no month is shown the last published one,
            // never a league of their unit alone.
            if p.query("period") == nil, p.query("parent") == nil, let root = p.workspace.tree.root?.code,
               !p.access.canRead(root, p.period, indicator: p.query("indicator")), let published = p.access.latestPublishedMonth,
               p.access.canRead(root, published, indicator: p.query("indicator")) {
                let query = [("period", published.description)] + (p.query("indicator").map { [("indicator", $0)] } ?? [])
                return request.redirect(to: Link.to("/league", query + [("lang", p.language.rawValue)]), redirectType: .normal)
            }
            let bulletin = try await p.reader.bulletin(period: p.period, parent: p.scope(indicator: p.query("indicator")), indicator: p.query("indicator"))
            let code = p.query("indicator") ?? bulletin.indicatorCodes.first ?? ""
            guard let indicator = p.workspace.indicator(code) else { throw APIError(status: .notFound, message: "unknown indicator “\(code)”") }
            let model = LeagueModel(p.page, bulletin: bulletin, indicator: indicator, sort: p.query("sort").flatMap(LeagueSort.init))
            return p.respond(LeagueView.render(model, p.page))
        }
    }
}
