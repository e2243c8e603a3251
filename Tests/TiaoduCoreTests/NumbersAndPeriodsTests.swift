import Foundation
import Testing
@testable import TiaoduCore

@Suite struct DecimalTextTests {
    @Test func parsesPlainDecimalsOnly() {
        #expect(DecimalText.parse("629.0") == Figure("629"))
        #expect(DecimalText.parse("-3.25") == Figure("-3.25"))
        #expect(DecimalText.parse("+12") == 12)
        #expect(DecimalText.parse(".5") == Figure("0.5"))
        for bad in ["", "abc", "12abc", "1e5", "1,000", "1.2.3", "--1", "１２", "NaN", "."] {
            #expect(DecimalText.parse(bad) == nil, "\(bad) must be rejected")
        }
    }

    @Test func keepsTheTextAsEntered() {
        #expect(DecimalText.canonical(" 629.0 ") == "629.0")
        #expect(DecimalText.canonical("+0.10") == "0.10")
    }

    @Test func decimalArithmeticIsExact() {
        // 0.1 + 0.2 is 0.3 exactly: no binary floating point anywhere.
        #expect(DecimalText.parse("0.1")! + DecimalText.parse("0.2")! == DecimalText.parse("0.3")!)
    }

    @Test func roundsHalfAwayFromZero() {
        #expect(Figure("13.85")!.fixed(1) == "13.9")
        #expect(Figure("-13.85")!.fixed(1) == "-13.9")
        #expect(Figure("0.05")!.fixed(1) == "0.1")
        #expect(Figure("2.5")!.fixed(0) == "3")
        #expect(Figure("1.2")!.fixed(2) == "1.20")
        #expect(Figure("-0.04")!.fixed(1) == "0.0")
        #expect(Figure(1234).fixed(0) == "1234")
    }
}

@Suite struct PeriodTests {
    @Test func parsesTheThreeKinds() {
        #expect(Period("2021-08") == .month(year: 2021, month: 8))
        #expect(Period("2021Q3") == .quarter(year: 2021, quarter: 3))
        #expect(Period("2021q3") == .quarter(year: 2021, quarter: 3))
        #expect(Period("2021") == .year(2021))
        #expect(Period("2021-08")?.description == "2021-08")
        #expect(Period("2021Q3")?.endMonth == 9)
    }

    @Test func rejectsImpossiblePeriods() {
        for bad in ["2021-13", "2021-00", "2021-8", "2021Q5", "2021Q0", "21-08", "2021/08", "", "abcd", "2021-08-01", "0999"] {
            #expect(Period(bad) == nil, "\(bad) must be rejected")
        }
    }

    @Test func previousPeriods() {
        #expect(Period.month(year: 2021, month: 1).previous == .month(year: 2020, month: 12))
        #expect(Period.month(year: 2021, month: 8).previous == .month(year: 2021, month: 7))
        #expect(Period.quarter(year: 2021, quarter: 1).previous == .quarter(year: 2020, quarter: 4))
        #expect(Period.year(2021).previous == .year(2020))
    }

    @Test func quarterlyIndicatorsShowTheLastCompletedQuarter() {
        let august = AsOf(year: 2021, month: 8)
        #expect(august.period(for: .quarterly) == .quarter(year: 2021, quarter: 2))
        #expect(AsOf(year: 2021, month: 2).period(for: .quarterly) == nil)
        #expect(august.period(for: .annual) == nil)
        #expect(AsOf(year: 2021, month: 12).period(for: .annual) == .year(2021))
    }
}

@Suite struct JSONTextTests {
    @Test func storedTextBecomesAValidJSONNumber() {
        #expect(JSONText.number(text: "629.0") == "629.0")
        #expect(JSONText.number(text: "-0.10") == "-0.10")
        #expect(JSONText.number(text: ".5") == "0.5")
        #expect(JSONText.number(text: "007") == "7")
        #expect(JSONText.number(text: "12.") == "12")
        #expect(JSONText.number(text: nil) == "null")
    }

