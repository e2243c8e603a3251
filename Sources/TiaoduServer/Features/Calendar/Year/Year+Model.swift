// A year of the working-day calendar as the page shows it: twelve month grids (weeks from Monday,
// weekends, holidays and adjusted working days marked, today ringed), the year's holidays and
// 调休 days listed with their names, the working days of the year, and the loaded years to pick
// from. A year the calendar has not loaded is a sentence saying which year to import. Built from
// the page's plain context and the workspace's calendar.
import TiaoduCore

struct CalendarYearModel {
    /// One day of a month grid.
    struct Cell {
        let day: Day
        let weekend: Bool
        /// a holiday or an adjusted working day
        let kind: DayKind?
        /// the holiday it belongs to (国庆节)
        let name: String?
        let isToday: Bool
    }

    struct Month {
        let month: Int
        let title: String
        /// rows of seven, Monday first; nil before the first day and after the last
        let weeks: [[Cell?]]
    }

    /// A row of the list of the year's special days.
    struct Special {
        let date: String
        let weekday: String
        let kind: DayKind
        let name: String
    }

    let year: Int
    /// the years the picker offers: every loaded year, and the one shown
    let years: [Int]
    /// the year is not loaded: what to do, as a sentence
    let missing: String?
    let months: [Month]
    let specials: [Special]
    /// working days from 1 January to 31 December
    let workingDays: Int?

    init(_ p: PageContext, calendar: WorkingCalendar, year: Int) {
        let l = p.language
        self.year = year
        years = Array(calendar.years.union([year])).sorted()
        guard calendar.years.contains(year) else {
            missing = CalendarError.yearNotLoaded(year).message(l)
            months = []
            specials = []
            workingDays = nil
            return
        }
        missing = nil
        let names = PageText.text(.calendarWeekdayNames, l).split(separator: " ").map(String.init)
        months = (1...12).compactMap { (month: Int) -> Month? in
            guard let first = Day(year: year, month: month, day: 1) else { return nil }
            let length = Day.end(of: .month(year: year, month: month)).day
            var cells: [Cell?] = Array(repeating: nil, count: Self.weekday(first))
            for number in 1...length {
                guard let day = Day(year: year, month: month, day: number) else { continue }
                let special = calendar.special(day)
                cells.append(Cell(day: day, weekend: WorkingCalendar.isWeekend(day), kind: special?.kind, name: special?.name(l), isToday: day == p.today))
            }
            while cells.count % 7 != 0 { cells.append(nil) }
            let weeks = stride(from: 0, to: cells.count, by: 7).map { Array(cells[$0..<$0 + 7]) }
            return Month(month: month, title: Catalogue.monthName(month, l), weeks: weeks)
        }
        specials = calendar.days.filter { $0.day.year == year }.map { special in
            Special(date: Self.shortDate(special.day, l), weekday: names.indices.contains(Self.weekday(special.day)) ? names[Self.weekday(special.day)] : "",
                    kind: special.kind, name: special.name(l))
        }
        // Working days in (31 December of the year before, 31 December]: the whole year.
        if let before = Day(year: year - 1, month: 12, day: 31), let last = Day(year: year, month: 12, day: 31) {
            workingDays = try? calendar.count(from: before, to: last)
        } else {
            workingDays = nil
        }
    }

    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    static func weekday(_ day: Day) -> Int { ((day.ordinal % 7) + 7 + 3) % 7 }

    /// 10月1日 / 1 Oct.
    static func shortDate(_ day: Day, _ language: Language) -> String {
        language == .zh ? "\(day.month)月\(day.day)日" : "\(day.day) \(Catalogue.monthName(day.month, language))"
    }
}
