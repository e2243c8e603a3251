// What the bulletin page shows, built in one place from the store and the engine.
// The view never queries; this model never renders.
import TiaoduCore
import TiaoduStore

struct BulletinPageModel {
    struct Row {
        let org: String
        let orgName: String
        let isParent: Bool
        let cells: BulletinCells
        let status: Status?
        let mismatch: Bool
        let growthMismatch: Bool
    }

    struct Block {
        let code: String
        let name: String
        let unit: String
        /// the span the figures cover when it differs from the bulletin's (a quarterly
        /// indicator in August shows 1—6月)
        let dataPeriod: Period?
        let rows: [Row]
    }

    let language: Language
    let period: Period
    let periods: [Period]
    let parent: OrgUnit
    let parentChoices: [OrgUnit]
    let blocks: [Block]
    let demo: Bool

    init(bulletin: Bulletin, workspace: Workspace, latest: Period, language: Language, demo: Bool) {
        self.language = language
        self.period = bulletin.period
        self.demo = demo
        // Every month of the latest year and the one before, newest first.
        var months: [Period] = []
        for year in [latest.year, latest.year - 1] {
            for month in stride(from: year == latest.year ? latest.endMonth : 12, through: 1, by: -1) {
                months.append(.month(year: year, month: month))
            }
        }
        if !months.contains(bulletin.period) { months.insert(bulletin.period, at: 0) }
        self.periods = months
        let tree = workspace.tree
        self.parent = tree[bulletin.parent] ?? OrgUnit(code: bulletin.parent, name: bulletin.parent, parent: nil, kind: .city)
        self.parentChoices = tree.units.filter { tree.hasChildren($0.code) && $0.kind != .community }
        var blocks: [Block] = []
        let displayRows = bulletin.displayRows
        for code in bulletin.indicatorCodes {
            guard let indicator = workspace.indicator(code) else { continue }
            let rows = displayRows.filter { $0.indicator == code }
            let own = bulletin.period.asOf.period(for: indicator.frequency)
            blocks.append(Block(
                code: code, name: workspace.indicatorName(code, language), unit: indicator.unit,
                dataPeriod: own.flatMap { $0.endMonth == bulletin.period.endMonth ? nil : .month(year: $0.year, month: $0.endMonth) },
                rows: rows.map { row in
                    Row(org: row.org, orgName: workspace.orgName(row.org, language), isParent: row.isParent,
                        cells: BulletinCells(row, indicator: indicator, language: language), status: row.status,
                        mismatch: row.mismatch, growthMismatch: row.growthMismatch)
                }))
        }
        self.blocks = blocks
    }
}
