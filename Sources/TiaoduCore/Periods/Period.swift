// 报表期: a reporting period — a month `2021-08`, a quarter `2021Q3` or a year `2021`.
// A Period cannot be invalid: the only ways to make one check the month and quarter.

public enum Frequency: String, Sendable, CaseIterable, Codable {
    case monthly, quarterly, annual
}

public enum Period: Hashable, Sendable, Comparable, CustomStringConvertible {
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case year(Int)

    public static let yearRange = 1900...2200

    public init?(month: Int, of year: Int) {
        guard Self.yearRange.contains(year), (1...12).contains(month) else { return nil }
        self = .month(year: year, month: month)
    }

    public init?(quarter: Int, of year: Int) {
        guard Self.yearRange.contains(year), (1...4).contains(quarter) else { return nil }
        self = .quarter(year: year, quarter: quarter)
    }

    /// Parses `2021-08`, `2021Q3` (also `2021q3`) or `2021`.
    public init?(_ raw: some StringProtocol) {
        var chars = Array(raw.utf8)[...]
        while chars.first == 0x20 { chars = chars.dropFirst() }
        while chars.last == 0x20 { chars = chars.dropLast() }
        chars = Array(chars)[...]
        func number(_ slice: ArraySlice<UInt8>) -> Int? {
            guard !slice.isEmpty, slice.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return slice.reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        guard chars.count >= 4, let year = number(chars.prefix(4)) else { return nil }
        if chars.count == 4 {
            guard Self.yearRange.contains(year) else { return nil }
            self = .year(year)
        } else if chars.count == 7, chars[4] == UInt8(ascii: "-"), let month = number(chars.suffix(2)) {
            guard let period = Period(month: month, of: year) else { return nil }
            self = period
        } else if chars.count == 6, chars[4] == UInt8(ascii: "Q") || chars[4] == UInt8(ascii: "q"),
                  let quarter = number(chars.suffix(1)) {
            guard let period = Period(quarter: quarter, of: year) else { return nil }
            self = period
        } else {
            return nil
        }
    }

    public var year: Int {
        switch self {
        case .month(let year, _), .quarter(let year, _): return year
        case .year(let year): return year
        }
    }

    /// A small integer that tells periods apart (year × 20 + month, 12 + quarter, or 17):
    /// below 2¹⁶ for every valid year.
    public var code: Int {
        switch self {
        case .month(let year, let month): return year * 20 + month
        case .quarter(let year, let quarter): return year * 20 + 12 + quarter
        case .year(let year): return year * 20 + 17
        }
    }

    public var frequency: Frequency {
        switch self {
        case .month: return .monthly
        case .quarter: return .quarterly
        case .year: return .annual
        }
    }

    /// The last month the period covers: m for a month, 3q for a quarter, 12 for a year.
    public var endMonth: Int {
        switch self {
        case .month(_, let month): return month
        case .quarter(_, let quarter): return quarter * 3
        case .year: return 12
        }
    }

    /// The position of the period within its year: the month, the quarter, or 1 for a year.
    public var index: Int {
        switch self {
        case .month(_, let month): return month
        case .quarter(_, let quarter): return quarter
        case .year: return 1
        }
    }

    /// The point in time the period reports as of.
    public var asOf: AsOf { AsOf(year: year, month: endMonth) }

    public var description: String {
        switch self {
        case .month(let year, let month): return "\(year)-\(month < 10 ? "0" : "")\(month)"
        case .quarter(let year, let quarter): return "\(year)Q\(quarter)"
        case .year(let year): return "\(year)"
        }
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.year, lhs.endMonth, lhs.rank) < (rhs.year, rhs.endMonth, rhs.rank)
    }

    private var rank: Int {
        switch self {
        case .month: return 0
        case .quarter: return 1
        case .year: return 2
        }
    }
}

/// "As of the end of month m of year y": the moment a bulletin describes.
/// Every indicator, whatever its frequency, is read as of this point.
public struct AsOf: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// The same point one year earlier (the base of 同比).
    public var yearBefore: AsOf { AsOf(year: year - 1, month: month) }

    /// The end of the same year.
    public var yearEnd: AsOf { AsOf(year: year, month: 12) }

    /// The last completed quarter at this point (0 before the end of March).
    public var quarter: Int { month / 3 }

    /// The period in which an indicator of this frequency reports at this point, if any:
    /// a quarterly indicator in August reports its Q2 figure; an annual one only in December.
    public func period(for frequency: Frequency) -> Period? {
        switch frequency {
        case .monthly: return .month(year: year, month: month)
        case .quarterly: return quarter > 0 ? .quarter(year: year, quarter: quarter) : nil
        case .annual: return month == 12 ? .year(year) : nil
        }
    }

    public var description: String { Period.month(year: year, month: month).description }

    public static func < (lhs: AsOf, rhs: AsOf) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}

extension Period {
    /// The period before this one, of the same kind (January's is the previous December).
    public var previous: Period {
        switch self {
        case .month(let year, let month): return month == 1 ? .month(year: year - 1, month: 12) : .month(year: year, month: month - 1)
        case .quarter(let year, let quarter): return quarter == 1 ? .quarter(year: year - 1, quarter: 4) : .quarter(year: year, quarter: quarter - 1)
        case .year(let year): return .year(year - 1)
        }
    }

    /// The same period a year earlier (同期).
    public var yearBefore: Period {
        switch self {
        case .month(let year, let month): return .month(year: year - 1, month: month)
        case .quarter(let year, let quarter): return .quarter(year: year - 1, quarter: quarter)
        case .year(let year): return .year(year - 1)
        }
    }
}

extension Period {
    /// The first month the period covers.
    public var startMonth: Int {
        switch self {
        case .month(_, let month): return month
        case .quarter(_, let quarter): return quarter * 3 - 2
        case .year: return 1
        }
    }

    /// The months the period covers, in order (a month is its own only month).
    public var months: [Period] { (startMonth...endMonth).map { .month(year: year, month: $0) } }
}
