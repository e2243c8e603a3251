// Project figures worked by hand: dates, the year's plan classes, 开工率/竣工率/投产率, investment
// against the plan and 序时 (gap on unrounded values), shares, ranks, the lists; the contest
// sheet's ranks within peer groups, movement and the yearly cap on concentrated starts; the
// rule form; progress rows; blockers; the bulletin sentence.
import Foundation
import Testing
@testable import TiaoduCore

@Suite struct DayTests {
    @Test func datesParseAndCount() {
        #expect(Day("2021-09-30")?.description == "2021-09-30")
        #expect(Day("2021-02-29") == nil && Day("2020-02-29") != nil && Day("2021-9-30") == nil && Day("2021-09-31") == nil && Day("x") == nil)
        #expect(Day("2021-07-01")!.days(to: Day("2021-09-30")!) == 91)
        #expect(Day("2020-12-31")!.days(to: Day("2021-01-01")!) == 1)
        #expect(Day(millisecondsSince1970: 1_632_931_200_000) == Day("2021-09-30"), "16:00 UTC on the 29th is midnight in Beijing")
        #expect(Day.end(of: .month(year: 2024, month: 2)) == Day("2024-02-29"))
    }
}

@Suite struct PortfolioTests {
    let tree = OrgTree([
        OrgUnit(code: "city", name: "市", parent: nil, kind: .city),
        OrgUnit(code: "a", name: "甲", parent: "city", kind: .county, peerGroup: "县"),
        OrgUnit(code: "b", name: "乙", parent: "city", kind: .county, peerGroup: "县"),
        OrgUnit(code: "t", name: "甲镇", parent: "a", kind: .town),
    ])

    func p(_ code: String, _ owner: String, plan: String, start: String?, finish: String?, _ stage: ProjectStage, _ category: ProjectCategory = .industry, chain: String = "装备") -> Project {
        Project(code: code, name: code, owner: owner, chain: chain, category: category, listLevel: .city, totalInvestment: 50, annualPlan: Figure(plan)!,
                plannedStart: start.flatMap(Period.init), plannedFinish: finish.flatMap(Period.init), stage: stage)
    }

    @Test func yearPlanClasses() {
        #expect(YearPlanClass(p("x", "a", plan: "1", start: "2021-03", finish: "2022-12", .started), year: 2021) == .newStart)
        #expect(YearPlanClass(p("x", "a", plan: "1", start: "2020-03", finish: "2021-06", .underConstruction), year: 2021) == .completion)
        #expect(YearPlanClass(p("x", "a", plan: "1", start: "2020-03", finish: "2022-06", .underConstruction), year: 2021) == .continuing)
        #expect(YearPlanClass(p("x", "a", plan: "1", start: "2022-03", finish: "2023-06", .reserve), year: 2021) == .preparatory)
    }

