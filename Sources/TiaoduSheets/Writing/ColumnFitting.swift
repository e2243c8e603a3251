// Column widths fitted to the contents when a sheet gives none: the widest cell of each column in
// characters — CJK and full-width characters count 2, others 1; a number as its format shows it;
// the longest line of a wrapped text; a larger font or an indent widening its cell — plus 2 of
// padding, at least 6 and at most 50. Cells under a merge that spans several columns (a title, a
// grouped header) widen no column, and a column with no content keeps Excel's default width.

enum ColumnFitting {
    static let padding = 2
    static let minimum = 6
    static let maximum = 50

    /// The width of each column 1…`columnCount`, nil where the column has no content.
    static func widths(_ sheet: Worksheet, rows rowCount: Int, columns columnCount: Int, merges: [CellRange]) -> [Int?] {
        guard columnCount > 0 else { return [] }
        let spans = wideMergeSpans(merges, rows: rowCount)
        var widest = [Int](repeating: 0, count: columnCount)
        for r in 0..<rowCount {
            let row = sheet.rows[r]
            let covered = spans.isEmpty ? nil : spans[r + 1]
            for c in 0..<min(row.count, columnCount) {
                let width = displayWidth(row[c])
                guard width > widest[c] else { continue }
                if let covered, covered.contains(where: { $0.contains(c + 1) }) { continue }
                widest[c] = width
            }
        }
        return widest.map { (width: Int) -> Int? in width == 0 ? nil : min(maximum, max(minimum, width + padding)) }
    }

    /// For each row (1-based), the column spans of the merges that cover it and span several columns.
    static func wideMergeSpans(_ merges: [CellRange], rows rowCount: Int) -> [Int: [ClosedRange<Int>]] {
        var spans: [Int: [ClosedRange<Int>]] = [:]
        for merge in merges where merge.right > merge.left && merge.top <= rowCount {
            for r in merge.top...min(merge.bottom, rowCount) {
                spans[r, default: []].append(merge.left...merge.right)
            }
        }
        return spans
    }

    /// How many characters wide a cell shows, 0 when it shows nothing.
    static func displayWidth(_ cell: SheetCell) -> Int {
        var width: Int
        switch cell.value {
        case .empty:
            return 0
        case .text(let text):
            width = textWidth(text)
        case .number(let text):
            width = CellValue.isPlainDecimal(text) ? numberWidth(text, format: cell.style.numberFormat) : textWidth(text)
        case .bool(let value):
            width = value ? 4 : 5  // TRUE, FALSE
        }
        guard width > 0 else { return 0 }
        width += 2 * min(max(cell.style.indent, 0), StyleTable.maxIndent)
        let size = StyleTable.fontSize(cell.style.fontSize)
        if size > StyleTable.defaultFontSize {
            width = Int((Double(width) * size / StyleTable.defaultFontSize).rounded(.up))
        }
        return width
    }

    /// The longest line of a text, wide characters counted twice.
    static func textWidth(_ text: String) -> Int {
        var widest = 0
        var line = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                widest = max(widest, line)
                line = 0
            } else {
                line += scalarWidth(scalar.value)
            }
        }
        return max(widest, line)
    }

    /// 2 for East Asian wide and full-width characters, 0 for controls and combining marks, else 1.
    static func scalarWidth(_ value: UInt32) -> Int {
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        switch value {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F:
            return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// A plain decimal as its number format shows it: the integer digits (with thousands
    /// separators, or two more for a percentage), the format's decimals, a sign, a % and any
    /// quoted literal text. General shows the text as stored, at most 11 characters.
    static func numberWidth(_ text: String, format: String?) -> Int {
        guard let format, !format.isEmpty, format != "General" else { return min(text.utf8.count, 11) }
        var integerDigits = 0
        var negative = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") { break }
            if byte == UInt8(ascii: "-") { negative = true } else { integerDigits += 1 }
        }
        let shape = FormatShape(format)
        let digits = integerDigits + (shape.percent ? 2 : 0)
        var width = digits + (negative ? 1 : 0)
        if shape.grouping { width += (digits - 1) / 3 }
        if shape.decimals > 0 { width += 1 + shape.decimals }
        if shape.percent { width += 1 }
        return width + shape.literalWidth
    }

    /// What the first section of a number format adds to the digits.
    struct FormatShape {
        var decimals = 0
        var grouping = false
        var percent = false
        var literalWidth = 0

        init(_ format: String) {
            var quoted = false
            var afterPoint = false
            for scalar in format.unicodeScalars {
                if scalar == "\"" {
                    quoted.toggle()
                } else if quoted {
                    literalWidth += ColumnFitting.scalarWidth(scalar.value)
                } else {
                    switch scalar {
                    case ";": return
                    case ".": afterPoint = true
                    case "0", "#", "?": if afterPoint { decimals += 1 }
                    case ",": grouping = true
                    case "%": percent = true
                    default: break
                    }
                }
            }
        }
    }
}
