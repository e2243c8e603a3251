// Renders a year of the working-day calendar: the year picker, twelve small month grids (Monday
// first; weekends shaded, holidays marked 休 in red, adjusted working days marked 班), then the
// year's holidays and adjusted working days with their names. A year not loaded is one sentence.
import TiaoduCore

enum CalendarYearView {
    static func render(_ model: CalendarYearModel, _ p: PageContext) -> String {
        let l = p.language
        let title = PageText.format(.calendarTitle, l, String(model.year))
        let picker = Fragments.pickers(action: "/calendar", language: l, selects: [
            Fragments.select(name: "year", label: p.text(.calendarYearPicker), options: model.years.map { (String($0), String($0)) },
                             selected: String(model.year)),
        ])
        if let missing = model.missing {
            let body = Node.group([.h1(.text(title)), picker, .p(.text(missing)).class("error").role("alert")])
            return Layout.page(title: title, at: p.location, current: nil, body: body)
        }
        func mark(_ kind: DayKind?) -> Node {
            switch kind {
            case .holiday?: return .span(.text(p.text(.calendarOffMark))).class("cal-mark")
            case .workday?: return .span(.text(p.text(.calendarWorkMark))).class("cal-mark")
            case nil: return .empty
            }
        }
        func word(_ kind: DayKind) -> String { p.text(kind == .holiday ? .calendarHoliday : .calendarWorkday) }
        let heads: [Node] = PageText.text(.calendarWeekdays, l).split(separator: " ").enumerated().map { index, name in
            Node.th(.text(String(name))).scope("col").class(index >= 5 ? "cal-we" : nil)
        }
        func cell(_ cell: CalendarYearModel.Cell?) -> Node {
            guard let cell else { return Node.td().class("cal-pad") }
            var classes: [String] = []
            if cell.weekend { classes.append("cal-we") }
            if let kind = cell.kind { classes.append(kind == .holiday ? "cal-off" : "cal-on") }
            if cell.isToday { classes.append("cal-today") }
            let said = [cell.name, cell.kind.map(word), cell.isToday ? p.text(.calendarToday) : nil].compactMap { $0 }
            return Node.td(.text(String(cell.day.day)), mark(cell.kind))
                .class(classes.isEmpty ? nil : classes.joined(separator: " "))
                .title(said.isEmpty ? nil : said.joined(separator: " "))
        }
        let months: [Node] = model.months.map { month in
            Node.table(
                .caption(.text(month.title)),
                .thead(.tr(heads)),
                .tbody(month.weeks.map { week in Node.tr(week.map(cell)) })
            ).class("cal-month")
        }
        let rows: [Node] = model.specials.map { special in
            Node.tr(
                .td(.text(special.date)).attr("data-label", p.text(.calendarDate)),
                .td(.text(special.weekday)).attr("data-label", p.text(.calendarWeekday)),
                .td(mark(special.kind), " ", .text(word(special.kind))).class(special.kind == .holiday ? "cal-off" : "cal-on")
                    .attr("data-label", p.text(.calendarKind)),
                .td(.text(special.name)).attr("data-label", p.text(.calendarHolidayName))
            )
        }
        let head: [Node] = [.th(.text(p.text(.calendarDate))).scope("col"), .th(.text(p.text(.calendarWeekday))).scope("col"),
                            .th(.text(p.text(.calendarKind))).scope("col"), .th(.text(p.text(.calendarHolidayName))).scope("col")]
        let body = Node.group([
            .h1(.text(title)),
            picker,
            .p(.text(p.text(.calendarLegend)),
               model.workingDays.map { Node.group([" ", .text(PageText.format(.calendarWorkingDays, l, String($0)))]) } ?? .empty).class("muted"),
            .div(months).class("cal-months"),
            .h2(.text(p.text(.calendarSpecialDays))),
            rows.isEmpty ? Node.p(.text(p.text(.calendarNoSpecialDays))).class("muted")
                : Node.div(.table(.thead(.tr(head)), .tbody(rows)).class("compact stack cal-list")).class("scroll"),
            .p(.text(p.text(.calendarSource))).class("muted"),
        ])
        return Layout.page(title: title, at: p.location, current: nil, body: body)
    }
}