    @Test func ratesInvestmentScheduleSharesRanksAndLists() {
        let projects = [
            // a: three planned starts (two started), one planned completion (completed), one in production of one planned.
            p("a1", "a", plan: "12", start: "2021-02", finish: "2023-12", .underConstruction),
            p("a2", "t", plan: "6", start: "2021-05", finish: "2022-12", .started, chain: "新材料"),
            p("a3", "a", plan: "3", start: "2021-06", finish: "2022-06", .signed),
            p("a4", "a", plan: "4", start: "2020-01", finish: "2021-08", .completed),
            // b: one continuing, behind.
            p("b1", "b", plan: "10", start: "2020-05", finish: "2022-12", .underConstruction, .livelihood),
        ]
        let monthly: [String: [Int: Figure]] = [
            "a1": [3: 2, 5: 4, 9: 3, 10: 9],  // October is after the month shown: left out
            "a2": [6: Figure("1.5")!], "a4": [2: 1, 7: 3], "b1": [4: Figure("3.2")!],
        ]
        let portfolio = Portfolio(projects: projects, monthly: monthly, tree: tree, asOf: AsOf(year: 2021, month: 9))
        let a = portfolio.unit("a")!
        #expect(a.projects == 4 && a.byStage[.underConstruction] == 1 && a.byStage[.signed] == 1, "a town's project counts to its county")
        #expect(a.plannedStarts == 3 && a.started == 2 && a.startRate == Figure(200, over: 3))
        #expect(a.plannedCompletions == 1 && a.completionRate == 100 && a.productionRate == 100)
        // invested 9 + 1.5 + 4 = 14.5 of 25 → 58%. 序时: each plan is due over the project's own
        // months of 2021 — a1 Feb–Dec 8/11 of 12, a2 May–Dec 5/8 of 6, a3 Jun–Dec 4/7 of 3, a4 Jan–Aug
        // all of 4: 96/11 + 15/4 + 12/7 + 4 = 5603/308 亿元 due of 25 → 5603/77 % = 72.77%; gap 58 − 72.77.
        #expect(a.invested == Figure("14.5")! && a.annualPlan == 25 && a.investmentCompletion == 58)
        #expect(a.schedule == Figure(5603, over: 77) && a.gap == Figure(-1137, over: 77))
        let b = portfolio.unit("b")!
        // 3.2 ÷ 10 = 32%; the city invested 17.7: a's share 14.5/17.7.
        #expect(b.investmentCompletion == 32 && a.share == (Figure("14.5")! * 100) / Figure("17.7")!)
        #expect(portfolio.city.projects == 5 && portfolio.city.invested == Figure("17.7")! && portfolio.city.share == 100)
        #expect(portfolio.ranks == ["a": 1, "b": 2], "ranked by investment completion in the peer group")
        #expect(portfolio.chains.map(\.key) == ["装备", "新材料"])
        // Behind: b1 (32 − 75 = −43, the whole year), a2 (1.5/6 = 25 against its own 5/8 = 62.5 → −37.5);
        // a1 (9/12 = 75 against 8/11 = 72.7: ahead); a3 not started.
        #expect(portfolio.behindSchedule.map(\.project.code) == ["b1", "a2"])
        #expect(portfolio.notStarted.map(\.code) == ["a3"], "planned for June, still only signed in September")
        #expect(portfolio.unreported.map(\.code) == ["b1", "a2"], "under way, nothing reported for September (a1 did; a4 is completed), by owner")
        #expect(Portfolio(projects: projects, monthly: monthly, tree: tree, asOf: AsOf(year: 2021, month: 5)).notStarted.isEmpty)
    }

    @Test func theGapIsTakenOnUnroundedValues() {
        // METRICS.md: plan 647.4, 629.0 done by October → 97.158… − 83.333… = 13.82… (13.8, not 13.9).
        let one = [p("x", "a", plan: "647.4", start: "2020-01", finish: "2022-12", .underConstruction)]
        let f = Portfolio(projects: one, monthly: ["x": [10: Figure("629.0")!]], tree: tree, asOf: AsOf(year: 2021, month: 10)).unit("a")!
        #expect(f.gap!.fixed(1) == "13.8")
    }

    @Test func theSentence() {
        let projects = [p("a1", "a", plan: "12", start: "2021-02", finish: "2023-12", .underConstruction), p("a3", "a", plan: "3", start: "2021-06", finish: "2022-06", .signed)]
        let portfolio = Portfolio(projects: projects, monthly: ["a1": [3: 6]], tree: tree, asOf: AsOf(year: 2021, month: 9))
        let zh = ProjectNarrative.sentence(portfolio.unit("a")!, name: "甲县", period: .month(year: 2021, month: 9), rank: 1, group: "县", .zh)
        // 序时: a1 8/11 of 12 + a3 4/7 of 3 = 804/77 亿元 of 15 → 69.61%; 40.0 − 69.61 = −29.6.
        #expect(zh == "1—9月，甲县2个重大项目完成投资6.00亿元，完成年度计划的40.0%，落后序时进度29.6个百分点，投资完成率位居县第1；计划新开工2个，已开工1个，开工率50.0%。")
        let en = ProjectNarrative.sentence(portfolio.unit("a")!, name: "A", period: .month(year: 2021, month: 9), rank: nil, group: nil, .en)
        #expect(en.hasPrefix("Jan–Sep: A's 2 major projects invested 0.600 billion yuan, 40.0% of the annual plan, 29.6 points behind schedule"))
        // The rank is investment completion's, and English counts agree with their numbers.
        let ranked = ProjectNarrative.sentence(portfolio.unit("a")!, name: "A", period: .month(year: 2021, month: 9), rank: 1, group: "县", .en)
        #expect(ranked.contains(" (investment completion 1st in ") && ranked.contains("; 1 of 2 planned starts have started (50.0%)"), "\(ranked)")
        let single = Portfolio(projects: [p("b1", "b", plan: "10", start: "2020-05", finish: "2021-11", .underConstruction)], monthly: [:], tree: tree, asOf: AsOf(year: 2021, month: 9))
        let one = ProjectNarrative.sentence(single.unit("b")!, name: "B", period: .month(year: 2021, month: 9), rank: nil, group: nil, .en)
        #expect(one.hasPrefix("Jan–Sep: B's 1 major project invested ") && one.hasSuffix("; 0 of 1 planned completion is done (0.0%)."), "\(one)")
    }

