// The progress template (项目进度填报模板) of an owner unit and a month: a row per project the unit
// reports that month (ProgressTemplateModel) — its code, name, stage, annual plan and the year's
// investment before the month for reference — as a workbook the unit fills in Excel or WPS and
// sends back. Only the month's investment (a number: the month's own, never the cumulative, which
// is summed) and the progress on site (text) are open; the sheet is protected (no password), with
// number validation on the investment; instructions on a sheet of their own; and the hidden
// metadata sheet (as EntryTemplate's: template `progress`, the unit, the month, the columns) so
// the filled file imports back as progress with no mapping (TemplateImport). `link` is the pages'
// way to it.
import Foundation
import TiaoduCore
import TiaoduSheets
import TiaoduStore

public enum ProgressTemplate {
    static let version = "1"
    /// where the rows start and which column holds what
    static let firstRow = 4
    static let columns = (code: 1, investment: 6, progress: 7)

    static func sheets(_ model: ProgressTemplateModel, _ p: PageContext) -> [Worksheet] {
        let l = p.language
        let title = "\(model.unitName) \(Catalogue.periodName(model.month, l)) \(p.text(.progressTemplateTitle))"
        let width = 7
        // 「2021年1—8月累计完成投资」: the months before, by name (none in January)
        let before = model.month.endMonth > 1
            ? PageText.format(.progressTemplateBefore, l, Catalogue.periodHeading(.month(year: model.month.year, month: model.month.endMonth - 1), l))
            : p.text(.progressTemplateBeforeNone)
        var rows: [[SheetCell]] = [
            [.text(title, .title)] + Array(repeating: SheetCell(.empty, style: .title), count: width - 1),
            [.text(p.text(.progressTemplateFillNote), CellStyle(border: false, alignment: .left, wrap: true))]
                + Array(repeating: SheetCell(.empty, style: .plain), count: width - 1),
            [p.text(.projectCode), p.text(.projectName), p.text(.stage), p.text(.annualPlan), before,
             p.text(.progressTemplateInvestment), p.text(.progressTemplateProgress)].map { SheetCell.text($0, .headerCell) },
        ]
        let progressStyle = CellStyle(alignment: .left, wrap: true, locked: false)
        for row in model.rows {
            rows.append([
                .text(row.code), .text(row.name, CellStyle(wrap: true)), .text(Catalogue.stage(row.stage, l)),
                .number(row.annualPlan.jsonLiteral, decimals: 2), .number(row.before.jsonLiteral, decimals: 2),
                SheetCell(row.investment.isEmpty ? .empty : .number(row.investment), style: .input(decimals: 2)),
                SheetCell(row.progress.isEmpty ? .empty : .text(row.progress), style: progressStyle),
            ])
        }
        let last = max(firstRow, firstRow + model.rows.count - 1)
        var sheet = Worksheet(name: p.text(.progressTemplateSheet), rows: rows)
        sheet.merges = [CellRange(top: 1, left: 1, bottom: 1, right: width), CellRange(top: 2, left: 1, bottom: 2, right: width)]
        sheet.frozenRows = firstRow - 1
        sheet.frozenColumns = 2
        sheet.printTitleRows = firstRow - 1
        sheet.columnWidths = [14, 32, 10, 14, 18, 18, 40]
        sheet.protected = true
        sheet.validations = [
            DataValidation(range: CellRange(top: firstRow, left: columns.investment, bottom: last, right: columns.investment), rule: .decimal,
                           prompt: p.text(.progressTemplateInvestmentPrompt), error: p.text(.templateNumbersOnly)),
        ]

        var help = Worksheet(name: p.text(.templateHelpSheet), rows: [[.text(p.text(.progressTemplateHelpTitle), .title)]]
            + [PageLabel.progressTemplateHelp1, .progressTemplateHelp2, .progressTemplateHelp3, .progressTemplateHelp4]
            .map { [.text(p.text($0), CellStyle(border: false, wrap: true))] })
        help.columnWidths = [100]

        let metadata: [(String, String)] = [
            ("template", "progress"), ("version", version), ("kind", ImportKind.progress.rawValue), ("org", model.unit.code),
            ("period", model.month.description), ("sheet", sheet.name), ("first_row", String(firstRow)),
            ("code_column", CellRange.column(columns.code)), ("investment_column", CellRange.column(columns.investment)),
            ("progress_column", CellRange.column(columns.progress)), ("made", p.today.description),
            ("header", EntryTemplate.headerText(sheet, firstRow: firstRow)),
        ]
        var meta = Worksheet(name: EntryTemplate.metadataSheet, rows: metadata.map { [.text($0.0, .plain), .text($0.1, .plain)] })
        meta.hidden = true
        meta.protected = true
        return [sheet, help, meta]
    }

    /// The file's name: 「邗江区-2021年9月-重大项目进度填报模板.xlsx」.
    static func fileName(_ model: ProgressTemplateModel, _ p: PageContext) -> String {
        "\(model.unitName)-\(Catalogue.periodName(model.month, p.language))-\(p.text(.progressTemplateTitle)).xlsx"
    }

    /// The link to a unit's progress template for the month a page shows (「下载进度填报模板」),
    /// for a user who may enter the unit's progress; nothing otherwise.
    static func link(owner: String, _ p: PageContext) -> Node {
        guard let principal = p.principal, p.policy.canEnter(principal, org: owner) else { return .empty }
        let month = Period.month(year: p.period.year, month: p.period.endMonth)
        let href = Link.to("/projects/template.xlsx", [("owner", owner), ("period", month.description), ("lang", p.language.rawValue)])
        return Node.a(.text(p.text(.progressTemplateDownload))).href(href).flag("download")
    }
}
