// GET /units/:org (a unit's scorecard) and GET /indicators/:code?org= (an indicator for a unit).
import Vapor
import TiaoduCore

extension FiguresPages {
    func scorecard(_ request: Request) async throws -> Response {
        let code = request.parameters.get("org") ?? ""
        return try await context.page(request, path: "/units/\(code)") { p in
            let unit = try p.reader.unit(code, period: p.period)
            // Its own rows, ranked among its siblings.
            let bulletin = try await p.reader.ownRows(of: unit, period: p.period)
            let projects = try await Self.projectSection(p) { ProjectSection.scorecard($0, unit: unit.code, p.page) }
            return p.respond(ScorecardView.render(ScorecardModel(p.page, unit: unit, bulletin: bulletin), p.page, projects: projects))
        }
    }

    func indicator(_ request: Request) async throws -> Response {
        let code = request.parameters.get("code") ?? ""
        return try await context.page(request, path: "/indicators/\(code)") { p in
            guard let indicator = p.workspace.indicator(code) else { throw APIError(status: .notFound, message: "unknown indicator “\(code)”") }
            guard let code = p.query("org") ?? p.defaultScope else { throw APIError(status: .notFound, message: p.text(.noData)) }
            let unit = try p.reader.unit(code, period: p.period, indicator: indicator.code)
            // The history names who changed what: for those who may read the unit unpublished.
            let history = (try? await p.reader.history(org: unit.code, indicator: indicator.code)) ?? []
            // Completion of the units below the unit (or of its siblings when it has none).
            let scopeCode = IndicatorPageModel.comparisonScope(of: unit, in: p.workspace.tree)
            // The comparison shows other units: only when the asker may read their parent.
            let rows = p.reader.canRead(scopeCode, p.period, indicator: indicator.code)
                ? try await p.reader.bulletin(period: p.period, parent: scopeCode, indicator: indicator.code).rows.filter { $0.indicator == indicator.code } : []
            let model = IndicatorPageModel(p.page, indicator: indicator, unit: unit, history: history, comparison: rows)
            return p.respond(IndicatorPageView.render(model, p.page))
        }
    }
}
