// An indicator: its definition, a unit's figures month by month in the chart that fits the
// indicator, the units compared, and the unit's value history. The chart follows METRICS.md's
// words: an amount or a count target is the year to date against the target's trajectory (序时);
// a rate or a ratio is its level against last year and its target level, never a 累计进度; a
// growth target is the growth against the target growth. The units are compared the same way:
// completion against 序时, the level or the growth against each unit's own target.
// Built from the page's plain context and what the route read: the comparison scope's rows (empty
// when the reader may not read that scope) and the history.
import TiaoduCore
import TiaoduStore

struct IndicatorPageModel {
    /// What the page's charts show, by what the indicator and its target are.
    enum ChartKind: Equatable, Sendable {
        /// the year to date against the target's trajectory (amount and count targets, or no target)
        case cumulative
        /// the level, month by month, against last year's and the target level (rates, ratios)
        case level
        /// the growth to date, month by month, against the target growth
        case growth
    }

    struct Month {
        let month: Int
        /// the year to date (for a rate or a ratio, its level) to the month; nil after the period shown
        let actual: Figure?
        let trajectory: Figure?
        let lastYear: Figure?
        /// the growth to date (同比) to the month, and last year's
        let growth: Figure?
        let lastYearGrowth: Figure?
    }

    /// A unit compared: its completion, level or growth (by `chartKind`), and its own target's mark.
    struct Bar {
        let code, name: String
        let value: Figure
        let text: String
        /// the unit's own target level or growth (level and growth charts)
        let marker: Figure?
        let status: Status?
    }

    let indicator: Indicator
    let name: String
    let unit: OrgUnit
    let unitName: String
    let period: Period
    let metadata: [(PageLabel, String)]
    let months: [Month]
    let scope: OrgUnit
    let scopeName: String
    /// the units below the scope, best first
    let bars: [Bar]
    /// 序时 across the completion bars (cumulative charts only)
    let schedule: Figure?
    let chartKind: ChartKind
    /// the unit's target type for the year, if it has a target
    let targetType: TargetType?
    /// the horizontal line of the level or growth chart: the target level, or the target growth
    let targetLine: Figure?
    let history: [HistoryEntry]
    /// the units the unit picker offers: those reporting figures that the reader may read for this indicator
    let units: [OrgUnit]

    /// `comparison`: the rows of the bulletin of `comparisonScope(of: unit)` (any indicator's; the
    /// others are left out), or none when the reader may not read that scope.
    init(_ p: PageContext, indicator: Indicator, unit: OrgUnit, history: [HistoryEntry], comparison: [BulletinRow]) {
        let workspace = p.workspace, l = p.language
        self.indicator = indicator
        name = workspace.indicatorName(indicator.code, l)
        self.unit = unit
        unitName = p.name(unit)
        period = p.period
        self.history = history
        metadata = Self.metadata(indicator, workspace, l)

        // The unit's figures at the end of each month (a quarterly indicator at quarter ends).
        let engine = BulletinEngine(workspace)
        let year = p.period.year
        let current = engine.row(org: unit.code, isParent: true, indicator: indicator, at: p.period.asOf)
        let kind = Self.chartKind(indicator, targetType: current.targetType)
        chartKind = kind
        targetType = current.targetType
        targetLine = Self.targetLine(kind, targetType: current.targetType, target: current.target)
        let step = indicator.frequency == .quarterly ? 3 : indicator.frequency == .annual ? 12 : 1
        months = stride(from: step, through: 12, by: step).map { month in
            let now = engine.row(org: unit.code, isParent: true, indicator: indicator, at: AsOf(year: year, month: month))
            let before = engine.row(org: unit.code, isParent: true, indicator: indicator, at: AsOf(year: year - 1, month: month))
            var trajectory: Figure?
            if kind == .cumulative, let target = now.target, now.targetType?.hasCompletion == true, let schedule = now.schedule {
                trajectory = target * schedule / 100
            }
            let shown = month <= p.period.endMonth
            return Month(month: month, actual: shown ? now.ytd : nil, trajectory: trajectory, lastYear: before.ytd,
                         growth: shown ? now.growth : nil, lastYearGrowth: before.growth)
        }

        // Completion of the units below the unit (or of its siblings when it has none).
        let scopeCode = Self.comparisonScope(of: unit, in: workspace.tree)
        scope = workspace.tree[scopeCode] ?? unit
        scopeName = p.name(scope)
        let rows = comparison.filter { $0.indicator == indicator.code }
        bars = Self.bars(rows.filter { !$0.isParent }, kind: kind, indicator: indicator, workspace: workspace, l)
        let parentSchedule = rows.first(where: { $0.isParent })?.schedule ?? rows.compactMap(\.schedule).first
        schedule = kind == .cumulative ? parentSchedule : nil
        units = workspace.tree.units.filter { $0.kind.reportsFigures && p.access.canRead($0.code, p.period, indicator: indicator.code) }
    }

