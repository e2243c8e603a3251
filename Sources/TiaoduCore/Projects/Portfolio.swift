// Where the projects stand as of a month (PROJECTS.md, figures): per unit (a county and what lies
// below it; the city holds every project) and per industrial chain — counts by stage, 开工率,
// 竣工率 and 投产率 against the year's plan, investment completed against the annual plan and 序时
// (METRICS.md: completion − schedule on unrounded values), share of the city total, ranks within
// peer groups; and the lists that need attention.

public struct PortfolioFigures: Sendable, Equatable {
    /// the unit's code, or the chain's name
    public let key: String
    public var projects = 0
    public var byStage: [ProjectStage: Int] = [:]
    public var plannedStarts = 0, started = 0
    public var plannedCompletions = 0, completed = 0
    public var plannedProduction = 0, inProduction = 0
    /// the sum of the projects' annual planned investment, 亿元
    public var annualPlan: Figure = 0
    /// investment completed this year to the month, 亿元
    public var invested: Figure = 0
    /// the annual plan due by the month: Σ each project's plan × its own 序时 (Project.schedule)
    public var planDue: Figure = 0
    /// m/12 × 100: the 序时 of a group with no annual plan
    let calendarSchedule: Figure
    /// invested ÷ the city's invested × 100
    public var share: Figure?

    init(key: String, schedule: Figure) {
        self.key = key
        calendarSchedule = schedule
    }

    /// 序时进度, %: the share of the group's annual plan due by the month, each project's plan due
    /// over its own planned months of the year (m/12 when every project works the whole year).
    public var schedule: Figure { (annualPlan > 0 ? (planDue * 100) / annualPlan : nil) ?? calendarSchedule }

    static func rate(_ part: Int, _ whole: Int) -> Figure? { whole > 0 ? Figure(Int128(part * 100), over: Int128(whole)) : nil }

    /// 开工率, 竣工率, 投产率 (%); nil when nothing was planned.
    public var startRate: Figure? { Self.rate(started, plannedStarts) }
    public var completionRate: Figure? { Self.rate(completed, plannedCompletions) }
    public var productionRate: Figure? { Self.rate(inProduction, plannedProduction) }

    /// Investment completed ÷ annual plan × 100.
    public var investmentCompletion: Figure? { annualPlan > 0 ? (invested * 100) / annualPlan : nil }

    /// Percentage points ahead (+) or behind (−) 序时.
    public var gap: Figure? { investmentCompletion.map { $0 - schedule } }

    mutating func add(_ project: Project, invested ytd: Figure, year: Int, month: Int) {
        projects += 1
        planDue = planDue + ((project.annualPlan * project.schedule(year: year, month: month)) / 100 ?? 0)
        byStage[project.stage, default: 0] += 1
        if project.plannedToStart(in: year) {
            plannedStarts += 1
            if project.stage.hasStarted { started += 1 }
        }
        if project.plannedToComplete(in: year) {
            plannedCompletions += 1
            if project.stage >= .completed { completed += 1 }
        }
        if project.plannedToProduce(in: year) {
            plannedProduction += 1
            if project.stage >= .completed { inProduction += 1 }
        }
        annualPlan = annualPlan + project.annualPlan
        invested = invested + ytd
    }
}

/// One project's standing in the year.
public struct ProjectStanding: Sendable, Equatable {
    public let project: Project
    public let invested: Figure
    public let schedule: Figure

    public var completion: Figure? { project.annualPlan > 0 ? (invested * 100) / project.annualPlan : nil }
    public var gap: Figure? { completion.map { $0 - schedule } }
}

public struct Portfolio: Sendable {
    public let asOf: AsOf
    public private(set) var city: PortfolioFigures
    /// the units that own projects (or have units below them that do), in the tree's order
    public private(set) var units: [PortfolioFigures]
    public private(set) var chains: [PortfolioFigures]
    /// rank of investment completion within the unit's peer group
    public private(set) var ranks: [String: Int]
    /// started projects whose investment is behind 序时, furthest behind first
    public let behindSchedule: [ProjectStanding]
    /// projects not started although their planned start has passed, longest overdue first
    public let notStarted: [Project]
    /// projects under way (started, not yet completed) with no progress report for the month
    public let unreported: [Project]
    public let standings: [String: ProjectStanding]

