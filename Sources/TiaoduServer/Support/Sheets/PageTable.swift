// A page's table built once for both of its downloads (the dashboard, a scorecard, the reporting
// status): the title, the header, the rows — in blocks under a caption where the page groups them
// — and the notes, each cell a text or a figure as the page shows it. Rendered twice: as a
// worksheet laid out by TableWorkbook (figures as numbers with the page's decimals, 「—」 an empty
// cell), and as a CSV file for Excel — a UTF-8 BOM, every line through Core's formula-safe
// `CSV.exportLine`, a figure's field a plain number or nothing, the header and the rows only (the
// title, captions and notes are the workbook's). The file name says what and when.
import Foundation
import Vapor
import TiaoduCore
import TiaoduSheets

struct PageTable {
    enum Cell {
        /// text as the page shows it (a unit's name indented by its level in a tree); 「—」 is nothing
        case text(String, indent: Int = 0)
        /// a figure as the page shows it ("12.30", "+1.2", "—"): a number or nothing, never text
        case figure(String?)
        /// a count or a rank
        case integer(Int?)
    }

    struct Row {
        var cells: [Cell]
        /// the scope's own row
        var bold = false
    }

    struct Block {
        /// the block's name on a row of its own in the workbook (nil: none)
        var caption: String?
        var rows: [Row]
    }

    /// the worksheet's name (Excel takes at most 31 characters)
    let sheetName: String
    let title: String
    let header: [String]
    var blocks: [Block]
    var notes: [String] = []
    var frozenColumns = 1
    /// what and when, without an extension: 「市-2021年1—9月-主要指标运行情况」
    let fileName: String
    /// the same for clients that read only ASCII: ["dashboard", "city", "2021-09"]
    let asciiParts: [String]

    var rows: [Row] { blocks.flatMap(\.rows) }

    // MARK: the workbook

    func worksheet() -> Worksheet {
        var lines: [TableWorkbook.Line] = []
        for block in blocks where !block.rows.isEmpty {
            if let caption = block.caption { lines.append(.caption(caption)) }
            lines += block.rows.map { row in TableWorkbook.Line.cells(row.cells.map { Self.sheetCell($0, bold: row.bold) }) }
        }
        lines += notes.map { TableWorkbook.Line.note($0) }
        return TableWorkbook.sheet(name: sheetName, title: title, header: header, lines: lines, frozenColumns: frozenColumns)
    }

    static func sheetCell(_ cell: Cell, bold: Bool) -> SheetCell {
        switch cell {
        case .text(let text, let indent):
            return SheetCell.text(text == BulletinCells.missing ? "" : text, CellStyle(bold: bold, alignment: .left, indent: indent))
        case .figure(let text):
            return TableWorkbook.number(text, bold: bold)
        case .integer(let value):
            return TableWorkbook.integer(value, bold: bold)
        }
    }

    /// The workbook as a download: the xlsx type, named for what and when.
    func workbookFile() throws -> Response {
        let data = try XLSXFile.data([worksheet()])
        return Download.file(data, type: Download.xlsx, name: fileName + ".xlsx", fallback: TableWorkbook.asciiName(asciiParts))
    }

    // MARK: the CSV file

    /// A BOM (Excel on Chinese Windows then reads UTF-8), the header and one line per row, CRLF.
    func csv() -> String {
        var out = "\u{FEFF}" + CSV.exportLine(header) + "\r\n"
        for row in rows { out += CSV.exportLine(row.cells.map(Self.field)) + "\r\n" }
        return out
    }

    /// A cell as a CSV field: a figure as a plain decimal ("12.30", "-4.5"; a leading + dropped)
    /// or nothing; 「—」 nothing.
    static func field(_ cell: Cell) -> String {
        switch cell {
        case .text(let text, _): return text == BulletinCells.missing ? "" : text
        case .figure(let text): return text.flatMap(TableWorkbook.plainDecimal) ?? ""
        case .integer(let value): return value.map(String.init) ?? ""
        }
    }

    static let csvType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])

    /// The CSV file as a download: `text/csv; charset=utf-8`, named for what and when.
    func csvFile() -> Response {
        let fallback = String(TableWorkbook.asciiName(asciiParts).dropLast(".xlsx".count)) + ".csv"
        return Download.file(Data(csv().utf8), type: Self.csvType, name: fileName + ".csv", fallback: fallback)
    }
}
