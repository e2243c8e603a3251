// 序时进度: the share of the year that should be done by now, per indicator.
import Foundation

public enum ScheduleRule: Hashable, Sendable, CustomStringConvertible {
    /// m/12 for monthly indicators, q/4 for quarterly ones
    case linear
    /// day of year ÷ days in year, as of the last day of the month (daily-reported items)
    case daily
    /// last year's seasonal shares: YTD(y−1, m) ÷ YTD(y−1, 12), per unit; linear where missing
    case seasonal
    /// a planned trajectory: the cumulative % due by the end of each month, twelve numbers
    case planned([Figure])

    /// Parses `linear`, `daily`, `seasonal` or `plan:8|16|25|…` (twelve cumulative percentages).
    public init?(_ raw: some StringProtocol) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        switch text {
        case "", "linear": self = .linear
        case "daily": self = .daily
        case "seasonal": self = .seasonal
        default:
            guard text.hasPrefix("plan:") else { return nil }
            let parts = text.dropFirst(5).split(separator: "|", omittingEmptySubsequences: false)
            let numbers = parts.compactMap { DecimalText.parse($0) }
            guard numbers.count == 12, parts.count == 12, zip(numbers, numbers.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
            self = .planned(numbers)
        }
    }

    public var description: String {
        switch self {
        case .linear: return "linear"
        case .daily: return "daily"
        case .seasonal: return "seasonal"
        case .planned(let plan): return "plan:" + plan.map { $0.jsonLiteral }.joined(separator: "|")
        }
    }

}

public enum Schedule {
    /// The straight line: m/12 × 100 for monthly, q/4 × 100 for quarterly (the last completed
    /// quarter, never interpolated), 100 for annual figures at year end.
    public static func linear(_ frequency: Frequency, at point: AsOf) -> Figure? {
        switch frequency {
        case .monthly: return Figure(Int128(point.month * 100), over: 12)
        case .quarterly: return point.quarter > 0 ? Figure(Int128(point.quarter * 100), over: 4) : nil
        case .annual: return point.month == 12 ? 100 : nil
        }
    }

    /// Day-based: days elapsed by the end of month m ÷ days in the year × 100.
    public static func daily(at point: AsOf) -> Figure {
        let leap = (point.year % 4 == 0 && point.year % 100 != 0) || point.year % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        let elapsed = lengths.prefix(point.month).reduce(0, +)
        return Figure(Int128(elapsed * 100), over: leap ? 366 : 365)
    }

    /// The schedule under a rule. `seasonalShare` is last year's YTD(m) ÷ YTD(12) × 100 for the
    /// unit, when the rule is seasonal and history exists.
    public static func value(_ rule: ScheduleRule, frequency: Frequency, at point: AsOf, seasonalShare: Figure? = nil) -> Figure? {
        guard let straight = linear(frequency, at: point) else { return nil }
        switch rule {
        case .linear: return straight
        case .daily: return frequency == .monthly ? daily(at: point) : straight
        case .seasonal: return seasonalShare ?? straight
        case .planned(let plan):
            let month = frequency == .quarterly ? point.quarter * 3 : point.month
            return plan[month - 1]
        }
    }
}
