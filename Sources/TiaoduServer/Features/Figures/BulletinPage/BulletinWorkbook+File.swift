// The bulletin's workbook outside a request (`tiaodu bulletin --period 2021-09 --format xlsx
// --out FILE`): the same sheets /bulletin.xlsx gives an administrator, from the store's workspace.
import Foundation
import TiaoduCore
import TiaoduSheets
import TiaoduStore

extension BulletinWorkbook {
    /// The workbook of `parent`'s bulletin (nil: the root's) for `period`, and the name to save it under.
    public static func file(store: Store, period: Period, parent: String?, language: Language) async throws -> (data: Data, name: String) {
        let workspace = try await store.figures.workspace(for: period)
        let published = try await store.cycle.publishedPeriods()
        var bulletin = try BulletinEngine(workspace).bulletin(period: period, parent: parent)
        bulletin.preliminary = !published.contains(period.description)
        let system = Principal(login: "system", name: "system", org: workspace.tree.root?.code ?? "", roles: [.admin])
        let access = ReadAccess(principal: system, published: published, policy: AccessPolicy(tree: workspace.tree, indicators: workspace.indicators))
        let location = PageLocation(path: "/bulletin", query: [], language: language, demo: false, signedIn: nil)
        let p = PageContext(language: language, location: location, workspace: workspace, period: period, latest: period, access: access,
                            today: store.clock.today)
        let model = BulletinPageModel(p, bulletin: bulletin)
        return (try XLSXFile.data(sheets(model, p)), "\(model.parentName)-\(model.masthead.span)-\(p.text(.bulletinTitle)).xlsx")
    }
}
