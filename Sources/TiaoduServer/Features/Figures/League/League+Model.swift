// The league table of one indicator: the scope's own row on top (unranked), then each peer
// group's units with YTD, growth, completion, 序时, gap and their three ranks with the movement
// since the previous period, sorted by the column the reader chose — by default by the measure
// the indicator is ranked by (METRICS.md): completion for amount and count targets, growth for
// growth targets, the level for rate targets and ratios, growth where there is no target.
import TiaoduCore

enum LeagueSort: String, CaseIterable {
    case total, growth, completion, gap

    var label: PageLabel {
        switch self {
        case .total: return .ytd
        case .growth: return .growth
        case .completion: return .completion
        case .gap: return .gap
        }
    }
}

struct LeagueModel {
    struct Row {
        let code, name: String
        let row: BulletinRow
        let cells: BulletinCells
    }

    struct Group {
        let name: String?
        let rows: [Row]
    }

    let indicator: Indicator
    let indicatorName: String
    let period: Period
    let dataPeriod: Period?
    let scope: OrgUnit
    let scopeName: String
    let parentRow: Row?
    let groups: [Group]
    let sort: LeagueSort
    let hasTargets: Bool
    /// the kind of the units' targets (the first unit's that has one)
    let targetType: TargetType?
    /// 完成率 and its rank exist only for amount and count targets: shown when some row has one
    let showsCompletion: Bool
    /// 序时 belongs to amount and count targets: shown when some row has one
    let showsSchedule: Bool

    /// Some unit's figure covers fewer months than the period: marked (†) and explained.
    var hasPartial: Bool { parentRow?.row.partial == true || groups.contains { $0.rows.contains { $0.row.partial } } }

    /// The gap is measured against the target itself (growth and rate targets), not against 序时.
    var gapAgainstTarget: Bool { targetType == .growth || targetType == .rate }

    init(_ p: PageContext, bulletin: Bulletin, indicator: Indicator, sort requested: LeagueSort?) {
        let workspace = p.workspace
        self.indicator = indicator
        indicatorName = workspace.indicatorName(indicator.code, p.language)
        period = bulletin.period
        dataPeriod = bulletin.period.asOf.period(for: indicator.frequency).flatMap { $0.endMonth == bulletin.period.endMonth ? nil : $0 }
        scope = workspace.tree[bulletin.parent]!
        scopeName = p.name(scope)
        let rows = bulletin.rows.filter { $0.indicator == indicator.code }.map {
            Row(code: $0.org, name: workspace.orgName($0.org, p.language), row: $0, cells: BulletinCells($0, indicator: indicator, language: p.language))
        }
        parentRow = rows.first { $0.row.isParent }
        let children = rows.filter { !$0.row.isParent }
        hasTargets = children.contains { $0.row.target != nil }
        let targetType = children.first { $0.row.targetType != nil }?.row.targetType ?? parentRow?.row.targetType
        self.targetType = targetType
        showsCompletion = rows.contains { $0.row.completion != nil }
        showsSchedule = rows.contains { $0.row.schedule != nil }
        let sort: LeagueSort
        if let requested, requested != .completion || showsCompletion {
            sort = requested
        } else {
            sort = Self.defaultSort(indicator: indicator, targetType: targetType, rows: children)
        }
        self.sort = sort
        let order = children.map { $0.row.peerGroup ?? "" }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        groups = order.map { group in
            let members = children.filter { ($0.row.peerGroup ?? "") == group }
            return Group(name: group.isEmpty ? nil : group, rows: Self.sorted(members, by: sort, direction: indicator.direction))
        }
    }

    /// The measure an indicator is ranked by (METRICS.md): ratios and rates (% or ‰) by their
    /// level, never by 完成率; amount and count targets by completion; growth targets by growth;
    /// rate targets by the level; no target by growth.
    static func measure(of indicator: Indicator, targetType: TargetType?) -> LeagueSort {
        if indicator.changesInPoints { return .total }
        switch targetType {
        case .amount, .count: return .completion
        case .growth: return .growth
        case .rate: return .total
        case nil: return .growth
        }
    }

    /// The indicator's measure, or — where no unit has that figure (no base year for growth,
    /// no figures yet for completion) — growth, else the total.
    static func defaultSort(indicator: Indicator, targetType: TargetType?, rows: [Row]) -> LeagueSort {
        let preferred = measure(of: indicator, targetType: targetType)
        for sort in [preferred, .growth, .total] where rows.contains(where: { key($0, sort) != nil }) { return sort }
        return preferred == .completion ? .total : preferred
    }

    /// The figure a row is sorted by; a partly reported figure is shown, never ranked.
    static func key(_ row: Row, _ sort: LeagueSort) -> Figure? {
        guard !row.row.partial else { return nil }
        switch sort {
        case .total: return row.row.ytd
        case .growth: return row.row.growth
        case .completion: return row.row.completion
        case .gap: return row.row.gap
        }
    }

    /// Best first; units without the figure (or with a partly reported one) last, in tree order.
    static func sorted(_ rows: [Row], by sort: LeagueSort, direction: Direction) -> [Row] {
        let lowerIsBetter = direction == .down && sort != .gap
        return rows.enumerated().sorted { a, b in
            switch (key(a.element, sort), key(b.element, sort)) {
            case let (x?, y?): return x == y ? a.offset < b.offset : (lowerIsBetter ? x < y : x > y)
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
    }
}
