// GET /units/:org (a unit's scorecard) and GET /indicators/:code?org= (an indicator for a unit).
import Vapor
import TiaoduCore

extension PageController {
    func scorecard(_ request: Request) async throws -> Response {
        let code = request.parameters.get("org") ?? ""
        return try await context.page(request, path: "/units/\(code)") { p in
            guard let unit = p.workspace.tree[code] else { throw APIError(status: .notFound, message: "unknown org unit “\(code)”") }
            try p.access.require(unit.code, p.period, p.language)
            // Ranked among its siblings: the parent's bulletin (the root's own otherwise).
            let bulletin = try await context.bulletin(p.workspace, revision: p.revision, period: p.period, parent: unit.parent ?? unit.code)
            return p.respond(ScorecardView.render(ScorecardModel(p, unit: unit, bulletin: bulletin), p))
        }
    }

    func indicator(_ request: Request) async throws -> Response {
        let code = request.parameters.get("code") ?? ""
        return try await context.page(request, path: "/indicators/\(code)") { p in
            guard let indicator = p.workspace.indicator(code) else { throw APIError(status: .notFound, message: "unknown indicator “\(code)”") }
            guard let unit = try p.unit("org") ?? p.defaultScope.flatMap({ p.workspace.tree[$0] }) else { throw APIError(status: .notFound, message: p.text(.noData)) }
            try p.access.require(unit.code, p.period, p.language, indicator: indicator.code)
            // The history names who changed what: for those who may read the unit unpublished.
            let history = p.access.policy.canRead(p.request.principal, org: unit.code, published: false, indicator: indicator.code)
                ? try await context.store.history(org: unit.code, indicator: indicator.code) : []
            let model = try IndicatorPageModel(p, indicator: indicator, unit: unit, history: history)
            return p.respond(IndicatorPageView.render(model, p))
        }
    }
}
