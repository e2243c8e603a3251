// The working-day calendar against the State Council's published schedules (every holiday and
// every 调休 day of 2021 and 2024, written out here from the notices, not from the shipped data),
// the issue's examples, and add/count checked against each other on many random starts.
import Testing
@testable import TiaoduCore

@Suite struct WorkingCalendarTests {
    static let calendar = WorkingCalendar.official

    static func d(_ text: String) -> Day { Day(text)! }

    /// Every day from `a` through `b`.
    static func span(_ a: String, _ b: String) -> [Day] {
        var days: [Day] = []
        var day = d(a)
        while day <= d(b) { days.append(day); day = day.next! }
        return days
    }

    // 国务院办公厅关于2021年部分节假日安排的通知
    static let holidays2021 = span("2021-01-01", "2021-01-03") + span("2021-02-11", "2021-02-17") + span("2021-04-03", "2021-04-05")
        + span("2021-05-01", "2021-05-05") + span("2021-06-12", "2021-06-14") + span("2021-09-19", "2021-09-21") + span("2021-10-01", "2021-10-07")
    static let workdays2021 = ["2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09"].map(d)
    // 国务院办公厅关于2024年部分节假日安排的通知
    static let holidays2024 = [d("2024-01-01")] + span("2024-02-10", "2024-02-17") + span("2024-04-04", "2024-04-06")
        + span("2024-05-01", "2024-05-05") + [d("2024-06-10")] + span("2024-09-15", "2024-09-17") + span("2024-10-01", "2024-10-07")
    static let workdays2024 = ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"].map(d)

    @Test func theIssuesExamples() throws {
        #expect(try Self.calendar.add(workingDays: 1, to: Self.d("2021-09-30")) == Self.d("2021-10-08"))
        #expect(try Self.calendar.add(workingDays: 5, to: Self.d("2021-09-30")) == Self.d("2021-10-13"), "10-09 is a Saturday worked (调休)")
        #expect(try Self.calendar.add(workingDays: 0, to: Self.d("2021-10-02")) == Self.d("2021-10-02"))
        #expect(try Self.calendar.count(from: Self.d("2021-09-30"), to: Self.d("2021-10-13")) == 5)
        #expect(try Self.calendar.count(from: Self.d("2021-10-13"), to: Self.d("2021-09-30")) == -5)
    }

    @Test(arguments: [(holidays2021, workdays2021, 2021), (holidays2024, workdays2024, 2024)])
    func everyDayOfThePublishedSchedule(holidays: [Day], workdays: [Day], year: Int) throws {
        let special = Set(holidays + workdays)
        for day in holidays { #expect(try !Self.calendar.isWorkingDay(day), "\(day) is a holiday") }
        for day in workdays {
            #expect(WorkingCalendar.isWeekend(day), "\(day): an adjusted working day falls on a weekend")
            #expect(try Self.calendar.isWorkingDay(day), "\(day) is worked (调休)")
        }
        // Every other day of the year is the plain week: Monday to Friday worked.
        for day in Self.span("\(year)-01-01", "\(year)-12-31") where !special.contains(day) {
            #expect(try Self.calendar.isWorkingDay(day) == !WorkingCalendar.isWeekend(day), "\(day)")
        }
        // The shipped data has exactly these special days for the year, no more.
        let shipped = Self.calendar.days.filter { $0.day.year == year }
        #expect(Set(shipped.filter { $0.kind == .holiday }.map(\.day)) == Set(holidays))
        #expect(Set(shipped.filter { $0.kind == .workday }.map(\.day)) == Set(workdays))
        #expect(Self.calendar.special(Self.d("\(year)-10-01"))?.name.contains("国庆") == true)
    }

    @Test func aYearNotLoadedIsAnErrorThatNamesIt() throws {
        #expect(throws: CalendarError.yearNotLoaded(2027)) { try Self.calendar.isWorkingDay(Self.d("2027-01-04")) }
        #expect(throws: CalendarError.yearNotLoaded(2027)) { try Self.calendar.add(workingDays: 10, to: Self.d("2026-12-25")) }
        #expect(throws: CalendarError.yearNotLoaded(2019)) { try Self.calendar.count(from: Self.d("2019-12-30"), to: Self.d("2020-01-03")) }
        #expect(throws: CalendarError.negativeDays(-1)) { try Self.calendar.add(workingDays: -1, to: Self.d("2021-09-30")) }
        #expect(CalendarError.yearNotLoaded(2027).message(.zh).contains("2027年"))
        // An operator's year replaces the shipped one or adds a new one.
        let more = Self.calendar.replacing(years: [2027], with: [CalendarDay(day: Self.d("2027-01-01"), kind: .holiday, name: "元旦")])
        #expect(try !more.isWorkingDay(Self.d("2027-01-01")) && more.isWorkingDay(Self.d("2027-01-04")))
        #expect(try more.isWorkingDay(Self.d("2021-10-09")), "the other years stay")
    }

    /// add and count agree: count(start, add(start, n)) = n, and add lands on a working day
    /// that the day before it does not already reach.
    @Test func addAndCountAgree() throws {
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let first = Self.d("2020-01-01").ordinal
        for _ in 0..<500 {
            let start = Day(millisecondsSince1970: Int64(first + next(6 * 365)) * 86_400_000)
            let n = next(40)
            let due = try Self.calendar.add(workingDays: n, to: start)
            #expect(try Self.calendar.count(from: start, to: due) == n, "\(start) + \(n) = \(due)")
            if n > 0 {
                #expect(try Self.calendar.isWorkingDay(due))
                #expect(try Self.calendar.count(from: start, to: Day(millisecondsSince1970: Int64(due.ordinal - 1) * 86_400_000)) == n - 1)
            }
        }
    }
}
