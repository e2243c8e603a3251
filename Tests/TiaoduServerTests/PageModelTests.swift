// Page models tested as plain values: built from a small hand-made workspace and a hand-made page
// context (who reads, what is published, the day), with no server, store or HTML. Each test checks
// what a model decides — which rows a reader sees, what is overdue, which moves are offered, the
// order and ranks of a league, the lock on the entry grid — so the pages' end-to-end tests need not
// grep the HTML for it.
import Testing
import TiaoduCore
@testable import TiaoduStore
@testable import TiaoduServer

/// A city with two counties (one peer group) and a zone; county a has two towns, and a grid under
/// its first town. Sales are entered monthly: a 10 → 12 a month, b 20 → 21, the zone 5 → 6, so by
/// August 2021 a has done 96 of 150 (64%), b 168 of 240 (70%), the zone 48 of 80 (60%), against a
/// schedule of 8/12.
enum PageFixture {
    static let orgs = [
        OrgUnit(code: "city", name: "市", parent: nil, kind: .city),
        OrgUnit(code: "a", name: "甲县", parent: "city", kind: .county, peerGroup: "县"),
        OrgUnit(code: "b", name: "乙县", parent: "city", kind: .county, peerGroup: "县"),
        OrgUnit(code: "z", name: "开发区", parent: "city", kind: .zone, peerGroup: "功能区"),
        OrgUnit(code: "a1", name: "甲一镇", parent: "a", kind: .town),
        OrgUnit(code: "a2", name: "甲二镇", parent: "a", kind: .town),
        OrgUnit(code: "a1g", name: "甲一网格", parent: "a1", kind: .grid),
    ]

    static let indicators = [
        Indicator(code: "sales", name: "开票销售", unit: "亿元"),
        Indicator(code: "tax", name: "税收", unit: "亿元", aggregation: .reported, department: "tax-bureau"),
        Indicator(code: "gdp", name: "GDP", unit: "亿元", frequency: .quarterly, accumulation: .cumulative, growthBasis: .real, aggregation: .reported),
        Indicator(code: "share", name: "税收占比", unit: "%", accumulation: .ratio, aggregation: .ratio, decimals: 1, numerator: "tax", denominator: "sales"),
    ]

    static func months(_ org: String, _ year: Int, _ value: Figure, count: Int) -> [Observation] {
        (1...count).map { Observation(org: org, indicator: "sales", period: .month(year: year, month: $0), value: value) }
    }

    static let workspace: Workspace = {
        var observations: [Observation] = []
        observations += PageFixture.months("a", 2020, 10, count: 12) + PageFixture.months("a", 2021, 12, count: 8)
        observations += PageFixture.months("b", 2020, 20, count: 12) + PageFixture.months("b", 2021, 21, count: 8)
        observations += PageFixture.months("z", 2020, 5, count: 12) + PageFixture.months("z", 2021, 6, count: 8)
        observations += PageFixture.months("a1", 2021, 7, count: 8) + PageFixture.months("a2", 2021, 5, count: 8)
        let targets = [
            Target(org: "city", indicator: "sales", year: 2021, type: .amount, value: 500),
            Target(org: "a", indicator: "sales", year: 2021, type: .amount, value: 150),
            Target(org: "b", indicator: "sales", year: 2021, type: .amount, value: 240),
            Target(org: "z", indicator: "sales", year: 2021, type: .amount, value: 80),
        ]
        return Workspace(orgs: PageFixture.orgs, indicators: PageFixture.indicators, targets: targets, observations: observations)
    }()

    static let august = Period.month(year: 2021, month: 8)

    static let admin = Principal(login: "admin", name: "管理员", org: "city", roles: [.admin])
    static let reporterA = Principal(login: "ra", name: "甲县填报员", org: "a", roles: [.reporter])
    static let approverA = Principal(login: "pa", name: "甲县审核员", org: "a", roles: [.approver])
    static let viewerA = Principal(login: "va", name: "甲县查看", org: "a", roles: [.viewer])
    static let taxBureau = Principal(login: "tb", name: "税务局", org: "city", roles: [.department], department: "tax-bureau")

    /// The plain context a page is built from: who reads (signed in with a browser session), what
    /// is published, the period and the day.
    static func page(_ principal: Principal?, period: Period = PageFixture.august, latest: Period? = nil, published: Set<String> = [],
                     today: Day = Day("2021-09-30")!, language: Language = .zh) -> PageContext {
        let signedIn = principal.map { SignedIn(principal: $0, session: (id: "session", csrf: "csrf-token")) }
        let location = PageLocation(path: "/", query: [], language: language, demo: false, signedIn: signedIn)
        let access = ReadAccess(principal: principal, published: published, policy: AccessPolicy(tree: workspace.tree, indicators: workspace.indicators))
        return PageContext(language: language, location: location, workspace: workspace, period: period, latest: latest ?? period,
                           access: access, today: today)
    }

    static func bulletin(parent: String? = nil, period: Period = PageFixture.august) throws -> Bulletin {
        try BulletinEngine(PageFixture.workspace).bulletin(period: period, parent: parent)
    }
}

@Suite struct PageContextTests {
    @Test func scopesAndMonthsFollowWhatTheReaderMayRead() {
        // A county reporter picks among its own units with units below them (the grid is not a scope).
        #expect(PageFixture.page(PageFixture.reporterA).scopes.map(\.code) == ["a", "a1"])
        #expect(PageFixture.page(PageFixture.admin).scopes.map(\.code) == ["city", "a", "a1"])
        // Nobody signed in: only published months, the shown one always among them.
        let july = Period.month(year: 2021, month: 7)
        let visitor = PageFixture.page(nil, period: july, published: ["2021-07", "2021-05"])
        #expect(visitor.months == [july, .month(year: 2021, month: 5)])
        #expect(visitor.csrf == nil && visitor.principal == nil)
        #expect(PageFixture.page(PageFixture.admin).csrf == "csrf-token")
    }

    @Test func signedInReadersSeeEnteredMonthsButNoneThatHasNotCome() {
        let july = Period.month(year: 2021, month: 7)
        let policy = AccessPolicy(tree: PageFixture.workspace.tree, indicators: PageFixture.workspace.indicators)
        func months(latestWritable: Period) -> [Period] {
            let access = ReadAccess(principal: PageFixture.reporterA, published: [], policy: policy, latestWritable: latestWritable)
            return PageContext.offeredMonths(workspace: PageFixture.workspace, access: access, period: july, latest: july)
        }
        // August has figures (being entered) past the cycle's July: offered while it may be written…
        #expect(months(latestWritable: .month(year: 2022, month: 1)).first == .month(year: 2021, month: 8))
        // …but never past the last writable month.
        #expect(months(latestWritable: july).first == july)
        #expect(months(latestWritable: july).count == 7 + 12, "this year to July and the whole year before")
    }
}

@Suite struct StatusModelTests {
    let due = 5
    let august = PageFixture.august

    func submission(_ org: String, _ status: SubmissionStatus, at ms: Int64 = 1_630_634_400_000, by: String = "ra") -> StoredSubmission {
        StoredSubmission(org: org, period: "2021-08", status: status, changedAt: ms, changedBy: by)
    }

