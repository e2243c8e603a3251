import Foundation
import Testing
@testable import TiaoduCore

/// A small hand-made workspace: a city with two counties (one peer group), a functional zone
/// and, under county a, two towns. Every expected figure below is worked out by hand.
struct Fixture {
    static func d(_ s: String) -> Figure { Figure(s)! }

    static let orgs = [
        OrgUnit(code: "city", name: "市", parent: nil, kind: .city),
        OrgUnit(code: "a", name: "甲县", parent: "city", kind: .county, peerGroup: "县"),
        OrgUnit(code: "b", name: "乙县", parent: "city", kind: .county, peerGroup: "县"),
        OrgUnit(code: "z", name: "开发区", parent: "city", kind: .zone, peerGroup: "功能区"),
        OrgUnit(code: "a1", name: "甲一镇", parent: "a", kind: .town),
        OrgUnit(code: "a2", name: "甲二镇", parent: "a", kind: .town),
    ]

    static let sales = Indicator(code: "sales", name: "开票销售", unit: "亿元", accumulation: .flow, growthBasis: .nominal, aggregation: .sum)
    static let revenue = Indicator(code: "rev", name: "一般公共预算收入", unit: "亿元", accumulation: .flow, growthBasis: .comparable, aggregation: .reported)
    static let tax = Indicator(code: "tax", name: "税收", unit: "亿元", accumulation: .flow, growthBasis: .comparable, aggregation: .reported)
    static let share = Indicator(code: "share", name: "税收占比", unit: "%", accumulation: .ratio, growthBasis: .nominal, aggregation: .ratio, decimals: 1, numerator: "tax", denominator: "rev")
    static let gdp = Indicator(code: "gdp", name: "GDP", unit: "亿元", frequency: .quarterly, accumulation: .cumulative, growthBasis: .real, aggregation: .reported)
    static let deposits = Indicator(code: "dep", name: "存款余额", unit: "亿元", accumulation: .stock, growthBasis: .nominal, aggregation: .sum)

    static func months(_ org: String, _ code: String, _ year: Int, _ values: [String], growth: [String?] = []) -> [Observation] {
        values.enumerated().map { index, value in
            Observation(org: org, indicator: code, period: .month(year: year, month: index + 1), value: d(value),
                        growth: index < growth.count ? growth[index].map(d) : nil)
        }
    }

    static var workspace: Workspace {
        var observations: [Observation] = []
        // sales (flow, sum): a = 10/month in 2020 and 12/month in 2021; b 20 → 21; zone 5 → 6.
        observations += months("a", "sales", 2020, Array(repeating: "10", count: 12))
        observations += months("a", "sales", 2021, Array(repeating: "12", count: 8))
        observations += months("b", "sales", 2020, Array(repeating: "20", count: 12))
        observations += months("b", "sales", 2021, Array(repeating: "21", count: 8))
        observations += months("z", "sales", 2020, Array(repeating: "5", count: 12))
        observations += months("z", "sales", 2021, Array(repeating: "6", count: 8))
        // towns of a: 7 + 5 = 12 each month of 2021
        observations += months("a1", "sales", 2021, Array(repeating: "7", count: 8))
        observations += months("a2", "sales", 2021, Array(repeating: "5", count: 8))
        // revenue (reported, comparable): the city reports its own, larger than a + b.
        observations += months("city", "rev", 2021, Array(repeating: "100", count: 8), growth: Array(repeating: "6.5", count: 8))
        observations += months("a", "rev", 2021, Array(repeating: "30", count: 8), growth: Array(repeating: "4.0", count: 8))
        observations += months("b", "rev", 2021, Array(repeating: "40", count: 8))
        observations += months("city", "tax", 2021, Array(repeating: "80", count: 8))
        observations += months("a", "tax", 2021, Array(repeating: "24", count: 8))
        observations += months("b", "tax", 2021, Array(repeating: "30", count: 8))
        // GDP quarterly cumulative: Q1, Q2 2021 with published real growth.
        observations += [
            Observation(org: "a", indicator: "gdp", period: .quarter(year: 2021, quarter: 1), value: 200, growth: d("8.1")),
            Observation(org: "a", indicator: "gdp", period: .quarter(year: 2021, quarter: 2), value: 420, growth: d("7.9")),
            Observation(org: "b", indicator: "gdp", period: .quarter(year: 2021, quarter: 2), value: 380, growth: d("6.2")),
        ]
        // deposits (stock): the balance at period end, never summed over months.
        observations += months("a", "dep", 2021, ["500", "510", "520", "530", "540", "550", "560", "570"])
        let targets = [
            Target(org: "city", indicator: "sales", year: 2021, type: .amount, value: 500),
            Target(org: "a", indicator: "sales", year: 2021, type: .amount, value: 150),
            Target(org: "b", indicator: "sales", year: 2021, type: .amount, value: 240),
            Target(org: "z", indicator: "sales", year: 2021, type: .amount, value: 80),
            Target(org: "a", indicator: "gdp", year: 2021, type: .growth, value: 7),
            Target(org: "b", indicator: "gdp", year: 2021, type: .growth, value: 7),
        ]
        return Workspace(orgs: orgs, indicators: [sales, revenue, tax, share, gdp, deposits], targets: targets, observations: observations)
    }
}

