// The project pages' part of the string catalogue (zh-Hans and en): major projects, their
// figures, progress, blockers, concentrated starts and the quarterly contest.

public enum ProjectLabel: String, Sendable, CaseIterable {
    case figuresTitle, byCounty, byChain, projectsCount, stageCounts, plannedStarts, startRate, completionRate, productionRate
    case invested, planSum, investmentCompletion, shareOfCity, rankInGroup, behindList, notStartedList, openBlockers, noneListed
    case plannedStartShort, gapShort, daysOpen, blockerKind, blockerDescription, solver, due, raised, resolvedOn, resolution, resolve, raiseBlocker
    case kindLand, kindLabour, kindFunding, kindApprovals, kindPower, kindOther, overdueMark, resolvedList
    case progressTitle, monthInvestment, cumulativeInvestment, physicalProgress, reportProgress, investmentChart, planTrajectory, actualCumulative
    case noProgress, monthWord, saveProgress
    case batchesTitle, batchName, batchDay, batchProjects, batchTotal, addBatch, noBatches, batchOrg
    case newProject, editProject, saveProject, projectCode, projectName, industry, yearPlanClass
    case classNewStart, classCompletion, classContinuing, classPreparatory
    case contestTitle, contestSheet, ruleSet, newStartPoints, continuingPoints, planTiers, categoryPointsLabel, progressFactor, progressCap
    case listedPoints, provinceBonus, productionBonus, batchBonus, batchCap, deductionPoints, panelWeight, panelScore, criticisms
    case projectPoints, batchPoints, deductions, panelPoints, totalPoints, rankLabel, rankMovement, publish, publishedOn, preview, noRules
    case saveRules, effectiveDay, recordedOn, projectReports, unreportedList, investedThisYear, sizeTierPointsLabel, stagePointsLabel, moreProjects, registeredNote, historyTitle, historyEdit, historyStage, historyProgress, historyBlocker, historyResolve, reportedBy, quarterWord, countyInputs, projectBreakdown, frozenNote, savedRules, tiersHint, registerHint, sectionProjects
}

