// Project tracking on both databases: monthly progress through the import pipeline (exact text,
// scope and locks by the project's owner, nothing written when a row is bad), a register row
// cannot take another county's project, blockers raised and resolved only by the owner's users,
// concentrated starts of one's own projects, and the contest's rules, inputs and frozen results.
import Foundation
import Testing
import TiaoduCore
@testable import TiaoduStore

@Suite struct ProjectTrackingStoreTests {
    static let register = """
        code,name,owner,category,list_level,total_investment,annual_plan,planned_start,planned_finish,stage
        p1,新能源项目,a,industry,province,120.50,12,2021-02,2023-12,
        p2,学校,b,livelihood,county,2,1.5,2021-03,2021-12,

        """
    let reporterA = Principal(login: "ra", name: "ra", org: "a", roles: [.reporter])
    let reporterB = Principal(login: "rb", name: "rb", org: "b", roles: [.reporter])
    let admin = Principal(login: "admin", name: "admin", org: "city", roles: [.admin])

    func records(_ csv: String) throws -> [InputRecord] { try ImportKind.progress.table(csv).records }

    @Test(arguments: TestDatabase.all)
    func progressIsExactScopedAndLocked(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            try await store.importCSV(.projects, text: Self.register)
            try await store.projects.moveProject("p1", to: .started, by: reporterA, note: nil, source: .api)
            let csv = "code,period,investment,progress\np1,2021-03,1.50,基础施工\np1,2021-04,2.250,主体施工\n"
            let summary = try await store.write(.progress, records: try records(csv), actor: "ra", source: .api, principal: reporterA)
            #expect(summary.inserted == 2)
            #expect(try await store.write(.progress, records: try records(csv), actor: "ra", source: .api, principal: reporterA).unchanged == 2)
            #expect(try await store.projects.progress(year: 2021, code: "p1").map(\.report.investmentText) == ["1.50", "2.250"], "stored as entered")
            #expect(try await store.projects.monthlyInvestment(year: 2021)["p1"] == [3: Figure("1.5")!, 4: Figure("2.25")!])
            // Another county's reporter: refused, nothing written.
            let theirs = "code,period,investment\np1,2021-05,9\n"
            let refused = await failure { try await store.write(.progress, records: try records(theirs), actor: "rb", source: .api, principal: reporterB) }
            #expect(refused?.issues.first?.reason == .outOfScope("a"))
            // A bad row among good ones: nothing written; each problem named.
            let bad = "code,period,investment\np1,2021-05,3\nnope,2021-05,1\np1,2021-Q2,-1\n"
            let issues = await failure { try await store.importCSV(.progress, text: bad) }?.issues.map { "\($0.line):\($0.column ?? "")" }
            #expect(issues == ["3:code", "4:investment", "4:period"])
            #expect(try await store.projects.progress(year: 2021, code: "p1").count == 2)
            // Once the owner's month is submitted, its progress is locked like its figures.
            try await store.cycle.setSubmission(org: "a", period: Period("2021-04")!, status: .submitted, actor: "ra")
            let late = "code,period,investment\np1,2021-04,9\n"
            let locked = await failure { try await store.write(.progress, records: try records(late), actor: "ra", source: .api, principal: reporterA) }
            #expect(locked?.issues.first?.reason == .locked(org: "a", period: "2021-04", lockedBy: "a", status: "submitted"))
            // A register row cannot take over another county's project by naming one's own unit.
            let hijack = "code,name,owner,category,list_level,total_investment,annual_plan\np2,学校,a,livelihood,county,2,1.5\n"
            let taken = await failure { try await store.write(.projects, records: try ImportKind.projects.table(hijack).records, actor: "ra", source: .api, principal: reporterA) }
            #expect(taken?.issues.map(\.reason) == [.outOfScope("b")])
            #expect(try await store.projects.projects(owner: "b").count == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func blockersAndBatches(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            try await store.importCSV(.projects, text: Self.register)
            let raised = Day("2021-07-01")!
            let id = try await store.projects.raiseBlocker("p1", BlockerInput(kind: "land", description: "征地未完成", solver: "自然资源局", due: "2021-08-31"), by: reporterA, today: raised, source: .api)
            await #expect(throws: ImportFailure.self) {
                try await store.projects.raiseBlocker("p1", BlockerInput(kind: "weather", description: "", solver: "x", due: "2021-02-30"), by: reporterA, today: raised, source: .api)
            }
            await #expect(throws: ImportFailure.self) { try await store.projects.resolveBlocker(id, resolution: "已解决", by: reporterB, today: raised, source: .api) }
            await #expect(throws: UnknownProject(code: "nope")) {
                try await store.projects.raiseBlocker("nope", BlockerInput(kind: "land", description: "x", solver: "y", due: nil), by: reporterA, today: raised, source: .api)
            }
            var blocker = try #require(try await store.projects.blocker(id))
            #expect(blocker.isOpen && blocker.age(on: Day("2021-09-30")!) == 91 && blocker.isOverdue(on: Day("2021-09-30")!))
            try await store.projects.resolveBlocker(id, resolution: "土地已挂牌", by: reporterA, today: Day("2021-08-15")!, source: .api)
            blocker = try #require(try await store.projects.blocker(id))
            #expect(!blocker.isOpen && blocker.resolvedBy == "ra" && blocker.age(on: Day("2021-09-30")!) == 45)
            #expect(blocker.isOpen(on: Day("2021-08-01")!), "a past month still shows it open")
            #expect(try await store.auditLog.entries(action: "project.").count >= 2)
            // A batch of one's own projects; another county's project is refused.
            try await store.projects.addConcentratedStart(org: "a", day: "2021-03-18", name: "一季度集中开工", codes: ["p1"], by: reporterA, source: .api)
            let refused = await failure { try await store.projects.addConcentratedStart(org: "a", day: "2021-13-01", name: "x", codes: ["p2"], by: reporterA, source: .api) }
            #expect(refused?.issues.map { $0.column ?? "" } == ["codes", "day"])
            await #expect(throws: ImportFailure.self) { try await store.projects.addConcentratedStart(org: "b", day: "2021-03-18", name: "x", codes: ["p2"], by: reporterA, source: .api) }
            let batches = try await store.projects.concentratedStarts()
            #expect(batches.map(\.codes) == [["p1"]] && batches.first?.day == Day("2021-03-18"))
            // Every kind of project write moves the project counter (servers cache by it); a refused one does not.
            var revision = try await store.projectRevision()
            func moved() async throws -> Bool {
                let now = try await store.projectRevision()
                defer { revision = now }
                return now > revision
            }
            try await store.projects.raiseBlocker("p1", BlockerInput(kind: "other", description: "x", solver: "y", due: nil), by: reporterA, today: raised, source: .api)
            #expect(try await moved())
            try await store.projects.moveProject("p1", to: .started, by: reporterA, note: nil, on: Day("2021-09-26"), source: .api)
            #expect(try await moved())
            // A later stage cannot take effect before the last one did; the histories keep the days.
            await #expect(throws: ImportFailure.self) { try await store.projects.moveProject("p1", to: .underConstruction, by: reporterA, note: nil, on: Day("2021-09-01"), source: .api) }
            let history = try #require(try await store.projects.stageHistories()["p1"])
            #expect(history.stage(on: Day("2021-09-25")!) == .reserve && history.stage(on: Day("2021-09-26")!) == .started)
            #expect(try await store.projects.projectEvents("p1").last?.on == Day("2021-09-26"))
            try await store.importCSV(.progress, text: "code,period,investment\np1,2021-03,1\n")
            #expect(try await moved())
            try await store.importCSV(.projects, text: Self.register.replacingOccurrences(of: "新能源项目", with: "新能源项目二期"))
            #expect(try await moved())
            _ = await failure { try await store.importCSV(.progress, text: "code,period,investment\nnope,2021-03,1\n") }
            #expect(try await moved() == false)
        }
    }

    @Test(arguments: TestDatabase.all)
    func contestRulesInputsAndFrozenResults(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            try await store.importCSV(.projects, text: Self.register)
            try await store.projects.moveProject("p1", to: .started, by: reporterA, note: nil, source: .api)
            try await store.importCSV(.progress, text: "code,period,investment\np1,2021-02,2\np1,2021-03,2.5\n")
            var rules = ContestRules.example
            rules.panelWeight = Figure("0.4")!
            await #expect(throws: ImportFailure.self) { try await store.contest.saveContest(year: 2021, quarter: 1, rules: rules, inputs: [:], by: reporterA, source: .api) }
            try await store.contest.saveContest(year: 2021, quarter: 1, rules: rules, inputs: ["a": ContestCountyInput(panel: Figure("87.5")!, criticisms: 1)], by: admin, source: .api)
            #expect(try await store.contest.contestRules(year: 2021, quarter: 1) == rules, "rules round-trip exactly")
            #expect(try await store.contest.contestInputs(year: 2021, quarter: 1)["a"] == ContestCountyInput(panel: Figure("87.5")!, criticisms: 1))
            let tree = OrgTree(try await store.figures.orgs())
            let sheet = ContestSheet(rules: rules, year: 2021, quarter: 1, tree: tree, projects: try await store.projects.projects().map(\.project),
                                     monthly: try await store.projects.monthlyInvestment(year: 2021), starts: [], inputs: try await store.contest.contestInputs(year: 2021, quarter: 1), previousRanks: [:])
            // a: p1 new start 5 + plan ≥10 亿 20 + 产业 15 + 60 × 4.5/12 = 22.5 + province 20 = 82.5; −5; + 87.5 × 0.4 = 35 → 112.5.
            #expect(sheet.rows.first { $0.org == "a" }?.score.total == Figure("112.5")!)
            // Not before the city has accepted the quarter's last month.
            await #expect(throws: ContestNotReady(month: "2021-03")) { try await store.contest.publishContest(sheet, by: admin, source: .api) }
            try await store.cycle.setSubmission(org: "city", period: Period("2021-03")!, status: .accepted, actor: "test")
            try await store.contest.publishContest(sheet, by: admin, source: .api)
            let published = try #require(try await store.contest.contestResult(year: 2021, quarter: 1))
            #expect(published.rows.map(\.org) == ["a", "b"] && published.rows.first?.score == sheet.rows.first?.score, "stored exactly")
            await #expect(throws: ContestPublished(year: 2021, quarter: 1)) { try await store.contest.publishContest(sheet, by: admin, source: .api) }
            await #expect(throws: ContestPublished(year: 2021, quarter: 1)) { try await store.contest.saveContest(year: 2021, quarter: 1, rules: .example, inputs: [:], by: admin, source: .api) }
        }
    }
}
