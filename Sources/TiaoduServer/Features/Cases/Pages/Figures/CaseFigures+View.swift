// Renders the cases' figures for a period: the period picker (from, to; this year to today by
// default), then two leagues — the org units (单位) and the departments (部门) — ranked by
// CaseLeagueRow.rank, with received, closed, the on-time closure rate, the average working days
// to close, open and red / yellow / blue now, satisfaction and reopened. A rate with nothing to
// divide is 「—」, never 0%.
import TiaoduCore

enum CaseFiguresView {
    static func render(units: [CaseLeagueRow], departments: [CaseLeagueRow], from: Day, to: Day, _ p: PageContext) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = p.text(.caseFiguresTitle)
        let picker = Fragments.pickers(action: "/cases/figures", language: l, selects: [
            .label(t(.caseFrom), Node.input().type("date").name("from").value(from.description)),
            .label(t(.caseTo), Node.input().type("date").name("to").value(to.description)),
        ])
        var body: [Node] = [
            .h1(.text(title)),
            picker,
            .p(.text(PageText.format(.caseFiguresPeriod, l, [Catalogue.dayName(from, l), Catalogue.dayName(to, l), Catalogue.dayName(p.today, l)]))).class("muted"),
        ]
        if units.isEmpty && departments.isEmpty {
            body.append(.p(t(.caseFiguresEmpty)).class("muted"))
        } else {
            body.append(.h2(t(.caseFiguresUnits)))
            body.append(table(units, p, first: .caseFiguresUnit))
            body.append(.h2(t(.caseFiguresDepartments)))
            body.append(table(departments, p, first: .caseFiguresDepartment))
        }
        body.append(.p(t(.caseFiguresNote)).class("muted"))
        return Layout.page(title: title, at: p.location, current: .cases, body: .group(body))
    }

    static let columns: [PageLabel] = [
        .caseReceived, .caseClosedCount, .caseOnTimeRate, .caseAverageDays, .caseOpenCount, .caseRed, .caseYellow, .caseBlue, .caseSatisfaction, .caseReopenedCount,
    ]

    static func table(_ rows: [CaseLeagueRow], _ p: PageContext, first: PageLabel) -> Node {
        guard !rows.isEmpty else { return .p(.text(p.text(.caseFiguresNone))).class("muted") }
        func percent(_ figure: Figure?) -> String { figure.map { $0.fixed(1) + "%" } ?? BulletinCells.missing }
        let head = Node.tr([Node.th(.text(p.text(.caseRank))).scope("col"), Node.th(.text(p.text(first))).scope("col")]
                           + columns.map { Node.th(.text(p.text($0))).scope("col") })
        let body: [Node] = rows.map { row -> Node in
            let f = row.figures
            let cells: [String] = [
                String(f.received), String(f.closed), percent(f.onTimeRate), f.averageDays.map { $0.fixed(1) } ?? BulletinCells.missing,
                String(f.open), String(f.red), String(f.yellow), String(f.blue), percent(f.satisfaction), String(f.reopened),
            ]
            return Node.tr([Node.td(.text(row.rank.map(String.init) ?? BulletinCells.missing)).class("num"),
                            Node.th(.text(CaseCells.unitName(row.unit, p))).scope("row")]
                           + zip(columns, cells).map { label, text in Node.td(.text(text)).class("num").attr("data-label", p.text(label)) })
        }
        return .div(.table(.thead(head), .tbody(body)).class("compact case-league")).class("scroll")
    }
}
