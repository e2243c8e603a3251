// A rectangle of cells, 1-based and inclusive, and its A1 reference ("A1:F1", one cell "B3").
// Corners are put in order and kept inside Excel's grid (1…1,048,576 rows, 1…16,384 columns,
// A…XFD), so a range can always be written.

public struct CellRange: Hashable, Sendable {
    static let maxRow = 1_048_576
    static let maxColumn = 16_384

    public let top, left, bottom, right: Int

    public init(top: Int, left: Int, bottom: Int, right: Int) {
        let rows = (Self.row(top), Self.row(bottom))
        let columns = (Self.columnIndex(left), Self.columnIndex(right))
        self.top = min(rows.0, rows.1)
        self.bottom = max(rows.0, rows.1)
        self.left = min(columns.0, columns.1)
        self.right = max(columns.0, columns.1)
    }

    /// "A1:F1"; a single cell is "B3".
    public var reference: String {
        let start = Self.column(left) + String(top)
        if isSingleCell { return start }
        return start + ":" + Self.column(right) + String(bottom)
    }

    /// The column's letters: 1 → "A", 27 → "AA", 16384 → "XFD" (indices outside 1…16384 are clamped).
    public static func column(_ index: Int) -> String {
        var rest = columnIndex(index)
        var letters: [UInt8] = []
        while rest > 0 {
            rest -= 1
            letters.append(UInt8(ascii: "A") + UInt8(rest % 26))
            rest /= 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    var isSingleCell: Bool { top == bottom && left == right }

    func intersects(_ other: CellRange) -> Bool {
        top <= other.bottom && other.top <= bottom && left <= other.right && other.left <= right
    }

    static func row(_ index: Int) -> Int { min(max(index, 1), maxRow) }
    static func columnIndex(_ index: Int) -> Int { min(max(index, 1), maxColumn) }
}