    /// A project's 序时 starts at its planned start and ends at its planned finish inside the year.
    @Test func aProjectsScheduleIsItsOwnMonths() {
        let september = p("s", "a", plan: "8", start: "2021-09", finish: "2022-06", .signed)
        #expect((1...8).allSatisfy { september.schedule(year: 2021, month: $0) == 0 }, "nothing due before its start")
        #expect(september.schedule(year: 2021, month: 9) == 25 && september.schedule(year: 2021, month: 12) == 100)
        let june = p("j", "a", plan: "8", start: "2020-03", finish: "2021-06", .underConstruction)
        #expect(june.schedule(year: 2021, month: 3) == 50 && june.schedule(year: 2021, month: 7) == 100)
        let whole = p("w", "a", plan: "8", start: "2020-03", finish: nil, .underConstruction)
        #expect(whole.schedule(year: 2021, month: 9) == 75, "a project working the whole year: m/12")
        #expect(p("n", "a", plan: "8", start: "2022-02", finish: nil, .reserve).schedule(year: 2021, month: 12) == 0)
    }
}

@Suite struct StageHistoryTests {
    @Test func theStageOnADay() {
        var history = StageHistory([(nil, .signed)])
        history.append(on: Day("2021-09-26"), stage: .started)
        history.append(on: Day("2021-10-15"), stage: .underConstruction)
        #expect(history.stage(on: Day("2021-06-30")!) == .signed, "registered as signed: holds from the start")
        #expect(history.stage(on: Day("2021-09-30")!) == .started)
        #expect(history.stage(on: Day("2021-12-31")!) == .underConstruction)
        let project = Project(code: "x", name: "x", owner: "a", category: .industry, listLevel: .city, totalInvestment: 5, annualPlan: 1, stage: .underConstruction)
        #expect(project.asOf(Day("2021-09-30")!, history: history).stage == .started && project.asOf(Day("2021-09-30")!, history: nil).stage == .underConstruction)
    }
}

@Suite struct ContestSheetTests {
    let tree = OrgTree([
        OrgUnit(code: "city", name: "市", parent: nil, kind: .city),
        OrgUnit(code: "a", name: "甲", parent: "city", kind: .county, peerGroup: "县"),
        OrgUnit(code: "b", name: "乙", parent: "city", kind: .county, peerGroup: "县"),
        OrgUnit(code: "z", name: "区", parent: "city", kind: .zone, peerGroup: "功能区"),
    ])

