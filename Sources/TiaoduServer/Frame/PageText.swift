// The pages' words, in zh-Hans and en: navigation, page titles, labels, buttons, messages — every
// word the server shows that is not generated text (those are Core's Catalogue: the bulletin's
// columns, status words, import reports). Code refers to a word by its key; PageText.text takes
// either kind, so a page asks for a word without knowing whose it is.
import TiaoduCore

enum PageLabel: String, Sendable, CaseIterable {
    // words generated text says too: said by Core's catalogue, so a page and a bulletin agree
    case indicator, org, ytd, growth, target, completion, schedule, gap, rankTotal, rankGrowth, rankCompletion, status
    case green, amber, red, mismatchNote, importFailed, moreIssues, partialNote, preliminaryNote
    case projectsCount, plannedStarts, startRate, completionRate, productionRate, invested, planSum, investmentCompletion, shareOfCity, rankInGroup, gapShort, solver, due, raised, resolution, kindLand, kindLabour, kindFunding, kindApprovals, kindPower, kindOther, industry, classNewStart, classCompletion, classContinuing, classPreparatory, newStartPoints, continuingPoints, planTiers, progressFactor, progressCap, listedPoints, panelWeight, criticisms, deductions
    case appName, appTagline, bulletinTitle, period, parent, show, unit
    case requiredPace, requiredGrowth
    case previousRank, childrenSum, mismatch
    case published, computed, demoNotice, noData, language, api, asOf, dataPeriod
    case growthMismatchNote
    // typography: the punctuation that joins words, by language (「截止日期：2021-10-05」, "Due: 2021-10-05")
    case colon, inParens, listSeparator, clauseSeparator, projectsN, oneProject, unitOf
    case contestNotReady
    // navigation and pages
    case navDashboard, navBulletin, navEntry, navLeague, navIndicator, skipToContent
    case dashboardTitle, headline, noTargetCount, byCompletion, byGrowth, details
    case leagueTitle, peerGroup, defaultGroup, movement, up, down, unranked, parentRow
    case scorecardTitle, behindSchedule, allOnSchedule, childrenUnits, ranksAmong, ranksAfterPublication, requiredPaceNote, paceMonthly, paceGrowth, noRankedData
    case definition, frequency, accumulation, direction, growthBasis, aggregation, decimals, scheduleRule, formula, owner
    case trajectoryChart, completionChart, actual, targetTrajectory, lastYear, scheduleLine, month, valueHistoryTitle, changedAt, changedBy, route, oldValue, newValue, noHistory, forUnit
    case entryTitle, value, publishedGrowth, lastPeriod, sameMonthLastYear, save, savedCount, nothingSaved, implausible, entryHint, noChange
    case bulletinText, downloadCSV, cumulativeHeading, tableHeading, pageNotFound, backHome
    // metadata values
    case monthly, quarterly, annual, flow, cumulative, stock, ratioKind, higherBetter, lowerBetter, nominal, real, comparable
    case aggregateSum, aggregateReported, aggregateRatio, aggregateNone, linearSchedule, dailySchedule, seasonalSchedule, plannedSchedule
    case routeCSV, routeAPI, routeDemo, routeForm
    // accounts
    case signIn, signOut, loginName, password, signInFailed, tooManyAttempts, signInRequired, signInTitle, formExpired, demoAccounts
    // the monthly cycle
    case navStatus, statusTitle, submissionStatus, dueDate, overdue, lastChange, reason, draft, submitted, approved, accepted
    case actSubmit, actWithdraw, actApprove, actReject, actAccept, actUnlock, lockedSubmitted, lockedApproved, lockedAccepted, notFromState, notPermittedAction, reasonRequired, ownSubmission, moved
    case navAudit, auditTitle, actor, action, object, before, after, adminsOnly
    case notPublished, outsideScope
    case navAccount, accountTitle, roles, apiTokens, tokenName, createToken, revoke, revoked, active, newTokenOnce, created
    // projects
    case navProjects, projectsTitle, projectOwner, projectCategory, listLevel, sizeTier, totalInvestment, annualPlan, stage
    case plannedStart, plannedFinish, responsibleUnit, leaderInCharge, taskForce, landStatus, listedInStatistics, timeline, industryChain
    case noProjects, projectCount
    case note, moveStage, navContest
    case draftMark, draftNotice, draftWatermark, readOnlyEntry, cannotReadUnit, coveredBy
    // projects' pages
    case figuresTitle, byCounty, byChain, stageCounts
    case behindList, notStartedList, openBlockers, noneListed
    case plannedStartShort, daysOpen, blockerKind, blockerDescription, resolvedOn, resolve, raiseBlocker
    case overdueMark, resolvedList
    case progressTitle, monthInvestment, cumulativeInvestment, physicalProgress, reportProgress, investmentChart, planTrajectory, actualCumulative
    case noProgress, monthWord, saveProgress
    case batchesTitle, batchName, batchDay, batchProjects, batchTotal, addBatch, noBatches, batchOrg
    case newProject, editProject, saveProject, projectCode, projectName, yearPlanClass
    case contestTitle, contestSheet, ruleSet, categoryPointsLabel
    case provinceBonus, productionBonus, batchBonus, batchCap, deductionPoints, panelScore
    case projectPoints, batchPoints, panelPoints, totalPoints, rankLabel, rankMovement, publish, publishedOn, preview, noRules
    case saveRules, effectiveDay, recordedOn, projectReports, unreportedList, investedThisYear, sizeTierPointsLabel, stagePointsLabel, moreProjects, registeredNote, historyTitle, historyEdit, historyStage, historyProgress, historyBlocker, historyResolve, reportedBy, quarterWord, countyInputs, projectBreakdown, frozenNote, savedRules, tiersHint, registerHint, sectionProjects
    case navUnits, navIndicators, unitsTitle, indicatorsTitle, gridCount, departmentCaption, noDepartment, projectSearch // navigation & index pages
    case gapEither, leagueGapToTarget, ruleStartedOnly, ruleStartedOnlyButStage, ruleNewStart, ruleContinuing, rulePlanTop, rulePlanBand, rulePlanBelow, rulePlanAll, ruleCategory, ruleSizeTier, ruleProgress, ruleProgressNoCap, ruleProgressCap, ruleProvince, ruleProduction, ruleListed, ruleStage, ruleBatch, ruleDeduction, rulePanel, ruleNoCap, ruleFormNewStart, ruleFormContinuing, ruleFormPlanTiers, ruleFormCategory, ruleFormSizeTier, ruleFormStage, ruleFormProgress, ruleFormProgressCap, ruleFormListed, ruleFormPanelWeight, contestStartColumn, contestPlanColumn, contestCategoryColumn, contestProgressColumn // league & contest rules
    case reviewTitle, reviewFigures, changedSinceSubmission, wasBefore, noteLabel, noNote, openWarnings, changesSince, saveNotes, movesTitle, returnedBecause, notesSaved, notesRequired, warningsChanged, badNoteText, reviewLink, entryWarningsNext, growthsCleared, returnedBy, notesRequiredHere, movedSubmit, movedWithdraw, movedApprove, movedReject, movedAccept, movedUnlock, returnedBanner, returnedState // review (数据审核)
    case entryTakes, entryTakesMonth, entryTakesQuarter, entryTakesYear, entryTakesMonthsTotal, entryTakesQuartersTotal, entryTakesMonthEnd, entryTakesQuarterEnd, entryTakesYearEnd, entryComputedNote, entryListSeparator, entryNumberHint, entryLockSubmitted, entryLockSubmittedWith, entryLockApproved, entryLockApprovedWith, entryLockAccepted, entryLockAcceptedWith, entrySubmitNext, entryLockedNothingSaved // entry grid
    case chartData, chartPoints, chartAgainst, chartGapPoints, chartGapTitle, chartInvestmentTitle, chartLevelTitle, chartGrowthTitle, chartGrowthSeries, chartTarget, chartTargetGrowth, chartLevelCompare, chartGrowthCompare, chartOwnTarget // charts
    case dashGapBehind, dashGapAhead, dashGapLevel, dashGapBelowTarget, dashGapAboveTarget, dashGapLevelTarget, dashChartSchedule, dashChartTarget, dashChartTitle, dashZeroSchedule, dashZeroTarget, dashLastInGroup, dashLastInGroups, dashSeparator, dashByUnit // dashboard
    case bulletinMasthead, bulletinMastheadSpan, bulletinIssueNumber, bulletinOverview, bulletinByIndicator, bulletinIssues, bulletinAnnex, bulletinItemTitle, bulletinIssueItem, bulletinAnnexCaption, bulletinAnnexContinued, bulletinAnnexIndicator, bulletinAnnexYTD, bulletinAnnexLevel, bulletinAnnexPoints, bulletinAnnexSchedule, bulletinAnnexNotes // bulletin 通报
    case entryTakesMonthEndLevel, entryTakesQuarterEndLevel, entryTakesYearEndLevel, pointsBasis, chartLevelByUnit // wording fixes
    case calendarTitle, calendarLink, calendarYearPicker, calendarWeekdays, calendarWeekdayNames, calendarOffMark, calendarWorkMark, calendarHoliday, calendarWorkday, calendarSpecialDays, calendarDate, calendarWeekday, calendarKind, calendarHolidayName, calendarWorkingDays, calendarLegend, calendarSource, calendarNoSpecialDays, calendarToday // calendar
}