@Suite struct BulletinEngineTests {
    let d = Fixture.d
    let august = Period.month(year: 2021, month: 8)

    func row(_ bulletin: Bulletin, _ org: String, _ indicator: String, sourceLocation: SourceLocation = #_sourceLocation) -> BulletinRow {
        guard let found = bulletin.rows.first(where: { $0.org == org && $0.indicator == indicator }) else {
            Issue.record("no row for \(org) \(indicator)", sourceLocation: sourceLocation)
            return BulletinRow(org: org, indicator: indicator, isParent: false)
        }
        return found
    }

    @Test func flowYTDCompletionScheduleAndGap() throws {
        let bulletin = try BulletinEngine(Fixture.workspace).bulletin(period: august)
        let a = row(bulletin, "a", "sales")
        #expect(a.ytd == 96)                       // 8 × 12
        #expect(a.growth == 20)                    // 96 ÷ 80 − 1
        #expect(a.growthSource == .computed)
        #expect(a.completion == 64)                // 96 ÷ 150
        #expect(a.schedule!.fixed(3) == "66.667")  // 8/12
        #expect(a.gap!.fixed(1) == "-2.7")
        #expect(a.status == .amber)
        #expect(a.requiredPace == d("13.5"))       // (150 − 96) ÷ 4
        #expect(a.requiredGrowth == d("35"))       // 54 ÷ 40 − 1
        #expect(a.childrenSum == 96)               // the towns add up
        #expect(a.mismatch == false)
    }

    @Test func sumParentIsDerivedFromChildrenWithoutZones() throws {
        let bulletin = try BulletinEngine(Fixture.workspace).bulletin(period: august)
        let city = row(bulletin, "city", "sales")
        #expect(city.isParent)
        #expect(city.ytd == 264)                   // a 96 + b 168; the zone's 48 overlaps and is left out
        #expect(city.childrenSum == 264)
        #expect(city.growth == 10)                 // 264 ÷ 240 − 1
        #expect(city.rank == Ranks())
        #expect(city.completion!.fixed(1) == "52.8")
    }

    @Test func ranksWithinPeerGroups() throws {
        let bulletin = try BulletinEngine(Fixture.workspace).bulletin(period: august)
        let a = row(bulletin, "a", "sales"), b = row(bulletin, "b", "sales"), z = row(bulletin, "z", "sales")
        #expect(b.rank.total == 1 && a.rank.total == 2)
        #expect(a.rank.growth == 1 && b.rank.growth == 2)           // 20% vs 5%
        #expect(b.rank.completion == 1 && a.rank.completion == 2)   // 70% vs 64%
        #expect(z.rank == Ranks(), "alone in 功能区: 「第1」 of one is no rank")
        #expect(a.previousRank == Ranks(total: 2, growth: 1, completion: 2))
    }

    @Test func reportedParentKeepsItsOwnFigureAndFlagsTheMismatch() throws {
        let bulletin = try BulletinEngine(Fixture.workspace).bulletin(period: august)
        let city = row(bulletin, "city", "rev")
        #expect(city.ytd == 800)
        #expect(city.childrenSum == 560)
        #expect(city.mismatch)
        #expect(city.growth == d("6.5"))
        #expect(city.growthSource == .published)
        // comparable growth is never recomputed: b published none, so it has none.
        let b = row(bulletin, "b", "rev")
        #expect(b.growth == nil)
        #expect(b.growthSource == nil)
        #expect(b.rank.growth == nil)
        #expect(row(bulletin, "a", "rev").rank.growth == nil, "the only growth among the counties ranks nobody")
    }

