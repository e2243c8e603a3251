// A page's table as a worksheet, laid out the same way for every download (the league, the
// project figures and register, the contest sheet, the case ledger): a title row merged across
// the table, one header row, the rows — blocks under their names (a peer group) on rows of their
// own — and the notes under it. Figures are numbers, never text: the text the page shows
// ("12.30", "+1.2", "85.0") with as many decimals as it is shown with as the number format, so a
// sum in Excel adds what readers see; 「—」 (no figure) is an empty cell. The title and header are
// frozen with the first column, and repeat on every printed page (A4 landscape, one page wide).
import TiaoduCore
import TiaoduSheets

enum TableWorkbook {
    /// One line of a table's body.
    enum Line {
        /// a row of cells from the first column (shorter rows are filled with bordered empty cells)
        case cells([SheetCell])
        /// the name of the block below it (a peer group), bold, across the table
        case caption(String)
        /// a sentence under the table, across it, without borders
        case note(String)
    }

    /// The sheet: `title` on the first row, `header` on the second, then `lines`; `frozenColumns`
    /// stay in view with the header (the names, or a rank and the names).
    static func sheet(name: String, title: String, header: [String], lines: [Line], frozenColumns: Int = 1) -> Worksheet {
        let width = max(header.count, 1)
        var grid = SheetGrid(width: width)
        grid.row([.text(title, .title)], merge: width > 1)
        grid.row(header.map { SheetCell.text($0, .headerCell) })
        for line in lines {
            switch line {
            case .cells(let cells):
                let filler = max(width - cells.count, 0)
                grid.row(cells + Array(repeating: SheetCell(.empty, style: .text), count: filler))
            case .caption(let text):
                grid.row([.text(text, CellStyle(bold: true, alignment: .left))], merge: width > 1)
            case .note(let text):
                grid.row([.text(text, CellStyle(border: false, alignment: .left, wrap: true))], merge: width > 1)
            }
        }
        var sheet = Worksheet(name: name, rows: grid.rows)
        sheet.merges = grid.merges
        sheet.frozenRows = 2
        sheet.frozenColumns = frozenColumns
        sheet.printTitleRows = 2
        sheet.landscape = true
        return sheet
    }

    /// A row of cells from the texts a page shows: the columns in `numberColumns` (0-based) as
    /// figures, the others as text.
    static func cells(_ texts: [String], numberColumns: Set<Int>, bold: Bool = false) -> [SheetCell] {
        texts.enumerated().map { column, text in
            numberColumns.contains(column) ? number(text, bold: bold) : .text(text, CellStyle(bold: bold))
        }
    }

    /// A figure as the page shows it: a number cell with as many decimals as it is shown with
    /// ("12.30" → 12.3 shown as 0.00; "+1.2" → 1.2 shown as +1.2, a gap or a movement keeping its
    /// sign), or an empty cell for 「—」, an empty text or anything that is not a plain decimal —
    /// never a number in a text cell.
    static func number(_ text: String?, bold: Bool = false) -> SheetCell {
        var cell: SheetCell
        if let text, text != BulletinCells.missing, let plain = plainDecimal(text) {
            let decimals = plain.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
            cell = SheetCell.number(plain, decimals: decimals)
            if text.hasPrefix("+"), let format = cell.style.numberFormat {
                cell.style.numberFormat = "+\(format);-\(format);\(format)"
            }
        } else {
            cell = SheetCell.number(nil, decimals: 0)
        }
        cell.style.bold = bold
        cell.style.alignment = .right
        return cell
    }

    /// An integer as a number cell (a count, a rank); nil is an empty cell.
    static func integer(_ value: Int?, bold: Bool = false) -> SheetCell {
        number(value.map(String.init), bold: bold)
    }

    /// The text as a plain decimal (`-?digits(.digits)?`, a leading `+` dropped), or nil.
    static func plainDecimal(_ text: String) -> String? {
        guard let canonical = DecimalText.canonical(text) else { return nil }
        let body = canonical.hasPrefix("-") ? canonical.dropFirst() : Substring(canonical)
        guard let first = body.first, let last = body.last, first.isASCII, first.isNumber, last.isASCII, last.isNumber else { return nil }
        return canonical
    }

    /// A file name for clients that read only ASCII: the parts joined by 「-」, every character
    /// but ASCII letters, digits, 「-」 and 「_」 left out ("league-sales-321000-2021-09.xlsx").
    static func asciiName(_ parts: [String]) -> String {
        let kept = parts.map { part in
            String(String.UnicodeScalarView(part.unicodeScalars.filter { scalar in
                let v = scalar.value
                return (48...57).contains(v) || (65...90).contains(v) || (97...122).contains(v) || v == 45 || v == 95
            }))
        }.filter { !$0.isEmpty }
        return (kept.isEmpty ? "table" : kept.joined(separator: "-")) + ".xlsx"
    }
}
