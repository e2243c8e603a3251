// 案件台账 as an Excel workbook (/cases.xlsx): the cases of /cases.csv (the page's filters and
// sort, up to 10,000) in the CSV's columns, under a title that says the day it was made. The
// working days left (negative when overdue) are a number; days stay as the page writes them
// (2021-09-30); a unit left blank on the page (「—」) is an empty cell. Titles are text cells,
// which no spreadsheet runs as a formula, whatever they start with.
import TiaoduCore
import TiaoduSheets
import TiaoduStore

enum CaseLedgerWorkbook {
    static func sheets(_ rows: [CaseLedgerModel.Row], _ p: PageContext) -> [Worksheet] {
        let l = p.language
        let header = CaseLedgerCSV.headers.map { PageText.text($0, l) }
        let yes = PageText.text(.caseYes, l)
        func blank(_ text: String) -> String { text == BulletinCells.missing ? "" : text }
        // the CSV's fields; the working days left (column 12) a number
        var lines: [TableWorkbook.Line] = rows.map { row in
            let texts: [String] = [row.code, row.kind, row.type, row.title, row.org, row.enterprise ?? "", blank(row.lead), blank(row.assisting), row.state,
                                   row.colour.map { Catalogue.colourName($0, l) } ?? "", row.raised.description, row.due?.description ?? "",
                                   row.daysLeft.map(String.init) ?? "", row.urgent ? yes : "", row.rating ?? "", row.closed?.description ?? ""]
            return TableWorkbook.Line.cells(TableWorkbook.cells(texts, numberColumns: [12]))
        }
        if lines.isEmpty { lines.append(.note(p.text(.caseNoCases))) }
        let title = p.text(.caseLedgerTitle) + PageText.format(.inParens, l, p.today.description)
        return [TableWorkbook.sheet(name: p.text(.caseLedgerTitle), title: title, header: header, lines: lines)]
    }

    /// 「案件台账-2021-09-30.xlsx」, and cases-2021-09-30.xlsx for clients that read only ASCII.
    static func names(_ language: Language, today: Day) -> (name: String, fallback: String) {
        (PageText.text(.caseLedgerTitle, language) + "-" + today.description + ".xlsx", TableWorkbook.asciiName(["cases", today.description]))
    }
}
