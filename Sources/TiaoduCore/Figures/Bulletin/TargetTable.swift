// Annual targets by (unit × indicator) and year, in flat arrays: a bulletin looks one up for
// every row, and a hashed dictionary cost 5% of a province bulletin. One table per year that
// has targets (9 bytes a cell), found by the year's offset without hashing.

struct TargetTable: Sendable {
    /// unit × indicator cells per year
    private let cells: Int
    /// year − 1900 → the year's table, or −1
    private var slot = [Int32](repeating: -1, count: Period.yearRange.count)
    private var values: [[Int64]] = []
    /// TargetType's position in allCases, or `none`
    private var types: [[UInt8]] = []
    private static let none = UInt8.max
    private static let kinds = TargetType.allCases

    init(cells: Int) { self.cells = cells }

    mutating func set(cell: Int, year: Int, type: TargetType, value: Int64) {
        guard Period.yearRange.contains(year), (0..<cells).contains(cell) else { return }
        var table = Int(slot[year - Period.yearRange.lowerBound])
        if table < 0 {
            table = values.count
            slot[year - Period.yearRange.lowerBound] = Int32(table)
            values.append([Int64](repeating: 0, count: cells))
            types.append([UInt8](repeating: Self.none, count: cells))
        }
        values[table][cell] = value
        types[table][cell] = UInt8(Self.kinds.firstIndex(of: type)!)
    }

    func get(cell: Int, year: Int) -> (type: TargetType, value: Int64)? {
        guard Period.yearRange.contains(year) else { return nil }
        let table = Int(slot[year - Period.yearRange.lowerBound])
        guard table >= 0, (0..<cells).contains(cell) else { return nil }
        let kind = types[table][cell]
        return kind == Self.none ? nil : (Self.kinds[Int(kind)], values[table][cell])
    }
}