    @Test func stringsAreEscaped() {
        #expect(JSONText.string("a\"b\\c\n<") == #""a\"b\\c\n\u003c""#)
    }
}

@Suite struct FigureTests {
    @Test func exactTiesRoundHalfAwayFromZero() {
        // 277 ÷ 20 = 13.85 exactly: binary floating point would show 13.8.
        #expect((Figure(277) / Figure(20))!.fixed(1) == "13.9")
        #expect((Figure(-277) / Figure(20))!.fixed(1) == "-13.9")
        #expect(Figure(1, over: 3).fixed(3) == "0.333")
        #expect(Figure(2, over: 3).fixed(0) == "1")
        #expect(Figure(-1, over: 30).fixed(1) == "0.0")
    }

    @Test func arithmeticAndComparisonAreExact() {
        #expect(Figure(1, over: 3) + Figure(1, over: 6) == Figure(1, over: 2))
        #expect(Figure(100, over: 3) > Figure("33.333333")!)
        #expect(Figure("0.1")! + Figure("0.2")! == Figure("0.3")!)
        #expect((Figure(1) / 0) == nil)
        #expect(Figure(-5).magnitude == 5)
    }

    @Test func jsonLiteralsAreUnroundedDecimals() {
        #expect(Figure("629.0")!.jsonLiteral == "629")
        #expect(Figure(1, over: 8).jsonLiteral == "0.125")
        #expect(Figure(100, over: 3).jsonLiteral == "33.333333333333333")
        #expect(Figure(-1, over: 4).jsonLiteral == "-0.25")
    }

    @Test func largeSumsStayExact() {
        // 42,000 units × 12 months of the largest value allowed still sums exactly.
        let largest = Figure("999999999999.999999")!
        var total: Figure = 0
        for _ in 0..<1000 { total = total + largest }
        #expect(total == Figure("999999999999999.999")!)
        #expect(total.millionths == nil, "too large for one stored value, fine as a sum")
    }

    @Test func importDigitLimits() {
        #expect(DecimalText.canonical("999999999999.999999") != nil)
        #expect(DecimalText.canonical("1000000000000") == nil)
        #expect(DecimalText.canonical("0.1234567") == nil)
        #expect(DecimalText.isNumberButTooPrecise("0.1234567"))
        #expect(!DecimalText.isNumberButTooPrecise("abc"))
        #expect(ImportReason.tooManyDigits("0.1234567").message(.en).contains("at most 12 before the point and 6 after"))
    }
}

@Suite struct FigureArithmeticTests {
    /// A ratio indicator's growth at nation scale: both ratios keep a factor of 10^12 in their
    /// parts, and the plain cross products need 132 bits. Cancelling first keeps it exact.
    @Test func productsPastInt128AreCancelledExactly() throws {
        let current = Figure(693_312_704_000_000_000_000, over: 7_681_795_010_000_000_000)
        let base = Figure(664_331_221_000_000_000_000, over: 6_920_262_590_000_000_000)
        #expect(current / base == Figure(479_790_596_866_294_336, over: 510_325_625_846_500_721))
        #expect(try #require(Figures.growth(current: current, base: base)).fixed(6) == "-5.983440")
        #expect(current * base == Figure(4_605_892_751_831_315_840_000, over: 531_600_386_317_516_759))
    }

    /// Parts that share no factor and whose exact product needs more than 128 bits are carried
    /// to 10^−15 (the exact values are 4 + 1.8·10^−27 and 4 + 1.8·10^−30).
    @Test func resultsTooWideForExactPartsAreCarriedTo15Places() {
        let x = Figure((1 << 100) - 15, over: (1 << 99) - 19), y = Figure((1 << 98) - 3, over: (1 << 97) - 141)
        let epsilon = Figure(1, over: 1_000_000_000_000_000)
        #expect((x * y - 4).magnitude <= epsilon)
        #expect((x + y - 4).magnitude <= epsilon)
        #expect((x * y).fixed(6) == "4.000000")
        #expect(x < y)  // 2 + 23·2⁻⁹⁹ against 2 + 279·2⁻⁹⁷: compared exactly
    }
}