    @Test func rowsOnlyForUnitsTheReaderMayReadDepthFirst() {
        let submissions = [submission("a", .submitted), submission("b", .approved)]
        let county = StatusModel(PageFixture.page(PageFixture.reporterA), period: august, submissions: submissions, dueDay: due)
        #expect(county.lines.map(\.code) == ["a", "a1", "a2"], "not the city, not county b, never the grid")
        let admin = StatusModel(PageFixture.page(PageFixture.admin), period: august, submissions: submissions, dueDay: due)
        #expect(admin.lines.map(\.code) == ["city", "a", "a1", "a2", "b", "z"])
        #expect(admin.lines.map(\.depth) == [0, 1, 2, 2, 1, 1])
        #expect(admin.lines.first { $0.code == "b" }?.status == .approved)
        #expect(admin.lines.first { $0.code == "z" }?.status == .draft, "no stored state is a draft")
        let nobody = StatusModel(PageFixture.page(nil, published: ["2021-08"]), period: august, submissions: submissions, dueDay: due)
        #expect(nobody.lines.isEmpty, "states are not for readers who are not signed in")
    }

    /// A unit with no state of its own shows the state of the unit above that closed its figures,
    /// never 「填报中 已逾期」 under an accepted city; it offers no moves of its own.
    @Test func statesAgreeDownTheTree() {
        let accepted = [submission("city", .accepted)]
        let model = StatusModel(PageFixture.page(PageFixture.admin, today: Day("2021-09-30")!), period: august, submissions: accepted, dueDay: due)
        let a1 = model.lines.first { $0.code == "a1" }!
        #expect(a1.status == .accepted && a1.coveredBy == "市" && !a1.overdue && a1.actions.isEmpty)
        #expect(model.lines.allSatisfy { $0.status == .accepted && !$0.overdue })
        #expect(model.lines.first { $0.code == "city" }?.coveredBy == nil, "its own state")
        let approved = StatusModel(PageFixture.page(PageFixture.admin), period: august, submissions: [submission("a", .approved)], dueDay: due)
        #expect(approved.lines.first { $0.code == "a2" }?.status == .approved && approved.lines.first { $0.code == "b" }?.status == .draft)
    }

    @Test func overdueIsJudgedByTheContextsToday() {
        let submissions = [submission("a", .submitted)]
        // Due on 2021-09-05: drafts are overdue after that day, never a submitted unit.
        let late = StatusModel(PageFixture.page(PageFixture.admin, today: Day("2021-09-06")!), period: august, submissions: submissions, dueDay: due)
        #expect(late.due == "2021-09-05")
        #expect(late.lines.filter(\.overdue).map(\.code) == ["city", "b", "z"], "a's towns are closed with a's submission")
        let onTheDay = StatusModel(PageFixture.page(PageFixture.admin, today: Day("2021-09-05")!), period: august, submissions: submissions, dueDay: due)
        #expect(onTheDay.lines.allSatisfy { !$0.overdue })
        // A later due day moves the line.
        let tenth = StatusModel(PageFixture.page(PageFixture.admin, today: Day("2021-09-06")!), period: august, submissions: submissions, dueDay: 10)
        #expect(tenth.due == "2021-09-10" && tenth.lines.allSatisfy { !$0.overdue })
    }

    @Test func movesOfferedByRole() {
        let submissions = [submission("a", .submitted), submission("b", .approved)]
        func actions(_ principal: Principal, _ org: String) -> [ApprovalAction]? {
            StatusModel(PageFixture.page(principal), period: august, submissions: submissions, dueDay: due).lines.first { $0.code == org }?.actions
        }
        #expect(actions(PageFixture.reporterA, "a") == [.withdraw])
        #expect(actions(PageFixture.reporterA, "a1") == [], "a's submission closes its towns: no move of their own")
        #expect(StatusModel(PageFixture.page(PageFixture.reporterA), period: august, submissions: [], dueDay: due).lines.first { $0.code == "a1" }?.actions == [.submit])
        #expect(actions(PageFixture.approverA, "a") == [.approve, .reject])
        #expect(actions(PageFixture.approverA, "a1") == [])
        #expect(actions(PageFixture.viewerA, "a") == [])
        #expect(actions(PageFixture.admin, "a") == [.withdraw, .approve, .reject])
        #expect(actions(PageFixture.admin, "b") == [.reject, .accept])
    }

    @Test func lastChangeAndTheMovesOutcome() {
        let model = StatusModel(PageFixture.page(PageFixture.admin), period: august, submissions: [submission("a", .submitted)], dueDay: due,
                                names: ["ra": "甲县填报员"], moved: "submit")
        #expect(model.lines.first { $0.code == "a" }?.lastChange == "2021-09-03 10:00 甲县填报员", "China time, by name")
        #expect(model.lines.first { $0.code == "b" }?.lastChange == nil)
        #expect(model.message == "已报送，等待审核。")
        let refused = StatusModel(PageFixture.page(PageFixture.admin), period: august, submissions: [], dueDay: due, error: "own")
        #expect(refused.failure == PageText.text(.ownSubmission, .zh) && refused.message == nil, "a refusal is not a success")
        #expect(StatusModel(PageFixture.page(PageFixture.admin), period: august, submissions: [], dueDay: due, error: "bogus").failure == nil)
        #expect(StatusModel(PageFixture.page(PageFixture.admin), period: august, submissions: [], dueDay: due).message == nil)
        // A month returned is a draft again, with the return's reason, by whom and when.
        let back = CycleMove(at: 1_630_634_400_000, actor: "aa", action: .reject, reason: "开票销售有误")
        let returned = StatusModel(PageFixture.page(PageFixture.admin), period: august, submissions: [], dueDay: due,
                                   lastMoves: ["a": back], names: ["aa": "甲县审核员"])
        let a = returned.lines.first { $0.code == "a" }
        #expect(a?.returned == "甲县审核员于2021-09-03 10:00退回，原因：开票销售有误")
        #expect(a?.lastChange == "2021-09-03 10:00 甲县审核员")
    }
}

@Suite struct LeagueModelTests {
    @Test func ranksWithinPeerGroupsBestFirst() throws {
        let sales = PageFixture.workspace.indicator("sales")!
        let model = LeagueModel(PageFixture.page(PageFixture.admin), bulletin: try PageFixture.bulletin(), indicator: sales, sort: nil)
        // Targets exist: by completion (b 70% before a 64%), the zone alone in its group.
        #expect(model.sort == .completion && model.hasTargets)
        #expect(model.parentRow?.code == "city")
        #expect(model.groups.map(\.name) == ["县", "功能区"])
        #expect(model.groups[0].rows.map(\.code) == ["b", "a"])
        #expect(model.groups[0].rows.map(\.row.rank.completion) == [1, 2])
        #expect(model.groups[0].rows.map(\.row.rank.growth) == [2, 1], "a grew 20%, b 5%")
        #expect(model.groups[1].rows.map(\.code) == ["z"])
        #expect(model.scopeName == "市" && model.indicatorName == "开票销售")
    }

    @Test func theChosenColumnOrdersTheRows() throws {
        let sales = PageFixture.workspace.indicator("sales")!
        let bulletin = try PageFixture.bulletin()
        func order(_ sort: LeagueSort) -> [String] {
            LeagueModel(PageFixture.page(PageFixture.admin), bulletin: bulletin, indicator: sales, sort: sort).groups[0].rows.map(\.code)
        }
        #expect(order(.growth) == ["a", "b"])
        #expect(order(.total) == ["b", "a"])
        #expect(order(.gap) == ["b", "a"])
        // Lower is better for a falling indicator, except the gap (ahead is always better).
        let falling = Indicator(code: "sales", name: "开票销售", unit: "亿元", direction: .down)
        let rows = LeagueModel(PageFixture.page(PageFixture.admin), bulletin: bulletin, indicator: sales, sort: .total).groups[0].rows
        #expect(LeagueModel.sorted(rows, by: .total, direction: falling.direction).map(\.code) == ["a", "b"])
        #expect(LeagueModel.sorted(rows, by: .gap, direction: falling.direction).map(\.code) == ["b", "a"])
    }

