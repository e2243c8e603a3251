// The pooled series index: values and growths read back where they were written, flows summed
// over the months reported (saying how many), the span widened both ways without losing anything.
import Testing
@testable import TiaoduCore

@Suite struct SeriesIndexTests {
    @Test func writesReadsSumsAndWidens() {
        var index = SeriesIndex(orgCount: 3, indicatorCount: 2, years: 2021...2021)
        for m in 1...3 { index.set(org: 1, indicator: 0, period: .month(year: 2021, month: m), value: Int64(m) * 1_000_000, growth: nil) }
        index.set(org: 2, indicator: 1, period: .month(year: 2021, month: 2), value: nil, growth: 5_500_000)
        #expect(index.flowSum(org: 1, indicator: 0, year: 2021, through: .month(year: 2021, month: 3))! == (6_000_000, 3))
        #expect(index.flowSum(org: 1, indicator: 0, year: 2021, through: .month(year: 2021, month: 4))! == (6_000_000, 3), "April is missing: three months of four")
        #expect(index.flowSum(org: 0, indicator: 0, year: 2021, through: .month(year: 2021, month: 4)) == nil, "nothing reported")
        #expect(index.value(org: 2, indicator: 1, period: .month(year: 2021, month: 2)) == nil && index.growth(org: 2, indicator: 1, period: .month(year: 2021, month: 2)) == 5_500_000)
        #expect(index.value(org: 0, indicator: 0, period: .month(year: 2021, month: 1)) == nil, "a series never written")
        // Widen before and after: everything stays where it was.
        index.set(org: 0, indicator: 1, period: .month(year: 2019, month: 12), value: 7, growth: nil)
        index.set(org: 1, indicator: 1, period: .quarter(year: 2023, quarter: 2), value: 9, growth: 1)
        #expect(index.firstYear == 2019 && index.yearCount == 5)
        #expect(index.flowSum(org: 1, indicator: 0, year: 2021, through: .month(year: 2021, month: 2))! == (3_000_000, 2))
        #expect(index.value(org: 0, indicator: 1, period: .month(year: 2019, month: 12)) == 7)
        #expect(index.growth(org: 2, indicator: 1, period: .month(year: 2021, month: 2)) == 5_500_000)
        #expect(index.flowSum(org: 1, indicator: 1, year: 2023, through: .quarter(year: 2023, quarter: 2))! == (9, 3), "Q1 is missing: Q2 covers three months of six")
        #expect(index.latestMonth == .month(year: 2023, month: 6))
        // Clearing a value leaves the others.
        index.set(org: 1, indicator: 0, period: .month(year: 2021, month: 2), value: nil, growth: nil)
        #expect(index.flowSum(org: 1, indicator: 0, year: 2021, through: .month(year: 2021, month: 3))! == (4_000_000, 2))
        #expect(index.value(org: 1, indicator: 0, period: .month(year: 2021, month: 3)) == 3_000_000)
    }
}