    @Test func ranksMovementAndTheYearlyCap() {
        let a1 = Project(code: "a1", name: "a1", owner: "a", category: .industry, listLevel: .county, totalInvestment: 20, annualPlan: 8,
                         plannedStart: .month(year: 2021, month: 2), stage: .underConstruction, listedInStatistics: .month(year: 2021, month: 8))
        let b1 = Project(code: "b1", name: "b1", owner: "b", category: .infrastructure, listLevel: .county, totalInvestment: 3, annualPlan: 2,
                         plannedStart: .month(year: 2020, month: 2), stage: .underConstruction)
        var rules = ContestRules.example
        rules.listedPoints = 10
        rules.concentratedStartsPerYear = 2
        let starts = [ConcentratedStart(id: 1, org: "b", day: Day("2021-03-01")!, name: "q1", codes: ["b1"]),
                      ConcentratedStart(id: 2, org: "b", day: Day("2021-05-01")!, name: "q2", codes: ["b1"]),
                      ConcentratedStart(id: 3, org: "b", day: Day("2021-08-01")!, name: "q3", codes: ["b1"]),
                      ConcentratedStart(id: 4, org: "b", day: Day("2021-09-01")!, name: "q3b", codes: ["b1"])]
        let monthly: [String: [Int: Figure]] = ["a1": [3: 2, 8: 2, 10: 4], "b1": [6: 1]]
        let q3 = ContestSheet(rules: rules, year: 2021, quarter: 3, tree: tree, projects: [a1, b1], monthly: monthly, starts: starts,
                              inputs: ["b": ContestCountyInput(criticisms: 1)], previousRanks: ["a": 2, "b": 1])
        // a: new start 5 + plan 5–10 亿 10 + 产业 15 + 60 × 4/8 = 30 + listed by September 10 = 70.
        // b: continuing 2 + plan 1–5 亿 6 + 基础 6 + 60 × 1/2 = 30 → 44; two Q3 batches but two were rewarded
        //    in Q1–Q2 (cap 2): nothing more; one criticism −5 → 39.
        #expect(q3.rows.map(\.org) == ["a", "b", "z"])
        #expect(q3.rows[0].score.total == 70 && q3.rows[1].score.total == 39 && q3.rows[1].concentratedStarts == 2)
        #expect(q3.rows[0].rank == 1 && q3.rows[0].movement == 1 && q3.rows[1].movement == -1)
        #expect(q3.rows[2].peerGroup == "功能区" && q3.rows[2].rank == 1 && q3.rows[2].previousRank == nil)
        // In Q2 b's second batch is still within the cap: +30.
        let q2 = ContestSheet(rules: rules, year: 2021, quarter: 2, tree: tree, projects: [a1, b1], monthly: monthly, starts: starts, inputs: [:], previousRanks: [:])
        #expect(q2.rows.first { $0.org == "b" }?.score.concentratedStarts == 30)
    }

    @Test func theRuleFormParsesExactlyAndNamesBadFields() throws {
        var form = ContestRulesInput.fields(.example)
        form["panel_weight"] = "0.3"
        form["panel_a"] = "88.5"
        form["criticisms_a"] = "2"
        let (rules, inputs) = try ContestRulesInput.parse(form, orgs: ["a", "b"])
        var expected = ContestRules.example
        expected.panelWeight = Figure("0.3")!
        #expect(rules == expected && inputs == ["a": ContestCountyInput(panel: Figure("88.5")!, criticisms: 2)])
        form["plan_tiers"] = "10:20 x"
        form["new_start"] = "-1"
        form["panel_b"] = "120"
        do {
            _ = try ContestRulesInput.parse(form, orgs: ["a", "b"])
            Issue.record("should fail")
        } catch {
            #expect(Set(error.issues.compactMap(\.column)) == ["new_start", "plan_tiers", "panel_b"])
        }
        let json = try #require(String(data: try JSONEncoder().encode(expected), encoding: .utf8))
        #expect(try JSONDecoder().decode(ContestRules.self, from: Data(json.utf8)) == expected)
    }
}

@Suite struct ProgressAndBlockerInputTests {
    @Test func progressRows() throws {
        let records = try ImportKind.progress.table("code,period,investment,progress\np1,2021-03,1.50,基础\np1,2021-03,1,\nzz,2021,1,\np1,2021-04,-2,\n").records
        do {
            _ = try ProgressImport.validate(records, projects: ["p1": "a"])
            Issue.record("should fail")
        } catch {
            #expect(error.issues.map { "\($0.line):\($0.column ?? "")" } == ["3:period", "4:code", "4:period", "5:investment"], "by line, then column")
        }
        let good = try ProgressImport.validate(Array(records.prefix(1)), projects: ["p1": "a"])
        #expect(good == [ProgressReport(code: "p1", period: .month(year: 2021, month: 3), investment: Figure("1.5")!, investmentText: "1.50", progress: "基础")])
    }

    @Test func blockerFields() {
        if case .failure(let failure) = BlockerInput(kind: "rain", description: "", solver: "x", due: "2021-02-30").validate() {
            #expect(failure.issues.map(\.column) == ["description", "due", "kind"])
        } else { Issue.record("should fail") }
        if case .success(let (kind, _, _, due)) = BlockerInput(kind: "power", description: "增容", solver: "供电公司", due: "2021-10-15").validate() {
            #expect(kind == .power && due == Day("2021-10-15"))
        } else { Issue.record("should pass") }
    }
}
