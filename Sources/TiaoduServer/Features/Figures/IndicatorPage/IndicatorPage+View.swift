// Renders the indicator page: definition, the monthly chart that fits the indicator with its
// numbers as a table, the units compared as bars, and the value history.
import Foundation
import TiaoduCore
import TiaoduStore

enum IndicatorPageView {
    static func render(_ model: IndicatorPageModel, _ p: PageContext) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = "\(model.name) · \(model.unitName) \(Catalogue.periodHeading(model.period, l))"
        var body: [Node] = [.h1(.text(title)), Fragments.draftMark(p)]
        body.append(Fragments.pickers(action: "/indicators/\(Link.segment(model.indicator.code))", language: l, selects: [
            Fragments.select(name: "org", label: p.text(.forUnit), options: model.units.map { ($0.code, p.name($0)) }, selected: model.unit.code),
            Fragments.periodSelect(p),
        ]))
        // The league of the scope only where the reader may open it (a county before publication may not read the city).
        var links: [Node] = [Fragments.unitLink(model.unit.code, name: model.unitName + " · " + p.text(.scorecardTitle), period: model.period)]
        if p.access.canRead(model.scope.code, model.period, indicator: model.indicator.code) {
            links.append(" · ")
            links.append(Fragments.leagueLink(indicator: model.indicator.code, parent: model.scope.code, period: model.period, text: p.text(.navLeague)))
        }
        body.append(.p(links))

        body.append(.h2(t(.definition)))
        var definition: [Node] = []
        for (label, value) in model.metadata { definition += [.dt(t(label)), .dd(.text(value))] }
        body.append(.dl(definition).class("meta"))