    @Test func ratioIsRecomputedFromPartsAtEveryLevel() throws {
        let bulletin = try BulletinEngine(Fixture.workspace).bulletin(period: august)
        #expect(row(bulletin, "city", "share").ytd == 80)                  // 640 ÷ 800, not the mean of 80% and 75%
        #expect(row(bulletin, "a", "share").ytd == 80)
        #expect(row(bulletin, "b", "share").ytd == 75)
    }

    @Test func ratioWorkedExample() throws {
        // 税收占比 = 税收 ÷ 一般公共预算收入: 612.3 ÷ 735.9 = 83.2%.
        let workspace = Workspace(
            orgs: [OrgUnit(code: "c", name: "c", parent: nil, kind: .city)],
            indicators: [Fixture.revenue, Fixture.tax, Fixture.share], targets: [],
            observations: [Observation(org: "c", indicator: "rev", period: .month(year: 2021, month: 1), value: d("735.9")),
                           Observation(org: "c", indicator: "tax", period: .month(year: 2021, month: 1), value: d("612.3"))])
        let bulletin = try BulletinEngine(workspace).bulletin(period: .month(year: 2021, month: 1))
        #expect(row(bulletin, "c", "share").ytd!.fixed(1) == "83.2")
    }

    @Test func quarterlyIndicatorShowsLastQuarterWithItsOwnSchedule() throws {
        let bulletin = try BulletinEngine(Fixture.workspace).bulletin(period: august)
        let a = row(bulletin, "a", "gdp")
        #expect(a.ytd == 420)
        #expect(a.growth == d("7.9"))
        #expect(a.schedule == nil)                 // a growth target has no 序时
        #expect(a.gap == d("0.9"))                 // 7.9 − 7
        #expect(a.status == .green)
        let b = row(bulletin, "b", "gdp")
        #expect(b.gap == d("-0.8"))
        #expect(b.status == .amber)
        #expect(row(bulletin, "city", "gdp").ytd == nil)   // reported: never derived
        #expect(row(bulletin, "city", "gdp").childrenSum == 800)
    }

    @Test func stockTakesTheBalanceAtPeriodEnd() throws {
        let bulletin = try BulletinEngine(Fixture.workspace).bulletin(period: august)
        #expect(row(bulletin, "a", "dep").ytd == 570)
        #expect(row(bulletin, "city", "dep").ytd == 570)   // sum of children's balances
    }

    @Test func aMissingMonthLeavesAPartialYTD() throws {
        var observations = Fixture.months("a", "sales", 2021, ["1", "2", "3"])
        observations.remove(at: 1)
        let workspace = Workspace(orgs: Fixture.orgs, indicators: [Fixture.sales], targets: [], observations: observations)
        let calculator = FigureCalculator(workspace)
        #expect(calculator.ytd(org: "a", indicator: Fixture.sales, at: AsOf(year: 2021, month: 1)) == 1)
        // February missing: January and March are summed, two months of three, and marked.
        let march = calculator.figure(org: "a", indicator: Fixture.sales, at: AsOf(year: 2021, month: 3))
        #expect(march.ytd == 4 && march.monthsReported == 2 && march.partial)
        // The row is there, marked, never dropped.
        let rows = try BulletinEngine(workspace).bulletin(period: .month(year: 2021, month: 3), parent: "a").rows
        #expect(rows.first { $0.org == "a" }?.partial == true)
    }

    @Test func publishedGrowthWinsAndADifferenceIsFlagged() throws {
        let workspace = Workspace(
            orgs: [OrgUnit(code: "c", name: "c", parent: nil, kind: .city)], indicators: [Fixture.sales], targets: [],
            observations: Fixture.months("c", "sales", 2020, ["100"]) + Fixture.months("c", "sales", 2021, ["110"], growth: ["9.8"]))
        let bulletin = try BulletinEngine(workspace).bulletin(period: .month(year: 2021, month: 1))
        let c = row(bulletin, "c", "sales")
        #expect(c.growth == d("9.8"))
        #expect(c.growthSource == .published)
        #expect(c.growthMismatch)                  // computed 10.0 differs by 0.2
    }

