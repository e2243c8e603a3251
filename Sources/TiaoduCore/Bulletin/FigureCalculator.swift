// Year-to-date figures and growth of one unit for one indicator as of a point in time,
// following METRICS.md: flow/cumulative/stock accumulation, ratio indicators recomputed from
// their parts at every level, and parent figures by the indicator's aggregation rule.
import Foundation

public enum GrowthSource: String, Sendable, Codable {
    case published, computed
}

public struct UnitFigure: Sendable, Equatable {
    /// the figure shown: the unit's own, or for `sum` indicators the children's sum when it has none
    public var ytd: Decimal?
    /// the sum of the children's figures (zones left out), for `sum` and `reported` indicators
    public var childrenSum: Decimal?
    /// the unit's own figure differs from its children's sum
    public var mismatch: Bool
}

public struct UnitGrowth: Sendable, Equatable {
    public var growth: Decimal?
    public var source: GrowthSource?
    /// published and recomputed growth differ by more than 0.1 point
    public var mismatch: Bool
}

/// Memoising calculator over one workspace; not shared between threads.
public final class FigureCalculator {
    public let workspace: Workspace
    private struct Key: Hashable { let org: String; let indicator: String; let point: AsOf }
    private var cache: [Key: UnitFigure] = [:]

    /// Published and recomputed growth may differ by this much before it is flagged.
    public static let growthTolerance: Decimal = 0.1

    public init(_ workspace: Workspace) { self.workspace = workspace }

    public func figure(org: String, indicator: Indicator, at point: AsOf) -> UnitFigure {
        let key = Key(org: org, indicator: indicator.code, point: point)
        if let cached = cache[key] { return cached }
        let result = compute(org: org, indicator: indicator, at: point)
        cache[key] = result
        return result
    }

    public func ytd(org: String, indicator: Indicator, at point: AsOf) -> Decimal? {
        figure(org: org, indicator: indicator, at: point).ytd
    }

    /// 同比: the published growth where the unit published one for this period, otherwise —
    /// for nominal indicators only — recomputed from this year's and last year's figures.
    public func growth(org: String, indicator: Indicator, at point: AsOf) -> UnitGrowth {
        let published = indicator.accumulation == .ratio ? nil : point.period(for: indicator.frequency)
            .flatMap { workspace.observation(org: org, indicator: indicator.code, period: $0)?.growth }
        var computed: Decimal?
        if indicator.growthBasis == .nominal {
            computed = Figures.growth(current: ytd(org: org, indicator: indicator, at: point),
                                      base: ytd(org: org, indicator: indicator, at: point.yearBefore))
        }
        if let published {
            let differs = computed.map { abs($0 - published) > Self.growthTolerance } ?? false
            return UnitGrowth(growth: published, source: .published, mismatch: differs)
        }
        return UnitGrowth(growth: computed, source: computed == nil ? nil : .computed, mismatch: false)
    }

    private func compute(org: String, indicator: Indicator, at point: AsOf) -> UnitFigure {
        if indicator.accumulation == .ratio {
            guard let numerator = indicator.numerator.flatMap(workspace.indicator),
                  let denominator = indicator.denominator.flatMap(workspace.indicator),
                  let top = ytd(org: org, indicator: numerator, at: point),
                  let bottom = ytd(org: org, indicator: denominator, at: point), !bottom.isZero
            else { return UnitFigure(ytd: nil, childrenSum: nil, mismatch: false) }
            return UnitFigure(ytd: top / bottom * indicator.ratioScale, childrenSum: nil, mismatch: false)
        }
        guard workspace.hasData(indicator.code, inSubtreeOf: org) else { return UnitFigure(ytd: nil, childrenSum: nil, mismatch: false) }
        let own = ownYTD(org: org, indicator: indicator, at: point)
        var childrenSum: Decimal?
        if indicator.aggregation == .sum || indicator.aggregation == .reported {
            for child in workspace.tree.children(of: org) where child.kind.addsIntoParent && workspace.hasData(indicator.code, inSubtreeOf: child.code) {
                if let value = ytd(org: child.code, indicator: indicator, at: point) {
                    childrenSum = (childrenSum ?? 0) + value
                }
            }
        }
        let shown = indicator.aggregation == .sum ? (own ?? childrenSum) : own
        let mismatch = own != nil && childrenSum != nil && own != childrenSum
        return UnitFigure(ytd: shown, childrenSum: childrenSum, mismatch: mismatch)
    }

    /// The unit's own year-to-date from its own observations: a flow is summed over every
    /// period of the year so far (all must be present); cumulative and stock take the last.
    private func ownYTD(org: String, indicator: Indicator, at point: AsOf) -> Decimal? {
        guard let period = point.period(for: indicator.frequency) else { return nil }
        func value(_ period: Period) -> Decimal? {
            workspace.observation(org: org, indicator: indicator.code, period: period)?.value
        }
        switch indicator.accumulation {
        case .cumulative, .stock, .ratio:
            return value(period)
        case .flow:
            var total: Decimal = 0
            for index in 1...period.index {
                let part: Period
                switch period {
                case .month: part = .month(year: point.year, month: index)
                case .quarter: part = .quarter(year: point.year, quarter: index)
                case .year: part = period
                }
                guard let v = value(part) else { return nil }
                total += v
            }
            return total
        }
    }
}
