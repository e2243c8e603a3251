// Everything a bulletin is computed from: the org tree, the indicator catalogue, targets and
// values — the values in the compact SeriesIndex. Built once from what the store loaded, then
// kept current by applying each write, so no bulletin waits for a rebuild.

public struct TargetKey: Hashable, Sendable {
    public let org: String
    public let indicator: String
    public let year: Int

    public init(org: String, indicator: String, year: Int) {
        self.org = org
        self.indicator = indicator
        self.year = year
    }
}

public struct ObservationKey: Hashable, Sendable {
    public let org: String
    public let indicator: String
    public let period: Period

    public init(org: String, indicator: String, period: Period) {
        self.org = org
        self.indicator = indicator
        self.period = period
    }
}

public struct Workspace: Sendable {
    public let tree: OrgTree
    public let indicators: [Indicator]
    private let indicatorIndex: [String: Int]
    /// what the engine's inner loops need of each indicator, without copying its strings
    let rules: [IndicatorRule]
    private(set) var index: SeriesIndex
    /// (unit × indicator) × year → the target, in millionths
    private var targets: TargetTable
    /// indicator → units that reported it or have a descendant that did; sums over the tree
    /// visit only these, so 2,100 empty micro-grids cost nothing.
    private var subtreesWithData: [[Bool]]

    public init(orgs: [OrgUnit], indicators: [Indicator], targets: [Target] = [], observations: [Observation] = [], years: ClosedRange<Int>? = nil) {
        self.tree = OrgTree(orgs)
        self.indicators = indicators
        let positions = Dictionary(indicators.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.indicatorIndex = positions
        self.rules = indicators.map { IndicatorRule($0, positions: positions) }
        let seen = observations.map(\.period.year)
        let span = years ?? (seen.min() ?? 2000)...(seen.max() ?? 2000)
        self.index = SeriesIndex(orgCount: orgs.count, indicatorCount: indicators.count, years: span)
        self.subtreesWithData = Array(repeating: Array(repeating: false, count: orgs.count), count: indicators.count)
        self.targets = TargetTable(cells: orgs.count * indicators.count)
        apply(targets: targets)
        apply(observations: observations)
    }

    public func indicator(_ code: String) -> Indicator? { indicatorIndex[code].map { indicators[$0] } }

    func indicatorPosition(_ code: String) -> Int? { indicatorIndex[code] }

    private func targetCell(org: Int, indicator: Int) -> Int { org * indicators.count + indicator }

    /// Applies validated writes (unknown units or indicators are ignored; validation saw to them).
    public mutating func apply(observations: [Observation]) {
        for o in observations {
            guard let org = tree.index(of: o.org), let indicator = indicatorIndex[o.indicator] else { continue }
            index.set(org: org, indicator: indicator, period: o.period, value: o.value?.millionths, growth: o.growth?.millionths)
            markData(org: org, indicator: indicator)
        }
    }

    /// Sets one stored value as the store reads it (decimal text), skipping the Observation
    /// and Figure round trip: the fast path for loading millions of rows.
    public mutating func setStored(org: String, indicator: String, period: Period, value: String?, growth: String?) {
        guard let o = tree.index(of: org), let i = indicatorIndex[indicator] else { return }
        let v = value.flatMap(ScaledDecimal.init)?.rescaled(to: SeriesIndex.scale)
        let g = growth.flatMap(ScaledDecimal.init)?.rescaled(to: SeriesIndex.scale)
        guard v != nil || g != nil else { return }
        index.set(org: o, indicator: i, period: period, value: v, growth: g)
        markData(org: o, indicator: i)
    }

    /// Sets one stored target as the store reads it (decimal text): the fast loading path.
    public mutating func setStoredTarget(org: String, indicator: String, year: Int, type: TargetType, value: String) {
        guard let o = tree.index(of: org), let i = indicatorIndex[indicator],
              let units = ScaledDecimal(value)?.rescaled(to: SeriesIndex.scale) else { return }
        targets.set(cell: targetCell(org: o, indicator: i), year: year, type: type, value: units)
    }

    private mutating func markData(org: Int, indicator: Int) {
        var current: Int? = org
        while let unit = current, !subtreesWithData[indicator][unit] {
            subtreesWithData[indicator][unit] = true
            current = tree.parentIndex(of: unit)
        }
    }

    public mutating func apply(targets: [Target]) {
        for t in targets {
            guard let org = tree.index(of: t.org), let indicator = indicatorIndex[t.indicator], let value = t.value.millionths else { continue }
            self.targets.set(cell: targetCell(org: org, indicator: indicator), year: t.year, type: t.type, value: value)
        }
    }

    public func target(org: String, indicator: String, year: Int) -> Target? {
        guard let o = tree.index(of: org), let i = indicatorIndex[indicator], let t = target(org: o, indicator: i, year: year) else { return nil }
        return Target(org: org, indicator: indicator, year: year, type: t.type, value: t.value)
    }

    func target(org: Int, indicator: Int, year: Int) -> (type: TargetType, value: Figure)? {
        targets.get(cell: targetCell(org: org, indicator: indicator), year: year).map { ($0.type, Figure.millionths(Int128($0.value))) }
    }

    public func observation(org: String, indicator: String, period: Period) -> Observation? {
        guard let o = tree.index(of: org), let i = indicatorIndex[indicator] else { return nil }
        let value = index.value(org: o, indicator: i, period: period), growth = index.growth(org: o, indicator: i, period: period)
        guard value != nil || growth != nil else { return nil }
        return Observation(org: org, indicator: indicator, period: period,
                           value: value.map { Figure.millionths(Int128($0)) }, growth: growth.map { Figure.millionths(Int128($0)) })
    }

    /// Whether the unit or any unit below it reported the indicator.
    func hasData(indicator: Int, inSubtreeOf org: Int) -> Bool { subtreesWithData[indicator][org] }

    /// The latest month for which any value was reported (the natural "current" bulletin).
    public var latestMonth: Period? { index.latestMonth }
}

/// An indicator's arithmetic in plain values (no strings), for the engine's inner loops.
struct IndicatorRule: Sendable {
    let frequency: Frequency
    let accumulation: Accumulation
    let aggregation: Aggregation
    let nominal: Bool
    let numerator: Int?
    let denominator: Int?
    let ratioScale: Figure
    let changesInPoints: Bool
    let unreportedIsZero: Bool

    init(_ indicator: Indicator, positions: [String: Int]) {
        frequency = indicator.frequency
        accumulation = indicator.accumulation
        aggregation = indicator.aggregation
        nominal = indicator.growthBasis == .nominal
        numerator = indicator.numerator.flatMap { positions[$0] }
        denominator = indicator.denominator.flatMap { positions[$0] }
        ratioScale = indicator.ratioScale
        changesInPoints = indicator.changesInPoints
        unreportedIsZero = indicator.accumulation == .flow && indicator.unreported == .zero
    }
}