    /// Unasked, the table is sorted by the indicator's ranking measure: completion for an amount
    /// target, growth for a growth target (which has no 完成率 column to show or sort by).
    @Test func theDefaultOrderIsTheIndicatorsRankingMeasure() throws {
        let sales = PageFixture.workspace.indicator("sales")!
        let page = PageFixture.page(PageFixture.admin)
        // Amount targets: b has done 70%, a 64% — b first, though a grew faster.
        let byCompletion = LeagueModel(page, bulletin: try PageFixture.bulletin(), indicator: sales, sort: nil)
        #expect(byCompletion.sort == .completion && byCompletion.showsCompletion && byCompletion.showsSchedule && !byCompletion.gapAgainstTarget)
        #expect(byCompletion.groups[0].rows.map(\.code) == ["b", "a"])
        // The same figures against growth targets: a grew 20%, b 5% — a first, and no 完成率 anywhere.
        var workspace = PageFixture.workspace
        workspace.apply(targets: [("city", 7), ("a", 8), ("b", 6), ("z", 10)].map {
            Target(org: $0.0, indicator: "sales", year: 2021, type: .growth, value: Figure($0.1))
        })
        let growthBulletin = try BulletinEngine(workspace).bulletin(period: PageFixture.august, parent: nil)
        let byGrowth = LeagueModel(page, bulletin: growthBulletin, indicator: sales, sort: nil)
        #expect(byGrowth.sort == .growth && byGrowth.targetType == .growth && byGrowth.gapAgainstTarget)
        #expect(!byGrowth.showsCompletion && !byGrowth.showsSchedule, "a growth target has neither 完成率 nor 序时")
        #expect(byGrowth.groups[0].rows.map(\.code) == ["a", "b"])
        #expect(LeagueModel(page, bulletin: growthBulletin, indicator: sales, sort: .completion).sort == .growth, "no sorting by a column of dashes")
        let html = LeagueView.render(byGrowth, page)
        #expect(!html.contains(PageText.text(.completion, .zh)) && html.contains(PageText.text(.leagueGapToTarget, .zh)))
        // Lower is better: the smallest growth first; a unit without the figure is last either way.
        let falling = Indicator(code: "sales", name: "开票销售", unit: "亿元", direction: .down)
        #expect(LeagueModel(page, bulletin: growthBulletin, indicator: falling, sort: nil).groups[0].rows.map(\.code) == ["b", "a"])
        let empty = BulletinRow(org: "x", indicator: "sales", isParent: false)
        let none = LeagueModel.Row(code: "x", name: "x", row: empty, cells: BulletinCells(empty, indicator: sales, language: .zh))
        #expect(LeagueModel.sorted([none] + byGrowth.groups[0].rows, by: .growth, direction: .up).map(\.code) == ["a", "b", "x"])
        #expect(LeagueModel.sorted([none] + byGrowth.groups[0].rows, by: .growth, direction: .down).map(\.code) == ["b", "a", "x"])
        // Rates and ratios are ranked by their level, never by 完成率; no target: by growth.
        let share = PageFixture.workspace.indicator("share")!
        #expect(LeagueModel.measure(of: share, targetType: .amount) == .total)
        #expect(LeagueModel.measure(of: sales, targetType: .rate) == .total)
        #expect(LeagueModel.measure(of: sales, targetType: .count) == .completion)
        #expect(LeagueModel.measure(of: sales, targetType: nil) == .growth)
    }
}

@Suite struct EntryModelTests {
    let august = PageFixture.august

    func unit(_ code: String) -> OrgUnit { PageFixture.workspace.tree[code]! }

    func value(_ org: String, _ period: String, _ value: String) -> StoredValue {
        StoredValue(org: org, indicator: "sales", period: period, value: value, growth: nil, updatedAt: 0, updatedBy: "ra")
    }

    @Test func theLockIsTheNearestUnitAboveThatIsNotADraft() {
        let page = PageFixture.page(PageFixture.reporterA)
        let open = EntryModel(page, unit: unit("a1"), period: august, stored: [], states: ["a1": .draft, "b": .accepted])
        #expect(open.lock == nil)
        let county = EntryModel(page, unit: unit("a1"), period: august, stored: [], states: ["a": .submitted])
        #expect(county.lock?.name == "甲县" && county.lock?.status == .submitted)
        let own = EntryModel(page, unit: unit("a1"), period: august, stored: [], states: ["a1": .approved, "city": .accepted])
        #expect(own.lock?.name == "甲一镇" && own.lock?.status == .approved, "the unit itself before the units above it")
    }

    @Test func unitsAndLinesFollowWhatTheUserMayEnter() {
        let county = EntryModel(PageFixture.page(PageFixture.reporterA), unit: unit("a1"), period: august, stored: [])
        #expect(county.units.map(\.code) == ["a", "a1", "a2"], "their own units, never a grid")
        #expect(county.lines.map(\.code) == ["sales", "tax"], "monthly indicators that are entered (not the quarterly GDP, not the ratio)")
        // A department enters its own indicators in every unit.
        let department = EntryModel(PageFixture.page(PageFixture.taxBureau), unit: unit("a"), period: august, stored: [])
        #expect(department.lines.map(\.code) == ["tax"])
        #expect(department.units.map(\.code) == ["city", "a", "b", "z", "a1", "a2"], "every unit that reports figures, in the order of the tree as imported")
        // A quarter shows the quarterly indicators.
        let q2 = EntryModel(PageFixture.page(PageFixture.reporterA), unit: unit("a"), period: .quarter(year: 2021, quarter: 2), stored: [])
        #expect(q2.lines.map(\.code) == ["gdp"])
    }

    @Test func storedValuesDueDatesAndThePlausibilityWarnings() {
        // 300 in August on top of 12 a month: 384 from January against 80 a year earlier, 4.8 times.
        let stored = [value("a", "2021-08", "300"), value("a", "2021-07", "12"), value("a", "2020-08", "10")]
        let model = EntryModel(PageFixture.page(PageFixture.reporterA), unit: unit("a"), period: august, stored: stored,
                               dueDay: 10, departmentDueDays: ["tax-bureau": 15], saved: 2)
        let sales = model.lines.first { $0.code == "sales" }, tax = model.lines.first { $0.code == "tax" }
        #expect(sales?.value == "300" && sales?.lastPeriod == "12" && sales?.lastYear == "10")
        #expect(sales?.warnings == ["累计数384.00亿元是上年同期（80.00亿元）的4.8倍，请核对。"])
        #expect(tax?.value == "" && tax?.warnings == [])
        #expect(model.warningCount == 1)
        #expect(model.due == "2021-09-10")
        #expect(sales?.due == nil && tax?.due == "2021-09-15", "the tax bureau's indicators are due on its own day")
        #expect(model.saved == 2)
        // The month after the latest comes first among the periods offered.
        #expect(model.periods.first == .month(year: 2021, month: 9))
        // After a refused save the warnings follow what was typed.
        var typed = model
        typed.lines[0].value = "13"
        typed.rewarn(PageFixture.page(PageFixture.reporterA))
        #expect(typed.warningCount == 0)
    }
}

