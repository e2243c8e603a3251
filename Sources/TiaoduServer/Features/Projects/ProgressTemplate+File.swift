// The progress template as a file outside a request (`tiaodu template progress --org --period
// --out`): the same rows the route gives, from the store's register (as it stood at the month's
// end, through the same loading as the pages) and the year's progress reports.
import Foundation
import TiaoduCore
import TiaoduSheets
import TiaoduStore

extension ProgressTemplate {
    /// The workbook of the projects `org` owns for the month of `period` (a quarter or a year: its
    /// last month), and the name to save it under. Throws `EntryTemplate.Refusal.unknownOrg`.
    public static func file(store: Store, org: String, period: Period, language: Language) async throws -> (data: Data, name: String) {
        let month = Period.month(year: period.year, month: period.endMonth)
        let workspace = try await store.figures.workspace(for: month)
        guard let unit = workspace.tree[org] else { throw EntryTemplate.Refusal.unknownOrg(org) }
        let system = Principal(login: "system", name: "system", org: workspace.tree.root?.code ?? org, roles: [.admin])
        let access = ReadAccess(principal: system, published: try await store.cycle.publishedPeriods(),
                                policy: AccessPolicy(tree: workspace.tree, indicators: workspace.indicators))
        let location = PageLocation(path: "/projects/template.xlsx", query: [], language: language, demo: false, signedIn: nil)
        let p = PageContext(language: language, location: location, workspace: workspace, period: month, latest: month, access: access,
                            today: store.clock.today)
        let data = try await ProjectCache().data(store)
        let model = ProgressTemplateModel(unit: unit, month: month, projects: data.projects(on: Day.end(of: month)),
                                          reports: try await store.projects.progress(year: month.year), p)
        return (try XLSXFile.data(sheets(model, p)), fileName(model, p))
    }
}
