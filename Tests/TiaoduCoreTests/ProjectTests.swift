import Testing
@testable import TiaoduCore

/// Projects: the stage machine, the size tier, and the quarterly contest scored by hand.
@Suite struct ProjectTests {
    func project(_ code: String, _ category: ProjectCategory, _ level: ListLevel, total: String, plan: String, stage: ProjectStage) -> Project {
        Project(code: code, name: code, owner: "yizheng", category: category, listLevel: level,
                totalInvestment: Figure(total)!, annualPlan: Figure(plan)!, stage: stage)
    }

    @Test func everyMoveOfTheStageMachine() {
        let legal: Set<String> = ["reserve>signed", "reserve>started", "signed>started", "started>underConstruction",
                                  "underConstruction>completed", "completed>atFullOutput"]
        for from in ProjectStage.allCases {
            for to in ProjectStage.allCases {
                let result = from.move(to: to)
                if legal.contains("\(from)>\(to)") {
                    #expect(result == .success(to), "\(from) → \(to)")
                } else if from == to {
                    #expect(result == .failure(.same(from)))
                } else if to < from {
                    #expect(result == .failure(.backwards(from: from, to: to)), "\(from) → \(to)")
                } else {
                    #expect(result == .failure(.skips(from: from, to: to, allowed: from.next)), "\(from) → \(to)")
                }
            }
        }
    }

    @Test func sizeTiers() {
        #expect(SizeTier(totalInvestment: 100) == .hundredYi && SizeTier(totalInvestment: Figure("99.99")!) == .tenYi)
        #expect(SizeTier(totalInvestment: 10) == .tenYi && SizeTier(totalInvestment: 1) == .oneYi && SizeTier(totalInvestment: Figure("0.5")!) == .below)
    }

    /// The example rules of PROJECTS.md, worked by hand.
    @Test func theExampleContestByHand() {
        let rules = ContestRules.example
        // A: 产业, 省重大, new start, plan 12 亿, 9 亿 done, under construction:
        // 5 + 20 (≥10 亿) + 15 + 60 × 9/12 = 45 + 20 (province) = 105.
        let a = ContestEntry(project: project("A", .industry, .province, total: "120", plan: "12", stage: .underConstruction), newStart: true, completed: 9)
        #expect(rules.score(a).total == 105)
        // B: 民生, 市重大, continuing, plan 3.5, 1.4 done, in production: 2 + 6 + 8 + 60 × 1.4/3.5 = 24 + 20 = 60.
        let b = ContestEntry(project: project("B", .livelihood, .city, total: "8", plan: "3.5", stage: .completed), newStart: false, completed: Figure("1.4")!)
        #expect(rules.score(b) == ProjectScore(code: "B", start: 2, plan: 6, category: 8, progress: 24, provinceLevel: 0, inProduction: 20))
        // C: still in reserve: nothing.
        let c = ContestEntry(project: project("C", .infrastructure, .county, total: "2", plan: "0.8", stage: .reserve), newStart: false, completed: 0)
        #expect(rules.score(c).total == 0)
        // D: 产业, 县级, new start, plan exactly 5 (the 5–10 tier), 0.3 done: 5 + 10 + 15 + 3.6 = 33.6.
        let d = ContestEntry(project: project("D", .industry, .county, total: "9", plan: "5", stage: .started), newStart: true, completed: Figure("0.3")!)
        #expect(rules.score(d).total == Figure("33.6")!)
        // E: 基础, plan under 1 亿: 2 + 3 + 6 + 60 × 0.2/0.5 = 24 → 35.
        let e = ContestEntry(project: project("E", .infrastructure, .county, total: "0.9", plan: "0.5", stage: .underConstruction), newStart: false, completed: Figure("0.2")!)
        #expect(rules.score(e).total == 35)

        // The county: 105 + 60 + 0 = 165; two concentrated starts but three rewarded already this
        // year (cap 4): one more, +30; one criticism −5 → 190.
        let county = rules.score(org: "yizheng", entries: [a, b, c], concentratedStarts: 2, concentratedStartsBefore: 3, criticisms: 1)
        #expect(county == CountyScore(org: "yizheng", projects: 165, concentratedStarts: 30, deductions: 5, panel: 0))
        #expect(county.total == 190)
        // With the panel weighted in at 0.4 and a site-visit score of 85: + 34 → 224.
        var weighted = rules
        weighted.panelWeight = Figure("0.4")!
        #expect(weighted.score(org: "yizheng", entries: [a, b, c], concentratedStarts: 2, concentratedStartsBefore: 3, criticisms: 1, panel: 85).total == 224)
        // Points tables by size tier and by stage: A (百亿) +10 and under construction +4; a signed
        // project scores its stage's points before any start.
        var tables = rules
        tables.sizeTierPoints = [.hundredYi: 10, .tenYi: 5]
        tables.stagePoints = [.signed: 3, .underConstruction: 4]
        #expect(tables.score(a).total == 119)
        let signed = ContestEntry(project: project("S", .industry, .city, total: "50", plan: "2", stage: .signed), newStart: true, completed: 0)
        #expect(tables.score(signed).total == 3)
        // A cap on progress points.
        var capped = rules
        capped.progressCap = 40
        #expect(capped.score(a).progress == 40)
    }
}

@Suite struct ProjectImportTests {
    let header = "code,name,owner,category,list_level,total_investment,annual_plan,planned_start,stage,listed_in_statistics\n"

    func records(_ text: String) throws -> [InputRecord] { try ImportKind.projects.table(header + text).records }

    @Test func aGoodRegister() throws {
        let inputs = try ProjectImport.validate(try records("""
            yz-tencent,腾讯数据中心,yizheng,infrastructure,province,150.0,30,2020-03,underConstruction,2020-05
            yz-mobile,中国移动数据中心,yizheng,infrastructure,city,50,8.5,2021-10,,
            """), orgs: ["yizheng"], stages: [:])
        #expect(inputs.map(\.project.stage) == [.underConstruction, .reserve])
        #expect(inputs[0].totalText == "150.0" && inputs[0].project.sizeTier == .hundredYi && inputs[1].project.sizeTier == .tenYi)
        #expect(inputs[0].project.listedInStatistics == .month(year: 2020, month: 5))
    }

    @Test func everyBadFieldIsReportedAndNothingPasses() throws {
        do {
            _ = try ProjectImport.validate(try records("""
                a,甲,nowhere,industry,city,1,1,,,
                b,乙,yizheng,factory,city,x,1,2021Q3,,
                a,丙,yizheng,industry,town,1,1,,,
                c,丁,yizheng,industry,city,1,1,,started,
                """), orgs: ["yizheng"], stages: ["c": .reserve])
            Issue.record("should have failed")
        } catch let failure as ImportFailure {
            let found = failure.issues.map { "\($0.line):\($0.column ?? "")" }
            #expect(found == ["2:owner", "3:category", "3:planned_start", "3:total_investment", "4:code", "4:list_level", "5:stage"])
            #expect(failure.issues.last?.reason == .stageByImport(code: "c", stored: "reserve"))
        }
    }
}