    /// The chart that fits: a rate or a ratio (it changes in points) or a rate target is a level;
    /// a growth target is a growth; an amount or a count target, or none, the year to date.
    static func chartKind(_ indicator: Indicator, targetType: TargetType?) -> ChartKind {
        if indicator.changesInPoints || targetType == .rate { return .level }
        return targetType == .growth ? .growth : .cumulative
    }

    /// The level a level chart's line marks (a rate's target, whatever type it was entered as,
    /// except a growth), or a growth chart's target growth.
    static func targetLine(_ kind: ChartKind, targetType: TargetType?, target: Figure?) -> Figure? {
        switch kind {
        case .cumulative: return nil
        case .level: return targetType == .growth ? nil : target
        case .growth: return target
        }
    }

    /// The units compared, best first (the indicator's direction; ties in the bulletin's order):
    /// completion (cumulative), level or growth with each unit's own target as its mark.
    static func bars(_ rows: [BulletinRow], kind: ChartKind, indicator: Indicator, workspace: Workspace, _ l: Language) -> [Bar] {
        let percent = BulletinCells.percentDecimals
        var bars: [(index: Int, bar: Bar)] = []
        for (index, row) in rows.enumerated() {
            let bar: Bar?
            switch kind {
            case .cumulative:
                bar = row.completion.map { Bar(code: row.org, name: workspace.orgName(row.org, l), value: $0, text: $0.fixed(percent) + "%", marker: nil, status: nil) }
            case .level:
                // Partly reported figures are not compared.
                bar = row.partial ? nil : row.ytd.map {
                    Bar(code: row.org, name: workspace.orgName(row.org, l), value: $0, text: $0.fixed(indicator.decimals) + (indicator.unit == "%" ? "%" : ""),
                        marker: row.targetType == .growth ? nil : row.target, status: row.status)
                }
            case .growth:
                bar = row.growth.map {
                    Bar(code: row.org, name: workspace.orgName(row.org, l), value: $0, text: $0.fixed(percent) + "%",
                        marker: row.targetType == .growth ? row.target : nil, status: row.status)
                }
            }
            if let bar { bars.append((index: index, bar: bar)) }
        }
        let up = indicator.direction == .up
        return bars.sorted { a, b in
            a.bar.value != b.bar.value ? (up ? a.bar.value > b.bar.value : a.bar.value < b.bar.value) : a.index < b.index
        }.map { $0.bar }
    }

    /// The unit whose units are compared: the unit itself when it has units below it, else its parent.
    static func comparisonScope(of unit: OrgUnit, in tree: OrgTree) -> String {
        tree.hasChildren(unit.code) ? unit.code : (unit.parent ?? unit.code)
    }

    static func metadata(_ i: Indicator, _ workspace: Workspace, _ l: Language) -> [(PageLabel, String)] {
        func t(_ label: PageLabel) -> String { PageText.text(label, l) }
        let frequency = PageLabel.frequencyWord(i.frequency)
        let accumulation = PageLabel.accumulationWord(i.accumulation)
        // A rate or a ratio has no growth in %: it changes by the difference of its levels, in points.
        let basis: PageLabel = i.changesInPoints ? .pointsBasis : [.nominal: .nominal, .real: .real, .comparable: .comparable][i.growthBasis] ?? .nominal
        let aggregation: PageLabel = [.sum: .aggregateSum, .reported: .aggregateReported, .ratio: .aggregateRatio, .none: .aggregateNone][i.aggregation] ?? .aggregateNone
        let schedule: PageLabel
        switch i.schedule {
        case .linear: schedule = .linearSchedule
        case .daily: schedule = .dailySchedule
        case .seasonal: schedule = .seasonalSchedule
        case .planned: schedule = .plannedSchedule
        }
        var rows: [(PageLabel, String)] = [(.owner, i.code), (.unit, Catalogue.unitName(i.unit, l)), (.frequency, t(frequency)), (.accumulation, t(accumulation)),
                                       (.direction, t(i.direction == .up ? .higherBetter : .lowerBetter)), (.growthBasis, t(basis)),
                                       (.aggregation, t(aggregation)), (.decimals, String(i.decimals)), (.scheduleRule, t(schedule))]
        if let numerator = i.numerator, let denominator = i.denominator {
            rows.append((.formula, "\(workspace.indicatorName(numerator, l)) ÷ \(workspace.indicatorName(denominator, l))"))
        }
        return rows
    }
}