    /// `monthly`: investment completed by project code and month of `asOf.year`.
    public init(projects: [Project], monthly: [String: [Int: Figure]], tree: OrgTree, asOf: AsOf) {
        self.asOf = asOf
        let schedule = Figure(Int128(asOf.month * 100), over: 12)
        var city = PortfolioFigures(key: tree.root?.code ?? "", schedule: schedule)
        var byUnit: [String: PortfolioFigures] = [:]
        var byChain: [String: PortfolioFigures] = [:]
        var standings: [String: ProjectStanding] = [:]
        for project in projects {
            let ytd = (monthly[project.code] ?? [:]).filter { $0.key <= asOf.month }.values.reduce(Figure(0), +)
            standings[project.code] = ProjectStanding(project: project, invested: ytd, schedule: project.schedule(year: asOf.year, month: asOf.month))
            city.add(project, invested: ytd, year: asOf.year, month: asOf.month)
            for code in tree.ancestry(of: project.owner) where code != city.key {
                byUnit[code, default: PortfolioFigures(key: code, schedule: schedule)].add(project, invested: ytd, year: asOf.year, month: asOf.month)
            }
            let chain = project.chain ?? project.industry ?? BulletinCells.missing
            byChain[chain, default: PortfolioFigures(key: chain, schedule: schedule)].add(project, invested: ytd, year: asOf.year, month: asOf.month)
        }
        func withShare(_ figures: PortfolioFigures) -> PortfolioFigures {
            var f = figures
            if city.invested > 0 { f.share = (f.invested * 100) / city.invested }
            return f
        }
        city.share = city.invested > 0 ? 100 : nil
        self.city = city
        let units = tree.units.compactMap { byUnit[$0.code] }.map(withShare)
        self.units = units
        self.chains = byChain.values.map(withShare).sorted { ($0.invested, $1.key) > ($1.invested, $0.key) }
        var ranks: [String: Int] = [:]
        let groups = Dictionary(grouping: units.filter { tree[$0.key]?.peerGroup != nil }, by: { tree[$0.key]!.peerGroup! })
        for (_, members) in groups {
            ranks.merge(Ranking.competitionRanks(members.map { ($0.key, $0.investmentCompletion) }, direction: .up)) { a, _ in a }
        }
        self.ranks = ranks
        self.standings = standings
        self.behindSchedule = standings.values.filter { $0.project.stage.hasStarted && ($0.gap.map { $0 < 0 } ?? false) }
            .sorted { ($0.gap!, $0.project.code) < ($1.gap!, $1.project.code) }
        let month = Period.month(year: asOf.year, month: asOf.month)
        self.notStarted = projects.filter { !$0.stage.hasStarted && ($0.plannedStart.map { $0 <= month } ?? false) }
            .sorted { ($0.plannedStart!, $0.code) < ($1.plannedStart!, $1.code) }
        self.unreported = projects.filter { $0.stage.hasStarted && $0.stage < .completed && monthly[$0.code]?[asOf.month] == nil }
            .sorted { ($0.owner, $0.code) < ($1.owner, $1.code) }
    }

    public func unit(_ code: String) -> PortfolioFigures? { code == city.key ? city : units.first { $0.key == code } }
}

extension Portfolio {
    /// The same figures without those derived across areas — each area's share of the city and
    /// its rank among its peers — for a reader who may not read every area.
    public func withoutCrossAreaFigures() -> Portfolio {
        var copy = self
        copy.ranks = [:]
        copy.units = units.map { var f = $0; f.share = nil; return f }
        copy.chains = chains.map { var f = $0; f.share = nil; return f }
        copy.city.share = nil
        return copy
    }
}
