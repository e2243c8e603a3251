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
                                moved: .submitted)
        #expect(model.lines.first { $0.code == "a" }?.lastChange == "2021-09-03 10:00 ra", "China time")
        #expect(model.lines.first { $0.code == "b" }?.lastChange == nil)
        #expect(model.message == "已更新：" + PageText.submission(.submitted, .zh))
        let refused = StatusModel(PageFixture.page(PageFixture.admin), period: august, submissions: [], dueDay: due, error: "own")
        #expect(refused.message == PageText.text(.ownSubmission, .zh))
        #expect(StatusModel(PageFixture.page(PageFixture.admin), period: august, submissions: [], dueDay: due, error: "bogus").message == nil)
        #expect(StatusModel(PageFixture.page(PageFixture.admin), period: august, submissions: [], dueDay: due).message == nil)
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

    @Test func storedValuesDueDatesAndTheImplausibleFlag() {
        let stored = [value("a1", "2021-08", "40"), value("a1", "2021-07", "7"), value("a1", "2020-08", "10")]
        let model = EntryModel(PageFixture.page(PageFixture.reporterA), unit: unit("a1"), period: august, stored: stored,
                               dueDay: 10, departmentDueDays: ["tax-bureau": 15], saved: 2)
        let sales = model.lines.first { $0.code == "sales" }, tax = model.lines.first { $0.code == "tax" }
        #expect(sales?.value == "40" && sales?.lastPeriod == "7" && sales?.lastYear == "10")
        #expect(sales?.implausible == true, "40 is more than 3× last year's 10")
        #expect(tax?.value == "" && tax?.implausible == false)
        #expect(model.due == "2021-09-10")
        #expect(sales?.due == nil && tax?.due == "2021-09-15", "the tax bureau's indicators are due on its own day")
        #expect(model.saved == 2)
        // The month after the latest comes first among the periods offered.
        #expect(model.periods.first == .month(year: 2021, month: 9))
        #expect(!EntryModel.implausible("25", against: "10") && EntryModel.implausible("3", against: "10"))
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
    @Test func theGeneratedTextSaysWhatTheTableSays() throws {
        let model = BulletinPageModel(PageFixture.page(PageFixture.admin), bulletin: try PageFixture.bulletin())
        #expect(model.parentName == "市" && model.blocks.map(\.code) == ["sales"])
        let block = try #require(model.blocks.first)
        // The city: 264 (a 96 + b 168; the zone overlaps) against 240 a year before, of 500, at 8/12.
        #expect(block.text.first == "1—8月，市开票销售完成264.00亿元，同比增长10.0%，完成年度目标的52.8%，落后序时进度13.9个百分点。")
        #expect(block.text.contains { $0.contains("落后序时进度的有甲县") }, "the summary names who is behind")
        #expect(block.text.contains { $0.hasPrefix("1—8月，甲县开票销售完成96.00亿元，同比增长20.0%") })
        #expect(block.rows.first?.isParent == true && block.rows.first?.org == "city")
        #expect(block.dataPeriod == nil, "a monthly indicator covers the bulletin's own span")
    }
}

@Suite struct DashboardAndIndicatorModelTests {
    @Test func dashboardCardsTallyAndCompactLeagues() throws {
        let model = DashboardModel(PageFixture.page(PageFixture.admin), bulletin: try PageFixture.bulletin())
        #expect(model.cards.map(\.code) == ["sales"], "only indicators with figures")
        let card = try #require(model.cards.first)
        // The city: 264 of 500 (52.8%) against 66.7% — red.
        #expect(card.status == .red && card.hasTarget)
        #expect(model.tally.map { $0.count } == [0, 0, 1, 0])
        #expect(card.leagues.map(\.group) == ["县", "功能区"])
        #expect(card.leagues[0].basis == .byCompletion)
        #expect(card.leagues[0].entries.map(\.code) == ["b", "a"] && card.leagues[0].entries.map(\.rank) == ["1", "2"])
    }

    @Test func indicatorPageComparesTheScopesUnitsTheRouteRead() throws {
        let sales = PageFixture.workspace.indicator("sales")!
        let b = PageFixture.workspace.tree["b"]!
        // b has no units below it: its siblings are compared, in the city's bulletin.
        #expect(IndicatorPageModel.comparisonScope(of: b, in: PageFixture.workspace.tree) == "city")
        #expect(IndicatorPageModel.comparisonScope(of: PageFixture.workspace.tree["a"]!, in: PageFixture.workspace.tree) == "a")
        let rows = try PageFixture.bulletin().rows
        let model = IndicatorPageModel(PageFixture.page(PageFixture.admin), indicator: sales, unit: b, history: [], comparison: rows)
        #expect(model.bars.map(\.code) == ["a", "b", "z"])
        #expect(model.bars.map(\.text) == ["64.0%", "70.0%", "60.0%"])
        #expect(model.schedule?.fixed(1) == "66.7")
        #expect(model.months.count == 12 && model.months[7].actual == 168 && model.months[8].actual == nil, "to August: 8 × 21")
        #expect(model.months[7].lastYear == 160)
        // A reader who may not read the scope gets no comparison from the route: no bars.
        let county = IndicatorPageModel(PageFixture.page(PageFixture.reporterA), indicator: sales, unit: PageFixture.workspace.tree["a"]!, history: [], comparison: [])
        #expect(county.bars.isEmpty && county.schedule == nil)
        #expect(county.units.map(\.code) == ["a", "a1", "a2"], "the unit picker offers only readable units that report")
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
        #expect(en.contains("<li>Each project with an annual plan of 5 亿元 or more but under 10 亿元 adds 10 points.</li>"))
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
