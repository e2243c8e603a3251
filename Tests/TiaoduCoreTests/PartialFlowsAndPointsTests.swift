// Two rules of METRICS.md worked by hand: a partly reported flow is summed over the months
// reported, says how many they are and is never ranked (unless its indicator counts an unreported
// month as zero); a rate or ratio changes in points, never by a growth in %.
import Testing
@testable import TiaoduCore

@Suite struct PartialFlowsAndPointsTests {
    static func d(_ s: String) -> Figure { Figure(s)! }
    static let orgs = [
        OrgUnit(code: "city", name: "市", parent: nil, kind: .city),
        OrgUnit(code: "a", name: "甲县", parent: "city", kind: .county, peerGroup: "县"),
        OrgUnit(code: "b", name: "乙县", parent: "city", kind: .county, peerGroup: "县"),
    ]
    /// new starts: a count reported only in the months something started
    static let starts = Indicator(code: "starts", name: "新开工项目", unit: "个", accumulation: .flow, aggregation: .sum, decimals: 0)
    static let events = Indicator(code: "events", name: "安全事故", unit: "起", accumulation: .flow, direction: .down, aggregation: .sum,
                                  decimals: 0, unreported: .zero)
    static let revenue = Indicator(code: "rev", name: "一般公共预算收入", unit: "亿元", accumulation: .flow, aggregation: .sum)
    static let tax = Indicator(code: "tax", name: "税收", unit: "亿元", accumulation: .flow, aggregation: .sum)
    static let share = Indicator(code: "share", name: "税收占比", unit: "%", accumulation: .ratio, aggregation: .ratio, decimals: 1,
                                 numerator: "tax", denominator: "rev")
    static let sorting = Indicator(code: "sort", name: "垃圾分类处理率", unit: "%", accumulation: .cumulative, aggregation: .none, decimals: 1)

    static func o(_ org: String, _ code: String, _ year: Int, _ month: Int, _ value: String, growth: String? = nil) -> Observation {
        Observation(org: org, indicator: code, period: .month(year: year, month: month), value: d(value), growth: growth.map(d))
    }

    static var workspace: Workspace {
        var observations: [Observation] = []
        // a reports starts in March (2) and July (3) only; b reports 1 in each month Jan–Sep.
        observations += [o("a", "starts", 2021, 3, "2"), o("a", "starts", 2021, 7, "3")]
        observations += (1...9).map { o("b", "starts", 2021, $0, "1") }
        // events count an unreported month as zero: a reports March (2) and July (3).
        observations += [o("a", "events", 2021, 3, "2"), o("a", "events", 2021, 7, "3")]
        observations += (1...9).map { o("b", "events", 2021, $0, "1") }
        // January: 税收 834 of 1000 in 2020 (83.4%), 731 of 1000 in 2021 (73.1%) for a.
        observations += [o("a", "rev", 2020, 1, "1000"), o("a", "tax", 2020, 1, "834"), o("a", "rev", 2021, 1, "1000"), o("a", "tax", 2021, 1, "731")]
        // b: 600 of 1000 in 2020 (60.0%), 650 of 1000 in 2021 (65.0%).
        observations += [o("b", "rev", 2020, 1, "1000"), o("b", "tax", 2020, 1, "600"), o("b", "rev", 2021, 1, "1000"), o("b", "tax", 2021, 1, "650")]
        // a rate with a growth "published" beside it: a rate changes in points, the 5.0 is not its figure.
        observations += [o("a", "sort", 2020, 1, "80.0"), o("a", "sort", 2021, 1, "85.5", growth: "5.0")]
        let targets = [Target(org: "a", indicator: "starts", year: 2021, type: .count, value: 10),
                       Target(org: "b", indicator: "starts", year: 2021, type: .count, value: 10)]
        return Workspace(orgs: orgs, indicators: [starts, events, revenue, tax, share, sorting], targets: targets, observations: observations)
    }

    static func row(_ bulletin: Bulletin, _ org: String, _ indicator: String) -> BulletinRow {
        bulletin.rows.first { $0.org == org && $0.indicator == indicator }!
    }

