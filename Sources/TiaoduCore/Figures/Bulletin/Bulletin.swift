// 通报: the monthly bulletin — for every indicator with data, the parent unit's row and one
// row per direct child, with every figure of METRICS.md. Numbers are unrounded here.
import Foundation

public struct Ranks: Hashable, Sendable {
    public var total: Int?
    public var growth: Int?
    public var completion: Int?

    public init(total: Int? = nil, growth: Int? = nil, completion: Int? = nil) {
        self.total = total
        self.growth = growth
        self.completion = completion
    }
}

public struct BulletinRow: Hashable, Sendable {
    public var org: String
    public var indicator: String
    public var isParent: Bool
    public var peerGroup: String?
    public var ytd: Figure?
    public var growth: Figure?
    public var growthSource: GrowthSource?
    public var growthMismatch: Bool
    public var target: Figure?
    public var targetType: TargetType?
    public var completion: Figure?
    public var schedule: Figure?
    public var gap: Figure?
    public var requiredPace: Figure?
    public var requiredGrowth: Figure?
    public var status: Status?
    public var rank: Ranks
    public var previousRank: Ranks
    public var childrenSum: Figure?
    public var mismatch: Bool
    /// for a flow: how many of the period's months its figure covers (nil for other indicators)
    public var monthsReported: Int?
    /// the figure covers fewer months than the period has: shown and marked, never ranked
    public var partial: Bool
    /// the growth is a change in points (a rate or ratio), not a growth in %
    public var growthInPoints: Bool

    public init(
        org: String, indicator: String, isParent: Bool, peerGroup: String? = nil, ytd: Figure? = nil,
        growth: Figure? = nil, growthSource: GrowthSource? = nil, growthMismatch: Bool = false,
        target: Figure? = nil, targetType: TargetType? = nil, completion: Figure? = nil, schedule: Figure? = nil,
        gap: Figure? = nil, requiredPace: Figure? = nil, requiredGrowth: Figure? = nil, status: Status? = nil,
        rank: Ranks = Ranks(), previousRank: Ranks = Ranks(), childrenSum: Figure? = nil, mismatch: Bool = false,
        monthsReported: Int? = nil, partial: Bool = false, growthInPoints: Bool = false
    ) {
        self.org = org
        self.indicator = indicator
        self.isParent = isParent
        self.peerGroup = peerGroup
        self.ytd = ytd
        self.growth = growth
        self.growthSource = growthSource
        self.growthMismatch = growthMismatch
        self.target = target
        self.targetType = targetType
        self.completion = completion
        self.schedule = schedule
        self.gap = gap
        self.requiredPace = requiredPace
        self.requiredGrowth = requiredGrowth
        self.status = status
        self.rank = rank
        self.previousRank = previousRank
        self.childrenSum = childrenSum
        self.mismatch = mismatch
        self.monthsReported = monthsReported
        self.partial = partial
        self.growthInPoints = growthInPoints
    }
}

public struct Bulletin: Sendable {
    public var period: Period
    public var parent: String
    public var rows: [BulletinRow]
    /// the city has not accepted the period (nil: not known to whoever made the bulletin);
    /// JSON, CSV and the table say it
    public var preliminary: Bool?

    public init(period: Period, parent: String, rows: [BulletinRow], preliminary: Bool? = nil) {
        self.period = period
        self.parent = parent
        self.rows = rows
        self.preliminary = preliminary
    }

    /// The rows a reader needs: where no child has a single figure for an indicator (towns under a
    /// county-only indicator), only the parent's row — the dashes add nothing. JSON and CSV keep all.
    public var displayRows: [BulletinRow] {
        let informative = Set(rows.filter { !$0.isParent && ($0.ytd != nil || $0.growth != nil || $0.target != nil) }.map(\.indicator))
        return rows.filter { $0.isParent || informative.contains($0.indicator) }
    }

    /// The indicators present, in catalogue order.
    public var indicatorCodes: [String] {
        var seen: Set<String> = []
        return rows.compactMap { seen.insert($0.indicator).inserted ? $0.indicator : nil }
    }
}