enum PageText {
    private static let entries: [PageLabel: (zh: String, en: String)] = [
        .appName: ("调度", "Tiaodu"),
        .appTagline: ("指标监测 · 序时进度 · 争先进位", "Indicator monitoring against the calendar"),
        .bulletinTitle: ("主要经济指标月度通报", "Monthly bulletin of key indicators"),
        .period: ("报表期", "Period"),
        .parent: ("范围", "Scope"),
        .show: ("查看", "Show"),
        .unit: ("单位", "Unit"),
        .requiredPace: ("倒排（每期需完成）", "Required per period"),
        .requiredGrowth: ("倒排增速%", "Required growth %"),
        .previousRank: ("上期位次", "Previous rank"),
        .childrenSum: ("下级合计", "Children's sum"),
        .mismatch: ("与下级合计不符", "Differs from children's sum"),
        .published: ("公布", "published"),
        .computed: ("计算", "computed"),
        .demoNotice: ("演示数据：文章未载明的数值均为按固定种子生成的模拟数据。", "Demo data: figures the article does not state are generated from a fixed seed."),
        .noData: ("暂无数据", "No data"),
        .language: ("English", "中文"),
        .api: ("接口", "API"),
        .asOf: ("截至", "As of"),
        .dataPeriod: ("数据期：%@", "Figures for %@"),
        .colon: ("：", ": "),
        .inParens: ("（%@）", " (%@)"),
        .listSeparator: ("、", ", "),
        .clauseSeparator: ("；", "; "),
        .projectsN: ("%@个项目", "%@ projects"),
        .oneProject: ("1个项目", "1 project"),
        .unitOf: ("单位：%@", "Unit: %@"),
        .growthMismatchNote: ("※ 公布增速与按数值计算的增速相差超过0.1个百分点。", "※ The published growth differs from the recomputed one by more than 0.1 point."),
        .contestNotReady: ("须待全市%@数据确认发布后才能发布本季度赛结果。", "The quarter's result can be published once the city has accepted %@."),
        .navDashboard: ("首页", "Dashboard"),
        .navBulletin: ("月度通报", "Bulletin"),
        .navEntry: ("数据录入", "Data entry"),
        .navLeague: ("排名表", "League table"),
        .navIndicator: ("指标详情", "Indicator"),
        .skipToContent: ("跳到正文", "Skip to content"),
        .dashboardTitle: ("主要指标运行情况", "Key indicators"),
        .headline: ("本期概况", "At a glance"),
        .noTargetCount: ("无目标", "no target"),
        .byCompletion: ("按完成率", "by completion"),
        .byGrowth: ("按增速", "by growth"),
        .details: ("详情", "Details"),
        .leagueTitle: ("排名表", "League table"),
        .peerGroup: ("序列", "Peer group"),
        .defaultGroup: ("全部", "All"),
        .movement: ("位次变化", "Change"),
        .up: ("上升", "up"),
        .down: ("下降", "down"),
        .unranked: ("不参与排名", "not ranked"),
        .parentRow: ("合计", "Total"),
        .scorecardTitle: ("单位看板", "Scorecard"),
        .behindSchedule: ("落后于序时进度或全年目标的指标", "Behind schedule or short of the target"),
        .allOnSchedule: ("所有有目标的指标均达到序时进度或全年目标。", "Every indicator with a target is on schedule or at its target."),
        .childrenUnits: ("下级单位", "Units below"),
        .ranksAmong: ("位次：在%@中", "Ranks among %@"),
        .ranksAfterPublication: ("与其他单位的位次，待本月数据经市里确认发布后显示。", "Ranks among the other units are shown once the city publishes the month."),
        .requiredPaceNote: ("倒排：为完成全年目标，其余每期需完成的量（或需达到的增速）。", "Required pace: what each remaining period must deliver (or the growth it needs) to reach the annual target."),
        .paceMonthly: ("其余每期需完成", "Needed per remaining period"),
        .paceGrowth: ("其余各期需增长", "Growth needed for the rest"),
        .noRankedData: ("本期暂无数据", "No figures for this period"),
        .definition: ("指标说明", "Definition"),
        .frequency: ("报送频率", "Frequency"),
        .accumulation: ("累计方式", "Accumulation"),
        .direction: ("方向", "Direction"),
        .growthBasis: ("增速口径", "Growth basis"),
        .aggregation: ("汇总方式", "Aggregation"),
        .decimals: ("小数位", "Decimals"),
        .scheduleRule: ("序时规则", "Schedule"),
        .formula: ("计算公式", "Formula"),
        .owner: ("编码", "Code"),
        .trajectoryChart: ("累计进度：本年实际、目标轨迹与上年同期", "Year to date: actual, target trajectory and last year"),
        .completionChart: ("各地完成率与序时进度", "Completion by unit against the schedule"),
        .actual: ("本年实际", "Actual"),
        .targetTrajectory: ("目标轨迹", "Target trajectory"),
        .lastYear: ("上年同期", "Last year"),
        .scheduleLine: ("序时进度", "Schedule"),
        .month: ("月", "month"),
        .valueHistoryTitle: ("修改记录", "Value history"),
        .changedAt: ("时间", "When"),
        .changedBy: ("修改人", "Who"),
        .route: ("途径", "Route"),
        .oldValue: ("原值", "Old"),
        .newValue: ("新值", "New"),
        .noHistory: ("暂无记录", "No changes recorded"),
        .forUnit: ("单位", "Unit"),
        .entryTitle: ("数据录入", "Data entry"),
        .value: ("数值", "Value"),
        .publishedGrowth: ("公布增速%", "Published growth %"),
        .lastPeriod: ("上期", "Last period"),
        .sameMonthLastYear: ("上年同期", "Same period last year"),
        .save: ("保存", "Save"),
        .savedCount: ("已保存%d项数据。", "Saved %d values."),
        .nothingSaved: ("有错误，未保存任何数据。请修改标红的栏目后重新提交。", "There are errors; nothing was saved. Correct the marked fields and submit again."),
        .implausible: ("与上年同期相比异常（超过3倍或不足三分之一），请核实。", "Implausible against the same period last year (over 3× or under ⅓): please check."),
        .entryHint: ("留空的栏目不会写入。数值按录入的小数原样保存。", "Empty fields are not written. Values are stored exactly as typed."),
        .noChange: ("没有需要保存的修改。", "Nothing changed."),
        .bulletinText: ("文字通报", "Summary"),
        .downloadCSV: ("下载CSV", "Download CSV"),
        .cumulativeHeading: ("累计", "YTD"),
        .tableHeading: ("主要指标完成情况表", "Key indicators table"),
        .pageNotFound: ("页面不存在", "Page not found"),
        .backHome: ("返回首页", "Back to the dashboard"),
        .monthly: ("月度", "monthly"),
        .quarterly: ("季度", "quarterly"),
        .annual: ("年度", "annual"),
        .flow: ("当期值，逐期累计", "per period, summed to date"),
        .cumulative: ("累计值", "reported year to date"),
        .stock: ("时点余额", "balance at a point in time"),
        .ratioKind: ("比率（由分子、分母计算）", "ratio of two indicators"),
        .higherBetter: ("越大越好", "higher is better"),
        .lowerBetter: ("越小越好", "lower is better"),
        .nominal: ("现价（按数值计算）", "nominal (computed from values)"),
        .real: ("不变价（采用公布增速）", "real (published growth)"),
        .comparable: ("可比口径（采用公布增速）", "comparable (published growth)"),
        .aggregateSum: ("下级合计", "sum of the units below"),
        .aggregateReported: ("各级分别报送", "reported at every level"),
        .aggregateRatio: ("各级按分子分母重算", "recomputed at every level"),
        .aggregateNone: ("不汇总", "not aggregated"),
        .linearSchedule: ("按时间均匀（m/12）", "even through the year (m/12)"),
        .dailySchedule: ("按天数", "by days elapsed"),
        .seasonalSchedule: ("按上年季节规律", "by last year's seasonal pattern"),
        .plannedSchedule: ("按计划进度", "by the planned trajectory"),
        .routeCSV: ("文件导入", "file import"),
        .routeAPI: ("接口", "API"),
        .routeDemo: ("演示数据", "demo data"),
        .routeForm: ("网页录入", "data entry"),
        .signIn: ("登录", "Sign in"),
        .signOut: ("退出", "Sign out"),
        .loginName: ("账号", "Login"),
        .password: ("密码", "Password"),
        .signInFailed: ("账号或密码不正确。", "The login or the password is wrong."),
        .tooManyAttempts: ("尝试次数过多，请%d秒后再试。", "Too many attempts: try again in %d seconds."),
        .signInRequired: ("请先登录。", "Please sign in first."),
        .signInTitle: ("登录调度系统", "Sign in to Tiaodu"),
        .formExpired: ("表单已过期，请重新提交。", "The form has expired: please submit it again."),
        .demoAccounts: ("演示账号（密码均为 tiaodu-demo）：", "Demo accounts (password tiaodu-demo for all):"),
        .navStatus: ("报送进度", "Reporting"),
        .statusTitle: ("数据报送与审核进度", "Reporting and approval"),
        .submissionStatus: ("报送状态", "State"),
        .dueDate: ("截止日期", "Due"),
        .overdue: ("已逾期", "overdue"),
        .lastChange: ("最近操作", "Last change"),
        .reason: ("理由", "Reason"),
        .draft: ("填报中", "draft"),
        .submitted: ("已报送", "submitted"),
        .approved: ("已审核", "approved"),
        .accepted: ("已确认（锁定）", "accepted (locked)"),
        .actSubmit: ("报送", "Submit"),
        .actWithdraw: ("撤回", "Withdraw"),
        .actApprove: ("审核通过", "Approve"),
        .actReject: ("退回", "Return"),
        .actAccept: ("确认", "Accept"),
        .actUnlock: ("解锁", "Unlock"),
        .lockedSubmitted: ("%@已报送本期数据，不能修改。", "%@ has submitted this period's figures; they cannot be changed."),
        .lockedApproved: ("%@本期数据已审核通过，不能修改。", "%@'s figures for this period have been approved and cannot be changed."),
        .lockedAccepted: ("%@本期数据已经市里确认，不能修改。", "%@'s figures for this period have been accepted by the city and cannot be changed."),
        .notFromState: ("当前状态下不能执行该操作。", "That cannot be done in the current state."),
        .notPermittedAction: ("无权执行该操作。", "You may not do that."),
        .reasonRequired: ("请填写理由。", "Please give a reason."),
        .ownSubmission: ("不能审核本人报送的数据，请由另一位审核员审核。", "You submitted these figures yourself: another approver must approve them."),
        .moved: ("已更新：%@", "Done: %@"),
        .navAudit: ("审计日志", "Audit log"),
        .auditTitle: ("审计日志（只增不改）", "Audit log (append-only)"),
        .actor: ("操作人", "Actor"),
        .action: ("操作", "Action"),
        .object: ("对象", "Object"),
        .before: ("之前", "Before"),
        .after: ("之后", "After"),
        .adminsOnly: ("仅管理员可查看。", "Administrators only."),
        .notPublished: ("本期数据尚未发布，请登录后查看。", "This period is not published yet: sign in to see it."),
        .outsideScope: ("本期数据尚未发布，超出本账号的查看范围。", "This period is not published yet and is outside your units."),
        .navAccount: ("我的账号", "My account"),
        .accountTitle: ("我的账号", "My account"),
        .roles: ("角色", "Roles"),
        .apiTokens: ("接口令牌", "API tokens"),
        .tokenName: ("用途", "Purpose"),
        .createToken: ("新建令牌", "Create a token"),
        .revoke: ("吊销", "Revoke"),
        .revoked: ("已吊销", "revoked"),
        .active: ("有效", "active"),
        .newTokenOnce: ("新令牌（只显示这一次，请妥善保存）：", "The new token (shown this once; keep it safe):"),
        .created: ("创建时间", "Created"),
        .navProjects: ("重大项目", "Projects"),
        .projectsTitle: ("重大项目库", "Major projects"),
        .projectOwner: ("所属地区", "Owner"),
        .projectCategory: ("类别", "Category"),
        .listLevel: ("层级", "Level"),
        .sizeTier: ("规模", "Size"),
        .totalInvestment: ("总投资（亿元）", "Total investment (100 million yuan)"),
        .annualPlan: ("年度计划投资（亿元）", "Annual plan (100 million yuan)"),
        .stage: ("阶段", "Stage"),
        .plannedStart: ("计划开工", "Planned start"),
        .plannedFinish: ("计划竣工", "Planned finish"),
        .responsibleUnit: ("责任单位", "Responsible unit"),
        .leaderInCharge: ("挂钩领导", "Leader in charge"),
        .taskForce: ("工作专班", "Task force"),
        .landStatus: ("用地情况", "Land"),
        .listedInStatistics: ("列统月份", "In the statistics since"),
        .timeline: ("阶段记录", "Timeline"),
        .industryChain: ("产业链", "Chain"),
        .noProjects: ("暂无项目", "No projects"),
        .projectCount: ("共%d个项目", "%d projects"),
        .note: ("说明", "Note"),
        .moveStage: ("推进到下一阶段", "Move to the next stage"),
        .navContest: ("项目季度赛", "Contest"),
        .figuresTitle: ("重大项目推进情况", "Where the projects stand"),
        .byCounty: ("分地区", "By area"),
        .byChain: ("分产业链", "By industrial chain"),
        .stageCounts: ("各阶段", "By stage"),
        .behindList: ("投资落后序时的项目", "Projects behind schedule"),
        .notStartedList: ("逾期未开工的项目", "Not started past their planned start"),
        .openBlockers: ("未解决的问题", "Open blockers"),
        .noneListed: ("无", "None"),
        .plannedStartShort: ("计划开工", "Planned start"),
        .daysOpen: ("已挂（天）", "Open (days)"),
        .blockerKind: ("问题类型", "Kind"),
        .blockerDescription: ("存在问题", "Blocker"),
        .resolvedOn: ("解决于", "Resolved"),
        .resolve: ("标记已解决", "Mark resolved"),
        .raiseBlocker: ("提出问题", "Raise a blocker"),
        .overdueMark: ("已逾期", "overdue"),
        .resolvedList: ("已解决的问题", "Resolved blockers"),
        .progressTitle: ("月度进展", "Monthly progress"),
        .monthInvestment: ("当月完成投资（亿元）", "Invested in the month (100 million yuan)"),
        .cumulativeInvestment: ("累计（亿元）", "Year to date (100 million yuan)"),
        .physicalProgress: ("形象进度", "Progress on site"),
        .reportProgress: ("填报月度进展", "Report the month's progress"),
        .investmentChart: ("年度投资进度（累计完成与序时计划）", "Investment this year: cumulative actual against the plan"),
        .planTrajectory: ("序时计划", "Plan on schedule"),
        .actualCumulative: ("累计完成", "Cumulative actual"),
        .noProgress: ("本年尚无进展填报", "No progress reported this year"),
        .monthWord: ("月份", "Month"),
        .saveProgress: ("保存进展", "Save progress"),
        .batchesTitle: ("集中开工", "Concentrated starts"),
        .batchName: ("活动名称", "Name"),
        .batchDay: ("开工日期", "Day"),
        .batchProjects: ("项目", "Projects"),
        .batchTotal: ("总投资（亿元）", "Total investment (100 million yuan)"),
        .addBatch: ("登记集中开工", "Record a concentrated start"),
        .noBatches: ("本年尚无集中开工", "No concentrated starts this year"),
        .batchOrg: ("组织地区", "Organised by"),
        .newProject: ("登记新项目", "Register a project"),
        .editProject: ("修改项目信息", "Edit the project"),
        .saveProject: ("保存项目", "Save the project"),
        .projectCode: ("项目代码", "Code"),
        .projectName: ("项目名称", "Name"),
        .yearPlanClass: ("%@年度计划类别", "%@ plan class"),
        .contestTitle: ("%@重大项目建设季度赛", "Major projects contest, %@"),
        .contestSheet: ("评比结果", "Result"),
        .ruleSet: ("评分规则", "Rules"),
        .categoryPointsLabel: ("按类别（产业/民生/基础设施）", "By category (industry/livelihood/infrastructure)"),
        .provinceBonus: ("省重大项目加分", "Provincial project bonus"),
        .productionBonus: ("竣工投产加分", "In production bonus"),
        .batchBonus: ("组织集中开工加分", "Concentrated start bonus"),
        .batchCap: ("集中开工每年最多次数", "Concentrated starts rewarded per year"),
        .deductionPoints: ("每次通报批评扣分", "Points off per criticism"),
        .panelScore: ("现场观摩得分（百分制）", "Panel score (of 100)"),
        .projectPoints: ("项目得分", "Project points"),
        .batchPoints: ("集中开工得分", "Concentrated starts"),
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
        .investedThisYear: ("本年完成（亿元）", "Invested this year (100 million yuan)"),
        .sizeTierPointsLabel: ("按项目规模", "By size tier"),
        .stagePointsLabel: ("按所处阶段", "By stage"),
        .moreProjects: ("另有%d个项目", "%d more projects"),
        .quarterWord: ("季度", "Quarter"),
        .countyInputs: ("各地区观摩评分和扣分", "Panel scores and criticisms by area"),
        .projectBreakdown: ("项目得分明细（当前数据）", "Points by project (current data)"),
        .frozenNote: ("结果已发布，规则和评分不再修改", "The result is published: its rules and inputs no longer change"),
        .savedRules: ("规则已保存", "The rules are saved"),
        .tiersHint: ("如 10:20 5:10 1:6 0:3", "e.g. 10:20 5:10 1:6 0:3"),
        .registerHint: ("金额单位为亿元，按填写原样保存；阶段只能在项目页逐级推进。", "Amounts in 100 million yuan, stored as entered; the stage moves on the project page, one step at a time."),
        .sectionProjects: ("重大项目", "Major projects"),
        .draftMark: ("初步数据", "Preliminary"),
        .draftNotice: ("本期数据尚未经市里确认，仅供内部参考，以确认发布的数据为准。", "This period's figures have not been accepted by the city yet: for internal reference only, the accepted figures prevail."),
        .draftWatermark: ("征求意见稿", "Draft for comment"),
        .readOnlyEntry: ("只读：您可以查看本单位报送的数据，录入和修改由填报员完成。", "Read only: you can see the figures this unit reports; its reporters enter and change them."),
        .cannotReadUnit: ("您的账号无权查看%@的数据。", "Your account may not see %@'s figures."),
        .coveredBy: ("（随%@）", " (with %@)"),
        // MARK: navigation & index pages
        .navUnits: ("单位", "Units"),
        .navIndicators: ("指标", "Indicators"),
        .unitsTitle: ("单位目录", "Units"),
        .indicatorsTitle: ("指标目录", "Indicator catalogue"),
        .gridCount: ("下设网格%d个", "%d grids below"),
        .departmentCaption: ("条线：%@", "Department: %@"),
        .noDepartment: ("未指定条线", "No department"),
        .projectSearch: ("项目名称或代码", "Project name or code"),
        // MARK: league & contest rules
        .leagueGapToTarget: ("与目标差（百分点）", "Against target (pts)"),
        .gapEither: ("与序时或目标差（百分点）", "Against schedule or target (pts)"),
        .ruleStartedOnly: ("只有已开工的项目（本年新开工和续建）计项目得分。", "Only projects that have started (this year or before) score project points."),
        .ruleStartedOnlyButStage: ("除所处阶段的加分外，只有已开工的项目（本年新开工和续建）计项目得分。", "Apart from the points for their stage, only projects that have started (this year or before) score project points."),
        .ruleNewStart: ("本年新开工的项目每个计%@分。", "Each project started this year scores %@ points."),
        .ruleContinuing: ("续建项目每个计%@分。", "Each continuing project scores %@ points."),
        .rulePlanTop: ("年度计划投资%@以上的项目每个加%@分。", "Each project with an annual plan of %@ or more adds %@ points."),
        .rulePlanBand: ("年度计划投资%@以上、不足%@的项目每个加%@分。", "Each project with an annual plan of %@ or more but under %@ adds %@ points."),
        .rulePlanBelow: ("年度计划投资不足%@的项目每个加%@分。", "Each project with an annual plan under %@ adds %@ points."),
        .rulePlanAll: ("已开工的项目不论年度计划投资多少，每个再加%@分。", "Each project that has started adds %@ points, whatever its annual plan."),
        .ruleCategory: ("%@类项目每个加%@分。", "Each %@ project adds %@ points."),
        .ruleSizeTier: ("总投资%@的项目每个加%@分。", "Each project in the %@ tier of total investment adds %@ points."),
        .ruleProgress: ("进度分按本年完成投资占年度计划投资的比例计算，完成全年计划得%@分。", "Progress points follow the share of its annual plan a project has invested this year: the whole plan earns %@ points."),
        .ruleProgressNoCap: ("进度分不设上限，超过年度计划的按比例多得分。", "Progress points have no cap: investing beyond the plan earns more in proportion."),
        .ruleProgressCap: ("每个项目的进度分最多%@分。", "A project's progress points are capped at %@."),
        .ruleProvince: ("省重大项目每个加%@分。", "Each provincial major project adds %@ points."),
        .ruleProduction: ("竣工投产的项目每个加%@分。", "Each project completed and in production adds %@ points."),
        .ruleListed: ("已列统（纳入统计库）的项目每个加%@分。", "Each project in the statistics database (列统) adds %@ points."),
        .ruleStage: ("处于“%@”阶段的项目每个加%@分。", "Each project at the “%@” stage adds %@ points."),
        .ruleBatch: ("每组织一次集中开工加%@分，每年最多计%@次。", "Each concentrated start organised adds %@ points, counted at most %@ times a year."),
        .ruleDeduction: ("每被通报批评一次扣%@分。", "Each criticism (通报批评) takes %@ points off."),
        .rulePanel: ("现场观摩评分（百分制）乘以%@计入总分。", "The panel's site-visit score (out of 100), times %@, is added to the total."),
        .ruleNoCap: ("不设上限", "no cap"),
        .ruleFormNewStart: ("本年新开工的项目每个计分", "Points per project started this year"),
        .ruleFormContinuing: ("续建项目每个计分", "Points per continuing project"),
        .ruleFormPlanTiers: ("按年度计划投资分档加分（“10:20”即10亿元以上的每个加20分，各档以空格隔开）", "Points by annual plan in 100 million yuan, tier by tier (“10:20”: 20 points each from 10, that is 1 billion yuan, up; tiers separated by spaces)"),
        .ruleFormCategory: ("%@类项目每个加分", "Points per %@ project"),
        .ruleFormSizeTier: ("总投资%@的项目每个加分（不填即不加分）", "Points per project in the %@ tier of total investment (empty: none)"),
        .ruleFormStage: ("处于“%@”阶段的项目每个加分（不填即不加分）", "Points per project at the “%@” stage (empty: none)"),
        .ruleFormProgress: ("完成全年计划投资所得的进度分", "Progress points for investing the whole annual plan"),
        .ruleFormProgressCap: ("每个项目进度分的上限（不填即不设上限）", "Cap on a project's progress points (empty: no cap)"),
        .ruleFormListed: ("已列统的项目每个加分", "Points per project in the statistics database"),
        .ruleFormPanelWeight: ("现场观摩评分（百分制）计入总分的倍数", "Multiple of the panel score (of 100) added to the total"),
        .contestStartColumn: ("开工分", "Start"),
        .contestPlanColumn: ("计划投资分", "Annual plan"),
        .contestCategoryColumn: ("类别分", "Category"),
        .contestProgressColumn: ("进度分", "Progress"),
        // MARK: review (数据审核)
        .reviewTitle: ("%@ 数据审核", "%@: review"),
        .reviewFigures: ("本期数据", "This period's figures"),
        .changedSinceSubmission: ("上次报送后修改", "Changed since last submission"),
        .wasBefore: ("原为%@", "was %@"),
        .noteLabel: ("说明", "Note"),
        .noNote: ("未填写说明。", "No note given."),
        .openWarnings: ("有%@条提示尚未填写说明：请逐条说明后再报送。", "%@ warnings have no note yet: explain each one before submitting."),
        .changesSince: ("“上次报送后修改”一栏与%@报送时的数据对比。", "“Changed since last submission” compares with the figures submitted on %@."),
        .saveNotes: ("保存说明", "Save notes"),
        .movesTitle: ("流转记录", "Moves"),
        .returnedBecause: ("%@退回，原因：", "Returned %@ because: "),
        .notesSaved: ("说明已保存。", "Notes saved."),
        .notesRequired: ("本期数据有提示尚未填写说明，不能报送：请在数据审核页逐条说明。", "Some warnings on this period's figures have no note, so they cannot be submitted: explain each one on the review page."),
        .warningsChanged: ("数据已有变化，提示随之更新：请按新的提示填写说明。", "The figures have changed and so have the warnings: write notes for the warnings now shown."),
        .badNoteText: ("说明过长或含有不允许的字符。", "A note is too long or holds characters that are not allowed."),
        .reviewLink: ("数据审核", "Review"),
        .returnedBy: ("%1$@于%2$@退回，原因：%3$@", "Returned by %1$@ on %2$@: %3$@"),
        .returnedState: ("已退回", "returned"),
        .returnedBanner: ("本月数据已被退回，原因：%@。修改后请重新报送。", "This month's figures were returned: %@. Correct them and submit again."),
        .notesRequiredHere: ("本期数据有提示尚未填写说明，不能报送：请在下表逐条填写说明，保存后再报送。", "Some warnings have no note, so the figures cannot be submitted: write a note for each below, save, then submit."),
        .movedSubmit: ("已报送，等待审核。", "Submitted for approval."),
        .movedWithdraw: ("已撤回，可继续修改。", "Withdrawn: the figures can be changed again."),
        .movedApprove: ("已审核通过。", "Approved."),
        .movedReject: ("已退回填报单位，修改后重新报送。", "Returned to the reporting unit to correct and submit again."),
        .movedAccept: ("已确认，数据正式发布。", "Accepted: the figures are published."),
        .movedUnlock: ("已解锁，数据重新开放修改。", "Unlocked: the figures can be changed again."),
        .growthsCleared: ("有%@项数值已修改而增速未改：原填增速已清除，改按数值计算；如有公布增速，请一并填写。", "%@ values changed while their growth did not: the old growth was cleared and is now computed from the values; enter the published growth if there is one."),
        .entryWarningsNext: ("本期数据有%@条提示，报送前须逐条说明：", "The figures raise %@ warnings; explain each before submitting: "),
        // MARK: entry grid
        .entryTakes: ("填报口径", "What to enter"),
        .entryTakesMonth: ("本月数", "this month"),
        .entryTakesQuarter: ("本季度数", "this quarter"),
        .entryTakesYear: ("全年数", "the year"),
        .entryTakesMonthsTotal: ("1—%@月累计", "Jan–%@ total"),
        .entryTakesQuartersTotal: ("1—%@季度累计", "Q1–Q%@ total"),
        .entryTakesMonthEnd: ("%@月末余额", "balance at end of %@"),
        .entryTakesQuarterEnd: ("%@季度末余额", "balance at end of Q%@"),
        .entryTakesYearEnd: ("年末余额", "balance at year end"),
        .entryComputedNote: ("%@由系统按分子、分母计算，不需填写。", "%@: computed from their parts, not entered."),
        .entryListSeparator: ("、", ", "),
        .entryNumberHint: ("请以各指标的单位填写纯数字，可用千位分隔符（如 1,234.56），不要带“亿”“万”“%”等字样。", "Enter plain numbers in each indicator's unit; thousands separators are fine (1,234.56), but no 亿, 万 or %."),
        .entryLockSubmitted: ("%1$@%2$@的数据已报送，不能修改；如需修改，请先到报送进度页撤回。", "%1$@'s figures for %2$@ have been submitted and cannot be changed; to change them, withdraw them on the reporting page first."),
        .entryLockSubmittedWith: ("%1$@%2$@的数据已随%3$@报送，不能修改。", "%1$@'s figures for %2$@ were submitted with %3$@'s and cannot be changed."),
        .entryLockApproved: ("%1$@%2$@的数据已审核通过，不能修改；如需修改，请审核员退回。", "%1$@'s figures for %2$@ have been approved and cannot be changed; to change them, an approver must return them."),
        .entryLockApprovedWith: ("%1$@%2$@的数据已随%3$@审核通过，不能修改。", "%1$@'s figures for %2$@ were approved with %3$@'s and cannot be changed."),
        .entryLockAccepted: ("%1$@%2$@的数据已经确认，不能修改；如需修改，请管理员解锁。", "%1$@'s figures for %2$@ have been accepted and cannot be changed; only an administrator can unlock them."),
        .entryLockAcceptedWith: ("%1$@%2$@的数据已随%3$@确认，不能修改。", "%1$@'s figures for %2$@ were accepted with %3$@'s and cannot be changed."),
        .entrySubmitNext: ("全部填好后请报送。", " When every figure is in, submit them."),
        .entryLockedNothingSaved: ("未保存任何数据。", "Nothing was saved."),
        // MARK: charts
        .chartData: ("图表数据", "The chart's figures"),
        .chartPoints: ("单位：个百分点", "Unit: percentage points"),
        .chartAgainst: ("比较对象", "Against"),
        .chartGapPoints: ("差距（百分点）", "Gap (pts)"),
        .chartGapTitle: ("各指标与序时进度或全年目标的差距", "Each indicator against its schedule or annual target"),
        .chartInvestmentTitle: ("各地重大项目投资完成率与序时进度", "Major projects: investment completion by area against the schedule"),
        .chartLevelTitle: ("各月水平：本年与上年同期", "Level month by month: this year and last"),
        .chartGrowthTitle: ("各月累计增速：本年与上年", "Growth to date month by month: this year and last"),
        .chartGrowthSeries: ("累计增速", "growth to date"),
        .chartTarget: ("目标", "Target"),
        .chartTargetGrowth: ("目标增速", "Growth target"),
        .chartLevelCompare: ("各地水平与各自目标", "Level by unit against its own target"),
        .chartGrowthCompare: ("各地增速与各自目标增速", "Growth by unit against its own growth target"),
        .chartOwnTarget: ("各自目标", "Own target"),
        // MARK: dashboard
        .dashGapBehind: ("落后序时进度%@个百分点", "%@ points behind schedule"),
        .dashGapAhead: ("超序时进度%@个百分点", "%@ points ahead of schedule"),
        .dashGapLevel: ("与序时进度持平", "on schedule"),
        .dashGapBelowTarget: ("低于全年目标%@个百分点", "%@ points below the annual target"),
        .dashGapAboveTarget: ("高于全年目标%@个百分点", "%@ points above the annual target"),
        .dashGapLevelTarget: ("与全年目标持平", "level with the annual target"),
        .dashChartSchedule: ("各地超（+）或落后（-）序时进度，个百分点", "Units ahead of (+) or behind (-) schedule, in points"),
        .dashChartTarget: ("各地好于（+）或差于（-）全年目标，个百分点", "Units better (+) or worse (-) than the annual target, in points"),
        .dashChartTitle: ("%1$@：%2$@", "%1$@: %2$@"),
        .dashZeroSchedule: ("序时", "schedule"),
        .dashZeroTarget: ("目标", "target"),
        .dashLastInGroup: ("%1$@（%2$@）", "%1$@ (%2$@)"),
        .dashLastInGroups: ("末位：%@", "Last: %@"),
        .dashSeparator: ("、", ", "),
        .dashByUnit: ("各地情况", "By unit"),
        // MARK: bulletin 通报
        .bulletinMasthead: ("%@主要经济指标运行情况通报", "Key economic indicators of %@: bulletin"),
        .bulletinMastheadSpan: ("（%@）", "(%@)"),
        .bulletinIssueNumber: ("%1$@年第%2$@期", "No. %2$@, %1$@"),
        .bulletinOverview: ("一、总体情况", "1. Overview"),
        .bulletinByIndicator: ("二、分指标情况", "2. By indicator"),
        .bulletinIssues: ("三、存在问题", "3. Issues"),
        .bulletinAnnex: ("附表", "Annex table"),
        .bulletinItemTitle: ("（%1$@）%2$@。", "%1$@. %2$@. "),
        .bulletinIssueItem: ("%1$@是%2$@", "(%1$@) %2$@"),
        .bulletinAnnexCaption: ("%1$@主要经济指标完成情况表（%2$@）", "Key economic indicators of %1$@, %2$@"),
        .bulletinAnnexContinued: ("%@（续）", "%@ (continued)"),
        .bulletinAnnexIndicator: ("%1$@（%2$@）", "%1$@ (%2$@)"),
        .bulletinAnnexYTD: ("累计", "YTD"),
        .bulletinAnnexLevel: ("数值", "Value"),
        .bulletinAnnexPoints: ("比上年±百分点", "Change on a year before (pts)"),
        .bulletinAnnexSchedule: ("序时%@%", "schedule %@%"),
        .bulletinAnnexNotes: ("注：%@", "Note: %@"),
        // MARK: wording fixes
        .entryTakesMonthEndLevel: ("%@月末数", "level at end of %@"),
        .entryTakesQuarterEndLevel: ("%@季度末数", "level at end of Q%@"),
        .entryTakesYearEndLevel: ("年末数", "level at year end"),
        .pointsBasis: ("按水平差（个百分点）", "change in points"),
        .chartLevelByUnit: ("各地水平", "Level by unit"),
        // MARK: calendar
        .calendarTitle: ("%@年工作日历", "Working-day calendar %@"),
        .calendarLink: ("工作日历", "Working-day calendar"),
        .calendarYearPicker: ("年份", "Year"),
        .calendarWeekdays: ("一 二 三 四 五 六 日", "Mo Tu We Th Fr Sa Su"),
        .calendarWeekdayNames: ("星期一 星期二 星期三 星期四 星期五 星期六 星期日", "Mon Tue Wed Thu Fri Sat Sun"),
        .calendarOffMark: ("休", "off"),
        .calendarWorkMark: ("班", "work"),
        .calendarHoliday: ("放假", "holiday"),
        .calendarWorkday: ("调休上班", "adjusted working day"),
        .calendarSpecialDays: ("节假日与调休安排", "Holidays and adjusted working days"),
        .calendarDate: ("日期", "Date"),
        .calendarWeekday: ("星期", "Day"),
        .calendarKind: ("安排", "Kind"),
        .calendarHolidayName: ("节日", "Holiday"),
        .calendarWorkingDays: ("全年工作日%@天。", "%@ working days in the year."),
        .calendarLegend: ("灰底为周末；“休”为法定节假日放假，“班”为调休上班。", "Weekends are shaded; “off” marks a public holiday, “work” an adjusted working day."),
        .calendarSource: ("依据国务院办公厅关于部分节假日安排的通知；新的一年由管理员导入（tiaodu import calendar）。", "From the State Council's holiday schedules; an administrator imports a new year (tiaodu import calendar)."),
        .calendarNoSpecialDays: ("该年没有节假日或调休安排。", "The year has no holidays or adjusted working days."),
        .calendarToday: ("今天", "today"),
    ]

