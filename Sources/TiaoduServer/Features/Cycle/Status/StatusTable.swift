// The reporting status as a table, for its downloads (/status.xlsx, /status.csv): the units the
// reader may read, in the page's order (each unit followed by the units below it; indented by
// level in the workbook), each with its code, its state as the page says it (「已确认（随扬州市）」
// for a unit closed by the unit above, 「已退回」 for a month returned), the due date, the overdue
// mark, the projects under way that have reported the month and all under way (numbers, where the
// page shows them), the last change and why a returned month came back. The moves stay on the page.
import TiaoduCore

enum StatusTable {
    static func make(_ model: StatusModel, _ p: PageContext, projectReports: [String: (reported: Int, due: Int)] = [:]) -> PageTable {
        let l = p.language
        let period = Catalogue.periodName(model.period, l)
        let showProjects = !projectReports.isEmpty
        var heads: [PageLabel] = [.org, .downloadUnitCode, .submissionStatus, .dueDate, .downloadOverdue]
        if showProjects { heads += [.projectReports, .downloadProjectsDue] }
        heads += [.lastChange, .downloadReturned]
        let rows = model.lines.map { line -> PageTable.Row in
            var cells: [PageTable.Cell] = [.text(line.name, indent: line.depth), .text(line.code), .text(state(line, l)), .text(model.due),
                                           .text(line.overdue ? p.text(.caseYes) : "")]
            if showProjects {
                // As the page: only units with projects under way have a count.
                if let count = projectReports[line.code], count.due > 0 {
                    cells += [.integer(count.reported), .integer(count.due)]
                } else {
                    cells += [.integer(nil), .integer(nil)]
                }
            }
            cells += [.text(line.lastChange ?? ""), .text(line.returned ?? "")]
            return PageTable.Row(cells: cells)
        }
        return PageTable(sheetName: p.text(.statusTitle), title: "\(period) \(p.text(.statusTitle))", header: heads.map { p.text($0) },
                         blocks: [PageTable.Block(caption: nil, rows: rows)],
                         notes: [p.text(.dueDate) + p.text(.colon) + model.due] + (rows.isEmpty ? [p.text(.noData)] : []),
                         fileName: "\(period)-\(p.text(.statusTitle))", asciiParts: ["status", model.period.description])
    }

    /// The state as the page says it: a returned month 「已退回」, a unit closed by the one above
    /// with that unit's name (「已确认（随扬州市）」).
    static func state(_ line: StatusModel.Line, _ language: Language) -> String {
        let word = line.returned == nil ? PageText.submission(line.status, language) : PageText.text(.returnedState, language)
        return word + (line.coveredBy.map { PageText.format(.coveredBy, language, $0) } ?? "")
    }
}
