// Renders the indicator page: definition, the trajectory chart with its numbers as a table,
// the completion bars against 序时, and the value history.
import Foundation
import TiaoduCore
import TiaoduStore

enum IndicatorPageView {
    static func render(_ model: IndicatorPageModel, _ p: PageRequest) -> String {
        let l = p.language
        func t(_ label: Label) -> String { HTML.escape(p.text(label)) }
        let decimals = model.indicator.decimals
        func amount(_ value: Figure?) -> String { value.map { $0.fixed(decimals) } ?? "-" }
        let title = "\(model.name) · \(model.unitName) \(Catalogue.periodHeading(model.period, l))"
        var html = "<h1>\(HTML.escape(title))</h1>"
        let units = p.workspace.tree.units.filter { $0.kind.reportsFigures && p.access.canRead($0.code, p.period, indicator: model.indicator.code) }
        html += Fragments.pickers(action: "/indicators/\(HTML.percentEncoded(model.indicator.code))", language: l, selects: [
            Fragments.select(name: "org", label: p.text(.forUnit), options: units.map { ($0.code, p.name($0)) }, selected: model.unit.code),
            Fragments.periodSelect(p),
        ])
        html += "<p>" + Fragments.unitLink(model.unit.code, name: model.unitName + " · " + p.text(.scorecardTitle), period: model.period)
        html += " · " + Fragments.leagueLink(indicator: model.indicator.code, parent: model.scope.code, period: model.period, text: p.text(.navLeague)) + "</p>"

        html += "<h2>\(t(.definition))</h2><dl class=\"meta\">"
        for (label, value) in model.metadata { html += "<dt>\(t(label))</dt><dd>\(HTML.escape(value))</dd>" }
        html += "</dl>"

        // The trajectory: this year's actual, the target's trajectory, last year.
        let monthName: (Int) -> String = { l == .zh ? "\($0)月" : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][$0 - 1] }
        func points(_ pick: (IndicatorPageModel.Month) -> Figure?) -> [(month: Int, value: Double)] {
            model.months.compactMap { m in pick(m).map { (m.month, $0.double) } }
        }
        let year = model.period.year
        let series = [
            LineChart.Series(name: "\(year) " + p.text(.actual), points: points(\.actual), style: .solid),
            LineChart.Series(name: p.text(.targetTrajectory), points: points(\.trajectory), style: .dashed),
            LineChart.Series(name: "\(year - 1) " + p.text(.lastYear), points: points(\.lastYear), style: .dotted),
        ].filter { !$0.points.isEmpty }
        html += "<h2>\(t(.trajectoryChart))</h2>"
        if series.isEmpty {
            html += "<p>\(t(.noData))</p>"
        } else {
            let chartTitle = "\(model.unitName) \(model.name) \(p.text(.trajectoryChart))"
            let description = series.map { s in s.name + ": " + s.points.map { "\(monthName($0.month)) \(String(format: "%.\(decimals)f", $0.value))" }.joined(separator: ", ") }.joined(separator: "; ")
            let chart = LineChart(title: chartTitle, description: description, unit: model.indicator.unit, monthLabel: monthName, series: series)
            html += "<figure>" + chart.svg(id: "trajectory") + "</figure>"
            html += "<div class=\"scroll\"><table class=\"compact\"><caption class=\"muted\">\(HTML.escape(model.indicator.unit))</caption><thead><tr><th scope=\"col\">\(t(.month))</th>"
            html += "<th scope=\"col\">\(year) \(t(.actual))</th><th scope=\"col\">\(t(.targetTrajectory))</th><th scope=\"col\">\(year - 1) \(t(.lastYear))</th></tr></thead><tbody>"
            for m in model.months {
                html += "<tr><th scope=\"row\">\(HTML.escape(monthName(m.month)))</th><td class=\"num\">\(amount(m.actual))</td><td class=\"num\">\(amount(m.trajectory))</td><td class=\"num\">\(amount(m.lastYear))</td></tr>"
            }
            html += "</tbody></table></div>"
        }

        html += "<h2>\(t(.completionChart)) · \(HTML.escape(model.scopeName))</h2>"
        if model.bars.isEmpty {
            html += "<p>\(t(.noData))</p>"
        } else {
            let reference = model.schedule.map { ($0.double, p.text(.scheduleLine) + " " + $0.fixed(BulletinCells.percentDecimals) + "%") }
            let description = model.bars.map { "\($0.name) \($0.text)" }.joined(separator: ", ") + (reference.map { "; " + $0.1 } ?? "")
            let chart = BarChart(title: "\(model.scopeName) \(model.name) \(p.text(.completionChart))", description: description,
                                 bars: model.bars.map { BarChart.Bar(label: $0.name, value: $0.completion.double, text: $0.text) }, reference: reference)
            html += "<figure>" + chart.svg(id: "completion") + "</figure>"
        }

        html += "<h2>\(t(.historyTitle)) · \(HTML.escape(model.unitName))</h2>"
        if model.history.isEmpty {
            html += "<p>\(t(.noHistory))</p>"
        } else {
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
            formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
            html += "<div class=\"scroll\"><table class=\"compact\"><thead><tr><th scope=\"col\">\(t(.changedAt))</th><th scope=\"col\">\(t(.period))</th><th scope=\"col\">\(t(.changedBy))</th>"
            html += "<th scope=\"col\">\(t(.route))</th><th scope=\"col\">\(t(.oldValue))</th><th scope=\"col\">\(t(.newValue))</th></tr></thead><tbody>"
            for entry in model.history.reversed() {
                let when = formatter.string(from: Date(timeIntervalSince1970: Double(entry.changedAt) / 1000))
                let kind = entry.kind == "target" ? " · " + p.text(.target) : ""
                html += "<tr><td>\(HTML.escape(when))</td><td>\(HTML.escape(entry.period + kind))</td><td>\(HTML.escape(entry.changedBy))</td><td>\(HTML.escape(Catalogue.route(entry.source, l)))</td>"
                html += "<td class=\"num\">\(HTML.escape(entry.oldValue ?? "-"))</td><td class=\"num\">\(HTML.escape(entry.newValue ?? "-"))</td></tr>"
            }
            html += "</tbody></table></div>"
        }
        return Layout.page(title: title, at: p.location, current: nil, body: html)
    }
}
