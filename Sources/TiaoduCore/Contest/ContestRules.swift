// 项目季度赛: a quarter's scoring rules, configurable per year and quarter. The example of
// PROJECTS.md: +5 a new start, +2 a continuing project; by the project's annual plan ≥10 亿 +20,
// 5–10 亿 +10, 1–5 亿 +6, <1 亿 +3; by type 产业 +15, 民生 +8, 基础 +6; progress 60 × completed ÷
// annual plan; province-level +20; in production +20; a concentrated start +30 (at most 4 a
// year); deductions when criticised; panel scores weighted in.

public struct PlanTier: Sendable, Codable, Equatable {
    /// the project's annual plan is at least this many 亿元
    public var atLeast: Figure
    public var points: Figure

    public init(atLeast: Figure, points: Figure) { (self.atLeast, self.points) = (atLeast, points) }
}

extension ProjectCategory: CodingKeyRepresentable {}
extension SizeTier: CodingKeyRepresentable {}
extension ProjectStage: CodingKeyRepresentable {}

public struct ContestRules: Sendable, Codable, Equatable {
    public var newStartPoints: Figure
    public var continuingPoints: Figure
    /// (the plan at least this many 亿元, points), highest threshold first; the last catches the rest
    public var planTiers: [PlanTier]
    public var categoryPoints: [ProjectCategory: Figure]
    /// points by the project's size tier (百亿 / 十亿 / 亿元 by total investment), for started projects
    public var sizeTierPoints: [SizeTier: Figure] = [:]
    /// points for the stage a project is at by the quarter's end — counted before a start too, so a
    /// quarter focused on signing can reward signed projects
    public var stagePoints: [ProjectStage: Figure] = [:]
    /// points = progressFactor × completed ÷ annual plan (uncapped unless progressCap is set)
    public var progressFactor: Figure
    public var progressCap: Figure?
    /// a project in the statistics database (列统) by the quarter's end — a quarter's focus (Q2, Q3)
    public var listedPoints: Figure = 0
    public var provinceLevelBonus: Figure
    public var inProductionBonus: Figure
    public var concentratedStartBonus: Figure
    public var concentratedStartsPerYear: Int
    /// points taken per criticism (通报批评)
    public var deductionPerCriticism: Figure
    /// the panel's site-visit score (out of 100) × this weight is added to a county's score
    public var panelWeight: Figure

    public init(newStartPoints: Figure, continuingPoints: Figure, planTiers: [PlanTier],
                categoryPoints: [ProjectCategory: Figure], progressFactor: Figure, progressCap: Figure? = nil,
                provinceLevelBonus: Figure, inProductionBonus: Figure, concentratedStartBonus: Figure, concentratedStartsPerYear: Int,
                deductionPerCriticism: Figure, panelWeight: Figure) {
        self.newStartPoints = newStartPoints
        self.continuingPoints = continuingPoints
        self.planTiers = planTiers.sorted { $0.atLeast > $1.atLeast }
        self.categoryPoints = categoryPoints
        self.progressFactor = progressFactor
        self.progressCap = progressCap
        self.provinceLevelBonus = provinceLevelBonus
        self.inProductionBonus = inProductionBonus
        self.concentratedStartBonus = concentratedStartBonus
        self.concentratedStartsPerYear = concentratedStartsPerYear
        self.deductionPerCriticism = deductionPerCriticism
        self.panelWeight = panelWeight
    }

    /// The plan tiers as the bands they score, for telling a reader: a project takes the first
    /// tier its annual plan reaches, so each tier scores the plans from its threshold up to the
    /// lowest threshold before it (`below`, nil for the first); a tier that can never be reached
    /// first (its threshold not under every earlier one) is left out.
    public var planBands: [(atLeast: Figure, below: Figure?, points: Figure)] {
        var bands: [(atLeast: Figure, below: Figure?, points: Figure)] = []
        var floor: Figure?
        for tier in planTiers where floor.map({ tier.atLeast < $0 }) ?? true {
            bands.append((atLeast: tier.atLeast, below: floor, points: tier.points))
            floor = tier.atLeast
        }
        return bands
    }

    /// The published example rules of PROJECTS.md (panel scores not weighted in).
    public static let example = ContestRules(
        newStartPoints: 5, continuingPoints: 2,
        planTiers: [PlanTier(atLeast: 10, points: 20), PlanTier(atLeast: 5, points: 10), PlanTier(atLeast: 1, points: 6), PlanTier(atLeast: 0, points: 3)],
        categoryPoints: [.industry: 15, .livelihood: 8, .infrastructure: 6],
        progressFactor: 60, provinceLevelBonus: 20, inProductionBonus: 20,
        concentratedStartBonus: 30, concentratedStartsPerYear: 4, deductionPerCriticism: 5, panelWeight: 0)
}
