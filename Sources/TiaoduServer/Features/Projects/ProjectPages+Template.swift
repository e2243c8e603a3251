// GET /projects/template.xlsx?owner=&period= — an owner unit's progress template for a month
// (ProgressTemplate): signed in, for who may enter that unit's progress (its reporters, the units
// above, admins); anyone else is refused by the unit's name. The owner defaults to the user's own
// unit and the month to the page's (a quarter or a year asked for: its last month). The register
// is read as the pages read it — as it stood at the month's end — and only projects the user may read.
import Vapor
import TiaoduCore
import TiaoduSheets
import TiaoduStore

extension ProjectPages {
    func progressTemplate(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/projects/template.xlsx") { p in
            let code = p.query("owner") ?? principal.org
            guard let unit = p.workspace.tree[code] else { throw APIError(status: .notFound, message: "unknown org unit “\(code)”") }
            guard p.policy.canEnter(principal, org: unit.code) else {
                throw APIError(status: .forbidden, message: PageText.format(.progressTemplateCannotEnter, p.language, p.name(unit)))
            }
            let month = Period.month(year: p.period.year, month: p.period.endMonth)
            let data = try await context.projects.data(context.store)
            let readable = data.projects(on: Day.end(of: month)).filter { p.policy.canRead(principal, org: $0.owner) }
            let model = ProgressTemplateModel(unit: unit, month: month, projects: readable,
                                              reports: try await context.store.projects.progress(year: month.year), p.page)
            return Download.file(try XLSXFile.data(ProgressTemplate.sheets(model, p.page)), type: Download.xlsx,
                                 name: ProgressTemplate.fileName(model, p.page),
                                 fallback: TableWorkbook.asciiName(["progress", unit.code, month.description]))
        }
    }
}
