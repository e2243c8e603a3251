// An indicator: its definition, a unit's year-to-date month by month against the target's
// trajectory and last year, the units' completion against 序时, and the unit's value history.
// Built from the page's plain context and what the route read: the comparison scope's rows (empty
// when the reader may not read that scope) and the history.
import TiaoduCore
import TiaoduStore

struct IndicatorPageModel {
    struct Month {
        let month: Int
        let actual: Figure?
        let trajectory: Figure?
        let lastYear: Figure?
    }

    struct Bar {
        let code, name: String
        let completion: Figure
        let text: String
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
    let bars: [Bar]
    let schedule: Figure?
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
        let step = indicator.frequency == .quarterly ? 3 : indicator.frequency == .annual ? 12 : 1
        months = stride(from: step, through: 12, by: step).map { month in
            let now = engine.row(org: unit.code, isParent: true, indicator: indicator, at: AsOf(year: year, month: month))
            let before = engine.row(org: unit.code, isParent: true, indicator: indicator, at: AsOf(year: year - 1, month: month))
            var trajectory: Figure?
            if let target = now.target, now.targetType?.hasCompletion == true, let schedule = now.schedule { trajectory = target * schedule / 100 }
            return Month(month: month, actual: month <= p.period.endMonth ? now.ytd : nil, trajectory: trajectory, lastYear: before.ytd)
        }

        // Completion of the units below the unit (or of its siblings when it has none).
        let scopeCode = Self.comparisonScope(of: unit, in: workspace.tree)
        scope = workspace.tree[scopeCode] ?? unit
        scopeName = p.name(scope)
        let rows = comparison.filter { $0.indicator == indicator.code }
        bars = rows.filter { !$0.isParent }.compactMap { row in
            row.completion.map { Bar(code: row.org, name: workspace.orgName(row.org, l), completion: $0, text: $0.fixed(BulletinCells.percentDecimals) + "%") }
        }
        schedule = rows.first { $0.isParent }?.schedule ?? rows.compactMap(\.schedule).first
        units = workspace.tree.units.filter { $0.kind.reportsFigures && p.access.canRead($0.code, p.period, indicator: indicator.code) }
    }

    /// The unit whose units are compared: the unit itself when it has units below it, else its parent.
    static func comparisonScope(of unit: OrgUnit, in tree: OrgTree) -> String {
        tree.hasChildren(unit.code) ? unit.code : (unit.parent ?? unit.code)
    }

    static func metadata(_ i: Indicator, _ workspace: Workspace, _ l: Language) -> [(PageLabel, String)] {
        func t(_ label: PageLabel) -> String { PageText.text(label, l) }
        let frequency = PageLabel.frequencyWord(i.frequency)
        let accumulation = PageLabel.accumulationWord(i.accumulation)
        let basis: PageLabel = [.nominal: .nominal, .real: .real, .comparable: .comparable][i.growthBasis] ?? .nominal
        let aggregation: PageLabel = [.sum: .aggregateSum, .reported: .aggregateReported, .ratio: .aggregateRatio, .none: .aggregateNone][i.aggregation] ?? .aggregateNone
        let schedule: PageLabel
        switch i.schedule {
        case .linear: schedule = .linearSchedule
        case .daily: schedule = .dailySchedule
        case .seasonal: schedule = .seasonalSchedule
        case .planned: schedule = .plannedSchedule
        }
        var rows: [(PageLabel, String)] = [(.owner, i.code), (.unit, i.unit), (.frequency, t(frequency)), (.accumulation, t(accumulation)),
                                       (.direction, t(i.direction == .up ? .higherBetter : .lowerBetter)), (.growthBasis, t(basis)),
                                       (.aggregation, t(aggregation)), (.decimals, String(i.decimals)), (.scheduleRule, t(schedule))]
        if let numerator = i.numerator, let denominator = i.denominator {
            rows.append((.formula, "\(workspace.indicatorName(numerator, l)) ÷ \(workspace.indicatorName(denominator, l))"))
        }
        return rows
    }
}
