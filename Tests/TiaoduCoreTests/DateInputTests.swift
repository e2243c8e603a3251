// Days and periods as people type them (DateInput): the forms a sheet or a form holds are read,
// anything else stays refused, and the canonical forms are read as they always were.
import Testing
import TiaoduCore

@Suite struct DateInputTests {
    @Test func daysAsTyped() {
        for text in ["2021-09-30", "2021/9/30", "2021/09/30", "2021.9.30", "2021年9月30日", "２０２１年９月３０日", " 2021-9-30 "] {
            #expect(DateInput.day(text) == Day("2021-09-30"), "\(text)")
        }
        for text in ["2021-02-30", "30/9/2021", "2021/9", "9月30日", "2021年9月30号", "20210930", "", "明天"] {
            #expect(DateInput.day(text) == nil, "\(text)")
        }
    }

    @Test func periodsAsTyped() {
        let september = Period.month(year: 2021, month: 9)
        for text in ["2021-09", "2021年9月", "2021/9", "2021.09", "２０２１年０９月", "2021-9", "2021-09-30", "2021/9/1"] {
            #expect(DateInput.period(text) == september, "\(text): a day where a period is asked for is its month")
        }
        for text in ["2021Q3", "2021年第3季度", "2021年三季度", "2021年第三季度"] { #expect(DateInput.period(text) == .quarter(year: 2021, quarter: 3), "\(text)") }
        #expect(DateInput.period("2021年") == .year(2021) && DateInput.period("2021") == .year(2021))
        for text in ["2021年13月", "2021年第5季度", "9月", "2021/9/31", "21年9月", "2021年9月份x"] { #expect(DateInput.period(text) == nil, "\(text)") }
    }
}
