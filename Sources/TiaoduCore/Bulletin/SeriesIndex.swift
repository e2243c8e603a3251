// The compact in-memory index behind every bulletin: for each unit × indicator a run of twelve
// slots per year (a month's value in its slot, a quarter's at its last month, a year's in
// December), as integer millionths with a presence bit — exact, about 8 bytes a value, and a
// value read is an array access. Writes update it in place, so a bulletin never waits for a
// rebuild; copies share storage until one of them is written (Swift's copy-on-write).

/// One unit's values of one indicator: `years × 12` slots.
struct Series: Sendable {
    var values: [Int64] = []
    var present: [UInt16] = []
    var growth: [Int64] = []
    var growthPresent: [UInt16] = []
}

struct SeriesIndex: Sendable {
    static let scale = 6
    static let unit: Int128 = 1_000_000

    private(set) var firstYear: Int
    private(set) var yearCount: Int
    let indicatorCount: Int
    private var series: [Series]

    init(orgCount: Int, indicatorCount: Int, years: ClosedRange<Int>) {
        firstYear = years.lowerBound
        yearCount = years.count
        self.indicatorCount = indicatorCount
        series = Array(repeating: Series(), count: orgCount * indicatorCount)
    }

    /// Where a period lives inside a series.
    private func slot(_ period: Period) -> Int? {
        let year = period.year - firstYear
        guard year >= 0, year < yearCount else { return nil }
        return year * 12 + period.endMonth - 1
    }

    /// Integer millionths of a stored value, or nil where none was reported.
    func value(org: Int, indicator: Int, period: Period) -> Int64? {
        guard let slot = slot(period) else { return nil }
        let s = series[org * indicatorCount + indicator]
        guard !s.present.isEmpty, s.present[slot / 12] & (1 << (slot % 12)) != 0 else { return nil }
        return s.values[slot]
    }

    func growth(org: Int, indicator: Int, period: Period) -> Int64? {
        guard let slot = slot(period) else { return nil }
        let s = series[org * indicatorCount + indicator]
        guard !s.growthPresent.isEmpty, s.growthPresent[slot / 12] & (1 << (slot % 12)) != 0 else { return nil }
        return s.growth[slot]
    }

    /// Sum of the slots of months (or quarter ends) 1…`through` of a year; nil if any is missing.
    func flowSum(org: Int, indicator: Int, year: Int, through period: Period) -> Int128? {
        guard let last = slot(period) else { return nil }
        let s = series[org * indicatorCount + indicator]
        guard !s.present.isEmpty else { return nil }
        let base = (year - firstYear) * 12
        let mask = s.present[year - firstYear]
        var total: Int128 = 0
        switch period {
        case .month:
            for slot in base...last {
                guard mask & (1 << (slot - base)) != 0 else { return nil }
                total += Int128(s.values[slot])
            }
        case .quarter(_, let quarter):
            for q in 1...quarter {
                let slot = base + q * 3 - 1
                guard mask & (1 << (slot - base)) != 0 else { return nil }
                total += Int128(s.values[slot])
            }
        case .year:
            guard mask & (1 << 11) != 0 else { return nil }
            total = Int128(s.values[last])
        }
        return total
    }

    /// Stores a value and/or growth (millionths); nil clears nothing — a missing part stays missing.
    mutating func set(org: Int, indicator: Int, period: Period, value: Int64?, growth: Int64?) {
        if period.year < firstYear || period.year >= firstYear + yearCount { widen(to: period.year) }
        let slot = self.slot(period)!
        let bit = UInt16(1) << (slot % 12)
        let index = org * indicatorCount + indicator
        if series[index].present.isEmpty {
            // growth-only series still get the value run, so presence has one layout
            series[index].values = Array(repeating: 0, count: yearCount * 12)
            series[index].present = Array(repeating: 0, count: yearCount)
        }
        if let value {
            series[index].values[slot] = value
            series[index].present[slot / 12] |= bit
        } else {
            series[index].present[slot / 12] &= ~bit
        }
        if let growth {
            if series[index].growthPresent.isEmpty {
                series[index].growth = Array(repeating: 0, count: yearCount * 12)
                series[index].growthPresent = Array(repeating: 0, count: yearCount)
            }
            series[index].growth[slot] = growth
            series[index].growthPresent[slot / 12] |= bit
        } else if !series[index].growthPresent.isEmpty {
            series[index].growthPresent[slot / 12] &= ~bit
        }
    }

    /// Makes room for another year: every allocated series is laid out anew (rare: once a year).
    private mutating func widen(to year: Int) {
        let newFirst = min(firstYear, year), newLast = max(firstYear + yearCount - 1, year)
        let shift = (firstYear - newFirst) * 12
        let newCount = newLast - newFirst + 1
        for index in series.indices where !series[index].present.isEmpty {
            var s = Series()
            s.values = Array(repeating: 0, count: newCount * 12)
            s.present = Array(repeating: 0, count: newCount)
            s.values.replaceSubrange(shift..<shift + yearCount * 12, with: series[index].values)
            s.present.replaceSubrange(shift / 12..<shift / 12 + yearCount, with: series[index].present)
            if !series[index].growthPresent.isEmpty {
                s.growth = Array(repeating: 0, count: newCount * 12)
                s.growthPresent = Array(repeating: 0, count: newCount)
                s.growth.replaceSubrange(shift..<shift + yearCount * 12, with: series[index].growth)
                s.growthPresent.replaceSubrange(shift / 12..<shift / 12 + yearCount, with: series[index].growthPresent)
            }
            series[index] = s
        }
        firstYear = newFirst
        yearCount = newCount
    }


    /// The latest year and month with any value.
    var latestMonth: Period? {
        var best: (Int, Int)?
        for s in series where !s.present.isEmpty {
            let masks = s.growthPresent.isEmpty ? s.present : zip(s.present, s.growthPresent).map { $0 | $1 }
            for (offset, mask) in masks.enumerated().reversed() where mask != 0 {
                let month = 16 - mask.leadingZeroBitCount
                let candidate = (firstYear + offset, month)
                if best == nil || candidate > best! { best = candidate }
                break
            }
        }
        return best.map { .month(year: $0.0, month: $0.1) }
    }
}

extension Figure {
    /// A stored decimal as integer millionths (the index's unit); nil if it does not fit.
    var millionths: Int64? {
        guard let units = (self * Figure(SeriesIndex.unit)).exactInteger, let small = Int64(exactly: units) else { return nil }
        return small
    }

    var exactInteger: Int128? { numerator % denominator == 0 ? numerator / denominator : nil }

    static func millionths(_ units: Int128) -> Figure { Figure(units, over: SeriesIndex.unit) }
}
