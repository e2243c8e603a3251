// 案件台账 as a CSV file for Excel: a UTF-8 BOM (so Excel reads the Chinese), a header row in the
// request's language, one line per case; numbers (working days left, negative when overdue) are
// plain numbers, and text a spreadsheet would run as a formula (= + - @) gets a leading
// apostrophe. Named like 案件台账-2021-09-30.csv.
import TiaoduCore

enum CaseLedgerCSV {
    static let headers: [PageLabel] = [
        .caseCode, .caseKind, .caseType, .caseTitle, .caseOrg, .caseEnterprise, .caseLead, .caseAssisting, .caseState, .caseColour,
        .caseRaised, .caseDue, .caseDaysLeftColumn, .caseUrgent, .caseRating, .caseClosedOn,
    ]

    static func text(_ rows: [CaseLedgerModel.Row], _ language: Language) -> String {
        var out = "\u{FEFF}" + CSV.exportLine(headers.map { PageText.text($0, language) }) + "\r\n"
        let yes = PageText.text(.caseYes, language)
        for row in rows {
            out += CSV.exportLine([
                row.code, row.kind, row.type, row.title, row.org, row.enterprise ?? "", row.lead == BulletinCells.missing ? "" : row.lead,
                row.assisting == BulletinCells.missing ? "" : row.assisting, row.state,
                row.colour.map { Catalogue.colourName($0, language) } ?? "", row.raised.description, row.due?.description ?? "",
                row.daysLeft.map(String.init) ?? "", row.urgent ? yes : "", row.rating ?? "", row.closed?.description ?? "",
            ]) + "\r\n"
        }
        return out
    }

    /// `attachment; filename="cases-2021-09-30.csv"; filename*=UTF-8''案件台账-2021-09-30.csv` (encoded):
    /// the plain name for old clients, the ledger's own name for the rest.
    static func disposition(_ language: Language, today: Day) -> String {
        let name = PageText.text(.caseLedgerTitle, language) + "-" + today.description + ".csv"
        return "attachment; filename=\"cases-\(today.description).csv\"; filename*=UTF-8''" + Link.segment(name)
    }
}
