// The compact in-memory index behind every bulletin: for each unit × indicator a run of twelve
// slots per year (a month's value in its slot, a quarter's at its last month, a year's in
// December), as integer millionths with a presence bit — exact, about 8 bytes a value, and a
// value read is an array access. Writes update it in place, so a bulletin never waits for a
// rebuild; copies share storage until one of them is written (Swift's copy-on-write).

/// Runs of twelve slots per year, pooled: a series gets its block when its first value is
/// written, so blocks lie in load order and a read is two array accesses without a pointer chase
/// (one array per series cost a province bulletin four reference counts and a cache miss a read).
private struct Pool: Sendable {
    /// series → its block, or −1
    var blocks: [Int32]
    /// block × years × 12 slots, integer millionths
    var values: [Int64] = []
    /// block × years presence masks (bit m−1 for month m)
    var present: [UInt16] = []

    init(seriesCount: Int) { blocks = [Int32](repeating: -1, count: seriesCount) }

    /// The block of a series, made on first use.
    mutating func block(_ series: Int, years: Int) -> Int {
        let known = Int(blocks[series])
        if known >= 0 { return known }
        let block = present.count / years
        blocks[series] = Int32(block)
        values.append(contentsOf: repeatElement(0, count: years * 12))
        present.append(contentsOf: repeatElement(0, count: years))
        return block
    }

    /// The same blocks over a wider span of years (`shift` years added before, `years` now).
    func widened(from oldYears: Int, to years: Int, shift: Int) -> Pool {
        var pool = Pool(seriesCount: 0)
        pool.blocks = blocks
        let count = oldYears == 0 ? 0 : present.count / oldYears
        pool.values = [Int64](repeating: 0, count: count * years * 12)
        pool.present = [UInt16](repeating: 0, count: count * years)
        for block in 0..<count {
            for y in 0..<oldYears {
                pool.present[block * years + shift + y] = present[block * oldYears + y]
                for m in 0..<12 { pool.values[(block * years + shift + y) * 12 + m] = values[(block * oldYears + y) * 12 + m] }
            }
        }
        return pool
    }
}

struct SeriesIndex: Sendable {
    static let scale = 6
    static let unit: Int128 = 1_000_000

    private(set) var firstYear: Int
    private(set) var yearCount: Int
    let indicatorCount: Int
    private var figures: Pool
    private var growths: Pool

    init(orgCount: Int, indicatorCount: Int, years: ClosedRange<Int>) {
        firstYear = years.lowerBound
        yearCount = years.count
        self.indicatorCount = indicatorCount
        figures = Pool(seriesCount: orgCount * indicatorCount)
        growths = Pool(seriesCount: orgCount * indicatorCount)
    }

    private func slot(_ period: Period) -> Int? {
        let year = period.year - firstYear
        guard year >= 0, year < yearCount else { return nil }
        return year * 12 + period.endMonth - 1
    }

    private static func read(_ pool: Pool, series: Int, slot: Int, years: Int) -> Int64? {
        let block = Int(pool.blocks[series])
        guard block >= 0, pool.present[block * years + slot / 12] & (1 << (slot % 12)) != 0 else { return nil }
        return pool.values[block * years * 12 + slot]
    }

    func value(org: Int, indicator: Int, period: Period) -> Int64? {
        guard let slot = slot(period) else { return nil }
        return Self.read(figures, series: org * indicatorCount + indicator, slot: slot, years: yearCount)
    }

    func growth(org: Int, indicator: Int, period: Period) -> Int64? {
        guard let slot = slot(period) else { return nil }
        return Self.read(growths, series: org * indicatorCount + indicator, slot: slot, years: yearCount)
    }

    /// The sum of a flow's periods reported from January through `period`, and how many of the
    /// period's months they cover (a quarter covers three): nil when none was reported.
    func flowSum(org: Int, indicator: Int, year: Int, through period: Period) -> (total: Int128, months: Int)? {
        guard let last = slot(period) else { return nil }
        let block = Int(figures.blocks[org * indicatorCount + indicator])
        guard block >= 0 else { return nil }
        let y = year - firstYear
        let mask = figures.present[block * yearCount + y]
        let base = block * yearCount * 12 + y * 12
        let first = y * 12
        var total: Int128 = 0
        var months = 0
        switch period {
        case .month:
            let need = UInt16((1 << (last - first + 1)) - 1)
            let have = mask & need
            guard have != 0 else { return nil }
            if have == need {
                // Every month present: one mask test instead of one a month.
                for m in 0...(last - first) { total += Int128(figures.values[base + m]) }
                months = last - first + 1
            } else {
                for m in 0...(last - first) where have & (1 << m) != 0 { total += Int128(figures.values[base + m]) }
                months = have.nonzeroBitCount
            }
        case .quarter(_, let quarter):
            for q in 1...quarter where mask & (1 << (q * 3 - 1)) != 0 {
                total += Int128(figures.values[base + q * 3 - 1])
                months += 3
            }
            guard months > 0 else { return nil }
        case .year:
            guard mask & (1 << 11) != 0 else { return nil }
            total = Int128(figures.values[base + 11])
            months = 12
        }
        return (total, months)
    }

    mutating func set(org: Int, indicator: Int, period: Period, value: Int64?, growth: Int64?) {
        if period.year < firstYear || period.year >= firstYear + yearCount { widen(to: period.year) }
        let slot = self.slot(period)!
        let bit = UInt16(1) << (slot % 12)
        let series = org * indicatorCount + indicator
        // A series gets its value block even when only a growth is written, so presence has one layout.
        let block = figures.block(series, years: yearCount)
        if let value {
            figures.values[block * yearCount * 12 + slot] = value
            figures.present[block * yearCount + slot / 12] |= bit
        } else {
            figures.present[block * yearCount + slot / 12] &= ~bit
        }
        if let growth {
            let g = growths.block(series, years: yearCount)
            growths.values[g * yearCount * 12 + slot] = growth
            growths.present[g * yearCount + slot / 12] |= bit
        } else if growths.blocks[series] >= 0 {
            growths.present[Int(growths.blocks[series]) * yearCount + slot / 12] &= ~bit
        }
    }

    private mutating func widen(to year: Int) {
        let newFirst = min(firstYear, year), newLast = max(firstYear + yearCount - 1, year)
        let shift = firstYear - newFirst
        let newCount = newLast - newFirst + 1
        figures = figures.widened(from: yearCount, to: newCount, shift: shift)
        growths = growths.widened(from: yearCount, to: newCount, shift: shift)
        firstYear = newFirst
        yearCount = newCount
    }

    /// The latest year and month with any value or growth.
    var latestMonth: Period? {
        var best: (Int, Int)?
        for pool in [figures, growths] {
            for (index, mask) in pool.present.enumerated() where mask != 0 {
                let candidate = (firstYear + index % yearCount, 16 - mask.leadingZeroBitCount)
                if best == nil || candidate > best! { best = candidate }
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
