// The wide monthly sheet offices send (issue #15, layouts a and b): one row per unit, one column per
// indicator (with sub-columns 累计 / 同比% / 位次…), one period, often under a title row and a
// header of two rows with merged cells. Read into the values import's records (org, indicator,
// period, value, growth — each on its sheet row), which then go through the one pipeline like
// any CSV file's: the numbers are checked there, by sheet, row and column. What this reading
// cannot place — a column that names no indicator, a row that names no unit — is an issue of
// its own, and every issue is reported together.
import TiaoduCore
import TiaoduSheets

public enum WideSheet {
    /// Wide sheets have a row per unit: a few thousand at most. A sheet beyond this is not one.
    static let maxRows = 100_000

    /// Records of the values import from a wide sheet. `period`: as given (`--period`), or nil
    /// to read it from the title rows (「2021年1-9月」 → 2021-09, 「2021年第三季度」 → 2021Q3,
    /// 「2021年」 → 2021), else from the sheet's name.
    public static func records(_ workbook: Workbook, sheet: SheetInfo, period: Period?, workspace: Workspace, language: Language) throws -> [InputRecord] {
        var book = workbook
        book.maxRows = Self.maxRows
        let (sheetRows, merges) = try book.allRows(of: sheet)
        let layout = WideSheetLayout(sheetRows, merges: merges)
        let units = UnitMatcher(workspace.tree.units)
        var issues = IssueList()

        // the table starts at the first row that names a unit; what is above is title and header
        let namesUnit = { (text: String) in units.match(text) != .unknown }
        guard let start = layout.rows.firstIndex(where: { WideSheetLayout.unitCell(of: $0, names: namesUnit) != nil }),
              let unitColumn = WideSheetLayout.unitCell(of: layout.rows[start], names: namesUnit)?.column else {
            throw ImportFailure(noUnitFound(layout))
        }
        let above = layout.rows[..<start]
        let titles = above.filter { WideSheetLayout.kind(of: $0) == .title }
        let headers = above.filter { WideSheetLayout.kind(of: $0) == .header }
        let headerLine = headers.first?.number ?? layout.rows[start].number

        let sheetPeriod = period
            ?? TitlePeriod.find(in: titles.flatMap(\.raw).joined(separator: " "))
            ?? TitlePeriod.find(in: sheet.name)
        if sheetPeriod == nil {
            issues.append(ImportIssue(line: titles.first?.number ?? headerLine, column: "period", reason: .required))
        }
        if headers.isEmpty {
            issues.append(ImportIssue(line: headerLine, column: nil, reason: .missingColumn))
        }

        // each column's title: its header texts top down, a merged text once
        let titleOf: [[String]] = (0..<layout.width).map { column in
            var pieces: [String] = []
            for row in headers {
                let text = HeaderText.normalised(row.cell(column))
                if !text.isEmpty, text != pieces.last { pieces.append(text) }
            }
            return pieces
        }
        let unitTitle = titleOf[unitColumn].joined()
        let columns = WideColumns(titles: titleOf, after: unitColumn, indicators: workspace.indicators, period: sheetPeriod,
                                  language: language, line: headerLine)
        issues += columns.issues

        var records: [InputRecord] = []
        for row in layout.rows[start...] {
            if WideSheetLayout.isNote(row) { break }
            let unitText = row.cell(unitColumn)
            let figures = row.filledColumns.filter { $0 > unitColumn }
            switch units.match(unitText) {
            case .unit(let code):
                guard let sheetPeriod else { continue }
                records += columns.records(row, org: code, period: sheetPeriod)
            case .ambiguous, .unknown:
                // a row with nothing beside its first text is a label (「县（市、区）」) or a note
                guard !figures.isEmpty else { continue }
                let reason: ImportReason = unitText.isEmpty ? .required : .unknownOrg(unitText)
                issues.append(ImportIssue(line: row.number, column: unitTitle.isEmpty ? "org" : unitTitle, reason: reason))
            }
        }
        if !issues.isEmpty { throw ImportFailure(issues) }
        return records
    }

    /// No row names a unit: each row that looks like data (a figure beside its first text) is
    /// said to name an unknown unit; a sheet without such rows has no table at all.
    static func noUnitFound(_ layout: WideSheetLayout) -> IssueList {
        var issues = IssueList()
        let isText = { (text: String) in !text.allSatisfy { $0.isASCII && $0.isNumber } }
        for row in layout.rows {
            guard let unit = WideSheetLayout.unitCell(of: row, names: isText) else { continue }
            if row.cells[(unit.column + 1)...].contains(where: WideSheetLayout.looksLikeFigure) {
                issues.append(ImportIssue(line: row.number, column: nil, reason: .unknownOrg(unit.text)))
            }
        }
        if issues.isEmpty { issues.append(ImportIssue(line: layout.rows.first?.number ?? 1, column: nil, reason: .noHeader)) }
        return issues
    }
}
