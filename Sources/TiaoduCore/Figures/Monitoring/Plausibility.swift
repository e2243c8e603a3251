// 数据审核: the checks a statistician makes before a figure goes up — a share above 100 %, a
// value three times (or a third of) the same period last year, a published growth the values
// contradict. They warn; they never refuse: a real jump happens (a new plant opens), and the
// unit says why in a note that travels with the figure to the approver and the city.
import Foundation

public enum PlausibilityFlag: Hashable, Sendable {
    /// a share (a ratio in %) above 100: its numerator exceeds its denominator
    case shareOver100(ratio: String, value: Figure)
    /// the period's figure (a flow's year-to-date) is at least three times the same period last year
    case tripled(value: Figure, lastYear: Figure)
    /// the period's figure (a flow's year-to-date) is at most a third of the same period last year
    case fellToAThird(value: Figure, lastYear: Figure)
    /// the published growth differs from the growth the values give by more than the tolerance
    /// (a value changed, its old growth kept)
    case growthContradicts(published: Figure, computed: Figure)

    /// Every kind's name, as `kind` says it.
    public static let kinds = ["share-over-100", "tripled", "fell-to-a-third", "growth-contradicts"]

    /// A stable name for storage (a note is kept per flag).
    public var kind: String {
        switch self {
        case .shareOver100: return "share-over-100"
        case .tripled: return "tripled"
        case .fellToAThird: return "fell-to-a-third"
        case .growthContradicts: return "growth-contradicts"
        }
    }
}

/// One flag on one unit's figure for one period.
public struct PlausibilityWarning: Hashable, Sendable {
    public let org: String
    /// the indicator entered (for a share, the numerator the unit entered)
    public let indicator: String
    public let period: Period
    public let flag: PlausibilityFlag
}

public enum Plausibility {
    /// How far a value may move against last year before it is questioned.
    public static let jumpFactor: Figure = 3

    /// The warnings on a unit's figures for a period: for each indicator it entered, the
    /// period's figure (a flow's year-to-date) against last year's and its published growth against the values; for
    /// each share built on an indicator it entered, the share's level.
    public static func warnings(org: String, period: Period, in workspace: Workspace) -> [PlausibilityWarning] {
        guard let o = workspace.tree.index(of: org) else { return [] }
        let calculator = FigureCalculator(workspace)
        var warnings: [PlausibilityWarning] = []
        for (i, indicator) in workspace.indicators.enumerated() where indicator.accumulation != .ratio && indicator.frequency == period.frequency {
            guard workspace.index.value(org: o, indicator: i, period: period) != nil else { continue }
            func warn(_ flag: PlausibilityFlag) { warnings.append(PlausibilityWarning(org: org, indicator: indicator.code, period: period, flag: flag)) }
            // The year-to-date against last year's (a flow's single month swings with the season);
            // counts of a few projects or events swing by nature, and rates move in points.
            let now = calculator.figure(org: o, indicator: i, at: period.asOf), then = calculator.figure(org: o, indicator: i, at: period.asOf.yearBefore)
            if let value = now.ytd, let before = then.ytd, !now.partial, !then.partial,
               before > 0, value >= 0, !indicator.changesInPoints, !indicator.isCount {
                if value >= before * jumpFactor { warn(.tripled(value: value, lastYear: before)) }
                else if value * jumpFactor <= before { warn(.fellToAThird(value: value, lastYear: before)) }
            }
            let growth = calculator.growth(org: o, indicator: i, at: period.asOf)
            if growth.mismatch, growth.source == .published, let published = growth.growth, indicator.growthBasis == .nominal,
               let computed = Figures.growth(current: calculator.ytd(org: o, indicator: i, at: period.asOf),
                                             base: calculator.ytd(org: o, indicator: i, at: period.asOf.yearBefore)) {
                warn(.growthContradicts(published: published, computed: computed))
            }
        }
        // Shares: a ratio in % above 100, charged to the numerator the unit entered.
        for (i, ratio) in workspace.indicators.enumerated() where ratio.accumulation == .ratio && ratio.unit == "%" {
            guard let numerator = ratio.numerator, let n = workspace.indicatorPosition(numerator),
                  workspace.index.value(org: o, indicator: n, period: period) != nil,
                  let share = calculator.ytd(org: o, indicator: i, at: period.asOf), share > 100 else { continue }
            warnings.append(PlausibilityWarning(org: org, indicator: numerator, period: period, flag: .shareOver100(ratio: ratio.code, value: share)))
        }
        return warnings
    }
}

extension PlausibilityWarning {
    /// The warning as a whole sentence from the catalogue, with the indicator's own figures.
    public func message(in workspace: Workspace, _ language: Language) -> String {
        let decimals = workspace.indicator(indicator)?.decimals ?? 2, unit = workspace.indicator(indicator)?.unit ?? ""
        func amount(_ value: Figure) -> String { Catalogue.amount(value, decimals: decimals, unit: unit, language) }
        func percent(_ value: Figure) -> String { value.fixed(BulletinCells.percentDecimals) }
        // What was compared: a flow's year-to-date total, or the period's figure.
        let figureWord = Catalogue.text(workspace.indicator(indicator)?.accumulation == .flow ? .ytdFigure : .periodFigure, language)
        switch flag {
        case .shareOver100(let ratio, let value):
            let parts = [workspace.indicator(ratio)?.numerator, workspace.indicator(ratio)?.denominator].map { $0.map { workspace.indicatorName($0, language) } ?? "" }
            return Catalogue.format(.flagShareOver100, language, [workspace.indicatorName(ratio, language), percent(value), parts[0], parts[1]])
        case .tripled(let value, let lastYear):
            let factor = (value / lastYear).map { $0.fixed(1) } ?? BulletinCells.missing
            return Catalogue.format(.flagTripled, language, [figureWord, amount(value), amount(lastYear), factor])
        case .fellToAThird(let value, let lastYear):
            return Catalogue.format(.flagFellToAThird, language, [figureWord, amount(value), amount(lastYear)])
        case .growthContradicts(let published, let computed):
            return Catalogue.format(.flagGrowthContradicts, language, [percent(published), percent(computed)])
        }
    }
}