@Suite struct ScorecardModelTests {
    func ownRows(_ code: String) throws -> Bulletin {
        var bulletin = try PageFixture.bulletin(parent: "city")
        bulletin.rows = bulletin.rows.filter { $0.org == code }
        return bulletin
    }

    @Test func rowsWithFiguresAndWhatIsBehind() throws {
        let a = PageFixture.workspace.tree["a"]!
        let model = ScorecardModel(PageFixture.page(PageFixture.admin), unit: a, bulletin: try ownRows("a"))
        #expect(model.lines.map(\.code) == ["sales"], "indicators without figures are left out")
        #expect(model.behind.map(\.code) == ["sales"], "64% against a schedule of 66.7%")
        #expect(model.lines[0].sentence.contains("甲县"))
        #expect(model.children.map { $0.code } == ["a1", "a2"])
        #expect(model.parentName == "市")
        let b = ScorecardModel(PageFixture.page(PageFixture.admin), unit: PageFixture.workspace.tree["b"]!, bulletin: try ownRows("b"))
        #expect(b.behind.isEmpty && !b.hasChildren, "b is ahead of schedule")
    }

    @Test func ranksOnlyForReadersOfEveryUnitRanked() throws {
        let a = PageFixture.workspace.tree["a"]!
        let county = ScorecardModel(PageFixture.page(PageFixture.reporterA), unit: a, bulletin: try ownRows("a"))
        #expect(county.ranksWithheld && !county.ranked, "before publication a county does not read its peers")
        let admin = ScorecardModel(PageFixture.page(PageFixture.admin), unit: a, bulletin: try ownRows("a"))
        #expect(admin.ranked && !admin.ranksWithheld)
        let published = ScorecardModel(PageFixture.page(PageFixture.reporterA, published: ["2021-08"]), unit: a, bulletin: try ownRows("a"))
        #expect(published.ranked, "once published everybody sees the ranks")
        let city = ScorecardModel(PageFixture.page(PageFixture.admin), unit: PageFixture.workspace.tree["city"]!, bulletin: try ownRows("city"))
        #expect(!city.ranked && !city.ranksWithheld, "the root has nobody to be ranked among")
    }
}

@Suite struct BulletinPageModelTests {
    @Test func theBulletinReadsAsAReport() throws {
        let model = BulletinPageModel(PageFixture.page(PageFixture.admin), bulletin: try PageFixture.bulletin())
        #expect(model.parentName == "市")
        // The masthead: title, 期号 and the day the page is made.
        #expect(model.masthead.title == "市主要经济指标运行情况通报")
        #expect(model.masthead.issue == "2021年第8期" && model.masthead.span == "2021年1—8月" && model.masthead.date == "2021年9月30日")
        // 一、总体情况: counted from the scope's rows (sales: 52.8% against 66.7%, red).
        // The statuses by their one word each: 正常 / 预警 / 滞后.
        #expect(model.overview.hasPrefix("1—8月，市纳入通报的1项指标中，设有年度目标的1项：正常0项，预警0项，滞后1项。滞后的是：开票销售。"))
        // 二、分指标情况: one paragraph per indicator — the scope's sentence, then its units by peer group,
        // not one sentence per unit. The city: 264 (a 96 + b 168; the zone overlaps) against 240 a year before, of 500, at 8/12.
        #expect(model.paragraphs.map(\.code) == ["sales"])
        let paragraph = try #require(model.paragraphs.first)
        #expect(paragraph.title == "（一）开票销售。")
        #expect(paragraph.text == "1—8月，市开票销售完成264.00亿元，同比增长10.0%，完成年度目标的52.8%，落后序时进度13.9个百分点。"
                + "县中，完成率居首位的是乙县 70.0%；落后序时进度的有甲县。")
        #expect(!paragraph.text.contains("1—8月，甲县"), "no sentence of its own for each unit")
        // 三、存在问题, from the figures: the city is behind schedule; nothing else stands out.
        #expect(model.issues == ["部分指标进度滞后：开票销售完成年度目标的52.8%，落后序时进度13.9个百分点。"])
        // 附表: one table, units as rows in peer-group blocks, the indicator over its columns in a two-row head.
        let table = try #require(model.annex.first)
        #expect(model.annex.count == 1 && table.head.count == 2)
        #expect(table.head[0].map(\.text) == ["地区", "开票销售（亿元）"])
        #expect(table.head[0][0].rowspan == 2 && table.head[0][1].colspan == 3)
        #expect(table.head[1].map(\.text) == ["累计", "同比%", "完成率%"] && table.head[1][2].note == "序时66.7%")
        #expect(table.lines.map(\.name) == ["市", "县", "甲县", "乙县", "功能区", "开发区"])
        #expect(table.lines.map(\.kind) == [.parent, .group, .unit, .unit, .group, .unit])
        #expect(table.lines[0].cells.map(\.text) == ["264.00", "10.0", "52.8"])
        #expect(table.lines[3].cells.map(\.text) == ["168.00", "5.0", "70.0"])
        #expect(model.footnotes.isEmpty && !model.hasPartial)
    }

    @Test func anUnreconciledTotalIsFootnotedAsTheReportedFigure() throws {
        // County a reports 96 of its own while its towns add up to 90.
        var bulletin = try PageFixture.bulletin()
        let index = try #require(bulletin.rows.firstIndex { $0.org == "a" && $0.indicator == "sales" })
        bulletin.rows[index].mismatch = true
        bulletin.rows[index].childrenSum = 90
        let model = BulletinPageModel(PageFixture.page(PageFixture.admin), bulletin: bulletin)
        let a = try #require(model.annex.first?.lines.first { $0.org == "a" })
        #expect(a.cells[0].text == "96.00" && a.cells[0].mark == "①", "the reported figure, marked")
        #expect(model.footnotes.map(\.mark) == ["①"])
        #expect(model.footnotes.first?.text == "甲县开票销售上报数96.00亿元，与所辖镇街合计90.00亿元不一致，本表采用上报数。")
        // Named among the issues too, which are now numbered.
        #expect(model.issues.count == 2 && model.issues[0].hasPrefix("一是部分指标进度滞后"))
        #expect(model.issues[1] == "二是部分上报数与所辖单位合计不一致：甲县开票销售，附表采用上报数并加注说明。")
    }

    @Test func inEnglishGroupsAndHeadingsAreEnglish() throws {
        let model = BulletinPageModel(PageFixture.page(PageFixture.admin, language: .en), bulletin: try PageFixture.bulletin())
        #expect(model.masthead.issue == "No. 8, 2021" && model.masthead.date == "30 Sep 2021")
        let table = try #require(model.annex.first)
        #expect(table.head[0].map(\.text) == ["Area", "开票销售 (100 million yuan)"])
        #expect(table.lines.map(\.name).contains("development zones") && !table.lines.map(\.name).contains("功能区"))
        #expect(model.overview.hasPrefix("In Jan–Aug, 1 of the 1 indicators in 市's bulletin had an annual target: 0 on track, 0 in warning and 1 behind."))
        // Sentences say amounts in English units: 264.00亿元 is 26.400 billion yuan; no 亿 anywhere in the text.
        #expect(model.paragraphs.first?.text.contains("reached 26.400 billion yuan") == true)
        #expect(!(model.overview + model.paragraphs.map(\.text).joined() + model.issues.joined()).contains("亿"))
        #expect(Catalogue.groupName("县市区", .en) == "counties and districts" && Catalogue.groupName("I类镇", .en) == "I类镇")
        #expect(BulletinReport.chineseNumber(12) == "十二" && BulletinReport.chineseNumber(22) == "二十二" && BulletinReport.footnoteMark(2) == "②")
    }
}