extension Catalogue {
    private static let projectEntries: [ProjectLabel: (zh: String, en: String)] = [
        .figuresTitle: ("重大项目推进情况", "Where the projects stand"),
        .byCounty: ("分地区", "By area"),
        .byChain: ("分产业链", "By industrial chain"),
        .projectsCount: ("项目数", "Projects"),
        .stageCounts: ("各阶段", "By stage"),
        .plannedStarts: ("计划新开工", "Planned starts"),
        .startRate: ("开工率%", "Start rate %"),
        .completionRate: ("竣工率%", "Completion rate %"),
        .productionRate: ("投产率%", "Production rate %"),
        .invested: ("完成投资(亿元)", "Invested (亿元)"),
        .planSum: ("年度计划(亿元)", "Annual plan (亿元)"),
        .investmentCompletion: ("投资完成率%", "Investment done %"),
        .shareOfCity: ("占全市%", "Share of city %"),
        .rankInGroup: ("位次", "Rank"),
        .behindList: ("投资落后序时的项目", "Projects behind schedule"),
        .notStartedList: ("逾期未开工的项目", "Not started past their planned start"),
        .openBlockers: ("未解决的问题", "Open blockers"),
        .noneListed: ("无", "None"),
        .plannedStartShort: ("计划开工", "Planned start"),
        .gapShort: ("超序时(百分点)", "Gap (pts)"),
        .daysOpen: ("已挂(天)", "Open (days)"),
        .blockerKind: ("问题类型", "Kind"),
        .blockerDescription: ("存在问题", "Blocker"),
        .solver: ("责任单位", "Who solves it"),
        .due: ("办结期限", "Due"),
        .raised: ("提出", "Raised"),
        .resolvedOn: ("解决于", "Resolved"),
        .resolution: ("解决情况", "Resolution"),
        .resolve: ("标记已解决", "Mark resolved"),
        .raiseBlocker: ("提出问题", "Raise a blocker"),
        .kindLand: ("用地", "land"),
        .kindLabour: ("用工", "labour"),
        .kindFunding: ("资金", "funding"),
        .kindApprovals: ("审批", "approvals"),
        .kindPower: ("用电", "power"),
        .kindOther: ("其他", "other"),
        .overdueMark: ("已逾期", "overdue"),
        .resolvedList: ("已解决的问题", "Resolved blockers"),
        .progressTitle: ("月度进展", "Monthly progress"),
        .monthInvestment: ("当月完成投资(亿元)", "Invested in the month (亿元)"),
        .cumulativeInvestment: ("累计(亿元)", "Year to date (亿元)"),
        .physicalProgress: ("形象进度", "Progress on site"),
        .reportProgress: ("填报月度进展", "Report the month's progress"),
        .investmentChart: ("年度投资进度（累计完成 与 序时计划）", "Investment this year: cumulative actual against the plan"),
        .planTrajectory: ("序时计划", "Plan on schedule"),
        .actualCumulative: ("累计完成", "Cumulative actual"),
        .noProgress: ("本年尚无进展填报", "No progress reported this year"),
        .monthWord: ("月份", "Month"),
        .saveProgress: ("保存进展", "Save progress"),
        .batchesTitle: ("集中开工", "Concentrated starts"),
        .batchName: ("活动名称", "Name"),
        .batchDay: ("开工日期", "Day"),
        .batchProjects: ("项目", "Projects"),
        .batchTotal: ("总投资(亿元)", "Total investment (亿元)"),
        .addBatch: ("登记集中开工", "Record a concentrated start"),
        .noBatches: ("本年尚无集中开工", "No concentrated starts this year"),
        .batchOrg: ("组织地区", "Organised by"),
        .newProject: ("登记新项目", "Register a project"),
        .editProject: ("修改项目信息", "Edit the project"),
        .saveProject: ("保存项目", "Save the project"),
        .projectCode: ("项目代码", "Code"),
        .projectName: ("项目名称", "Name"),
        .industry: ("行业", "Industry"),
        .yearPlanClass: ("年度计划类别", "plan class"),
        .classNewStart: ("新开工", "new start"),
        .classCompletion: ("竣工", "to complete"),
        .classContinuing: ("续建", "continuing"),
        .classPreparatory: ("预备", "preparatory"),
        .contestTitle: ("%@ 重大项目建设季度赛", "Major projects contest, %@"),
        .contestSheet: ("评比结果", "Result"),
        .ruleSet: ("评分规则", "Rules"),
        .newStartPoints: ("每个新开工项目", "Per new start"),
        .continuingPoints: ("每个续建项目", "Per continuing project"),
        .planTiers: ("按年度计划投资（亿元:分）", "By annual plan (亿元:points)"),
        .categoryPointsLabel: ("按类别（产业/民生/基础设施）", "By category (industry/livelihood/infrastructure)"),
        .progressFactor: ("进度系数（× 完成 ÷ 计划）", "Progress factor (× done ÷ plan)"),
        .progressCap: ("进度分上限（空为不设）", "Progress cap (empty: none)"),
        .listedPoints: ("列统项目加分", "Listed in the statistics"),
        .provinceBonus: ("省重大项目加分", "Provincial project bonus"),
        .productionBonus: ("竣工投产加分", "In production bonus"),
        .batchBonus: ("组织集中开工加分", "Concentrated start bonus"),
        .batchCap: ("集中开工每年最多次数", "Concentrated starts rewarded per year"),
        .deductionPoints: ("每次通报批评扣分", "Points off per criticism"),
        .panelWeight: ("现场观摩权重", "Panel weight"),
        .panelScore: ("现场观摩得分(百分制)", "Panel score (of 100)"),
        .criticisms: ("通报批评(次)", "Criticisms"),
        .projectPoints: ("项目得分", "Project points"),
        .batchPoints: ("集中开工得分", "Concentrated starts"),
        .deductions: ("扣分", "Deductions"),
        .panelPoints: ("观摩得分", "Panel"),
        .totalPoints: ("总分", "Total"),
        .rankLabel: ("名次", "Rank"),
        .rankMovement: ("较上季度", "Since last quarter"),
        .publish: ("发布结果", "Publish the result"),
        .publishedOn: ("已发布（%@）", "Published (%@)"),
        .preview: ("预览：尚未发布，分数随数据变化", "Preview: not published; scores follow the data"),
        .noRules: ("本季度尚未设定评分规则", "No rules are set for this quarter"),
        .saveRules: ("保存规则和评分", "Save the rules and inputs"),
        .historyTitle: ("变更记录", "History"),
        .historyEdit: ("修改项目信息", "edited"),
        .historyStage: ("阶段变更", "stage moved"),
        .historyProgress: ("更正月度进展", "progress corrected"),
        .historyBlocker: ("提出问题", "blocker raised"),
        .historyResolve: ("问题解决", "blocker resolved"),
        .reportedBy: ("填报人", "Reported by"),
        .registeredNote: ("登记入库", "registered"),
        .effectiveDay: ("生效日期", "Effective on"),
        .recordedOn: ("%@ 录入", "recorded %@"),
        .projectReports: ("项目进展已报", "Project reports in"),
        .unreportedList: ("本月未报进展的在建项目", "Under way, nothing reported for the month"),
        .investedThisYear: ("本年完成(亿元)", "Invested this year (亿元)"),
        .sizeTierPointsLabel: ("按项目规模", "By size tier"),
        .stagePointsLabel: ("按所处阶段", "By stage"),
        .moreProjects: ("另有 %d 个项目", "%d more projects"),
        .quarterWord: ("季度", "Quarter"),
        .countyInputs: ("各地区观摩评分和扣分", "Panel scores and criticisms by area"),
        .projectBreakdown: ("项目得分明细（当前数据）", "Points by project (current data)"),
        .frozenNote: ("结果已发布，规则和评分不再修改", "The result is published: its rules and inputs no longer change"),
        .savedRules: ("规则已保存", "The rules are saved"),
        .tiersHint: ("如 10:20 5:10 1:6 0:3", "e.g. 10:20 5:10 1:6 0:3"),
        .registerHint: ("金额单位为亿元，按填写原样保存；阶段只能在项目页逐级推进。", "Amounts in 亿元, stored as entered; the stage moves on the project page, one step at a time."),
        .sectionProjects: ("重大项目", "Major projects"),
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
