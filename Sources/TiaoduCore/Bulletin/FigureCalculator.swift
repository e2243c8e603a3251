// Year-to-date figures and growth of one unit for one indicator as of a point in time,
// following METRICS.md: flow/cumulative/stock accumulation, ratio indicators recomputed from
// their parts at every level, and parent figures by the indicator's aggregation rule.
// Sums are exact (128-bit integer millionths).

public enum GrowthSource: String, Sendable, Codable {
    case published, computed
}

public struct UnitFigure: Sendable, Equatable {
    /// the figure shown: the unit's own, or for `sum` indicators the children's sum when it has none
    public var ytd: Figure?
    /// the sum of the children's figures (zones left out), for `sum` and `reported` indicators
    public var childrenSum: Figure?
    /// the unit's own figure differs from its children's sum
    public var mismatch: Bool

    static let none = UnitFigure(ytd: nil, childrenSum: nil, mismatch: false)
}

public struct UnitGrowth: Sendable, Equatable {
    public var growth: Figure?
    public var source: GrowthSource?
    /// published and recomputed growth differ by more than 0.1 point
    public var mismatch: Bool
}

/// Memoising calculator over one workspace; not shared between threads.
public final class FigureCalculator {
    public let workspace: Workspace
    /// One column of figures per indicator and point in time, by unit: an array when most units
    /// will be computed (a full bulletin), a dictionary when few will (one parent's bulletin).
    private final class Column {
        var dense: [UnitFigure?]
        var sparse: [Int: UnitFigure] = [:]
        init(count: Int) { dense = Array(repeating: nil, count: count) }

        subscript(org: Int) -> UnitFigure? {
            get { dense.isEmpty ? sparse[org] : dense[org] }
            set { if dense.isEmpty { sparse[org] = newValue } else { dense[org] = newValue } }
        }
    }
    private let dense: Bool
    private var columns: [Int: Column] = [:]
    private var lastKey = -1
    private var lastColumn: Column?

    /// Published and recomputed growth may differ by this much before it is flagged.
    public static let growthTolerance = Figure(1, over: 10)

    /// `dense` when most units of the workspace will be computed (a full bulletin).
    public init(_ workspace: Workspace, dense: Bool = false) {
        self.workspace = workspace
        self.dense = dense
    }

    public func figure(org: String, indicator: Indicator, at point: AsOf) -> UnitFigure {
        guard let o = workspace.tree.index(of: org), let i = workspace.indicatorPosition(indicator.code) else { return .none }
        return figure(org: o, indicator: i, at: point)
    }

    public func ytd(org: String, indicator: Indicator, at point: AsOf) -> Figure? {
        figure(org: org, indicator: indicator, at: point).ytd
    }

    func ytd(org: Int, indicator: Int, at point: AsOf) -> Figure? { figure(org: org, indicator: indicator, at: point).ytd }

    func figure(org: Int, indicator: Int, at point: AsOf) -> UnitFigure {
        let key = (point.year * 13 + point.month) * workspace.indicators.count + indicator
        let column: Column
        if key == lastKey, let last = lastColumn {
            column = last
        } else if let known = columns[key] {
            column = known
        } else {
            column = Column(count: dense ? workspace.tree.units.count : 0)
            columns[key] = column
        }
        if let cached = column[org] { return cached }
        let result = compute(org: org, indicator: indicator, at: point)
        column[org] = result
        lastKey = key
        lastColumn = column
        return result
    }

    /// 同比: the published growth where the unit published one for this period, otherwise —
    /// for nominal indicators only — recomputed from this year's and last year's figures.
    public func growth(org: String, indicator: Indicator, at point: AsOf) -> UnitGrowth {
        guard let o = workspace.tree.index(of: org), let i = workspace.indicatorPosition(indicator.code) else {
            return UnitGrowth(growth: nil, source: nil, mismatch: false)
        }
        return growth(org: o, indicator: i, at: point)
    }

    func growth(org: Int, indicator: Int, at point: AsOf) -> UnitGrowth {
        let meta = workspace.rules[indicator]
        let published = meta.accumulation == .ratio ? nil : point.period(for: meta.frequency)
            .flatMap { workspace.index.growth(org: org, indicator: indicator, period: $0) }
            .map { Figure.millionths(Int128($0)) }
        var computed: Figure?
        if meta.nominal {
            computed = Figures.growth(current: ytd(org: org, indicator: indicator, at: point),
                                      base: ytd(org: org, indicator: indicator, at: point.yearBefore))
        }
        if let published {
            let differs = computed.map { ($0 - published).magnitude > Self.growthTolerance } ?? false
            return UnitGrowth(growth: published, source: .published, mismatch: differs)
        }
        return UnitGrowth(growth: computed, source: computed == nil ? nil : .computed, mismatch: false)
    }

    private func compute(org: Int, indicator: Int, at point: AsOf) -> UnitFigure {
        let meta = workspace.rules[indicator]
        if meta.accumulation == .ratio {
            guard let numerator = meta.numerator, let denominator = meta.denominator,
                  let top = ytd(org: org, indicator: numerator, at: point),
                  let bottom = ytd(org: org, indicator: denominator, at: point),
                  let quotient = top / bottom
            else { return .none }
            return UnitFigure(ytd: quotient * meta.ratioScale, childrenSum: nil, mismatch: false)
        }
        guard workspace.hasData(indicator: indicator, inSubtreeOf: org) else { return .none }
        let own = ownYTD(org: org, indicator: indicator, meta: meta, at: point)
        var childrenSum: Figure?
        if meta.aggregation == .sum || meta.aggregation == .reported {
            for child in workspace.tree.childIndexes(of: org)
            where workspace.tree.units[child].kind.addsIntoParent && workspace.hasData(indicator: indicator, inSubtreeOf: child) {
                if let value = ytd(org: child, indicator: indicator, at: point) {
                    childrenSum = childrenSum.map { $0 + value } ?? value
                }
            }
        }
        let shown = meta.aggregation == .sum ? (own ?? childrenSum) : own
        let mismatch = own != nil && childrenSum != nil && own != childrenSum
        return UnitFigure(ytd: shown, childrenSum: childrenSum, mismatch: mismatch)
    }

    /// The unit's own year-to-date from its own values: a flow is summed over every period of
    /// the year so far (all must be present); cumulative and stock take the last.
    private func ownYTD(org: Int, indicator: Int, meta: IndicatorRule, at point: AsOf) -> Figure? {
        guard let period = point.period(for: meta.frequency) else { return nil }
        switch meta.accumulation {
        case .cumulative, .stock, .ratio:
            return workspace.index.value(org: org, indicator: indicator, period: period).map { Figure.millionths(Int128($0)) }
        case .flow:
            return workspace.index.flowSum(org: org, indicator: indicator, year: point.year, through: period).map(Figure.millionths)
        }
    }
}
