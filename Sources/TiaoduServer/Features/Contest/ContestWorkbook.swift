// The quarter's contest as an Excel workbook (/contest.xlsx), laid out like the printed result
// sheet: the result (as published, else the live preview for readers of the whole city) with
// each peer group's counties by rank under the group's name — rank, points, deductions (negative),
// panel, total and the places moved since last quarter (+2 up, -1 down) as numbers with the page's
// rounding — then the rules in sentences and who issues it when; and the points by project for
// the areas whose projects the reader may read.
import TiaoduCore
import TiaoduSheets
import TiaoduStore

enum ContestWorkbook {
    static func sheets(_ reading: ContestReading, year: Int, quarter: Int, _ p: PageContext) -> [Worksheet] {
        var sheets = [result(reading, year: year, quarter: quarter, p)]
        if let sheet = reading.sheet, let breakdown = breakdown(sheet, p) { sheets.append(breakdown) }
        return sheets
    }

    /// The result sheet: the page's columns, the unit beside its rank.
    static func result(_ reading: ContestReading, year: Int, quarter: Int, _ p: PageContext) -> Worksheet {
        let l = p.language
        let quarterName = Catalogue.quarterName(year: year, quarter: quarter, l)
        let title = PageText.format(.contestTitle, l, quarterName) + " · " + p.text(.contestSheet)
        var header = [p.text(.rankLabel), p.text(.org)]
        header += [PageLabel.projectPoints, .batchPoints, .deductions, .panelPoints, .totalPoints, .rankMovement].map { p.text($0) }
        let rows = ContestPageView.resultRows(reading)
        var lines: [TableWorkbook.Line] = []
        for group in ContestPageView.groups(rows, p) {
            lines.append(.caption(Catalogue.groupName(group, l)))
            for row in rows where row.group == group {
                let s = row.score
                let change: Int? = row.live?.previousRank.map { $0 - row.rank }
                let movement: String? = change.map { $0 > 0 ? "+\($0)" : String($0) }
                let cells: [SheetCell] = [
                    TableWorkbook.integer(row.rank), .text(p.workspace.orgName(row.org, l)),
                    TableWorkbook.number(s.projects.fixed(2)), TableWorkbook.number(s.concentratedStarts.fixed(0)),
                    TableWorkbook.number(s.deductions.isZero ? "0" : "-" + s.deductions.fixed(0)), TableWorkbook.number(s.panel.fixed(2)),
                    TableWorkbook.number(s.total.fixed(2), bold: true), TableWorkbook.number(movement),
                ]
                lines.append(.cells(cells))
            }
        }
        if let published = reading.published {
            lines.append(.note(PageText.format(.publishedOn, l, Day(millisecondsSince1970: published.at).description + " · " + published.by)))
        } else if reading.sheet != nil {
            lines.append(.note(p.text(.preview)))
        } else if reading.rules == nil {
            lines.append(.note(p.text(.noRules)))
        } else {
            lines.append(.note(PageText.format(.contestNotReady, l, Catalogue.periodName(Period.month(year: year, month: quarter * 3), l))))
        }
        if let rules = reading.rules {
            lines.append(.note(p.text(.ruleSet)))
            lines += ContestRulesText.sentences(rules, l).map { TableWorkbook.Line.note($0) }
        }
        // the sheet's foot, as a printed result is signed: who issues it and when
        let issuer = p.workspace.tree.root.map { p.name($0) } ?? p.text(.appName)
        let issued = reading.published.map { Day(millisecondsSince1970: $0.at).description } ?? p.text(.preview)
        lines.append(.note("\(issuer) · \(quarterName) · \(issued)"))
        return TableWorkbook.sheet(name: p.text(.contestSheet), title: title, header: header, lines: lines, frozenColumns: 2)
    }

    /// Points by project for the areas whose projects the reader may read; nil when there are none.
    static func breakdown(_ sheet: ContestSheet, _ p: PageContext) -> Worksheet? {
        let l = p.language
        guard let principal = p.principal else { return nil }
        var header = [p.text(.org), p.text(.projectCode)]
        header += [PageLabel.contestStartColumn, .contestPlanColumn, .contestCategoryColumn, .contestProgressColumn, .provinceBonus, .productionBonus,
                   .listedPoints, .sizeTierPointsLabel, .stagePointsLabel, .totalPoints].map { p.text($0) }
        var lines: [TableWorkbook.Line] = []
        for row in sheet.rows where p.access.policy.canRead(principal, org: row.org) {
            let unit = p.workspace.orgName(row.org, l)
            for s in row.projects {
                let points = [s.start, s.plan, s.category, s.progress, s.provinceLevel, s.inProduction, s.listed, s.tier, s.stage, s.total]
                lines.append(.cells([SheetCell.text(unit), SheetCell.text(s.code)] + points.map { TableWorkbook.number($0.fixed(2)) }))
            }
        }
        guard !lines.isEmpty else { return nil }
        let title = PageText.format(.contestTitle, l, Catalogue.quarterName(year: sheet.year, quarter: sheet.quarter, l)) + " · " + p.text(.projectBreakdown)
        return TableWorkbook.sheet(name: p.text(.projectBreakdown), title: title, header: header, lines: lines, frozenColumns: 2)
    }
}
