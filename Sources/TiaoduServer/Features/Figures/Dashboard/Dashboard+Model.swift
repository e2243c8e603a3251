// The dashboard opens on what is wrong: every indicator with figures in the scope, ordered by
// severity — red (the largest shortfall first), amber, green, no target — in sections the tally
// counts. Each indicator carries the scope's own figures and gap, its units' gaps to 序时 (to the
// target itself, for growth and rate targets) worst first, and who is last in each peer group.
// Built from one bulletin.
import TiaoduCore

struct DashboardModel {
    /// One unit below the scope: its gap ("better than due", in points, unrounded) and the gap as
    /// the chart prints it (+3.3, -6.7; † when the unit's figure covers only some months).
    struct Bar {
        let code, name: String
        let gap: Figure
        let text: String
        let status: Status?
    }

    struct Card {
        let code, name: String
        /// the unit beside the lead figure, in the reader's language (「亿元」, "100 million yuan"; nothing for an English count)
        let unit: String
        let dataPeriod: Period?
        let cells: BulletinCells
        let status: Status?
        let hasTarget: Bool
        /// the scope's own gap, unrounded: what orders the cards of one status
        let gap: Figure?
        /// the gap is to the target itself (growth and rate targets), not to 序时
        let againstTarget: Bool
        /// 「落后序时进度13.9个百分点」 / 「低于全年目标1.8个百分点」 (nil: no gap)
        let gapText: String?
        /// there are units below the scope with figures (so a league table to link to)
        let hasUnits: Bool
        /// the units below with a gap, worst first
        let bars: [Bar]
        /// 「末位：宝应县（县市区）、广陵产业园（功能区）」 (nil: no peer group has a last)
        let lastInGroups: String?
    }

    /// The indicators of one status (nil: no target), as the tally counts them and the page lists them.
    struct Section {
        let status: Status?
        let label: PageLabel
        /// the section's id, where its number in the tally leads
        let anchor: String
        let cards: [Card]
    }

    let period: Period
    let scope: OrgUnit
    let scopeName: String
    /// red, amber, green, no target: always all four, in that order, some maybe empty
    let sections: [Section]

    /// Every indicator, most severe first.
    var cards: [Card] { sections.flatMap(\.cards) }

    /// Each status with its count and the section it leads to, in the sections' order.
    var tally: [(label: PageLabel, count: Int, status: Status?, anchor: String)] {
        sections.map { (label: $0.label, count: $0.cards.count, status: $0.status, anchor: $0.anchor) }
    }

