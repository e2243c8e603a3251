// Everything a bulletin is computed from, indexed for look-ups: the org tree, the indicator
// catalogue, targets and observations. Built once from what the store loaded.
import Foundation

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

public struct Workspace: Sendable {
    public let tree: OrgTree
    public let indicators: [Indicator]
    private let indicatorIndex: [String: Int]
    private let targets: [TargetKey: Target]
    private let observations: [ObservationKey: Observation]
    /// indicator → units that reported it or have a descendant that did; sums over the tree
    /// visit only these, so 2,100 empty micro-grids cost nothing.
    private let subtreesWithData: [String: Set<String>]

    public init(orgs: [OrgUnit], indicators: [Indicator], targets: [Target], observations: [Observation]) {
        self.tree = OrgTree(orgs)
        self.indicators = indicators
        self.indicatorIndex = Dictionary(indicators.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.targets = Dictionary(targets.map { (TargetKey(org: $0.org, indicator: $0.indicator, year: $0.year), $0) }, uniquingKeysWith: { _, last in last })
        self.observations = Dictionary(observations.map { (ObservationKey(org: $0.org, indicator: $0.indicator, period: $0.period), $0) }, uniquingKeysWith: { _, last in last })
        var subtrees: [String: Set<String>] = [:]
        for observation in observations {
            var current: String? = observation.org
            while let code = current, subtrees[observation.indicator, default: []].insert(code).inserted {
                current = tree[code]?.parent
            }
        }
        self.subtreesWithData = subtrees
    }

    /// Whether the unit or any unit below it reported the indicator.
    public func hasData(_ indicator: String, inSubtreeOf org: String) -> Bool {
        subtreesWithData[indicator]?.contains(org) ?? false
    }

    public func indicator(_ code: String) -> Indicator? { indicatorIndex[code].map { indicators[$0] } }

    public func target(org: String, indicator: String, year: Int) -> Target? {
        targets[TargetKey(org: org, indicator: indicator, year: year)]
    }

    public func observation(org: String, indicator: String, period: Period) -> Observation? {
        observations[ObservationKey(org: org, indicator: indicator, period: period)]
    }

    public var observationCount: Int { observations.count }

    /// The latest month for which any value was reported (the natural "current" bulletin).
    public var latestMonth: Period? {
        observations.keys.lazy.map { Period.month(year: $0.period.year, month: $0.period.endMonth) }.max()
    }
}
