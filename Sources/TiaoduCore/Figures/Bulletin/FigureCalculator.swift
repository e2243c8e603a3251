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
    /// for a figure summed from a flow's months: how many of the period's months it covers
    public var monthsReported: Int?
    /// the figure covers fewer months than the period has (a partly reported flow)
    public var partial: Bool

    public init(ytd: Figure?, childrenSum: Figure?, mismatch: Bool, monthsReported: Int? = nil, partial: Bool = false) {
        self.ytd = ytd
        self.childrenSum = childrenSum
        self.mismatch = mismatch
        self.monthsReported = monthsReported
        self.partial = partial
    }

    static let none = UnitFigure(ytd: nil, childrenSum: nil, mismatch: false)
}

/// A figure with the months it covers, as sums and ratios pass it on.
private struct Covered {
    var value: Figure
    var months: Int?
    var partial: Bool

    /// Two figures combined: the fewer months, partial if either is.
    func joined(_ other: Covered, value: Figure) -> Covered {
        let months: Int? = switch (self.months, other.months) {
        case let (a?, b?): min(a, b)
        case let (a, b): a ?? b
        }
        return Covered(value: value, months: months, partial: partial || other.partial)
    }
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
    /// One column of figures per indicator and point in time, by unit: flat arrays when most
    /// units will be computed (a full bulletin), a dictionary when few will (one parent's
    /// bulletin). The flat form keeps flags apart from the two figures (65 bytes a unit instead
    /// of 128 for an optional UnitFigure): a province bulletin fills 500 such columns.
    private final class Column {
        private static let computed: UInt8 = 1, hasYTD: UInt8 = 2, hasSum: UInt8 = 4, mismatch: UInt8 = 8, partial: UInt8 = 16
        // One calculator belongs to one thread: the runtime's exclusivity checks are not needed.
        @exclusivity(unchecked) private var flags: [UInt8]
        @exclusivity(unchecked) private var ytd: [Figure]
        @exclusivity(unchecked) private var sums: [Figure]
        /// months a flow's figure covers (0: not a flow's)
        @exclusivity(unchecked) private var months: [UInt8]
        @exclusivity(unchecked) private var sparse: [Int: UnitFigure] = [:]

        init(count: Int) {
            flags = [UInt8](repeating: 0, count: count)
            months = [UInt8](repeating: 0, count: count)
            // Figures are plain integers: slots are written before they are read (the flags say which).
            ytd = count == 0 ? [] : [Figure](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
            sums = count == 0 ? [] : [Figure](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
        }

        subscript(org: Int) -> UnitFigure? {
            get {
                if flags.isEmpty { return sparse[org] }
                let f = flags[org]
                guard f & Self.computed != 0 else { return nil }
                return UnitFigure(ytd: f & Self.hasYTD != 0 ? ytd[org] : nil, childrenSum: f & Self.hasSum != 0 ? sums[org] : nil,
                                  mismatch: f & Self.mismatch != 0, monthsReported: months[org] == 0 ? nil : Int(months[org]),
                                  partial: f & Self.partial != 0)
            }
            set {
                if flags.isEmpty { sparse[org] = newValue; return }
                guard let value = newValue else { flags[org] = 0; return }
                var f = Self.computed
                if let v = value.ytd { ytd[org] = v; f |= Self.hasYTD }
                if let v = value.childrenSum { sums[org] = v; f |= Self.hasSum }
                if value.mismatch { f |= Self.mismatch }
                if value.partial { f |= Self.partial }
                months[org] = UInt8(value.monthsReported ?? 0)
                flags[org] = f
            }
        }
    }
    private let dense: Bool
    @exclusivity(unchecked) private var columns: [Int: Column] = [:]
    @exclusivity(unchecked) private var lastKey = -1
    @exclusivity(unchecked) private var lastColumn: Column?

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
        // A rate or ratio changes in points, from its two levels; a growth in % is not its figure.
        let published = meta.changesInPoints ? nil : point.period(for: meta.frequency)
            .flatMap { workspace.index.growth(org: org, indicator: indicator, period: $0) }
            .map { Figure.millionths(Int128($0)) }
        var computed: Figure?
        if meta.nominal || meta.changesInPoints {
            let now = figure(org: org, indicator: indicator, at: point)
            let before = figure(org: org, indicator: indicator, at: point.yearBefore)
            // Months left out on either side would compare unlike spans.
            if !now.partial, !before.partial, let current = now.ytd, let base = before.ytd {
                computed = meta.changesInPoints ? current - base : Figures.growth(current: current, base: base)
            }
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
            guard let numerator = meta.numerator, let denominator = meta.denominator else { return .none }
            let top = figure(org: org, indicator: numerator, at: point), bottom = figure(org: org, indicator: denominator, at: point)
            guard let t = top.ytd, let b = bottom.ytd, let quotient = t / b else { return .none }
            let parts = Covered(value: t, months: top.monthsReported, partial: top.partial)
                .joined(Covered(value: b, months: bottom.monthsReported, partial: bottom.partial), value: quotient * meta.ratioScale)
            return UnitFigure(ytd: parts.value, childrenSum: nil, mismatch: false, monthsReported: parts.months, partial: parts.partial)
        }
        guard workspace.hasData(indicator: indicator, inSubtreeOf: org) else { return .none }
        let own = ownYTD(org: org, indicator: indicator, meta: meta, at: point)
        var childrenSum: Covered?
        if meta.aggregation == .sum || meta.aggregation == .reported {
            for child in workspace.tree.childIndexes(of: org)
            where workspace.tree.units[child].kind.addsIntoParent && workspace.hasData(indicator: indicator, inSubtreeOf: child) {
                let figure = figure(org: child, indicator: indicator, at: point)
                guard let value = figure.ytd else { continue }
                let covered = Covered(value: value, months: figure.monthsReported, partial: figure.partial)
                childrenSum = childrenSum.map { $0.joined(covered, value: $0.value + value) } ?? covered
            }
        }
        let shown = meta.aggregation == .sum ? (own ?? childrenSum) : own
        // A sum of partly reported children says nothing about the unit's own figure.
        let mismatch = own != nil && childrenSum != nil && childrenSum?.partial == false && own?.value != childrenSum?.value
        return UnitFigure(ytd: shown?.value, childrenSum: childrenSum?.value, mismatch: mismatch,
                          monthsReported: shown?.months, partial: shown?.partial ?? false)
    }

    /// The unit's own year-to-date from its own values: a flow is summed over the periods of the
    /// year reported so far (partial when some are missing, unless the indicator says a missing
    /// month is zero); cumulative and stock take the last.
    private func ownYTD(org: Int, indicator: Int, meta: IndicatorRule, at point: AsOf) -> Covered? {
        guard let period = point.period(for: meta.frequency) else { return nil }
        switch meta.accumulation {
        case .cumulative, .stock, .ratio:
            return workspace.index.value(org: org, indicator: indicator, period: period)
                .map { Covered(value: Figure.millionths(Int128($0)), months: nil, partial: false) }
        case .flow:
            guard let sum = workspace.index.flowSum(org: org, indicator: indicator, year: point.year, through: period) else { return nil }
            let expected = period.endMonth
            if meta.unreportedIsZero || sum.months >= expected {
                return Covered(value: Figure.millionths(sum.total), months: expected, partial: false)
            }
            return Covered(value: Figure.millionths(sum.total), months: sum.months, partial: true)
        }
    }
}
