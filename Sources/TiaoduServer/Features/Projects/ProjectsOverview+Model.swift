// What /projects shows, decided in one place from the page's plain context and the reader's
// project overview: the city's figures and the chains only for readers of the whole city, the
// areas under the city the reader may read (and their investment completion as a chart's bars),
// the lists that need attention (only readable projects), the blockers open on the day the page
// looks from, the year's concentrated starts, and the units the reader may register projects and
// starts for. The view only renders it.
import TiaoduCore
import TiaoduStore

struct ProjectsOverviewModel {
    /// A concentrated start of the year, with its projects named (linked when the reader may read them).
    struct Batch {
        struct Member {
            let code: String
            /// the project's name, or its code when it is not in the register as of the month
            let name: String
            let linked: Bool
        }

        let start: ConcentratedStart
        let members: [Member]
        /// the batch's total as of its day, 亿元
        let total: Figure
    }

    /// One bar of the chart by area: its investment completion against its own 序时 (each project's
    /// 序时 runs from its planned start, so the areas' 序时 differ).
    struct InvestmentBar {
        let code, name: String
        let completion: Figure
        let schedule: Figure
        /// completion − schedule, in points
        let gap: Figure
        let status: Status?
    }

    let period: Period
    /// the city's figures (the headline rates, the table's first row): for readers of the whole city
    let city: PortfolioFigures?
    /// the table by area: the city (for its readers), then the areas directly under it the reader may read
    let areas: [PortfolioFigures]
    /// the areas under the city with an annual plan, highest investment completion first (ties in the tree's order)
    let investmentBars: [InvestmentBar]
    /// ranks in peer groups (empty for readers who do not read every area)
    let ranks: [String: Int]
    /// the table by industrial chain: for readers of the whole city
    let chains: [PortfolioFigures]
    /// readable projects behind 序时, furthest behind first
    let behind: [ProjectStanding]
    /// readable projects past their planned start and not started
    let notStarted: [Project]
    /// readable projects under way with no report for the month, by owner unit in the tree's order
    let unreported: [(unit: OrgUnit, projects: [Project])]
    /// the day the lists look from (`asOfDay`)
    let asOf: Day
    /// the readable projects' blockers open on `asOf`, oldest first
    let openBlockers: [Blocker]
    /// every project as the month stood, by code (the blocker table names them)
    let projects: [String: Project]
    /// the year of the concentrated starts shown
    let year: Int
    let batches: [Batch]
    /// the units the reader may register projects and concentrated starts for
    let ownerUnits: [OrgUnit]
    /// the projects a new concentrated start may list: readable ones owned under `ownerUnits`
    let batchCandidates: [Project]

    var canRegister: Bool { !ownerUnits.isEmpty }

    init(_ p: PageContext, overview: ProjectOverview) {
        let tree = p.workspace.tree
        let portfolio = overview.portfolio
        let readable = overview.readable
        let reads = { (org: String) -> Bool in p.principal.map { p.policy.canRead($0, org: org) } ?? false }
        period = p.period
        let city = reads(portfolio.city.key) ? portfolio.city : nil
        self.city = city
        let areas = (city.map { [$0] } ?? []) + portfolio.units.filter { reads($0.key) && tree[$0.key]?.parent == tree.root?.code }
        self.areas = areas
        investmentBars = Self.investmentBars(areas, p)
        ranks = portfolio.ranks
        chains = city == nil ? [] : portfolio.chains
        behind = portfolio.behindSchedule.filter { readable[$0.project.code] != nil }
        notStarted = portfolio.notStarted.filter { readable[$0.code] != nil }
        let silent = Dictionary(grouping: portfolio.unreported.filter { readable[$0.code] != nil }, by: \.owner)
        unreported = tree.units.compactMap { unit in silent[unit.code].map { (unit: unit, projects: $0) } }
        let day = Self.asOfDay(p)
        asOf = day
        openBlockers = overview.blockers.filter { $0.isOpen(on: day) }.sorted { ($0.raised, $0.id) < ($1.raised, $1.id) }
        projects = overview.all
        let year = p.period.year
        self.year = year
        batches = overview.starts.filter { $0.day.year == year }.map { start in
            Batch(start: start, members: start.codes.map { code in
                Batch.Member(code: code, name: overview.all[code]?.name ?? code, linked: overview.all[code] != nil && readable[code] != nil)
            }, total: overview.startTotals[start.id] ?? 0)
        }
        let owners = Self.ownerUnits(p)
        ownerUnits = owners
        batchCandidates = readable.values.map(\.project).filter { project in owners.contains { tree.ancestry(of: project.owner).contains($0.code) } }
            .sorted { ($0.owner, $0.code) < ($1.owner, $1.code) }
    }

    /// The areas' bars (not the city's own row), sorted; an area with no annual plan has no completion and no bar.
    static func investmentBars(_ areas: [PortfolioFigures], _ p: PageContext) -> [InvestmentBar] {
        let root = p.workspace.tree.root?.code
        var bars: [(index: Int, bar: InvestmentBar)] = []
        for (index, area) in areas.enumerated() where area.key != root {
            guard let completion = area.investmentCompletion, let gap = area.gap else { continue }
            let status = Status.of(gap: gap, threshold: Status.defaultAmberThreshold)
            bars.append((index: index, bar: InvestmentBar(code: area.key, name: p.workspace.orgName(area.key, p.language), completion: completion,
                                                         schedule: area.schedule, gap: gap, status: status)))
        }
        return bars.sorted { $0.bar.completion != $1.bar.completion ? $0.bar.completion > $1.bar.completion : $0.index < $1.index }.map { $0.bar }
    }

    /// The units the reader may register projects for: the city, counties and zones they may enter.
    static func ownerUnits(_ p: PageContext) -> [OrgUnit] {
        guard let principal = p.principal else { return [] }
        return p.workspace.tree.units.filter { [.city, .county, .zone].contains($0.kind) && p.policy.canEnter(principal, org: $0.code) }
    }

    /// The day a page looks from: today for the latest month, else the end of the month shown
    /// (a past month shows the blockers open then).
    static func asOfDay(_ p: PageContext) -> Day {
        p.period >= p.latest ? p.today : min(p.today, Day.end(of: p.period))
    }
}
