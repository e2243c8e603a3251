// The fill-in template (填报模板) of a unit and a period: the rows the entry grid would show — each
// indicator with what its value is (本月数, 1—9月累计, 9月末余额), last period's and last year's
// figures for reference — as a workbook the unit fills in Excel or WPS and sends back. Only the
// value and published-growth cells are open (the sheet is protected, no password: it guards
// against slips, not people), with number validation; instructions on a sheet of their own; and a
// hidden sheet of metadata (the unit, the period, the columns, the template's version) so the
// filled file imports back with no mapping (TemplateImport), by `tiaodu import values FILE.xlsx`
// or the import page.
import Foundation
import TiaoduCore
import TiaoduSheets
import TiaoduStore

public enum EntryTemplate {
    /// the hidden sheet's name and the version of this layout (TemplateImport reads both)
    static let metadataSheet = "_tiaodu"
    static let version = "1"
    /// where the rows start and which column holds what
    static let firstRow = 4
    static let columns = (code: 1, value: 7, growth: 8)

    static func sheets(_ model: EntryModel, _ p: PageContext) -> [Worksheet] {
        let l = p.language
        let decimals = Dictionary(p.workspace.indicators.map { ($0.code, $0.decimals) }, uniquingKeysWith: { first, _ in first })
        let title = "\(model.unitName) \(Catalogue.periodName(model.period, l)) \(p.text(.templateTitle))"
        let width = 8
        var rows: [[SheetCell]] = [
            [.text(title, .title)] + Array(repeating: SheetCell(.empty, style: .title), count: width - 1),
            [.text(PageText.format(.templateFillNote, l, [model.due]), CellStyle(border: false, alignment: .left, wrap: true))]
                + Array(repeating: SheetCell(.empty, style: .plain), count: width - 1),
            [p.text(.templateCode), p.text(.templateIndicator), p.text(.templateUnit), p.text(.templateTakes), p.text(.templateLastPeriod),
             p.text(.templateLastYear), p.text(.templateValue), p.text(.templateGrowth)].map { SheetCell.text($0, .headerCell) },
        ]
        for line in model.lines {
            let places = decimals[line.code] ?? 2
            let growthCell: SheetCell = line.takesGrowth
                ? SheetCell(line.growth.isEmpty ? .empty : .number(line.growth), style: .input(decimals: 1))
                : SheetCell(.text("—"), style: CellStyle(alignment: .centre))
            rows.append([
                .text(line.code), .text(line.name), .text(Catalogue.unitName(line.unit, l)), .text(line.takes),
                .number(line.lastPeriod, decimals: places), .number(line.lastYear, decimals: places),
                SheetCell(line.value.isEmpty ? .empty : .number(line.value), style: .input(decimals: places)), growthCell,
            ])
        }
        let last = max(firstRow, firstRow + model.lines.count - 1)
        var sheet = Worksheet(name: p.text(.templateSheet), rows: rows)
        sheet.merges = [CellRange(top: 1, left: 1, bottom: 1, right: width), CellRange(top: 2, left: 1, bottom: 2, right: width)]
        sheet.frozenRows = firstRow - 1
        sheet.frozenColumns = 2
        sheet.printTitleRows = firstRow - 1
        sheet.protected = true
        let numbersOnly = p.text(.templateNumbersOnly)
        sheet.validations = [
            DataValidation(range: CellRange(top: firstRow, left: columns.value, bottom: last, right: columns.value), rule: .decimal,
                           prompt: p.text(.templateValuePrompt), error: numbersOnly),
            DataValidation(range: CellRange(top: firstRow, left: columns.growth, bottom: last, right: columns.growth), rule: .decimal,
                           prompt: p.text(.templateGrowthPrompt), error: numbersOnly),
        ]

        var help = Worksheet(name: p.text(.templateHelpSheet), rows: [[.text(p.text(.templateHelpTitle), .title)]]
            + [PageLabel.templateHelp1, .templateHelp2, .templateHelp3, .templateHelp4, .templateHelp5].map { [.text(p.text($0), CellStyle(border: false, wrap: true))] })
        help.columnWidths = [100]

        let metadata: [(String, String)] = [
            ("template", "entry"), ("version", version), ("kind", ImportKind.values.rawValue), ("org", model.unit.code),
            ("period", model.period.description), ("sheet", sheet.name), ("first_row", String(firstRow)),
            ("code_column", CellRange.column(columns.code)), ("value_column", CellRange.column(columns.value)),
            ("growth_column", CellRange.column(columns.growth)), ("made", p.today.description),
            ("header", headerText(sheet, firstRow: firstRow)),
        ]
        var meta = Worksheet(name: metadataSheet, rows: metadata.map { [.text($0.0, .plain), .text($0.1, .plain)] })
        meta.hidden = true
        meta.protected = true
        return [sheet, help, meta]
    }

    /// The header row's titles, tab-separated: kept in the metadata, so a template whose columns
    /// were inserted, deleted or moved is refused instead of read from the wrong columns.
    static func headerText(_ sheet: Worksheet, firstRow: Int) -> String {
        guard sheet.rows.indices.contains(firstRow - 2) else { return "" }
        return sheet.rows[firstRow - 2].map { cell in if case .text(let text) = cell.value { text } else { "" } }.joined(separator: "\t")
    }

    /// The file's name: 「邗江区-2021年10月-填报模板.xlsx」.
    static func fileName(_ model: EntryModel, _ p: PageContext) -> String {
        "\(model.unitName)-\(Catalogue.periodName(model.period, p.language))-\(p.text(.templateTitle)).xlsx"
    }
}