    init(_ p: PageContext, bulletin: Bulletin) {
        let workspace = p.workspace
        period = bulletin.period
        scope = workspace.tree[bulletin.parent]!
        scopeName = p.name(scope)
        let rows = bulletin.displayRows
        var cards: [Card] = []
        for code in bulletin.indicatorCodes {
            guard let indicator = workspace.indicator(code), let own = rows.first(where: { $0.indicator == code && $0.isParent }) else { continue }
            let children = rows.filter { $0.indicator == code && !$0.isParent }
            cards.append(Self.card(indicator, own: own, children: children, period: bulletin.period, p))
        }
        // Within a status the largest shortfall first; indicators without a gap after those with
        // one, in catalogue order.
        let ordered = cards.enumerated().sorted { a, b in
            switch (a.element.gap, b.element.gap) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
        // The statuses by their one word each (滞后 / 预警 / 正常), as every page names them.
        let kinds: [(status: Status?, label: PageLabel)] = [(.red, .red), (.amber, .amber), (.green, .green), (nil, .noTargetCount)]
        sections = kinds.map { kind in
            Section(status: kind.status, label: kind.label, anchor: "status-\(kind.status?.rawValue ?? "none")",
                    cards: ordered.filter { $0.status == kind.status })
        }
    }

    private static func card(_ indicator: Indicator, own: BulletinRow, children: [BulletinRow], period: Period, _ p: PageContext) -> Card {
        let l = p.language
        let targetType = own.targetType ?? children.first { $0.targetType != nil }?.targetType
        let againstTarget = targetType == .growth || targetType == .rate
        let bars = children.compactMap { row -> Bar? in
            guard let gap = row.gap else { return nil }
            return Bar(code: row.org, name: p.workspace.orgName(row.org, l), gap: gap, text: BulletinCells.signedPoints(gap) + (row.partial ? "†" : ""), status: row.status)
        }
        let sorted = bars.enumerated().sorted { $0.element.gap == $1.element.gap ? $0.offset < $1.offset : $0.element.gap < $1.element.gap }.map(\.element)
        let dataPeriod = period.asOf.period(for: indicator.frequency).flatMap { $0.endMonth == period.endMonth ? nil : $0 }
        return Card(code: indicator.code, name: p.workspace.indicatorName(indicator.code, l), unit: Catalogue.unitBeside(indicator.unit, l), dataPeriod: dataPeriod,
                    cells: BulletinCells(own, indicator: indicator, language: l), status: own.status, hasTarget: own.target != nil,
                    gap: own.gap, againstTarget: againstTarget,
                    gapText: own.gap.map { gapSentence($0, againstTarget: againstTarget, direction: indicator.direction, l) },
                    hasUnits: !children.isEmpty, bars: sorted,
                    lastInGroups: lastInGroups(indicator, targetType: targetType, children: children, p))
    }

    /// The scope's gap in words (METRICS.md): 序时 for amount and count targets; a growth or rate
    /// target is compared with the target itself, as what the figure is — for a lower-is-better
    /// rate the gap ("better than the target") is the opposite of the literal difference.
    static func gapSentence(_ gap: Figure, againstTarget: Bool, direction: Direction, _ language: Language) -> String {
        let difference = againstTarget && direction == .down ? -gap : gap
        let shown = difference.magnitude.fixed(BulletinCells.percentDecimals)
        let label: PageLabel
        if Figure(shown) == 0 {
            label = againstTarget ? .dashGapLevelTarget : .dashGapLevel
        } else if difference.isNegative {
            label = againstTarget ? .dashGapBelowTarget : .dashGapBehind
        } else {
            label = againstTarget ? .dashGapAboveTarget : .dashGapAhead
        }
        return PageText.format(label, language, [shown])
    }

    /// Who is last in each peer group, by the rank the league table ranks by (completion for
    /// amount and count targets, growth for growth targets, the level for rates and ratios; growth,
    /// else the total, where nobody has that rank). Ties are named together; a group of one, or
    /// one where every unit shares a rank, has nobody last.
    static func lastInGroups(_ indicator: Indicator, targetType: TargetType?, children: [BulletinRow], _ p: PageContext) -> String? {
        func rank(_ row: BulletinRow, _ sort: LeagueSort) -> Int? {
            sort == .completion ? row.rank.completion : sort == .growth ? row.rank.growth : sort == .total ? row.rank.total : nil
        }
        let measure = LeagueModel.measure(of: indicator, targetType: targetType)
        let candidates: [LeagueSort] = [measure, .growth, .total]
        guard let basis = candidates.first(where: { sort in children.contains { rank($0, sort) != nil } }) else { return nil }
        let separator = p.text(.dashSeparator)
        let groups = children.map { $0.peerGroup ?? "" }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let items = groups.compactMap { group -> String? in
            let ranked = children.filter { ($0.peerGroup ?? "") == group }.compactMap { row in rank(row, basis).map { (org: row.org, rank: $0) } }
            guard let worst = ranked.map({ $0.rank }).max(), let best = ranked.map({ $0.rank }).min(), worst > best else { return nil }
            let names = ranked.filter { $0.rank == worst }.map { p.workspace.orgName($0.org, p.language) }.joined(separator: separator)
            return group.isEmpty ? names : PageText.format(.dashLastInGroup, p.language, [names, Catalogue.groupName(group, p.language)])
        }
        return items.isEmpty ? nil : PageText.format(.dashLastInGroups, p.language, [items.joined(separator: separator)])
    }
}