    @Test func negativeGrowthAgainstAGrowthTargetIsRed() throws {
        let workspace = Workspace(
            orgs: [OrgUnit(code: "c", name: "c", parent: nil, kind: .city)], indicators: [Fixture.gdp],
            targets: [Target(org: "c", indicator: "gdp", year: 2021, type: .growth, value: d("-5"))],
            observations: [Observation(org: "c", indicator: "gdp", period: .quarter(year: 2021, quarter: 1), value: 10, growth: d("-1"))])
        let bulletin = try BulletinEngine(workspace).bulletin(period: .quarter(year: 2021, quarter: 1))
        #expect(row(bulletin, "c", "gdp").gap == 4)
        #expect(row(bulletin, "c", "gdp").status == .red)
    }

    @Test func unknownParentIsAnError() {
        #expect(throws: BulletinError.unknownParent("nowhere")) {
            try BulletinEngine(Fixture.workspace).bulletin(period: august, parent: "nowhere")
        }
    }

    @Test func indicatorsWithoutDataAreLeftOut() throws {
        let bulletin = try BulletinEngine(Fixture.workspace).bulletin(period: .month(year: 2019, month: 5))
        #expect(bulletin.rows.isEmpty)
    }

    @Test func jsonHasTheContractShape() throws {
        let bulletin = try BulletinEngine(Fixture.workspace).bulletin(period: august)
        let object = try JSONSerialization.jsonObject(with: Data(bulletin.json().utf8)) as! [String: Any]
        #expect(object["period"] as? String == "2021-08")
        #expect(object["parent"] as? String == "city")
        let rows = object["rows"] as! [[String: Any]]
        let first = rows[0]
        for key in ["org", "indicator", "isParent", "ytd", "growth", "growthSource", "target", "targetType", "completion", "schedule",
                    "gap", "requiredPace", "status", "rank", "previousRank", "childrenSum", "mismatch"] {
            #expect(first.keys.contains(key), "missing \(key)")
        }
        #expect(first["growthSource"] is NSNull || first["growthSource"] is String)
        let a = rows.first { $0["org"] as? String == "a" && $0["indicator"] as? String == "sales" }!
        #expect((a["ytd"] as? NSNumber)?.intValue == 96)
        #expect((a["rank"] as? [String: Any])?["total"] as? Int == 2)
    }

    @Test func tableAndCSVUseDisplayRounding() throws {
        let workspace = Fixture.workspace
        let bulletin = try BulletinEngine(workspace).bulletin(period: august)
        let table = bulletin.table(workspace, .zh)
        #expect(table.contains("2021年1—8月"))
        #expect(table.contains("-2.7"))
        // Full-width brackets round the unit in Chinese; the city's own row has no ranks: 「—」.
        #expect(table.contains("开票销售（亿元）"))
        #expect(table.contains("—") && !table.contains(" - "))
        let csv = bulletin.csv(workspace, .en)
        #expect(csv.split(separator: "\n").count == bulletin.rows.count + 1)
        #expect(csv.contains("2021-08,city,a,sales,开票销售 (100 million yuan),"))
        // A missing figure is an empty field: number columns hold numbers (with "-" as the minus) or nothing.
        #expect(!csv.contains("—"))
        let cityRow = csv.split(separator: "\n").first { $0.hasPrefix("2021-08,city,city,sales,") }.map(String.init) ?? ""
        let fields = cityRow.split(separator: ",", omittingEmptySubsequences: false)
        #expect(fields.count >= 16 && fields[12...14].allSatisfy(\.isEmpty), "the city's ranks: \(cityRow)")
    }
}

@Suite struct FullBulletinTests {
    /// The full bulletin is every parent's bulletin at once: the root's own row, then each
    /// unit's row as a child of its parent, with the same figures and ranks.
    @Test func equalsTheParentsBulletinsTogether() throws {
        let workspace = Fixture.workspace
        let engine = BulletinEngine(workspace)
        let period = Period.month(year: 2021, month: 8)
        let full = try engine.fullBulletin(period: period)
        var expected = try engine.bulletin(period: period, parent: "city").rows
        expected += try engine.bulletin(period: period, parent: "a").rows.filter { !$0.isParent }
        #expect(Set(full.rows.map { "\($0.org)|\($0.indicator)" }) == Set(expected.map { "\($0.org)|\($0.indicator)" }))
        for row in expected {
            let match = full.rows.first { $0.org == row.org && $0.indicator == row.indicator }
            #expect(match == row, "\(row.org) \(row.indicator)")
        }
        // Catalogue order within each parent's block.
        let cityBlock = full.rows.prefix { $0.org == "city" || workspace.tree[$0.org]?.parent == "city" }
        #expect(cityBlock.map(\.indicator) == expected.prefix(cityBlock.count).map(\.indicator))
    }
}
