// What the printable bulletin (通报) shows, built in one place from the engine's bulletin: for
// each indicator the generated text (the scope's sentence and who leads and lags) and the rows
// of the conventional table. The view never queries; this model never renders.
import TiaoduCore

struct BulletinPageModel {
    struct Row {
        let org: String
        let orgName: String
        let isParent: Bool
        let cells: BulletinCells
        let status: Status?
        let mismatch: Bool
        let growthMismatch: Bool
        let partial: Bool
    }

    struct Block {
        let code: String
        let name: String
        let unit: String
        /// the span the figures cover when it differs from the bulletin's (a quarterly
        /// indicator in August shows 1—6月)
        let dataPeriod: Period?
        let rows: [Row]
        let text: [String]
    }

    let period: Period
    let parent: OrgUnit
    let parentName: String
    let blocks: [Block]

    init(_ p: PageContext, bulletin: Bulletin) {
        let workspace = p.workspace, l = p.language
        period = bulletin.period
        parent = workspace.tree[bulletin.parent] ?? OrgUnit(code: bulletin.parent, name: bulletin.parent, parent: nil, kind: .city)
        parentName = p.name(parent)
        var blocks: [Block] = []
        let displayRows = bulletin.displayRows
        let primary = Dictionary(grouping: workspace.tree.children(of: parent.code), by: { $0.peerGroup ?? "" })
            .max { $0.value.count < $1.value.count }?.key
        for code in bulletin.indicatorCodes {
            guard let indicator = workspace.indicator(code) else { continue }
            let rows = displayRows.filter { $0.indicator == code }
            let own = bulletin.period.asOf.period(for: indicator.frequency)
            let name = workspace.indicatorName(code, l)
            var text: [String] = []
            if let top = rows.first(where: \.isParent) {
                text.append(BulletinNarrative.sentence(top, indicator: indicator, unitName: parentName, indicatorName: name,
                                                       dataPeriod: own ?? bulletin.period, scope: nil, language: l))
            }
            let children = rows.filter { !$0.isParent }.map { (name: workspace.orgName($0.org, l), group: $0.peerGroup, row: $0) }
            if let summary = BulletinNarrative.summary(children: children, language: l) { text.append(summary) }
            // Each unit's own sentence, ranked in its peer group.
            for child in children where child.row.ytd != nil || child.row.growth != nil {
                let scope = BulletinNarrative.scope(parent: parent, peerGroup: child.row.peerGroup, primaryGroup: primary == "" ? nil : primary, l)
                text.append(BulletinNarrative.sentence(child.row, indicator: indicator, unitName: child.name, indicatorName: name,
                                                       dataPeriod: own ?? bulletin.period, scope: scope, language: l))
            }
            blocks.append(Block(
                code: code, name: name, unit: indicator.unit,
                dataPeriod: own.flatMap { $0.endMonth == bulletin.period.endMonth ? nil : .month(year: $0.year, month: $0.endMonth) },
                rows: rows.map { row in
                    Row(org: row.org, orgName: workspace.orgName(row.org, l), isParent: row.isParent,
                        cells: BulletinCells(row, indicator: indicator, language: l), status: row.status,
                        mismatch: row.mismatch, growthMismatch: row.growthMismatch, partial: row.partial)
                },
                text: text))
        }
        self.blocks = blocks
    }
}
