// GET /units (the org tree, each unit a way to its scorecard) and GET /indicators (the catalogue,
// each indicator a way to its page): where a reader finds what the other pages show.
import Vapor
import TiaoduCore

extension FiguresPages {
    func unitIndex(_ request: Request) async throws -> Response {
        try await context.page(request, path: "/units") { p in
            p.respond(UnitIndexView.render(UnitIndexModel(p.page), p.page))
        }
    }

    func indicatorIndex(_ request: Request) async throws -> Response {
        try await context.page(request, path: "/indicators") { p in
            p.respond(IndicatorIndexView.render(IndicatorIndexModel(p.page), p.page))
        }
    }
}