@Suite struct DashboardAndIndicatorModelTests {
    @Test func dashboardCardsTallyAndTheUnitsGaps() throws {
        let model = DashboardModel(PageFixture.page(PageFixture.admin), bulletin: try PageFixture.bulletin())
        #expect(model.cards.map(\.code) == ["sales"], "only indicators with figures")
        let card = try #require(model.cards.first)
        // The city: 264 of 500 (52.8%) against 66.7% — red.
        #expect(card.status == .red && card.hasTarget)
        #expect(model.tally.map { $0.count } == [1, 0, 0, 0], "red, amber, green, no target")
        // One word per status, the same as the legends and the league's status column.
        #expect(model.tally.map { PageText.text($0.label, .zh) } == ["滞后", "预警", "正常", "无目标"])
        #expect(model.tally.map { PageText.text($0.label, .en) } == ["behind", "warning", "on track", "no target"])
        #expect(model.tally.dropLast().map { PageText.text($0.label, .zh) } == [Status.red, .amber, .green].map { Catalogue.status($0, .zh) })
        #expect(card.gapText == "落后序时进度13.9个百分点")
        #expect(card.unit == "亿元")
        let english = DashboardModel(PageFixture.page(PageFixture.admin, language: .en), bulletin: try PageFixture.bulletin())
        #expect(english.cards.first?.unit == "100 million yuan")
        // The units' gaps, worst first: the zone 60% (−6.7), a 64% (−2.7), b 70% (+3.3), each with its own status.
        #expect(card.bars.map(\.code) == ["z", "a", "b"] && card.bars.map(\.text) == ["-6.7", "-2.7", "+3.3"])
        #expect(card.bars.map(\.status) == [.red, .amber, .green])
        // Ranked by completion: a is last of the counties; the zone, alone in its group, is nobody's last.
        #expect(card.lastInGroups == "末位：甲县（县）")
    }

    /// What the dashboard decides from a bulletin's rows (hand-made here, not computed): the order
    /// of severity and who is last in each peer group.
    @Test func redFirstLargestShortfallFirstAndWhoIsLast() throws {
        // A second zone, so that both peer groups have a last, and an indicator with no target.
        let orgs = PageFixture.orgs + [OrgUnit(code: "y", name: "新城", parent: "city", kind: .zone, peerGroup: "功能区")]
        let workspace = Workspace(orgs: orgs, indicators: PageFixture.indicators + [Indicator(code: "fdi", name: "实际使用外资", unit: "亿美元")])
        let base = PageFixture.page(PageFixture.admin)
        func page(_ language: Language) -> PageContext {
            PageContext(language: language, location: base.location, workspace: workspace, period: PageFixture.august, latest: PageFixture.august,
                        access: base.access, today: base.today)
        }
        func row(_ org: String, _ indicator: String, group: String? = nil, type: TargetType? = .amount, gap: Figure?, status: Status?,
                 rank: Ranks = Ranks()) -> BulletinRow {
            BulletinRow(org: org, indicator: indicator, isParent: org == "city", peerGroup: group, ytd: 10, target: type == nil ? nil : 20,
                        targetType: type, gap: gap, status: status, rank: rank)
        }
        let rows = [
            // 开票销售: red, 13.9 points behind, no units below.
            row("city", "sales", gap: Figure("-13.9")!, status: .red),
            // 税收: red, 20 points behind — the larger shortfall, so first.
            row("city", "tax", gap: -20, status: .red),
            row("a", "tax", group: "县", gap: -22, status: .red, rank: Ranks(completion: 2)),
            row("b", "tax", group: "县", gap: -18, status: .red, rank: Ranks(completion: 1)),
            row("z", "tax", group: "功能区", gap: 5, status: .green, rank: Ranks(completion: 1)),
            row("y", "tax", group: "功能区", gap: -1, status: .amber, rank: Ranks(completion: 2)),
            // GDP: amber against a growth target; the counties share the only rank and the zone is alone.
            row("city", "gdp", type: .growth, gap: -2, status: .amber),
            row("a", "gdp", group: "县", type: .growth, gap: -3, status: .amber, rank: Ranks(growth: 1)),
            row("b", "gdp", group: "县", type: .growth, gap: -1, status: .amber, rank: Ranks(growth: 1)),
            row("z", "gdp", group: "功能区", type: .growth, gap: 1, status: .green, rank: Ranks(growth: 1)),
            // 税收占比: green against a rate target; 外资: no target.
            row("city", "share", type: .rate, gap: 1, status: .green),
            row("city", "fdi", type: nil, gap: nil, status: nil),
        ]
        let bulletin = Bulletin(period: PageFixture.august, parent: "city", rows: rows)
        let model = DashboardModel(page(.zh), bulletin: bulletin)
        #expect(model.cards.map(\.code) == ["tax", "sales", "gdp", "share", "fdi"], "red (largest shortfall first), amber, green, no target")
        #expect(model.tally.map { $0.count } == [2, 1, 1, 1])
        #expect(model.tally.map { $0.anchor } == ["status-red", "status-amber", "status-green", "status-none"])
        let tax = try #require(model.cards.first)
        #expect(tax.bars.map(\.code) == ["a", "b", "y", "z"] && tax.bars.map(\.text) == ["-22.0", "-18.0", "-1.0", "+5.0"])
        #expect(tax.gapText == "落后序时进度20.0个百分点")
        #expect(tax.lastInGroups == "末位：甲县（县）、新城（功能区）")
        let sales = model.cards[1]
        #expect(sales.bars.isEmpty && sales.lastInGroups == nil && !sales.hasUnits)
        let gdp = model.cards[2]
        #expect(gdp.lastInGroups == nil, "a rank all share, or a group of one, has nobody last")
        #expect(gdp.againstTarget && gdp.gapText == "低于全年目标2.0个百分点", "a growth target is not 序时")
        #expect(model.cards[3].gapText == "高于全年目标1.0个百分点")
        let english = DashboardModel(page(.en), bulletin: bulletin)
        #expect(english.cards.first?.lastInGroups == "Last: 甲县 (县), 新城 (development zones)", "peer groups in English words")
        #expect(english.cards.first?.gapText == "20.0 points behind schedule")
    }

