// The bulletin's 附表 as an Excel workbook, laid out like the printed 通报: one sheet per table of
// the annex (the same tables the page prints: 附表1, 附表2…), each with its caption as the title
// row, the two-row head with its merged cells, the scope's row first, then each peer group's block
// under its name, and the notes under it. Figures are numbers, never text — the published
// (rounded) figure with the indicator's decimals as its number format, so a sum in Excel adds what
// readers see; 「—」 is an empty cell and the footnote marks (①, †, ※) go into a column of their
// own. The head is frozen and repeats on every printed page (A4 landscape, one page wide). A
// period not yet accepted says so in its title.
import TiaoduCore
import TiaoduSheets

public enum BulletinWorkbook {
    static func sheets(_ model: BulletinPageModel, _ p: PageContext) -> [Worksheet] {
        let tables = model.annex
        guard !tables.isEmpty else {
            // nothing to tabulate: the title and a line that says so, not an empty file
            var sheet = Worksheet(name: p.text(.bulletinAnnex), rows: [[.text(model.masthead.title, .title)], [.text(p.text(.noData), CellStyle(border: false))]])
            sheet.landscape = true
            return [sheet]
        }
        return tables.enumerated().map { index, table in
            sheet(table, number: index + 1, model, p)
        }
    }

    static func sheet(_ table: BulletinPageModel.AnnexTable, number: Int, _ model: BulletinPageModel, _ p: PageContext) -> Worksheet {
        let width = table.columnCount + 2  // the units' names, the figures, the marks
        var grid = SheetGrid(width: width)
        // the table's caption (it says the scope and the span, 「（续）」 for a continuation)
        var title = table.caption
        if p.isDraft { title += " " + p.text(.draftWatermark) }
        grid.row([.text(title, .title)], merge: true)

        // the head: the page's two rows, placed as a table lays its cells out, then the marks' column
        let headTop = grid.rows.count + 1
        var occupied: Set<[Int]> = []
        for (offset, head) in table.head.enumerated() {
            let row = headTop + offset
            var column = 1
            for cell in head {
                while occupied.contains([row, column]) { column += 1 }
                // one line (a row keeps its height in a workbook): 「完成率%（序时75.0%）」
                let text = cell.note.map { cell.text + (p.language == .zh ? "（\($0)）" : " (\($0))") } ?? cell.text
                grid.place(.text(text, .headerCell), row: row, column: column)
                for r in row..<(row + cell.rowspan) { for c in column..<(column + cell.colspan) { occupied.insert([r, c]) } }
                if cell.colspan > 1 || cell.rowspan > 1 {
                    grid.merges.append(CellRange(top: row, left: column, bottom: row + cell.rowspan - 1, right: column + cell.colspan - 1))
                }
                column += cell.colspan
            }
        }
        grid.place(.text(p.text(.bulletinMarksColumn), .headerCell), row: headTop, column: width)
        if table.head.count > 1 { grid.merges.append(CellRange(top: headTop, left: width, bottom: headTop + table.head.count - 1, right: width)) }
        grid.fillHeader(rows: table.head.count)

        for line in table.lines {
            switch line.kind {
            case .group:
                grid.row([.text(line.name, CellStyle(bold: true, alignment: .left))], merge: true)
            case .parent, .unit:
                var cells: [SheetCell] = [.text(line.name, CellStyle(bold: line.kind == .parent, indent: line.kind == .unit ? 1 : 0))]
                var marks = ""
                for cell in line.cells {
                    cells.append(Self.number(cell.text, bold: line.kind == .parent))
                    if let mark = cell.mark { marks += mark }
                }
                cells.append(.text(marks, CellStyle(alignment: .centre)))
                grid.row(cells)
            }
        }
        var notes = model.footnotes.enumerated().map { index, note in
            index == 0 ? PageText.format(.bulletinAnnexNotes, p.language, [note.mark + note.text]) : note.mark + note.text
        }
        if model.hasPartial { notes.append(p.text(.partialNote)) }
        if model.hasGrowthMismatch { notes.append(p.text(.growthMismatchNote)) }
        for note in notes { grid.row([.text(note, CellStyle(border: false, alignment: .left, wrap: true))], merge: true) }

        var sheet = Worksheet(name: PageText.format(.bulletinWorkbookPart, p.language, [String(number)]), rows: grid.rows)
        sheet.merges = grid.merges
        sheet.frozenRows = 1 + table.head.count
        sheet.frozenColumns = 1
        sheet.printTitleRows = 1 + table.head.count
        sheet.landscape = true
        return sheet
    }

    /// A figure as the page shows it: a number with as many decimals as it is shown with, or an
    /// empty cell for 「—」.
    static func number(_ text: String, bold: Bool) -> SheetCell {
        TableWorkbook.number(text, bold: bold)
    }
}

/// Rows being laid out, with the merged ranges that go with them.
struct SheetGrid {
    let width: Int
    var rows: [[SheetCell]] = []
    var merges: [CellRange] = []

    /// A row; `merge`: its one cell spans the whole width.
    mutating func row(_ cells: [SheetCell], merge: Bool = false) {
        var cells = cells
        if merge, let first = cells.first {
            cells = [first] + Array(repeating: SheetCell(.empty, style: first.style), count: width - 1)
            merges.append(CellRange(top: rows.count + 1, left: 1, bottom: rows.count + 1, right: width))
        }
        rows.append(cells)
    }

    /// A cell at a place (1-based), growing the rows as needed.
    mutating func place(_ cell: SheetCell, row: Int, column: Int) {
        while rows.count < row { rows.append([]) }
        while rows[row - 1].count < column { rows[row - 1].append(SheetCell(.empty)) }
        rows[row - 1][column - 1] = cell
    }

    /// The last `rows` rows are a head: every cell of them styled as one (the merged parts too).
    mutating func fillHeader(rows count: Int) {
        for index in (rows.count - count)..<rows.count {
            while rows[index].count < width { rows[index].append(SheetCell(.empty)) }
            for column in rows[index].indices where rows[index][column].value == .empty {
                rows[index][column] = SheetCell(.empty, style: .headerCell)
            }
        }
    }
}
