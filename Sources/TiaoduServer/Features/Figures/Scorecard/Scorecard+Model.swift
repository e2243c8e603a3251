// One unit's scorecard: every indicator with its figures and its ranks among its peers (from
// its parent's bulletin), the bulletin sentence for each, what is behind schedule with the
// required pace (倒排), the gaps of every indicator as a chart's bars, and the units below it.
import TiaoduCore

struct ScorecardModel {
    struct Line {
        let code, name, unit: String
        let row: BulletinRow
        let cells: BulletinCells
        let sentence: String
    }

    /// One bar of the gaps chart: an indicator's points better (+) or worse (−) than 序时 — or,
    /// for a growth or a rate target, than the target (METRICS.md: 序时 is for amounts and counts).
    struct GapBar {
        let code, name: String
        let gap: Figure
        let status: Status?
        /// what the gap is measured against: `.growth` the target growth, `.rate` the target level, else 序时
        let against: TargetType?
    }

    let unit: OrgUnit
    let unitName: String
    let parent: OrgUnit?
    let parentName: String?
    let period: Period
    let lines: [Line]
    let behind: [Line]
    /// the indicators with a gap, furthest ahead first and furthest behind last (ties in the catalogue's order)
    let gaps: [GapBar]
    let children: [(code: String, name: String)]
    let ranked: Bool
    /// the period is not published and the reader does not read every unit ranked with this one:
    /// ranks are shown after publication (ScopedReader.ownRows)
    let ranksWithheld: Bool
    let peerGroup: String?
    let hasChildren: Bool

    /// `bulletin` holds the unit's own rows, ranked among its siblings (see ScopedReader.ownRows).
    init(_ p: PageContext, unit: OrgUnit, bulletin: Bulletin) {
        let workspace = p.workspace
        self.unit = unit
        unitName = p.name(unit)
        parent = unit.parent.flatMap { workspace.tree[$0] }
        parentName = parent.map(p.name)
        period = bulletin.period
        ranksWithheld = parent.map { !p.access.canRead($0.code, bulletin.period) } ?? false
        ranked = parent != nil && !ranksWithheld
        peerGroup = unit.peerGroup
        let siblings = parent.map { workspace.tree.children(of: $0.code).map(\.peerGroup) } ?? []
        let primary = Dictionary(grouping: siblings, by: { $0 ?? "" }).max { $0.value.count < $1.value.count }?.key
        let scope = BulletinNarrative.scope(parent: parent, peerGroup: unit.peerGroup, primaryGroup: primary == "" ? nil : primary, p.language)
        lines = bulletin.rows.filter { $0.org == unit.code && ($0.ytd != nil || $0.growth != nil || $0.target != nil) }.compactMap { row in
            guard let indicator = workspace.indicator(row.indicator) else { return nil }
            let name = workspace.indicatorName(row.indicator, p.language)
            let dataPeriod = bulletin.period.asOf.period(for: indicator.frequency) ?? bulletin.period
            return Line(code: row.indicator, name: name, unit: indicator.unit, row: row,
                        cells: BulletinCells(row, indicator: indicator, language: p.language),
                        sentence: BulletinNarrative.sentence(row, indicator: indicator, unitName: p.name(unit), indicatorName: name,
                                                             dataPeriod: dataPeriod, scope: row.isParent ? nil : scope, language: p.language))
        }
        behind = lines.filter { $0.row.gap?.isNegative == true }
        gaps = Self.gapBars(lines)
        children = workspace.tree.children(of: unit.code).map { ($0.code, p.name($0)) }
        hasChildren = !children.isEmpty
    }

    /// The lines with a gap as bars, sorted: the gap is already "better is positive" for either direction.
    static func gapBars(_ lines: [Line]) -> [GapBar] {
        var bars: [(index: Int, bar: GapBar)] = []
        for (index, line) in lines.enumerated() {
            guard let gap = line.row.gap else { continue }
            bars.append((index: index, bar: GapBar(code: line.code, name: line.name, gap: gap, status: line.row.status, against: line.row.targetType)))
        }
        return bars.sorted { $0.bar.gap != $1.bar.gap ? $0.bar.gap > $1.bar.gap : $0.index < $1.index }.map { $0.bar }
    }
}
