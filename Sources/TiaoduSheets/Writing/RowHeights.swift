// How tall a row must be for its wrapped text to show whole: a programme opening a workbook keeps
// a row at its default height (15 points) unless the row says otherwise, so a header that wraps
// onto three lines would be cut to one. A cell that wraps (a header cell, or one styled `wrap`)
// needs as many lines as its text takes at its column's width; a cell under a merge that spans
// several columns is left out (its width is theirs together, and titles do not wrap).

struct RowHeights {
    /// points per line at the default font
    static let line = 15
    private var heights: [Int: Int] = [:]

    init(_ sheet: Worksheet, widths: [Double?], merges: [CellRange]) {
        let spans = ColumnFitting.wideMergeSpans(merges, rows: sheet.rows.count)
        for (r, row) in sheet.rows.enumerated() {
            var lines = 1
            for (c, cell) in row.enumerated() where cell.style.header || cell.style.wrap {
                guard case .text(let text) = cell.value, !text.isEmpty else { continue }
                if let covered = spans[r + 1], covered.contains(where: { $0.contains(c + 1) }) { continue }
                let width = max(1, (c < widths.count ? widths[c] : nil) ?? 8.43) - 1
                var needed = 0
                for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    needed += max(1, Int((Double(ColumnFitting.textWidth(String(part))) / width).rounded(.up)))
                }
                lines = max(lines, needed)
            }
            if lines > 1 { heights[r] = lines * Self.line + 2 }
        }
    }

    /// The height (points) of row `index` (0-based), nil where the default does.
    func height(of index: Int) -> Int? { heights[index] }
}