    @Test func aPartlyReportedFlowIsSummedMarkedAndNotRanked() throws {
        let bulletin = try BulletinEngine(Self.workspace).bulletin(period: .month(year: 2021, month: 9))
        let a = Self.row(bulletin, "a", "starts"), b = Self.row(bulletin, "b", "starts"), city = Self.row(bulletin, "city", "starts")
        // a: 2 + 3 from the two months it reported, of nine; completion 5 ÷ 10 = 50%, shown, not ranked.
        #expect(a.ytd == 5 && a.monthsReported == 2 && a.partial)
        #expect(a.completion == 50 && a.rank == Ranks())
        #expect(a.growth == nil, "a growth over unlike spans is not computed")
        // b: nine months of nine; the only complete figure of its group, so ranked against nobody.
        #expect(b.ytd == 9 && b.monthsReported == 9 && !b.partial)
        #expect(b.rank == Ranks())
        // The city's sum takes the fewer months: 14, partly reported.
        #expect(city.ytd == 14 && city.monthsReported == 2 && city.partial)
        #expect(bulletin.json().contains("\"monthsReported\":2,\"partial\":true"))
        let sentence = BulletinNarrative.sentence(a, indicator: Self.starts, unitName: "甲县", indicatorName: "新开工项目",
                                                  dataPeriod: .month(year: 2021, month: 9), scope: "全市", language: .zh)
        #expect(sentence == "1—9月，甲县新开工项目完成5个，仅含2个月，完成年度目标的50.0%，落后序时进度25.0个百分点。")
        #expect(bulletin.table(Self.workspace).contains("†"))
    }

    @Test func anUnreportedMonthOfACountOfEventsIsZero() throws {
        let bulletin = try BulletinEngine(Self.workspace).bulletin(period: .month(year: 2021, month: 9))
        let a = Self.row(bulletin, "a", "events"), b = Self.row(bulletin, "b", "events")
        #expect(a.ytd == 5 && a.monthsReported == 9 && !a.partial)
        // Fewer events is better: a (5) ranks before b (9).
        #expect(a.rank.total == 1 && b.rank.total == 2)
    }

    @Test func aRatioChangesInPoints() throws {
        let bulletin = try BulletinEngine(Self.workspace).bulletin(period: .month(year: 2021, month: 1))
        let a = Self.row(bulletin, "a", "share"), b = Self.row(bulletin, "b", "share")
        #expect(a.ytd == Self.d("73.1") && a.growth == Self.d("-10.3") && a.growthInPoints)
        #expect(b.growth == 5 && b.growthSource == .computed)
        #expect(a.json().contains("\"growth\":-10.3,\"growthUnit\":\"points\""))
        let sentence = BulletinNarrative.sentence(a, indicator: Self.share, unitName: "甲县", indicatorName: "税收占比",
                                                  dataPeriod: .month(year: 2021, month: 1), scope: nil, language: .zh)
        #expect(sentence == "1月，甲县税收占比为73.1%，比上年同期下降10.3个百分点。")
        let english = BulletinNarrative.sentence(a, indicator: Self.share, unitName: "Jia County", indicatorName: "Tax share",
                                                 dataPeriod: .month(year: 2021, month: 1), scope: nil, language: .en)
        #expect(english == "January, Jia County's tax share was 73.1%, down 10.3 points from a year earlier.")
        // The cell under 同比% says its unit; the summary does not call a change in points 增幅.
        #expect(BulletinCells(a, indicator: Self.share, language: .zh).growthCell == "-10.3个百分点")
        let summary = BulletinNarrative.summary(children: [("甲县", "县", a), ("乙县", "县", b)], language: .zh)
        #expect(summary == nil || !(summary!.contains("增幅")))
    }

    @Test func aRateIgnoresAPublishedGrowthAndChangesInPoints() throws {
        let bulletin = try BulletinEngine(Self.workspace).bulletin(period: .month(year: 2021, month: 1))
        let a = Self.row(bulletin, "a", "sort")
        #expect(a.ytd == Self.d("85.5") && a.growth == Self.d("5.5") && a.growthSource == .computed && a.growthInPoints)
    }
}
