// The template as a file outside a request (`tiaodu template values --org --period --out`): the
// same rows the entry page would give an administrator, from the store's workspace.
import Foundation
import TiaoduCore
import TiaoduSheets
import TiaoduStore

extension EntryTemplate {
    public enum Refusal: Error, Sendable { case unknownOrg(String) }

    /// The workbook of `org` for `period`, and the name to save it under.
    public static func file(store: Store, org: String, period: Period, language: Language) async throws -> (data: Data, name: String) {
        let workspace = try await store.figures.workspace(for: period)
        guard let unit = workspace.tree[org] else { throw Refusal.unknownOrg(org) }
        let system = Principal(login: "system", name: "system", org: workspace.tree.root?.code ?? org, roles: [.admin])
        let access = ReadAccess(principal: system, published: try await store.cycle.publishedPeriods(),
                                policy: AccessPolicy(tree: workspace.tree, indicators: workspace.indicators))
        let location = PageLocation(path: "/entry", query: [], language: language, demo: false, signedIn: nil)
        let p = PageContext(language: language, location: location, workspace: workspace, period: period, latest: period, access: access,
                            today: store.clock.today)
        let stored = try await store.figures.values(org: org, from: min(period.yearBefore, period.previous), to: period)
        let states = Dictionary(try await store.cycle.submissions(period: period).map { ($0.org, $0.status) }, uniquingKeysWith: { first, _ in first })
        let model = EntryModel(p, unit: unit, period: period, stored: stored, states: states, dueDay: try await store.cycle.dueDay(),
                               departmentDueDays: try await store.cycle.departmentDueDays())
        return (try XLSXFile.data(sheets(model, p)), fileName(model, p))
    }
}