    @Test func indicatorPageComparesTheScopesUnitsTheRouteRead() throws {
        let sales = PageFixture.workspace.indicator("sales")!
        let b = PageFixture.workspace.tree["b"]!
        // b has no units below it: its siblings are compared, in the city's bulletin.
        #expect(IndicatorPageModel.comparisonScope(of: b, in: PageFixture.workspace.tree) == "city")
        #expect(IndicatorPageModel.comparisonScope(of: PageFixture.workspace.tree["a"]!, in: PageFixture.workspace.tree) == "a")
        let rows = try PageFixture.bulletin().rows
        let model = IndicatorPageModel(PageFixture.page(PageFixture.admin), indicator: sales, unit: b, history: [], comparison: rows)
        // Best first: b has done 70%, a 64%, the zone 60%.
        #expect(model.bars.map(\.code) == ["b", "a", "z"])
        #expect(model.bars.map(\.text) == ["70.0%", "64.0%", "60.0%"])
        #expect(model.chartKind == .cumulative && model.targetLine == nil)
        #expect(model.schedule?.fixed(1) == "66.7")
        #expect(model.months.count == 12 && model.months[7].actual == 168 && model.months[8].actual == nil, "to August: 8 × 21")
        #expect(model.months[7].lastYear == 160)
        // A reader who may not read the scope gets no comparison from the route: no bars.
        let county = IndicatorPageModel(PageFixture.page(PageFixture.reporterA), indicator: sales, unit: PageFixture.workspace.tree["a"]!, history: [], comparison: [])
        #expect(county.bars.isEmpty && county.schedule == nil)
        #expect(county.units.map(\.code) == ["a", "a1", "a2"], "the unit picker offers only readable units that report")
        // The league of the city is linked only for who may open it: b's reporter not before publication.
        let reporterB = Principal(login: "rb", name: "乙县填报员", org: "b", roles: [.reporter])
        let before = IndicatorPageView.render(IndicatorPageModel(PageFixture.page(reporterB), indicator: sales, unit: b, history: [], comparison: []), PageFixture.page(reporterB))
        #expect(!before.contains("/league?"))
        let published = PageFixture.page(reporterB, published: ["2021-08"])
        #expect(IndicatorPageView.render(IndicatorPageModel(published, indicator: sales, unit: b, history: [], comparison: rows), published).contains("/league?indicator=sales&amp;parent=city"))
    }
}

@Suite struct ProjectsOverviewModelTests {
    static func project(_ code: String, owner: String, stage: ProjectStage, plannedStart: Period? = nil, chain: String = "新能源") -> Project {
        Project(code: code, name: "项目" + code, owner: owner, chain: chain, category: .industry, listLevel: .city,
                totalInvestment: 100, annualPlan: 10, plannedStart: plannedStart, stage: stage)
    }

    static let projects = [
        ProjectsOverviewModelTests.project("pa", owner: "a", stage: .started),
        ProjectsOverviewModelTests.project("pa2", owner: "a", stage: .reserve, plannedStart: .month(year: 2021, month: 5)),
        ProjectsOverviewModelTests.project("pb", owner: "b", stage: .started, chain: "集成电路"),
        ProjectsOverviewModelTests.project("pz", owner: "z", stage: .reserve, plannedStart: .month(year: 2021, month: 3)),
    ]

    static let blockers = [
        Blocker(id: 1, code: "pa", kind: .land, description: "用地未批", solver: "自然资源局", due: nil, raised: Day("2021-08-10")!, raisedBy: "ra"),
        Blocker(id: 2, code: "pa", kind: .labour, description: "用工", solver: "人社局", due: nil, raised: Day("2021-09-02")!, raisedBy: "ra"),
        Blocker(id: 3, code: "pa", kind: .power, description: "用电", solver: "供电", due: nil, raised: Day("2021-07-01")!, raisedBy: "ra",
                resolved: Day("2021-08-20")!, resolvedBy: "ra", resolution: "已接电"),
        Blocker(id: 4, code: "pb", kind: .funding, description: "资金", solver: "财政局", due: nil, raised: Day("2021-08-01")!, raisedBy: "rb"),
    ]

    /// What ScopedReader.projectOverview gives a reader: every project in the figures, only the
    /// readable ones in the lists, and no cross-area figures for a reader of part of the city.
    static func overview(readableOwners: Set<String>, readsCity: Bool) -> ProjectOverview {
        var portfolio = Portfolio(projects: Self.projects, monthly: [:], tree: PageFixture.workspace.tree, asOf: AsOf(year: 2021, month: 8))
        if !readsCity { portfolio = portfolio.withoutCrossAreaFigures() }
        let readable = Dictionary(uniqueKeysWithValues: Self.projects.filter { readableOwners.contains($0.owner) }
            .map { ($0.code, StoredProject(project: $0, totalText: "100", planText: "10")) })
        let starts = [
            ConcentratedStart(id: 1, org: "a", day: Day("2021-04-01")!, name: "春季集中开工", codes: ["pa", "pb", "gone"]),
            ConcentratedStart(id: 2, org: "a", day: Day("2020-10-01")!, name: "去年秋季", codes: ["pa"]),
        ]
        return ProjectOverview(portfolio: portfolio, readable: readable, blockers: Self.blockers.filter { readable[$0.code] != nil },
                               starts: starts, startTotals: [1: 200, 2: 100], all: Dictionary(uniqueKeysWithValues: Self.projects.map { ($0.code, $0) }))
    }

    /// August, looked at on 2021-09-20 while September is the latest month.
    static func page(_ principal: Principal) -> PageContext {
        PageFixture.page(principal, latest: .month(year: 2021, month: 9), today: Day("2021-09-20")!)
    }

    @Test func aCountyReaderSeesNoCityFigures() {
        let model = ProjectsOverviewModel(Self.page(PageFixture.reporterA), overview: Self.overview(readableOwners: ["a"], readsCity: false))
        #expect(model.city == nil, "no headline of the whole city")
        #expect(model.areas.map(\.key) == ["a"], "only its own area")
        #expect(model.chains.isEmpty && model.ranks.isEmpty)
        #expect(model.behind.map(\.project.code) == ["pa"])
        #expect(model.notStarted.map(\.code) == ["pa2"])
        #expect(model.unreported.map { $0.unit.code } == ["a"] && model.unreported[0].projects.map(\.code) == ["pa"])
    }

    @Test func aReaderOfTheCitySeesEveryArea() {
        let model = ProjectsOverviewModel(Self.page(PageFixture.admin), overview: Self.overview(readableOwners: ["a", "b", "z"], readsCity: true))
        #expect(model.city?.projects == 4)
        #expect(model.areas.map(\.key) == ["city", "a", "b", "z"])
        #expect(Set(model.chains.map(\.key)) == ["新能源", "集成电路"])
        #expect(model.behind.map(\.project.code) == ["pa", "pb"])
        #expect(model.notStarted.map(\.code) == ["pz", "pa2"], "longest overdue first")
        #expect(model.unreported.map { $0.unit.code } == ["a", "b"])
    }

    @Test func blockersAreThoseOpenAtTheEndOfAPastMonth() {
        let model = ProjectsOverviewModel(Self.page(PageFixture.reporterA), overview: Self.overview(readableOwners: ["a"], readsCity: false))
        #expect(model.asOf == Day("2021-08-31")!, "August is past: its last day, not today")
        #expect(model.openBlockers.map(\.id) == [1], "not one raised in September, not one resolved in August, not b's")
        // The latest month looks from today.
        let now = PageFixture.page(PageFixture.reporterA, period: .month(year: 2021, month: 9), today: Day("2021-09-20")!)
        #expect(ProjectsOverviewModel.asOfDay(now) == Day("2021-09-20")!)
    }

