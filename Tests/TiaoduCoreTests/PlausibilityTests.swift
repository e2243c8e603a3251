// The checks before a figure goes up, on hand-made figures: a share above 100 %, a value three
// times last year's (or a third of it), a kept growth the new value contradicts.
import Testing
@testable import TiaoduCore

@Suite struct PlausibilityTests {
    static func d(_ s: String) -> Figure { Figure(s)! }
    static let orgs = [
        OrgUnit(code: "city", name: "市", parent: nil, kind: .city),
        OrgUnit(code: "a", name: "甲县", parent: "city", kind: .county),
    ]
    static let revenue = Indicator(code: "rev", name: "一般公共预算收入", unit: "亿元", accumulation: .flow, aggregation: .sum)
    static let tax = Indicator(code: "tax", name: "税收", unit: "亿元", accumulation: .flow, aggregation: .sum)
    static let share = Indicator(code: "share", name: "税收占比", unit: "%", accumulation: .ratio, aggregation: .ratio, decimals: 1,
                                 numerator: "tax", denominator: "rev")
    static let sales = Indicator(code: "sales", name: "开票销售", unit: "亿元", accumulation: .cumulative, aggregation: .sum)

    static func o(_ code: String, _ year: Int, _ value: String, growth: String? = nil) -> Observation {
        Observation(org: "a", indicator: code, period: .month(year: year, month: 1), value: d(value), growth: growth.map(d))
    }

    static func warnings(_ observations: [Observation]) -> [PlausibilityWarning] {
        let workspace = Workspace(orgs: orgs, indicators: [revenue, tax, share, sales], observations: observations)
        return Plausibility.warnings(org: "a", period: .month(year: 2021, month: 1), in: workspace)
    }

    @Test func aShareAbove100IsChargedToItsNumerator() {
        let found = Self.warnings([Self.o("rev", 2021, "10"), Self.o("tax", 2021, "11.37")])
        #expect(found.map(\.flag) == [.shareOver100(ratio: "share", value: Self.d("113.7"))])
        #expect(found.first?.indicator == "tax")
        let workspace = Workspace(orgs: Self.orgs, indicators: [Self.revenue, Self.tax, Self.share, Self.sales], observations: [])
        #expect(found.first?.message(in: workspace, .zh) == "税收占比为113.7%，超过100%，请核对税收和一般公共预算收入。")
    }

    @Test func aValueThreeTimesOrAThirdOfLastYearIsQuestioned() {
        let workspace = Workspace(orgs: Self.orgs, indicators: [Self.revenue, Self.tax, Self.share, Self.sales], observations: [])
        let tripled = Self.warnings([Self.o("sales", 2020, "10"), Self.o("sales", 2021, "30")])
        #expect(tripled.map(\.flag) == [.tripled(value: 30, lastYear: 10)])
        #expect(tripled.first?.message(in: workspace, .zh) == "本期数30.00亿元是上年同期（10.00亿元）的3.0倍，请核对。")
        #expect(tripled.first?.message(in: workspace, .en) == "The period's figure, 3.000 billion yuan, is 3.0 times the same period last year (1.000 billion yuan): please check.")
        #expect(Self.warnings([Self.o("sales", 2020, "30"), Self.o("sales", 2021, "10")]).map(\.flag) == [.fellToAThird(value: 10, lastYear: 30)])
        #expect(Self.warnings([Self.o("sales", 2020, "10"), Self.o("sales", 2021, "29.99")]).isEmpty, "just under three times")
        #expect(Self.warnings([Self.o("sales", 2021, "30")]).isEmpty, "no last year to compare with")
    }

    @Test func aKeptGrowthTheNewValueContradictsIsFlagged() {
        // 44.22 entered against 20.00 last year (+121.1%), the old 16.4% kept beside it.
        let found = Self.warnings([Self.o("rev", 2020, "20"), Self.o("rev", 2021, "44.22", growth: "16.4")])
        #expect(found.count == 1)
        guard case .growthContradicts(let published, let computed)? = found.first?.flag else { Issue.record("no growth flag"); return }
        #expect(published == Self.d("16.4") && computed == Self.d("121.1"))
        // A growth the values agree with (to 0.1 point) is no warning.
        #expect(Self.warnings([Self.o("rev", 2020, "20"), Self.o("rev", 2021, "23.28", growth: "16.4")]).isEmpty)
    }
}
