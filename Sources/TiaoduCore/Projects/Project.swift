// 重大项目: a major project as PROJECTS.md describes it — its owner unit, classification, money
// (亿元, exact decimals), plan dates and stage. The size tier is derived, never entered.

public enum ProjectCategory: String, Sendable, CaseIterable, Codable {
    /// 产业
    case industry
    /// 民生
    case livelihood
    /// 基础设施
    case infrastructure
}

public enum ListLevel: String, Sendable, CaseIterable, Codable {
    /// 省重大, 市重大, 县级
    case province, city, county
}

/// 百亿 (≥ 100 亿元), 十亿 (≥ 10), 亿元 (≥ 1), and smaller.
public enum SizeTier: String, Sendable, CaseIterable, Codable {
    case hundredYi, tenYi, oneYi, below

    public init(totalInvestment: Figure) {
        if totalInvestment >= 100 { self = .hundredYi } else if totalInvestment >= 10 { self = .tenYi } else if totalInvestment >= 1 { self = .oneYi } else { self = .below }
    }
}

public struct Project: Hashable, Sendable {
    public var code: String
    public var name: String
    /// the county or 功能区 that owns it
    public var owner: String
    public var industry: String?
    public var chain: String?
    public var category: ProjectCategory
    public var listLevel: ListLevel
    /// 亿元
    public var totalInvestment: Figure
    /// this year's planned investment, 亿元
    public var annualPlan: Figure
    public var plannedStart: Period?
    public var plannedFinish: Period?
    public var stage: ProjectStage
    /// the month it entered the statistics database (列统), if it has
    public var listedInStatistics: Period?
    /// 责任单位, 挂钩领导, 专班, 用地情况
    public var responsibleUnit: String?
    public var leader: String?
    public var taskForce: String?
    public var landStatus: String?

    public init(code: String, name: String, owner: String, industry: String? = nil, chain: String? = nil, category: ProjectCategory,
                listLevel: ListLevel, totalInvestment: Figure, annualPlan: Figure, plannedStart: Period? = nil, plannedFinish: Period? = nil,
                stage: ProjectStage = .reserve, listedInStatistics: Period? = nil, responsibleUnit: String? = nil, leader: String? = nil,
                taskForce: String? = nil, landStatus: String? = nil) {
        self.code = code
        self.name = name
        self.owner = owner
        self.industry = industry
        self.chain = chain
        self.category = category
        self.listLevel = listLevel
        self.totalInvestment = totalInvestment
        self.annualPlan = annualPlan
        self.plannedStart = plannedStart
        self.plannedFinish = plannedFinish
        self.stage = stage
        self.listedInStatistics = listedInStatistics
        self.responsibleUnit = responsibleUnit
        self.leader = leader
        self.taskForce = taskForce
        self.landStatus = landStatus
    }

    public var sizeTier: SizeTier { SizeTier(totalInvestment: totalInvestment) }

    /// The project's 序时 in `year` to the end of `month`, % of its annual plan: the year's plan is
    /// due evenly over the months the project is planned to work in the year — from its planned
    /// start (January when it started before the year) to its planned finish (December when it
    /// finishes later). A project planned to start in September owes nothing before September;
    /// one finishing in June owes its whole plan by June.
    public func schedule(year: Int, month: Int) -> Figure {
        let first = plannedStart.map { $0.year < year ? 1 : $0.year > year ? 13 : $0.endMonth } ?? 1
        let last = plannedFinish.map { $0.year > year ? 12 : $0.year < year ? 0 : $0.endMonth } ?? 12
        guard first <= 12 else { return 0 }
        guard last >= first else { return 100 }
        let elapsed = min(max(month - first + 1, 0), last - first + 1)
        return Figure(Int128(elapsed * 100), over: Int128(last - first + 1))
    }
}
