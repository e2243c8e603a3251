// The quarter's result sheet (季度赛结果): every competing county scored by the quarter's rules
// from its projects, its concentrated starts (capped per year across quarters), criticisms and
// the panel's site-visit score; ranked within its peer group; movement against last quarter.

/// What is entered per county for a quarter besides the data: the panel's site-visit score
/// (out of 100) and the number of criticisms (通报批评).
public struct ContestCountyInput: Sendable, Equatable, Codable {
    public var panel: Figure?
    public var criticisms: Int

    public init(panel: Figure? = nil, criticisms: Int = 0) { (self.panel, self.criticisms) = (panel, criticisms) }
}

public struct ContestRow: Sendable, Equatable {
    public let org: String
    public let peerGroup: String
    public let score: CountyScore
    public let projects: [ProjectScore]
    public let concentratedStarts: Int
    public let rank: Int
    /// last quarter's rank, when there was a result
    public let previousRank: Int?

    /// Places gained (+) or lost (−) since last quarter.
    public var movement: Int? { previousRank.map { $0 - rank } }
}

public struct ContestSheet: Sendable {
    public let year: Int
    public let quarter: Int
    public let rules: ContestRules
    /// by peer group, then rank
    public let rows: [ContestRow]

    /// `monthly`: investment completed by project code and month of `year`; `previousRanks`: last
    /// quarter's ranks by county. The competing counties are the root's children in a peer group.
    public init(rules: ContestRules, year: Int, quarter: Int, tree: OrgTree, projects: [Project], monthly: [String: [Int: Figure]],
                starts: [ConcentratedStart], inputs: [String: ContestCountyInput], previousRanks: [String: Int]) {
        self.year = year
        self.quarter = quarter
        self.rules = rules
        let endMonth = quarter * 3
        let end = Period.month(year: year, month: endMonth)
        let counties = tree.root.map { tree.children(of: $0.code) }?.filter { $0.peerGroup != nil } ?? []
        var scored: [(OrgUnit, CountyScore, [ProjectScore], Int)] = []
        for county in counties {
            let own = projects.filter { tree.ancestry(of: $0.owner).contains(county.code) }
            let entries = own.map { p in
                ContestEntry(project: p, newStart: p.plannedStart?.year == year,
                             completed: (monthly[p.code] ?? [:]).filter { $0.key <= endMonth }.values.reduce(Figure(0), +),
                             listed: p.listedInStatistics.map { $0 <= end } ?? false)
            }
            let batches = starts.filter { $0.org == county.code && $0.day.year == year }
            let now = batches.filter { $0.quarter == quarter }.count
            let before = batches.filter { $0.quarter < quarter }.count
            let input = inputs[county.code] ?? ContestCountyInput()
            let score = rules.score(org: county.code, entries: entries, concentratedStarts: now, concentratedStartsBefore: before,
                                    criticisms: input.criticisms, panel: input.panel)
            scored.append((county, score, entries.map { rules.score($0) }, now))
        }
        var rows: [ContestRow] = []
        let groups = Dictionary(grouping: scored, by: { $0.0.peerGroup! })
        for group in groups.keys.sorted(by: { a, b in
            (counties.firstIndex { $0.peerGroup == a } ?? 0) < (counties.firstIndex { $0.peerGroup == b } ?? 0)
        }) {
            let members = groups[group]!
            let ranks = Ranking.competitionRanks(members.map { ($0.0.code, Optional($0.1.total)) }, direction: .up)
            for member in members.sorted(by: { (ranks[$0.0.code]!, $0.0.code) < (ranks[$1.0.code]!, $1.0.code) }) {
                rows.append(ContestRow(org: member.0.code, peerGroup: group, score: member.1, projects: member.2, concentratedStarts: member.3,
                                       rank: ranks[member.0.code]!, previousRank: previousRanks[member.0.code]))
            }
        }
        self.rows = rows
    }

    public var ranks: [String: Int] { Dictionary(uniqueKeysWithValues: rows.map { ($0.org, $0.rank) }) }
}
