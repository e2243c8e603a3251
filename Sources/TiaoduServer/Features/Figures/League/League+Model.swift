// The league table of one indicator: the scope's own row on top (unranked), then each peer
// group's units with YTD, growth, completion, 序时, gap and their three ranks with the movement
// since the previous period, sorted by the column the reader chose.
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
        let sort = requested ?? (hasTargets ? .completion : children.contains { $0.row.growth != nil } ? .growth : .total)
        self.sort = sort
        let order = children.map { $0.row.peerGroup ?? "" }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        groups = order.map { group in
            let members = children.filter { ($0.row.peerGroup ?? "") == group }
            return Group(name: group.isEmpty ? nil : group, rows: Self.sorted(members, by: sort, direction: indicator.direction))
        }
    }

    /// Best first; units without the figure last, in tree order.
    static func sorted(_ rows: [Row], by sort: LeagueSort, direction: Direction) -> [Row] {
        func key(_ row: Row) -> Figure? {
            switch sort {
            case .total: return row.row.ytd
            case .growth: return row.row.growth
            case .completion: return row.row.completion
            case .gap: return row.row.gap
            }
        }
        let lowerIsBetter = direction == .down && sort != .gap
        return rows.enumerated().sorted { a, b in
            switch (key(a.element), key(b.element)) {
            case let (x?, y?): return x == y ? a.offset < b.offset : (lowerIsBetter ? x < y : x > y)
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
    }
}
