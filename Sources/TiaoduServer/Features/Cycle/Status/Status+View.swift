// Renders the reporting overview: one row per unit (indented by level) with its state, due
// date, overdue mark and a button for each move the user may make; the table's downloads above it.
import TiaoduCore

enum StatusView {
    static func render(_ model: StatusModel, _ p: PageContext, projectReports: [String: (reported: Int, due: Int)] = [:]) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = "\(Catalogue.periodName(model.period, l)) \(p.text(.statusTitle))"
        let showProjects = !projectReports.isEmpty
        let csrf = p.csrf
        let rows: [Node] = model.lines.map { line in
            var cells: [Node] = [
                .th(.a(.text(line.name)).href(Link.to("/review", [("org", line.code), ("period", model.period.description)]))
                        .title(p.text(.reviewLink))).scope("row").style("padding-left:\(0.5 + Double(line.depth) * 1.2)rem"),
                .td(.text(line.returned == nil ? PageText.submission(line.status, l) : p.text(.returnedState)),
                    line.coveredBy.map { Node.span(.text(PageText.format(.coveredBy, l, $0))).class("muted") } ?? .empty,
                    line.overdue ? .group([" ", .span(t(.overdue)).class("s-red")]) : .empty,
                    line.returned.map { Node.div(.text($0)).class("returned") } ?? .empty)
                    .class("st-\(line.status.rawValue)"),
            ]
            if showProjects {
                // Projects under way that have reported the month, of all under way (a shortfall marked).
                if let count = projectReports[line.code], count.due > 0 {
                    cells.append(.td("\(count.reported)/\(count.due)").class(count.reported < count.due ? "num flag" : "num").attr("data-label", p.text(.projectReports)))
                } else {
                    cells.append(.td(.text(BulletinCells.missing)).class("num muted").attr("data-label", p.text(.projectReports)))
                }
            }
            cells.append(.td(.text(line.lastChange ?? BulletinCells.missing)).attr("data-label", p.text(.lastChange)))
            let forms: [Node] = csrf.map { csrf in
                line.actions.map { action in
                    .form(
                        .hidden("_csrf", csrf), .hidden("org", line.code), .hidden("period", model.period.description),
                        .hidden("action", action.rawValue), .hidden("lang", l.rawValue),
                        action.needsReason ? Node.input().name("reason").ariaLabel(p.text(.reason)).placeholder(p.text(.reason)).flag("required") : .empty,
                        .button(.text(PageText.action(action, l))).type("submit")
                    ).class("act").method("post").action("/status")
                }
            } ?? []
            cells.append(.td(forms))
            return .tr(cells).id("st-\(line.code)")
        }
        var head: [Node] = [.th(t(.org)).scope("col"), .th(t(.submissionStatus)).scope("col")]
        if showProjects { head.append(.th(.text(p.text(.projectReports))).scope("col")) }
        head += [.th(t(.lastChange)).scope("col"), .th().scope("col")]
        let body = Node.group([
            .h1(.text(title)),
            Fragments.pickers(action: "/status", language: l, selects: [
                Fragments.select(name: "period", label: p.text(.period), options: p.months.map { ($0.description, Catalogue.periodName($0, l)) }, selected: model.period.description),
            ]),
            model.message.map { .p(.text($0)).class("ok").role("status") } ?? .empty,
            model.failure.map { .p(.text($0)).class("error").role("alert") } ?? .empty,
            .p(.text(p.text(.dueDate) + p.text(.colon) + model.due), " · ",
               .a(.text(p.text(.calendarLink))).href(Link.to("/calendar", [("year", String(model.period.year))]))).class("muted"),
            downloads(model, p),
            // On a phone each unit is a block of its own (table.stack): the moves stay on screen.
            .div(.table(.thead(.tr(head)), .tbody(rows)).class("stack")).class("scroll"),
        ])
        return Layout.page(title: title, at: p.location, current: .status, body: body)
    }

    /// The table as an Excel workbook and a CSV file: the same period, the same units.
    static func downloads(_ model: StatusModel, _ p: PageContext) -> Node {
        let query = [("period", model.period.description), ("lang", p.language.rawValue)]
        return .p(.a(.text(p.text(.downloadXLSX))).href(Link.to("/status.xlsx", query)).flag("download"),
                  .a(.text(p.text(.downloadCSV))).href(Link.to("/status.csv", query)).flag("download")).class("actions")
    }
}
