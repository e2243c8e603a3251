// 指标: a measured quantity and the metadata that drives its arithmetic (METRICS.md).
import Foundation

public enum Accumulation: String, Sendable, CaseIterable, Codable {
    /// reported per period and summed to year-to-date
    case flow
    /// each report is already January..m
    case cumulative
    /// a balance at period end, never summed over months
    case stock
    /// a formula: numerator ÷ denominator, recomputed at every level
    case ratio
}

public enum Direction: String, Sendable, CaseIterable, Codable {
    case up, down
}

public enum GrowthBasis: String, Sendable, CaseIterable, Codable {
    /// recomputable from values
    case nominal
    /// at comparable prices: only the published growth counts
    case real
    /// 同口径/可比口径: only the published growth counts
    case comparable
}

public enum Aggregation: String, Sendable, CaseIterable, Codable {
    /// the parent's figure is its own when entered, else the sum of its children
    case sum
    /// the parent has its own figure; the children's sum is shown beside it, never used
    case reported
    /// recomputed from the parent's numerator and denominator
    case ratio
    /// no figure is formed from children
    case none
}

/// What a month a flow's unit did not report means (METRICS.md, partly reported flows).
public enum Unreported: String, Sendable, CaseIterable, Codable {
    /// not known: the year-to-date sums the months reported and says how many they are
    case missing
    /// nothing happened (counts of events): once any month of the year is reported, the others are 0
    case zero
}

public struct Indicator: Hashable, Sendable, Codable {
    public var code: String
    public var name: String
    public var nameEn: String?
    public var unit: String
    public var frequency: Frequency
    public var accumulation: Accumulation
    public var direction: Direction
    public var growthBasis: GrowthBasis
    public var aggregation: Aggregation
    public var decimals: Int
    public var numerator: String?
    public var denominator: String?
    public var schedule: ScheduleRule
    /// Points behind schedule at which amber turns red; nil uses the global default (5).
    public var amberThreshold: Figure?
    /// 条线: the department that owns the indicator (its department users enter and read it across units)
    public var department: String?
    /// for flows: what an unreported month means
    public var unreported: Unreported

    public init(
        code: String, name: String, nameEn: String? = nil, unit: String,
        frequency: Frequency = .monthly, accumulation: Accumulation = .flow, direction: Direction = .up,
        growthBasis: GrowthBasis = .nominal, aggregation: Aggregation = .sum, decimals: Int = 2,
        numerator: String? = nil, denominator: String? = nil,
        schedule: ScheduleRule = .linear, amberThreshold: Figure? = nil, department: String? = nil,
        unreported: Unreported = .missing
    ) {
        self.code = code
        self.name = name
        self.nameEn = nameEn
        self.unit = unit
        self.frequency = frequency
        self.accumulation = accumulation
        self.direction = direction
        self.growthBasis = growthBasis
        self.aggregation = aggregation
        self.decimals = decimals
        self.numerator = numerator
        self.denominator = denominator
        self.schedule = schedule
        self.amberThreshold = amberThreshold
        self.department = department
        self.unreported = unreported
    }

    /// A rate or ratio (in % or ‰) changes in points (个百分点), never by a growth in %:
    /// 「税收占比为73.1%，比上年同期下降10.3个百分点」.
    public var changesInPoints: Bool { accumulation == .ratio || unit == "%" || unit == "‰" }

    /// A count of things or events (个, 项, 家…): a few of them swing by nature.
    public var isCount: Bool { ["个", "项", "家", "件", "起", "人", "次", "户", "宗", "座"].contains(unit) }

    /// A ratio in % or ‰ is scaled by 100 or 1000; any other unit is the plain quotient.
    public var ratioScale: Figure {
        switch unit {
        case "%": return 100
        case "‰": return 1000
        default: return 1
        }
    }
}
