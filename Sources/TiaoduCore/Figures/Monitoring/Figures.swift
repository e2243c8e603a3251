// The figures of a bulletin row, each a small pure function named after what it computes.
// All take and return unrounded decimals; rounding happens only for display.
import Foundation

public enum Figures {
    /// 同比 growth in %: (current ÷ base − 1) × 100. No base (or a base ≤ 0) → no growth, never 0.
    public static func growth(current: Figure?, base: Figure?) -> Figure? {
        guard let current, let base, base > 0, let ratio = current / base else { return nil }
        return (ratio - 1) * 100
    }

    /// 完成率 in %: YTD ÷ the annual target × 100 (for counts too: 206 of 255 is 80.8%).
    public static func completion(ytd: Figure?, target: Figure?) -> Figure? {
        guard let ytd, let target, let share = ytd / target else { return nil }
        return share * 100
    }

    /// 超/落后序时 in points, on unrounded values; positive always means "better than due",
    /// so for lower-is-better indicators the sign is turned.
    public static func gap(completion: Figure?, schedule: Figure?, direction: Direction) -> Figure? {
        guard let completion, let schedule else { return nil }
        return direction == .up ? completion - schedule : schedule - completion
    }

    /// For growth and rate targets: actual − target in points (turned for lower-is-better).
    public static func gap(actual: Figure?, target: Figure?, direction: Direction) -> Figure? {
        guard let actual, let target else { return nil }
        return direction == .up ? actual - target : target - actual
    }

    /// 倒排: what each remaining period must deliver to reach the annual target.
    /// Zero once a higher-is-better target is reached; nil when no period remains.
    public static func requiredPace(target: Figure?, ytd: Figure?, remainingPeriods: Int, direction: Direction) -> Figure? {
        guard let target, let ytd, remainingPeriods > 0, let pace = (target - ytd) / Figure(remainingPeriods) else { return nil }
        return direction == .up ? max(pace, 0) : pace
    }

    /// 倒排 as a growth rate: what the rest of the year must grow against the same months of
    /// last year: ((target − YTD) ÷ (last year's total − last year's YTD) − 1) × 100.
    public static func requiredGrowth(target: Figure?, ytd: Figure?, lastYearTotal: Figure?, lastYearYTD: Figure?) -> Figure? {
        guard let target, let ytd, let lastYearTotal, let lastYearYTD else { return nil }
        return growth(current: target - ytd, base: lastYearTotal - lastYearYTD)
    }
}

public enum Status: String, Sendable, Codable, CaseIterable {
    case green, amber, red

    public static let defaultAmberThreshold: Figure = 5

    /// Green at or ahead of schedule; amber when behind by less than the threshold; red beyond
    /// it — or when growth is negative against a growth target for a higher-is-better indicator.
    public static func of(gap: Figure?, threshold: Figure, negativeGrowthAgainstGrowthTarget: Bool = false) -> Status? {
        guard let gap else { return negativeGrowthAgainstGrowthTarget ? .red : nil }
        if negativeGrowthAgainstGrowthTarget { return .red }
        if gap >= 0 { return .green }
        return -gap < threshold ? .amber : .red
    }
}