    @Test func batchesOfTheYearAndWhoMayRegister() {
        let county = ProjectsOverviewModel(Self.page(PageFixture.reporterA), overview: Self.overview(readableOwners: ["a"], readsCity: false))
        #expect(county.batches.map(\.start.id) == [1], "only this year's")
        #expect(county.batches[0].members.map(\.linked) == [true, false, false], "b's project is named, not linked; an unknown code is shown as it is")
        #expect(county.batches[0].members.map(\.name) == ["项目pa", "项目pb", "gone"])
        #expect(county.batches[0].total == 200)
        #expect(county.ownerUnits.map(\.code) == ["a"] && county.canRegister, "a county reporter registers for its county, not its towns")
        #expect(county.batchCandidates.map(\.code) == ["pa", "pa2"])
        let viewer = ProjectsOverviewModel(Self.page(PageFixture.viewerA), overview: Self.overview(readableOwners: ["a"], readsCity: false))
        #expect(viewer.ownerUnits.isEmpty && !viewer.canRegister && viewer.batchCandidates.isEmpty)
        let admin = ProjectsOverviewModel(Self.page(PageFixture.admin), overview: Self.overview(readableOwners: ["a", "b", "z"], readsCity: true))
        #expect(admin.ownerUnits.map(\.code) == ["city", "a", "b", "z"])
    }
}

@Suite struct ContestRulesTextTests {
    /// The demo's second quarter (TiaoduDemo's DemoProjectTracking.contests): the example rules
    /// with the panel's score weighted at 0.3.
    static var demoRules: ContestRules {
        var rules = ContestRules.example
        rules.panelWeight = Figure("0.3")!
        return rules
    }

    static var reading: ContestReading {
        ContestReading(rules: demoRules, inputs: [:], sheet: nil, published: nil, quarters: [(year: 2021, quarter: 2)])
    }

    @Test func theContestPageStatesTheRulesInSentences() {
        let html = ContestPageView.render(Self.reading, year: 2021, quarter: 2, PageFixture.page(PageFixture.admin), isAdmin: false)
        for sentence in ["只有已开工的项目（本年新开工和续建）计项目得分。", "本年新开工的项目每个计5分。", "续建项目每个计2分。",
                         "年度计划投资10亿元以上的项目每个加20分。", "年度计划投资5亿元以上、不足10亿元的项目每个加10分。",
                         "年度计划投资1亿元以上、不足5亿元的项目每个加6分。", "年度计划投资不足1亿元的项目每个加3分。",
                         "产业类项目每个加15分。", "民生类项目每个加8分。", "基础设施类项目每个加6分。",
                         "进度分按本年完成投资占年度计划投资的比例计算，完成全年计划得60分。", "进度分不设上限，超过年度计划的按比例多得分。",
                         "省重大项目每个加20分。", "竣工投产的项目每个加20分。", "每组织一次集中开工加30分，每年最多计4次。",
                         "每被通报批评一次扣5分。", "现场观摩评分（百分制）乘以0.3计入总分。"] {
            #expect(html.contains("<li>\(sentence)</li>"), "the rules say 「\(sentence)」")
        }
        #expect(!html.contains("≥10") && !html.contains("空为不设") && !html.contains("纳入统计库"), "no configuration, no rule worth nothing")
        let en = ContestPageView.render(Self.reading, year: 2021, quarter: 2, PageFixture.page(PageFixture.admin, language: .en), isAdmin: false)
        // English says the plan thresholds in billions: 5亿元 is 0.5 billion yuan.
        #expect(en.contains("<li>Each project with an annual plan of 0.5 billion yuan or more but under 1 billion yuan adds 10 points.</li>"))
        #expect(!en.contains("亿"), "no 亿 on an English page")
        #expect(en.contains("<li>Progress points have no cap: investing beyond the plan earns more in proportion.</li>"))
    }

    @Test func aCapAndStagePointsAreSaidToo() {
        var rules = Self.demoRules
        rules.progressCap = 40
        rules.stagePoints = [.signed: 5]
        rules.listedPoints = 10
        let sentences = ContestRulesText.sentences(rules, .zh)
        #expect(sentences.contains("每个项目的进度分最多40分。") && !sentences.contains { $0.hasPrefix("进度分不设上限") })
        #expect(sentences.first == "除所处阶段的加分外，只有已开工的项目（本年新开工和续建）计项目得分。")
        #expect(sentences.contains("处于“签约”阶段的项目每个加5分。") && sentences.contains("已列统（纳入统计库）的项目每个加10分。"))
    }

    /// The admin's form keeps its inputs, labelled in words; an empty cap reads 「不设上限」.
    @Test func theFormSaysWhatEachFieldScores() {
        let html = ContestPageView.render(Self.reading, year: 2021, quarter: 2, PageFixture.page(PageFixture.admin), isAdmin: true)
        #expect(html.contains("name=\"progress_cap\" value=\"\" placeholder=\"不设上限\""))
        #expect(html.contains("省重大项目加分") && html.contains("产业类项目每个加分") && !html.contains("空为不设"))
    }
}

/// The charts' models: what each chart shows and in which order, and that the chart fits the
/// indicator (a rate is a level against its target line, never a 累计进度).
@Suite struct ChartModelTests {
    /// A page on another workspace than the fixture's (read by the admin).
    static func page(_ workspace: Workspace, published: Set<String> = []) -> PageContext {
        let signedIn = SignedIn(principal: PageFixture.admin, session: (id: "session", csrf: "csrf-token"))
        let location = PageLocation(path: "/", query: [], language: .zh, demo: false, signedIn: signedIn)
        let access = ReadAccess(principal: PageFixture.admin, published: published, policy: AccessPolicy(tree: workspace.tree, indicators: workspace.indicators))
        return PageContext(language: .zh, location: location, workspace: workspace, period: PageFixture.august, latest: PageFixture.august,
                           access: access, today: Day("2021-09-30")!)
    }

    @Test func theScorecardsGapsAreSortedBestFirstEitherSideOfZero() throws {
        let a = PageFixture.workspace.tree["a"]!
        let rows = [
            BulletinRow(org: "a", indicator: "sales", isParent: false, ytd: 96, target: 150, targetType: .amount, completion: 64,
                        schedule: Figure(200, over: 3), gap: Figure(-8, over: 3), status: .amber),
            BulletinRow(org: "a", indicator: "tax", isParent: false, ytd: 30, growth: 9, target: 7, targetType: .growth, gap: 2, status: .green),
            BulletinRow(org: "a", indicator: "share", isParent: false, ytd: 50, target: 60, targetType: .rate, gap: -10, status: .red, growthInPoints: true),
            BulletinRow(org: "a", indicator: "gdp", isParent: false, ytd: 100),
        ]
        let page = PageFixture.page(PageFixture.admin)
        let model = ScorecardModel(page, unit: a, bulletin: Bulletin(period: PageFixture.august, parent: "city", rows: rows))
        // +2 against the growth target, −2.7 behind 序时, −10 below the target rate; GDP has no target, no bar.
        #expect(model.gaps.map(\.code) == ["tax", "sales", "share"])
        #expect(model.gaps.map(\.against) == [.growth, .amount, .rate])
        #expect(model.gaps.map(\.status) == [.green, .amber, .red])
        let html = ScorecardView.render(model, page)
        #expect(html.contains("id=\"gaps-t\"") && html.contains("class=\"zero\""), "bars either side of a zero line")
        #expect(html.contains("class=\"draft-tag\"") && html.contains("class=\"chart-mark\""), "August is not accepted: the chart says 初步数据")
        #expect(html.contains("<td class=\"num\">-2.7</td>") && html.contains("<td class=\"num\">+2.0</td>"), "the numbers behind the bars")
        // What lags: each gap in its row's status colour, and no 倒排 said as one dash across both columns.
        #expect(html.contains("<td class=\"num s-amber\">-2.7</td>") && html.contains("<td class=\"num s-red\">-10.0</td>"))
        #expect(html.contains("<td class=\"num\" colspan=\"2\">—</td>"))
        // Growth and rate targets with their %, beside the amounts.
        #expect(html.contains("<td class=\"num\">7.0%</td>") && html.contains("<td class=\"num\">60.0%</td>") && html.contains("<td class=\"num\">150.00</td>"))
        // The parent's scorecard is linked only for who may open it: a county before publication may not.
        #expect(html.contains("↑ "))
        #expect(!ScorecardView.render(model, PageFixture.page(PageFixture.reporterA)).contains("↑ "))
        #expect(ScorecardView.render(model, PageFixture.page(PageFixture.reporterA, published: ["2021-08"])).contains("↑ "))
        let accepted = ScorecardView.render(model, PageFixture.page(PageFixture.admin, published: ["2021-08"]))
        #expect(!accepted.contains("class=\"draft-tag\"") && !accepted.contains("class=\"chart-mark\""))
        // Nothing with a gap: no chart.
        let b = ScorecardModel(page, unit: PageFixture.workspace.tree["b"]!, bulletin: Bulletin(period: PageFixture.august, parent: "city", rows: []))
        #expect(b.gaps.isEmpty && !ScorecardView.render(b, page).contains("id=\"gaps-t\""))
    }

