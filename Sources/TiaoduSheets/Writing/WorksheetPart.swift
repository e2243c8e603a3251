// One xl/worksheets/sheetN.xml, its elements in the order the schema requires (Excel refuses a
// file that strays from it): sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData,
// sheetProtection, mergeCells, dataValidations, pageMargins, pageSetup. The cells: rows
// <row r="n">, cells with their reference, numbers exactly as given in <v>, text through the
// shared strings table (never a formula), booleans t="b"; an empty cell is written only when its
// style is not the default (a table's border, an input cell). Rows past 1,048,576 and columns
// past XFD are not written: Excel could not open them.

struct WorksheetPart {
    let sheet: Worksheet
    let rowCount: Int
    let columnCount: Int
    let cellCount: Int
    /// The merges that can be written: several cells each, none overlapping an earlier one.
    let merges: [CellRange]

    init(_ sheet: Worksheet) {
        let rows = min(sheet.rows.count, CellRange.maxRow)
        var widest = 0
        var cells = 0
        for r in 0..<rows {
            widest = max(widest, sheet.rows[r].count)
            cells += sheet.rows[r].count
        }
        self.sheet = sheet
        rowCount = rows
        columnCount = min(widest, CellRange.maxColumn)
        cellCount = cells
        merges = Self.usableMerges(sheet.merges)
    }

    func bytes(selected: Bool, styles: inout StyleTable, strings: inout SharedStrings) -> [UInt8] {
        var xml = XMLBytes(capacity: cellCount * 32 + 4096)
        xml.raw(XMLBytes.declaration)
        xml.raw("<worksheet xmlns=\"")
        xml.raw(XMLBytes.mainNamespace)
        xml.raw("\" xmlns:r=\"")
        xml.raw(XMLBytes.relationshipsNamespace)
        xml.raw("\">")
        xml.raw("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
        writeDimension(&xml)
        writeViews(&xml, selected: selected)
        xml.raw("<sheetFormatPr defaultRowHeight=\"15\"/>")
        let widths = columnWidths()
        writeColumns(&xml, widths: widths)
        writeCells(&xml, styles: &styles, strings: &strings, heights: RowHeights(sheet, widths: widths, merges: merges))
        if sheet.protected {
            xml.raw("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" formatRows=\"0\"/>")
        }
        writeMerges(&xml)
        writeValidations(&xml)
        writePage(&xml)
        xml.raw("</worksheet>")
        return xml.bytes
    }

    /// What a cell's <c> holds.
    private enum Content {
        case nothing
        case number(String)
        case bool(Bool)
        case shared(Int)
    }

    private func writeCells(_ xml: inout XMLBytes, styles: inout StyleTable, strings: inout SharedStrings, heights: RowHeights) {
        guard rowCount > 0, columnCount > 0 else {
            xml.raw("<sheetData/>")
            return
        }
        xml.raw("<sheetData>")
        let letters = (1...columnCount).map { Array(CellRange.column($0).utf8) }
        // The last style seen in each column and its index: a column mostly keeps one style, and
        // comparing is cheaper than hashing.
        var lastStyles = [CellStyle?](repeating: nil, count: columnCount)
        var lastIndices = [Int](repeating: 0, count: columnCount)
        for r in 0..<rowCount {
            let row = sheet.rows[r]
            let rowDigits = XMLBytes.digits(r + 1)
            var opened = false
            for c in 0..<min(row.count, columnCount) {
                let cell = row[c]
                let styleIndex: Int
                if let last = lastStyles[c], last == cell.style {
                    styleIndex = lastIndices[c]
                } else {
                    styleIndex = styles.index(of: cell.style)
                    lastStyles[c] = cell.style
                    lastIndices[c] = styleIndex
                }
                let content: Content
                switch cell.value {
                case .empty:
                    content = .nothing
                case .text(let text):
                    content = text.isEmpty ? .nothing : .shared(strings.index(of: text))
                case .number(let text):
                    if CellValue.isPlainDecimal(text) {
                        content = .number(text)
                    } else {
                        content = text.isEmpty ? .nothing : .shared(strings.index(of: text))
                    }
                case .bool(let value):
                    content = .bool(value)
                }
                if case .nothing = content, styleIndex == 0 { continue }
                if !opened {
                    xml.raw("<row r=\"")
                    xml.plain(rowDigits)
                    if let height = heights.height(of: r) {
                        // wrapped text on more lines than one: a row Excel and LibreOffice show whole
                        xml.raw("\" ht=\"")
                        xml.int(height)
                        xml.raw("\" customHeight=\"1")
                    }
                    xml.raw("\">")
                    opened = true
                }
                xml.raw("<c r=\"")
                xml.plain(letters[c])
                xml.plain(rowDigits)
                xml.raw("\"")
                if styleIndex != 0 {
                    xml.raw(" s=\"")
                    xml.int(styleIndex)
                    xml.raw("\"")
                }
                switch content {
                case .nothing:
                    xml.raw("/>")
                case .number(let text):
                    xml.raw("><v>")
                    xml.plain(text)
                    xml.raw("</v></c>")
                case .bool(let value):
                    xml.raw(value ? " t=\"b\"><v>1</v></c>" : " t=\"b\"><v>0</v></c>")
                case .shared(let index):
                    xml.raw(" t=\"s\"><v>")
                    xml.int(index)
                    xml.raw("</v></c>")
                }
            }
            if opened { xml.raw("</row>") }
        }
        xml.raw("</sheetData>")
    }

    /// Merges of more than one cell, in the order given, leaving out any that overlaps one
    /// already kept (Excel would repair the file).
    static func usableMerges(_ merges: [CellRange]) -> [CellRange] {
        var kept: [CellRange] = []
        var occupied: [Int: [ClosedRange<Int>]] = [:]
        for merge in merges where !merge.isSingleCell {
            let columns = merge.left...merge.right
            let rows = merge.top...merge.bottom
            let overlaps = rows.contains { row in
                occupied[row]?.contains { $0.overlaps(columns) } ?? false
            }
            if overlaps { continue }
            for row in rows { occupied[row, default: []].append(columns) }
            kept.append(merge)
        }
        return kept
    }
}
