// 工作日: the official working-day calendar every deadline rests on — weekends off, statutory
// holidays off, the adjusted weekend working days (调休) on. N working days count from the next
// working day after the day the clock starts (the day of raising does not count): from
// 2021-09-30, 1 working day is 2021-10-08 and 5 are 2021-10-13. A date outside the loaded years is
// an error naming the missing year — never a silent weekends-only guess.

public enum DayKind: String, Sendable, CaseIterable, Codable {
    /// a statutory holiday (or a day of its 调休 bridge): no work, even on a weekday
    case holiday
    /// an adjusted working day (调休上班): work, even on a weekend
    case workday
}

/// One day the official schedule makes different from the plain week.
public struct CalendarDay: Hashable, Sendable, Comparable {
    public let day: Day
    public let kind: DayKind
    /// the holiday it belongs to: 国庆节, 春节
    public let name: String

    public init(day: Day, kind: DayKind, name: String) {
        self.day = day
        self.kind = kind
        self.name = name
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.day < b.day }

    /// The holiday's name as a reader of the language says it (国庆节 → National Day); a name
    /// the catalogue does not know is shown as entered.
    public func name(_ language: Language) -> String {
        guard language == .en else { return name }
        let english = ["元旦": "New Year's Day", "春节": "Spring Festival", "清明节": "Qingming Festival", "劳动节": "Labour Day",
                       "端午节": "Dragon Boat Festival", "中秋节": "Mid-Autumn Festival", "国庆节": "National Day"]
        return name.split(separator: "、").map { english[String($0)] ?? String($0) }.joined(separator: " and ")
    }
}

public enum CalendarError: Error, Equatable, Sendable {
    /// a date outside the loaded years
    case yearNotLoaded(Int)
    case negativeDays(Int)

    public func message(_ language: Language) -> String {
        switch self {
        case .yearNotLoaded(let year):
            return Catalogue.format(.calendarYearMissing, language, String(year))
        case .negativeDays(let days):
            return Catalogue.format(.calendarNegativeDays, language, String(days))
        }
    }
}

public struct WorkingCalendar: Sendable {
    /// the years whose official schedule is loaded
    public let years: Set<Int>
    private let special: [Day: CalendarDay]

    public init(days: [CalendarDay], years: Set<Int>) {
        self.years = years.union(days.map(\.day.year))
        special = Dictionary(days.map { ($0.day, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The special days, in date order.
    public var days: [CalendarDay] { special.values.sorted() }

    /// The calendar with `years` replaced by `days` (an operator's import of a year).
    public func replacing(years replaced: Set<Int>, with days: [CalendarDay]) -> WorkingCalendar {
        let kept = special.values.filter { !replaced.contains($0.day.year) }
        return WorkingCalendar(days: kept + days, years: years.union(replaced))
    }

    /// A holiday or an adjusted working day, if the day is one.
    public func special(_ day: Day) -> CalendarDay? { special[day] }

    public func isWorkingDay(_ day: Day) throws -> Bool {
        guard years.contains(day.year) else { throw CalendarError.yearNotLoaded(day.year) }
        if let special = special[day] { return special.kind == .workday }
        return !Self.isWeekend(day)
    }

    /// Saturday or Sunday (1970-01-01 was a Thursday).
    public static func isWeekend(_ day: Day) -> Bool {
        let weekday = ((day.ordinal % 7) + 7 + 3) % 7  // 0 = Monday
        return weekday >= 5
    }

    /// N working days from `start`, counting from the next working day after it; 0 is `start`.
    public func add(workingDays n: Int, to start: Day) throws -> Day {
        guard n >= 0 else { throw CalendarError.negativeDays(n) }
        var day = start
        var left = n
        while left > 0 {
            guard let next = day.next else { throw CalendarError.yearNotLoaded(day.year + 1) }
            day = next
            if try isWorkingDay(day) { left -= 1 }
        }
        return day
    }

    /// The working days in (from, to]; negative when `to` is before `from`.
    public func count(from: Day, to: Day) throws -> Int {
        if to < from { return -(try count(from: to, to: from)) }
        var day = from
        var count = 0
        while day < to {
            guard let next = day.next else { break }
            day = next
            if try isWorkingDay(day) { count += 1 }
        }
        return count
    }
}