    @Test func theProjectsChartSortsTheAreasByCompletionEachAgainstItsOwnSchedule() {
        let projects = ProjectsOverviewModelTests.projects
        let portfolio = Portfolio(projects: projects, monthly: ["pa": [8: 8], "pb": [8: 9]], tree: PageFixture.workspace.tree, asOf: AsOf(year: 2021, month: 8))
        let readable = Dictionary(uniqueKeysWithValues: projects.map { ($0.code, StoredProject(project: $0, totalText: "100", planText: "10")) })
        let overview = ProjectOverview(portfolio: portfolio, readable: readable, blockers: [], starts: [], startTotals: [:],
                                       all: Dictionary(uniqueKeysWithValues: projects.map { ($0.code, $0) }))
        let page = ProjectsOverviewModelTests.page(PageFixture.admin)
        let model = ProjectsOverviewModel(page, overview: overview)
        // b 9 of 10 (90%), a 8 of 20 (40%), the zone nothing of 10; the city's own row is not an area.
        #expect(model.investmentBars.map(\.code) == ["b", "a", "z"])
        #expect(model.investmentBars.map { $0.completion.fixed(1) } == ["90.0", "40.0", "0.0"])
        // 序时 by area: b's project works the whole year (8/12); a's second starts in May (4 of its 8 months);
        // the zone's starts in March (6 of 10).
        #expect(model.investmentBars.map { $0.schedule.fixed(1) } == ["66.7", "58.3", "60.0"])
        #expect(model.investmentBars.map(\.status) == [.green, .red, .red])
        let html = ProjectsOverviewView.render(model, page).render()
        #expect(html.contains("id=\"investment-t\"") && html.contains("class=\"marker\""), "each area's own 序时 as a mark on its bar")
        // A reader of one county: its one bar.
        let county = ProjectsOverviewModel(ProjectsOverviewModelTests.page(PageFixture.reporterA),
                                           overview: ProjectsOverviewModelTests.overview(readableOwners: ["a"], readsCity: false))
        #expect(county.investmentBars.map(\.code) == ["a"])
    }

    @Test func aRateIsALevelAgainstItsTargetLineNeverACumulativeProgress() throws {
        // 税收占比 (税收 ÷ 开票销售) of county a: 48 ÷ 96 = 50% by August, 32 ÷ 80 = 40% a year before; its target a rate of 55%.
        var workspace = PageFixture.workspace
        workspace.apply(observations: (1...12).map { Observation(org: "a", indicator: "tax", period: .month(year: 2020, month: $0), value: 4) }
            + (1...8).map { Observation(org: "a", indicator: "tax", period: .month(year: 2021, month: $0), value: 6) })
        workspace.apply(targets: [Target(org: "a", indicator: "share", year: 2021, type: .rate, value: 55)])
        let share = try #require(workspace.indicator("share"))
        let a = try #require(workspace.tree["a"])
        let page = Self.page(workspace)
        let model = IndicatorPageModel(page, indicator: share, unit: a, history: [], comparison: [])
        #expect(model.chartKind == .level && model.targetType == .rate && model.targetLine == 55)
        #expect(model.months[7].actual == 50 && model.months[7].lastYear == 40)
        #expect(model.months.allSatisfy { $0.trajectory == nil }, "no trajectory to a rate")
        let html = IndicatorPageView.render(model, page)
        #expect(html.contains(PageText.text(.chartLevelTitle, .zh)) && html.contains("class=\"target\"") && html.contains("目标 55.0%"))
        #expect(!html.contains(PageText.text(.trajectoryChart, .zh)) && !html.contains(PageText.text(.completionChart, .zh)), "never 累计进度, never 完成率")
        #expect(html.contains("class=\"draft-tag\""), "August is not accepted")
        // A ratio's growth is a change in points, and with no unit's target to mark its comparison is the level alone.
        #expect(model.metadata.contains { $0.0 == .growthBasis && $0.1 == "按水平差（个百分点）" })
        #expect(html.contains("各地水平 · ") && !html.contains(PageText.text(.chartLevelCompare, .zh)))
        // A ratio is a level even without a rate target.
        #expect(IndicatorPageModel.chartKind(share, targetType: nil) == .level)
        let sales = try #require(workspace.indicator("sales"))
        #expect(IndicatorPageModel.chartKind(sales, targetType: .rate) == .level)
        #expect(IndicatorPageModel.chartKind(sales, targetType: .count) == .cumulative && IndicatorPageModel.chartKind(sales, targetType: .growth) == .growth)
    }

    @Test func aGrowthTargetIsTheGrowthAgainstTheTargetGrowth() throws {
        var workspace = PageFixture.workspace
        workspace.apply(targets: [("city", 7), ("a", 8), ("b", 6), ("z", 10)].map {
            Target(org: $0.0, indicator: "sales", year: 2021, type: .growth, value: Figure($0.1))
        })
        let sales = try #require(workspace.indicator("sales"))
        let page = Self.page(workspace)
        let rows = try BulletinEngine(workspace).bulletin(period: PageFixture.august, parent: nil).rows
        let b = try #require(workspace.tree["b"])
        let model = IndicatorPageModel(page, indicator: sales, unit: b, history: [], comparison: rows)
        // b: 168 against 160 a year before, 5%, against a target of 6%.
        #expect(model.chartKind == .growth && model.targetLine == 6 && model.schedule == nil)
        #expect(model.months[7].growth == 5 && model.months[8].growth == nil)
        // The units by growth, best first (a and the zone both 20%, in the bulletin's order), each with its own target.
        #expect(model.bars.map(\.code) == ["a", "z", "b"])
        #expect(model.bars.map(\.marker) == [8, 10, 6])
        #expect(model.bars.map(\.status) == [.green, .green, .amber])
        let html = IndicatorPageView.render(model, page)
        #expect(html.contains(PageText.text(.chartGrowthTitle, .zh)) && html.contains("目标增速 6.0%") && html.contains("class=\"zero\""))
        #expect(!html.contains(PageText.text(.trajectoryChart, .zh)))
    }
}
