// The dashboard: for every indicator with figures in the scope, the scope's own figure,
// growth, completion against 序时 with the gap and a status mark, and a compact league of the
// units below in each peer group. Built from one bulletin.
import TiaoduCore

struct DashboardModel {
    struct Entry {
        let code, name: String
        let rank: String
        let figure: String
    }

    struct League {
        let group: String?
        /// ranked by completion when targets exist, else by growth, else by total
        let basis: PageLabel
        let entries: [Entry]
    }

    struct Card {
        let code, name, unit: String
        let dataPeriod: Period?
        let cells: BulletinCells
        let status: Status?
        let hasTarget: Bool
        let leagues: [League]
    }

    let period: Period
    let scope: OrgUnit
    let scopeName: String
    let cards: [Card]
    let tally: [(label: PageLabel, count: Int, status: Status?)]

    init(_ p: PageContext, bulletin: Bulletin) {
        let workspace = p.workspace
        period = bulletin.period
        scope = workspace.tree[bulletin.parent]!
        scopeName = p.name(scope)
        var cards: [Card] = []
        let rows = bulletin.displayRows
        for code in bulletin.indicatorCodes {
            guard let indicator = workspace.indicator(code), let own = rows.first(where: { $0.indicator == code && $0.isParent }) else { continue }
            let children = rows.filter { $0.indicator == code && !$0.isParent }
            let basis: PageLabel = children.contains { $0.completion != nil } ? .byCompletion : children.contains { $0.growth != nil } ? .byGrowth : .rankTotal
            let groups = Dictionary(grouping: children, by: { $0.peerGroup ?? "" })
            let order = children.map { $0.peerGroup ?? "" }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let leagues = order.map { group -> League in
                let ranked = groups[group]!.map { row -> (Int?, Entry) in
                    let c = BulletinCells(row, indicator: indicator, language: p.language)
                    let (rank, figure) = basis == .byCompletion ? (row.rank.completion, c.completion + "%")
                        : basis == .byGrowth ? (row.rank.growth, c.growthText) : (row.rank.total, c.ytd)
                    return (rank, Entry(code: row.org, name: workspace.orgName(row.org, p.language), rank: rank.map(String.init) ?? "-", figure: figure))
                }
                let sorted = ranked.sorted { ($0.0 ?? Int.max) < ($1.0 ?? Int.max) }.map(\.1)
                return League(group: group.isEmpty ? nil : group, basis: basis, entries: sorted)
            }
            let dataPeriod = bulletin.period.asOf.period(for: indicator.frequency)
            cards.append(Card(code: code, name: workspace.indicatorName(code, p.language), unit: indicator.unit,
                              dataPeriod: dataPeriod.flatMap { $0.endMonth == bulletin.period.endMonth ? nil : $0 },
                              cells: BulletinCells(own, indicator: indicator, language: p.language), status: own.status,
                              hasTarget: own.target != nil, leagues: children.isEmpty ? [] : leagues))
        }
        self.cards = cards
        let statuses = cards.map(\.status)
        tally = [(.onTrackCount, statuses.filter { $0 == .green }.count, .green), (.amberCount, statuses.filter { $0 == .amber }.count, .amber),
                 (.redCount, statuses.filter { $0 == .red }.count, .red), (.noTargetCount, statuses.filter { $0 == nil }.count, nil)]
    }
}
