// GET /api/v1/case-figures (signed in): the cases per lead unit and per department over the cases
// the reader may read, each league ranked for readers of every case.
import Vapor
import TiaoduCore
import TiaoduStore

extension CasesController {
    func figures(_ request: Request) async throws -> Response {
        let l = request.language
        let principal = try Self.signedIn(request)
        let today = context.today
        // default: this year to today
        let from = try Self.day(request, "from") ?? Day(year: today.year, month: 1, day: 1) ?? today
        let to = try Self.day(request, "to") ?? today
        guard from <= to else {
            throw APIError(status: .badRequest, message: l == .zh ? "起始日期 from（\(from)）不能晚于截止日期 to（\(to)）。" : "from (\(from)) must not be after to (\(to)).")
        }
        return try await Self.answering(l) {
            let figures = try await context.store.cases.figures(from: from, to: to, for: principal, today: today)
            let workspace = try await context.store.figures.liveWorkspace().workspace
            // a rank is derived from every unit's figures: given to readers of every case only
            let ranked = Self.readsEveryCase(principal, tree: workspace.tree)
            func row(_ league: CaseLeagueRow) -> CaseJSON.FigureRow {
                switch league.unit {
                case .org(let code): return CaseJSON.FigureRow(league, name: workspace.orgName(code, l), ranked: ranked)
                case .department(let name): return CaseJSON.FigureRow(league, name: name, ranked: ranked)
                }
            }
            let units = CaseLeagueRow.rank(figures.filter { $0.key.orgCode != nil }).map(row)
            let departments = CaseLeagueRow.rank(figures.filter { $0.key.orgCode == nil }).map(row)
            return try .json(encoding: CaseJSON.Figures(from: from.description, to: to.description, asOf: today.description, units: units, departments: departments))
        }
    }

    /// Admins and analysts read every case, and so does who reads the whole tree from its root.
    static func readsEveryCase(_ principal: Principal, tree: OrgTree) -> Bool {
        if principal.roles.contains(.admin) || principal.roles.contains(.analyst) { return true }
        return !principal.roles.isDisjoint(with: [.reporter, .approver, .viewer]) && tree.root?.code == principal.org
    }
}
