// What /projects shows, decided in one place from the page's plain context and the reader's
// project overview: the city's figures and the chains only for readers of the whole city, the
// areas under the city the reader may read, the lists that need attention (only readable projects),
// the blockers open on the day the page looks from, the year's concentrated starts, and the units
// the reader may register projects and starts for. The view only renders it.
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

    let period: Period
    /// the city's figures (the headline rates, the table's first row): for readers of the whole city
    let city: PortfolioFigures?
    /// the table by area: the city (for its readers), then the areas directly under it the reader may read
    let areas: [PortfolioFigures]
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
        areas = (city.map { [$0] } ?? []) + portfolio.units.filter { reads($0.key) && tree[$0.key]?.parent == tree.root?.code }
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
