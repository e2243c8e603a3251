// GET /units/:org (a unit's scorecard), GET /units/:org/table.xlsx and table.csv (its table of
// figures and ranks as a workbook and a CSV file) and GET /indicators/:code?org= (an indicator for
// a unit). The downloads sit below the unit's path: a code may hold a dot, so CODE.xlsx could be a unit.
import Vapor
import TiaoduCore

extension FiguresPages {
    func scorecard(_ request: Request) async throws -> Response {
        let code = request.parameters.get("org") ?? ""
        return try await context.page(request, path: "/units/\(code)") { p in
            let model = try await Self.scorecardModel(p, code: code)
            let projects = try await Self.projectSection(p) { ProjectSection.scorecard($0, unit: model.unit.code, p.page) }
            return p.respond(ScorecardView.render(model, p.page, projects: projects))
        }
    }

    /// GET /units/:org/table.xlsx — the scorecard's table, read as the page reads it.
    func scorecardWorkbook(_ request: Request) async throws -> Response {
        let code = request.parameters.get("org") ?? ""
        return try await context.page(request, path: "/units/\(code)/table.xlsx") { p in
            try await ScorecardTable.make(Self.scorecardModel(p, code: code), p.page).workbookFile()
        }
    }

    /// GET /units/:org/table.csv — the same rows as a CSV file for Excel.
    func scorecardCSV(_ request: Request) async throws -> Response {
        let code = request.parameters.get("org") ?? ""
        return try await context.page(request, path: "/units/\(code)/table.csv") { p in
            try await ScorecardTable.make(Self.scorecardModel(p, code: code), p.page).csvFile()
        }
    }

    /// A unit the reader may read (404 unknown, 401/403 not theirs) with its own rows, ranked among
    /// its siblings: the page and its downloads alike.
    private static func scorecardModel(_ p: PageRequest, code: String) async throws -> ScorecardModel {
        let unit = try p.reader.unit(code, period: p.period)
        let bulletin = try await p.reader.ownRows(of: unit, period: p.period)
        return ScorecardModel(p.page, unit: unit, bulletin: bulletin)
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
