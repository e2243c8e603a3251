// The projects' words of generated text (zh-Hans and en): the portfolio CSV's columns, blocker
// kinds, plan classes and the contest's rule names, as exports and narratives say them. The
// project pages' own words are the server's (PageText).

public enum ProjectLabel: String, Sendable, CaseIterable {
    case projectsCount, plannedStarts, startRate, completionRate, productionRate
    case invested, planSum, investmentCompletion, shareOfCity, rankInGroup
    case gapShort, solver, due, raised, resolution
    case kindLand, kindLabour, kindFunding, kindApprovals, kindPower, kindOther
    case industry
    case classNewStart, classCompletion, classContinuing, classPreparatory
    case newStartPoints, continuingPoints, planTiers, progressFactor, progressCap
    case listedPoints, panelWeight, criticisms
    case deductions
}

extension Catalogue {
    private static let projectEntries: [ProjectLabel: (zh: String, en: String)] = [
        .projectsCount: ("项目数", "Projects"),
        .plannedStarts: ("计划新开工", "Planned starts"),
        .startRate: ("开工率%", "Start rate %"),
        .completionRate: ("竣工率%", "Completion rate %"),
        .productionRate: ("投产率%", "Production rate %"),
        .invested: ("完成投资（亿元）", "Invested (100 million yuan)"),
        .planSum: ("年度计划（亿元）", "Annual plan (100 million yuan)"),
        .investmentCompletion: ("投资完成率%", "Investment done %"),
        .shareOfCity: ("占全市%", "Share of city %"),
        .rankInGroup: ("位次", "Rank"),
        .gapShort: ("超序时（百分点）", "Gap (pts)"),
        .solver: ("责任单位", "Who solves it"),
        .due: ("办结期限", "Due"),
        .raised: ("提出", "Raised"),
        .resolution: ("解决情况", "Resolution"),
        .kindLand: ("用地", "land"),
        .kindLabour: ("用工", "labour"),
        .kindFunding: ("资金", "funding"),
        .kindApprovals: ("审批", "approvals"),
        .kindPower: ("用电", "power"),
        .kindOther: ("其他", "other"),
        .industry: ("行业", "Industry"),
        .classNewStart: ("新开工", "new start"),
        .classCompletion: ("竣工", "to complete"),
        .classContinuing: ("续建", "continuing"),
        .classPreparatory: ("预备", "preparatory"),
        .newStartPoints: ("每个新开工项目", "Per new start"),
        .continuingPoints: ("每个续建项目", "Per continuing project"),
        .planTiers: ("按年度计划投资（亿元:分）", "By annual plan (100 million yuan:points)"),
        .progressFactor: ("进度系数（× 完成 ÷ 计划）", "Progress factor (× done ÷ plan)"),
        .progressCap: ("进度分上限（空为不设）", "Progress cap (empty: none)"),
        .listedPoints: ("列统项目加分", "Listed in the statistics"),
        .panelWeight: ("现场观摩权重", "Panel weight"),
        .criticisms: ("通报批评（次）", "Criticisms"),
        .deductions: ("扣分", "Deductions"),
    ]

    public static func text(_ label: ProjectLabel, _ language: Language) -> String {
        guard let entry = projectEntries[label] else { return label.rawValue }
        return language == .zh ? entry.zh : entry.en
    }

    public static func format(_ label: ProjectLabel, _ language: Language, _ value: String) -> String {
        text(label, language).replacingOccurrences(of: "%d", with: value).replacingOccurrences(of: "%@", with: value)
    }

    public static func stage(_ stage: ProjectStage, _ l: Language) -> String {
        text([.reserve: .stageReserve, .signed: .stageSigned, .started: .stageStarted, .underConstruction: .stageUnderConstruction,
              .completed: .stageCompleted, .atFullOutput: .stageAtFullOutput][stage] ?? .stageReserve, l)
    }

    /// Why a stage move was refused, in the reader's language.
    public static func stageError(_ error: StageError, _ l: Language) -> String {
        let zh = l == .zh
        switch error {
        case .same(let s): return zh ? "项目已处于“\(stage(s, l))”阶段" : "the project is at “\(stage(s, l))” already"
        case .backwards(let from, let to): return zh ? "阶段不能倒退：“\(stage(from, l))”→“\(stage(to, l))”" : "stages do not go back: \(stage(from, l)) → \(stage(to, l))"
        case .skips(let from, let to, let allowed):
            let next = allowed.map { stage($0, l) }.joined(separator: zh ? "、" : ", ")
            return zh ? "不能从“\(stage(from, l))”跳到“\(stage(to, l))”，下一阶段应为：\(next)" : "\(stage(from, l)) cannot jump to \(stage(to, l)); next: \(next)"
        }
    }

    public static func category(_ category: ProjectCategory, _ l: Language) -> String {
        text([.industry: .catIndustry, .livelihood: .catLivelihood, .infrastructure: .catInfrastructure][category] ?? .catIndustry, l)
    }

    public static func level(_ level: ListLevel, _ l: Language) -> String {
        text([.province: .levelProvince, .city: .levelCity, .county: .levelCounty][level] ?? .levelCounty, l)
    }

    public static func tier(_ tier: SizeTier, _ l: Language) -> String {
        text([.hundredYi: .tierHundred, .tenYi: .tierTen, .oneYi: .tierOne, .below: .tierBelow][tier] ?? .tierBelow, l)
    }

    public static func blockerKind(_ kind: BlockerKind, _ l: Language) -> String {
        text([.land: .kindLand, .labour: .kindLabour, .funding: .kindFunding, .approvals: .kindApprovals, .power: .kindPower, .other: .kindOther][kind] ?? .kindOther, l)
    }

    public static func planClass(_ kind: YearPlanClass, _ l: Language) -> String {
        text([.newStart: .classNewStart, .completion: .classCompletion, .continuing: .classContinuing, .preparatory: .classPreparatory][kind] ?? .classPreparatory, l)
    }

    /// 2021 Q3 / 2021年第三季度
    public static func quarterName(year: Int, quarter: Int, _ l: Language) -> String {
        l == .zh ? "\(year)年第\(["一", "二", "三", "四"][max(0, min(3, quarter - 1))])季度" : "\(year) Q\(quarter)"
    }
}
