// Scores of the quarterly contest, exact: each project's points by line, and each county's total
// (its projects, its concentrated starts up to the yearly cap, its deductions, its panel score).

/// What the contest needs to know of a project in the quarter.
public struct ContestEntry: Sendable {
    public let project: Project
    /// started this year (新开工) — otherwise a continuing project (续建) if it is under way
    public let newStart: Bool
    /// investment completed this year to the quarter's end, 亿元
    public let completed: Figure
    /// in the statistics database (列统) by the quarter's end
    public let listed: Bool

    public init(project: Project, newStart: Bool, completed: Figure, listed: Bool = false) {
        self.project = project
        self.newStart = newStart
        self.completed = completed
        self.listed = listed
    }
}

public struct ProjectScore: Sendable, Equatable {
    public let code: String
    public let start: Figure
    public let plan: Figure
    public let category: Figure
    public let progress: Figure
    public let provinceLevel: Figure
    public let inProduction: Figure
    public var listed: Figure = 0
    public var tier: Figure = 0
    public var stage: Figure = 0

    public var total: Figure { start + plan + category + progress + provinceLevel + inProduction + listed + tier + stage }
}

public struct CountyScore: Sendable, Equatable {
    public let org: String
    public let projects: Figure
    public let concentratedStarts: Figure
    public let deductions: Figure
    public let panel: Figure

    public init(org: String, projects: Figure, concentratedStarts: Figure, deductions: Figure, panel: Figure) {
        (self.org, self.projects, self.concentratedStarts, self.deductions, self.panel) = (org, projects, concentratedStarts, deductions, panel)
    }

    public var total: Figure { projects + concentratedStarts - deductions + panel }
}

extension ContestRules {
    /// A project's points; a project in reserve or merely signed scores only its stage's points.
    public func score(_ entry: ContestEntry) -> ProjectScore {
        let p = entry.project
        let stage = stagePoints[p.stage] ?? 0
        guard p.stage.hasStarted else { return ProjectScore(code: p.code, start: 0, plan: 0, category: 0, progress: 0, provinceLevel: 0, inProduction: 0, stage: stage) }
        let start = entry.newStart ? newStartPoints : continuingPoints
        let plan = planTiers.first { p.annualPlan >= $0.atLeast }?.points ?? 0
        var progress: Figure = 0
        if p.annualPlan > 0, let share = entry.completed / p.annualPlan { progress = progressFactor * share }
        if let progressCap, progress > progressCap { progress = progressCap }
        return ProjectScore(code: p.code, start: start, plan: plan, category: categoryPoints[p.category] ?? 0, progress: progress,
                            provinceLevel: p.listLevel == .province ? provinceLevelBonus : 0,
                            inProduction: p.stage >= .completed ? inProductionBonus : 0, listed: entry.listed ? listedPoints : 0,
                            tier: sizeTierPoints[p.sizeTier] ?? 0, stage: stage)
    }

    /// A county's score. `concentratedStartsBefore` counts those already rewarded this year, so
    /// the yearly cap holds across quarters; `panel` is the site-visit score out of 100.
    public func score(org: String, entries: [ContestEntry], concentratedStarts: Int, concentratedStartsBefore: Int = 0,
                      criticisms: Int = 0, panel: Figure? = nil) -> CountyScore {
        let projects = entries.map { score($0).total }.reduce(Figure(0), +)
        let rewarded = max(0, min(concentratedStarts, concentratedStartsPerYear - concentratedStartsBefore))
        return CountyScore(org: org, projects: projects, concentratedStarts: concentratedStartBonus * Figure(rewarded),
                           deductions: deductionPerCriticism * Figure(criticisms), panel: (panel ?? 0) * panelWeight)
    }
}
