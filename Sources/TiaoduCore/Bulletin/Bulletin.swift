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
    public var ytd: Decimal?
    public var growth: Decimal?
    public var growthSource: GrowthSource?
    public var growthMismatch: Bool
    public var target: Decimal?
    public var targetType: TargetType?
    public var completion: Decimal?
    public var schedule: Decimal?
    public var gap: Decimal?
    public var requiredPace: Decimal?
    public var requiredGrowth: Decimal?
    public var status: Status?
    public var rank: Ranks
    public var previousRank: Ranks
    public var childrenSum: Decimal?
    public var mismatch: Bool

    public init(
        org: String, indicator: String, isParent: Bool, peerGroup: String? = nil, ytd: Decimal? = nil,
        growth: Decimal? = nil, growthSource: GrowthSource? = nil, growthMismatch: Bool = false,
        target: Decimal? = nil, targetType: TargetType? = nil, completion: Decimal? = nil, schedule: Decimal? = nil,
        gap: Decimal? = nil, requiredPace: Decimal? = nil, requiredGrowth: Decimal? = nil, status: Status? = nil,
        rank: Ranks = Ranks(), previousRank: Ranks = Ranks(), childrenSum: Decimal? = nil, mismatch: Bool = false
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
    }
}

public struct Bulletin: Sendable {
    public var period: Period
    public var parent: String
    public var rows: [BulletinRow]

    public init(period: Period, parent: String, rows: [BulletinRow]) {
        self.period = period
        self.parent = parent
        self.rows = rows
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
