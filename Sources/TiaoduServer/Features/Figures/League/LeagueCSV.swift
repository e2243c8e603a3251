// The league table as a CSV file for Excel (/league.csv): the workbook's header and rows — the
// scope's own row first, then each peer group's units in the page's order — without its title,
// captions and notes; a UTF-8 BOM (Excel on Chinese Windows reads UTF-8 by it), every line
// formula-safe (Core's CSV.exportLine), a figure's field a plain number or nothing, a movement
// as a signed number without its plus (3, -1).
import TiaoduCore
import TiaoduSheets

enum LeagueCSV {
    static func text(_ model: LeagueModel, _ p: PageContext) -> String {
        var rows: [[SheetCell]] = []
        if let parent = model.parentRow { rows.append(LeagueWorkbook.cells(parent, model, p, ranked: false)) }
        for group in model.groups { rows += group.rows.map { LeagueWorkbook.cells($0, model, p, ranked: true) } }
        let lines = [LeagueWorkbook.header(model, p)] + rows.map { $0.map(field) }
        return "\u{FEFF}" + lines.map { CSV.exportLine($0) + "\r\n" }.joined()
    }

    static func field(_ cell: SheetCell) -> String {
        switch cell.value {
        case .empty: return ""
        case .text(let text): return text.trimmingCharacters(in: .whitespaces)
        case .number(let text): return text.hasPrefix("+") ? String(text.dropFirst()) : text
        case .bool(let value): return value ? "TRUE" : "FALSE"
        }
    }
}