        body += monthlyChart(model, p)
        body += comparisonChart(model, p)

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
                    .td(.text(entry.oldValue ?? BulletinCells.missing)).class("num"),
                    .td(.text(entry.newValue ?? BulletinCells.missing)).class("num"),
                ]
                return .tr(cells)
            }
            body.append(.div(.table(.thead(.tr(heads.map { Node.th(t($0)).scope("col") })), .tbody(rows)).class("compact")).class("scroll"))
        }
        return Layout.page(title: title, at: p.location, current: .indicators, body: .group(body))
    }

    /// The unit's figures month by month, in the chart that fits the indicator (ChartKind): the
    /// year to date against the target's trajectory and last year; a rate's level against last
    /// year's and its target level; the growth against the target growth. The numbers under it.
    static func monthlyChart(_ model: IndicatorPageModel, _ p: PageContext) -> [Node] {
        let l = p.language
        let year = model.period.year
        let monthName: (Int) -> String = { Catalogue.monthName($0, l) }
        /// A line of the chart and a column of its table: its name, its style, its figure of a month.
        struct Column {
            let name: String
            let style: LineChart.Style
            let pick: (IndicatorPageModel.Month) -> Figure?
        }
        let heading: PageLabel, unit: String, decimals: Int, columns: [Column]
        var reference: (value: Double, text: String)?
        let actual = Column(name: "\(year) " + p.text(.actual), style: .solid, pick: { $0.actual })
        let lastYear = Column(name: "\(year - 1) " + p.text(.lastYear), style: .dotted, pick: { $0.lastYear })
        switch model.chartKind {
        case .cumulative:
            heading = .trajectoryChart
            unit = Catalogue.unitName(model.indicator.unit, l)
            decimals = model.indicator.decimals
            columns = [actual, Column(name: p.text(.targetTrajectory), style: .dashed, pick: { $0.trajectory }), lastYear]
        case .level:
            heading = .chartLevelTitle
            unit = Catalogue.unitName(model.indicator.unit, l)
            decimals = model.indicator.decimals
            columns = [actual, lastYear]
            if let target = model.targetLine {
                let amount = Catalogue.amount(target.rounded(decimals: decimals), decimals: decimals, unit: model.indicator.unit, l)
                reference = (value: target.double, text: p.text(.chartTarget) + " " + amount)
            }
        case .growth:
            heading = .chartGrowthTitle
            unit = "%"
            decimals = BulletinCells.percentDecimals
            columns = [Column(name: "\(year) " + p.text(.chartGrowthSeries), style: .solid, pick: { $0.growth }),
                       Column(name: "\(year - 1) " + p.text(.chartGrowthSeries), style: .dotted, pick: { $0.lastYearGrowth })]
            if let target = model.targetLine {
                reference = (value: target.double, text: p.text(.chartTargetGrowth) + " " + target.fixed(decimals) + "%")
            }
        }
        var nodes: [Node] = [.h2(.text(p.text(heading)))]
        let series = columns.map { column in
            LineChart.Series(name: column.name, points: model.months.compactMap { m in column.pick(m).map { (month: m.month, value: $0.double) } }, style: column.style)
        }.filter { !$0.points.isEmpty }
        guard !series.isEmpty else { return nodes + [.p(.text(p.text(.noData)))] }
        func number(_ value: Double) -> String { String(format: "%.\(decimals)f", value) }
        func cell(_ column: Column, _ month: IndicatorPageModel.Month) -> String { column.pick(month).map { $0.fixed(decimals) } ?? BulletinCells.missing }
        let lines = series.map { s in s.name + p.text(.colon) + s.points.map { "\(monthName($0.month)) \(number($0.value))" }.joined(separator: p.text(.listSeparator)) }
        let description = (lines + (reference.map { [$0.text] } ?? [])).joined(separator: p.text(.clauseSeparator))
        let chart = LineChart(title: "\(model.unitName) \(model.name) \(p.text(heading))", description: description, unit: unit,
                              monthLabel: monthName, series: series, reference: reference, decimals: decimals, mark: ChartFigure.mark(p))
        // What the numbers are: the unit (亿元, %), or 同比% for growths.
        let measure = model.chartKind == .growth ? p.text(.growth) : unit
        let table = ChartFigure.table(
            heads: [p.text(.month)] + columns.map(\.name),
            rows: model.months.map { m in [monthName(m.month)] + columns.map { cell($0, m) } },
            caption: measure + (reference.map { " · " + $0.text } ?? ""))
        nodes.append(ChartFigure.render(chart.svg(id: "trajectory"), caption: "\(model.unitName) \(model.name) · \(measure)", table: table, folded: false, p))
        return nodes
    }

    /// The units of the scope compared, best first: completion against 序时, or the level or the
    /// growth against each unit's own target (a mark across its bar). The numbers in a table.
    static func comparisonChart(_ model: IndicatorPageModel, _ p: PageContext) -> [Node] {
        let l = p.language
        let unit = model.indicator.unit
        let unitName = Catalogue.unitName(unit, l)
        let heading: PageLabel, valueHead: String, targetHead: String
        switch model.chartKind {
        case .cumulative:
            heading = .completionChart
            valueHead = p.text(.completion)
            targetHead = p.text(.scheduleLine)
        case .level:
            // 「各地水平与各自目标」 only when some unit has a target to mark.
            heading = model.bars.contains { $0.marker != nil } ? .chartLevelCompare : .chartLevelByUnit
            valueHead = PageText.format(.bulletinAnnexIndicator, l, [p.text(.actual), unitName])
            targetHead = p.text(.chartTarget)
        case .growth:
            heading = .chartGrowthCompare
            valueHead = p.text(.growth)
            targetHead = p.text(.chartTargetGrowth)
        }
        var nodes: [Node] = [.h2("\(p.text(heading)) · \(model.scopeName)")]
        guard !model.bars.isEmpty else { return nodes + [.p(.text(p.text(.noData)))] }
        let reference = model.schedule.map { (value: $0.double, text: p.text(.scheduleLine) + " " + $0.fixed(BulletinCells.percentDecimals) + "%") }
        let description = model.bars.map { "\($0.name) \($0.text)" }.joined(separator: p.text(.listSeparator)) + (reference.map { p.text(.clauseSeparator) + $0.text } ?? "")
        var statusNames: [Status: String] = [:]
        if model.chartKind != .cumulative { for status in Status.allCases { statusNames[status] = Catalogue.status(status, l) } }
        let percentAxis = model.chartKind != .level || unit == "%"
        let chart = BarChart(
            title: "\(model.scopeName) \(model.name) \(p.text(heading))", description: description,
            bars: model.bars.map { BarChart.Bar(label: $0.name, value: $0.value.double, text: $0.text, status: $0.status, marker: $0.marker?.double) },
            reference: reference, zeroLine: model.chartKind == .growth, reaches: percentAxis && model.chartKind != .growth ? 100 : nil,
            tickSuffix: percentAxis ? "%" : "", axisTitle: percentAxis ? nil : unitName,
            markerName: p.text(.chartOwnTarget), statusNames: statusNames, mark: ChartFigure.mark(p))
        let decimals = model.chartKind == .level ? model.indicator.decimals : BulletinCells.percentDecimals
        let rows: [[String]] = model.bars.map { bar in
            let target = model.chartKind == .cumulative ? (model.schedule?.fixed(BulletinCells.percentDecimals) ?? BulletinCells.missing) : (bar.marker?.fixed(decimals) ?? BulletinCells.missing)
            return [bar.name, bar.text, target] + (model.chartKind == .cumulative ? [] : [Catalogue.status(bar.status, l)])
        }
        let heads = [p.text(.org), valueHead, targetHead] + (model.chartKind == .cumulative ? [] : [p.text(.status)])
        let table = ChartFigure.table(heads: heads, rows: rows)
        nodes.append(ChartFigure.render(chart.svg(id: "completion"), caption: "\(model.scopeName) \(model.name) · \(Catalogue.periodHeading(model.period, l))", table: table, p))
        return nodes
    }
}
