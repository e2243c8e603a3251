// A1 references read back: `B3` → row 3, column 2; `A1:F2` → a CellRange.
extension CellRange {
    /// The row and column of one cell's reference (`$` signs allowed); nil when it is not one.
    public static func parse(_ text: String) -> (row: Int, column: Int)? {
        var column = 0, row = 0
        var sawDigit = false
        for scalar in text.unicodeScalars where scalar != "$" {
            let v = scalar.value
            if !sawDigit, (65...90).contains(v) || (97...122).contains(v) {
                column = column * 26 + Int((v >= 97 ? v - 32 : v) - 64)
                if column > 16_384 { return nil }
            } else if (48...57).contains(v) {
                sawDigit = true
                row = row * 10 + Int(v - 48)
                if row > 1_048_576 { return nil }
            } else {
                return nil
            }
        }
        guard column > 0, row > 0 else { return nil }
        return (row, column)
    }

    /// A range from its reference (`A1:F2`, or one cell `B3`).
    public init?(reference: String) {
        let ends = reference.split(separator: ":", omittingEmptySubsequences: false)
        guard ends.count == 1 || ends.count == 2, let first = Self.parse(String(ends[0])),
              let last = Self.parse(String(ends[ends.count - 1])) else { return nil }
        self.init(top: min(first.row, last.row), left: min(first.column, last.column),
                  bottom: max(first.row, last.row), right: max(first.column, last.column))
    }
}