    static func text(_ label: PageLabel, _ language: Language) -> String {
        if let word = label.coreWord { return Catalogue.text(word, language) }
        if let word = label.coreProjectWord { return Catalogue.text(word, language) }
        guard let entry = entries[label] else { return label.rawValue }
        return language == .zh ? entry.zh : entry.en
    }

    /// `%d` / `%@` in a label filled in.
    static func format(_ label: PageLabel, _ language: Language, _ value: String) -> String {
        text(label, language).replacingOccurrences(of: "%d", with: value).replacingOccurrences(of: "%@", with: value)
    }

    /// A sentence with several values (`%@` in turn, or `%1$@`… by position).
    static func format(_ label: PageLabel, _ language: Language, _ values: [String]) -> String {
        Catalogue.fill(text(label, language), values)
    }

    /// The route a write came by (`csv`, `api`, `demo`, `form`), as a reader says it.
    static func route(_ source: String, _ language: Language) -> String {
        let labels: [String: PageLabel] = ["csv": .routeCSV, "api": .routeAPI, "demo": .routeDemo, "form": .routeForm]
        return labels[source].map { text($0, language) } ?? source
    }

    static func submission(_ status: SubmissionStatus, _ language: Language) -> String {
        text([.draft: PageLabel.draft, .submitted: .submitted, .approved: .approved, .accepted: .accepted][status] ?? .draft, language)
    }

    /// What a move did, as the page after it says.
    static func moved(_ action: ApprovalAction, _ language: Language) -> String {
        text([.submit: PageLabel.movedSubmit, .withdraw: .movedWithdraw, .approve: .movedApprove, .reject: .movedReject,
              .accept: .movedAccept, .unlock: .movedUnlock][action] ?? .movedSubmit, language)
    }

    static func action(_ action: ApprovalAction, _ language: Language) -> String {
        text([.submit: PageLabel.actSubmit, .withdraw: .actWithdraw, .approve: .actApprove, .reject: .actReject, .accept: .actAccept, .unlock: .actUnlock][action] ?? .actSubmit, language)
    }
}

extension PageLabel {
    /// The same word in Core's catalogue, for words generated text says too.
    var coreWord: Label? { Label(rawValue: rawValue) }
    var coreProjectWord: ProjectLabel? { ProjectLabel(rawValue: rawValue) }
}
