// Renders the indicator page: definition, the trajectory chart with its numbers as a table,
// the completion bars against 序时, and the value history.
import Foundation
import TiaoduCore
import TiaoduStore

enum IndicatorPageView {
    static func render(_ model: IndicatorPageModel, _ p: PageContext) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let decimals = model.indicator.decimals
        func amount(_ value: Figure?) -> String { value.map { $0.fixed(decimals) } ?? "-" }
        let title = "\(model.name) · \(model.unitName) \(Catalogue.periodHeading(model.period, l))"
        var body: [Node] = [.h1(.text(title)), Fragments.draftMark(p)]
        body.append(Fragments.pickers(action: "/indicators/\(Link.segment(model.indicator.code))", language: l, selects: [
            Fragments.select(name: "org", label: p.text(.forUnit), options: model.units.map { ($0.code, p.name($0)) }, selected: model.unit.code),
            Fragments.periodSelect(p),
        ]))
        body.append(.p(
            Fragments.unitLink(model.unit.code, name: model.unitName + " · " + p.text(.scorecardTitle), period: model.period),
            " · ",
            Fragments.leagueLink(indicator: model.indicator.code, parent: model.scope.code, period: model.period, text: p.text(.navLeague))
        ))

        body.append(.h2(t(.definition)))
        var definition: [Node] = []
        for (label, value) in model.metadata { definition += [.dt(t(label)), .dd(.text(value))] }
        body.append(.dl(definition).class("meta"))

        // The trajectory: this year's actual, the target's trajectory, last year.
        let monthName: (Int) -> String = { Catalogue.monthName($0, l) }
        func points(_ pick: (IndicatorPageModel.Month) -> Figure?) -> [(month: Int, value: Double)] {
            model.months.compactMap { m in pick(m).map { (m.month, $0.double) } }
        }
        let year = model.period.year
        let series = [
            LineChart.Series(name: "\(year) " + p.text(.actual), points: points(\.actual), style: .solid),
            LineChart.Series(name: p.text(.targetTrajectory), points: points(\.trajectory), style: .dashed),
            LineChart.Series(name: "\(year - 1) " + p.text(.lastYear), points: points(\.lastYear), style: .dotted),
        ].filter { !$0.points.isEmpty }
        body.append(.h2(t(.trajectoryChart)))
        if series.isEmpty {
            body.append(.p(t(.noData)))
        } else {
            let chartTitle = "\(model.unitName) \(model.name) \(p.text(.trajectoryChart))"
            let description = series.map { s in s.name + ": " + s.points.map { "\(monthName($0.month)) \(String(format: "%.\(decimals)f", $0.value))" }.joined(separator: ", ") }.joined(separator: "; ")
            let chart = LineChart(title: chartTitle, description: description, unit: model.indicator.unit, monthLabel: monthName, series: series)
            body.append(.figure(chart.svg(id: "trajectory")))
            let heads: [Node] = [
                .th(t(.month)).scope("col"),
                .th("\(year) \(p.text(.actual))").scope("col"),
                .th(t(.targetTrajectory)).scope("col"),
                .th("\(year - 1) \(p.text(.lastYear))").scope("col"),
            ]
            let rows: [Node] = model.months.map { m in
                let cells: [Node] = [
                    .th(.text(monthName(m.month))).scope("row"),
                    .td(.text(amount(m.actual))).class("num"),
                    .td(.text(amount(m.trajectory))).class("num"),
                    .td(.text(amount(m.lastYear))).class("num"),
                ]
                return .tr(cells)
            }
            body.append(.div(.table(
                .caption(.text(model.indicator.unit)).class("muted"),
                .thead(.tr(heads)),
                .tbody(rows)
            ).class("compact")).class("scroll"))
        }

        body.append(.h2("\(p.text(.completionChart)) · \(model.scopeName)"))
        if model.bars.isEmpty {
            body.append(.p(t(.noData)))
        } else {
            let reference = model.schedule.map { ($0.double, p.text(.scheduleLine) + " " + $0.fixed(BulletinCells.percentDecimals) + "%") }
            let description = model.bars.map { "\($0.name) \($0.text)" }.joined(separator: ", ") + (reference.map { "; " + $0.1 } ?? "")
            let chart = BarChart(title: "\(model.scopeName) \(model.name) \(p.text(.completionChart))", description: description,
                                 bars: model.bars.map { BarChart.Bar(label: $0.name, value: $0.completion.double, text: $0.text) }, reference: reference)
            body.append(.figure(chart.svg(id: "completion")))
        }

        body.append(.h2("\(p.text(PageLabel.valueHistoryTitle)) · \(model.unitName)"))
        if model.history.isEmpty {
            body.append(.p(t(.noHistory)))
        } else {
            let time = Timestamp(seconds: true)
            let heads: [PageLabel] = [.changedAt, .period, .changedBy, .route, .oldValue, .newValue]
            let rows: [Node] = model.history.reversed().map { entry in
                let when = time.text(entry.changedAt)
                let kind = entry.kind == "target" ? " · " + p.text(.target) : ""
                let cells: [Node] = [
                    .td(.text(when)),
                    .td(.text(entry.period + kind)),
                    .td(.text(entry.changedBy)),
                    .td(.text(PageText.route(entry.source, l))),
                    .td(.text(entry.oldValue ?? "-")).class("num"),
                    .td(.text(entry.newValue ?? "-")).class("num"),
                ]
                return .tr(cells)
            }
            body.append(.div(.table(.thead(.tr(heads.map { Node.th(t($0)).scope("col") })), .tbody(rows)).class("compact")).class("scroll"))
        }
        return Layout.page(title: title, at: p.location, current: .indicators, body: .group(body))
    }
}
