// The dashboard's table, for its downloads (/dashboard.xlsx, /dashboard.csv): the indicators the
// page shows, in the page's order — red (the largest shortfall first), amber, green, no target —
// one row each with the scope's figures as the page rounds them, its gap in points (better is
// positive: against 序时, or against the target itself for growth and rate targets), its status and
// who is last in each peer group. The marks the page puts beside a figure go into a column of
// their own († partly reported, 个百分点 for a rate's change, the data period of an indicator whose
// figures are older than the month). In the workbook each status's rows stand under its name
// and count, as the page's sections do; 「征求意见稿」 is in the title until the city accepts the month.
import TiaoduCore

enum DashboardTable {
    static func make(_ model: DashboardModel, _ p: PageContext) -> PageTable {
        let l = p.language
        let span = Catalogue.periodHeading(model.period, l)
        var title = "\(model.scopeName) \(span) \(p.text(.dashboardTitle))"
        if p.isDraft { title += " " + p.text(.draftWatermark) }
        let header = [PageLabel.indicator, .unit, .ytd, .growth, .target, .completion, .schedule, .gapEither, .status, .downloadLastInGroup,
                      .bulletinMarksColumn].map { p.text($0) }
        let blocks = model.sections.map { section in
            PageTable.Block(caption: "\(p.text(section.label)) \(section.cards.count)", rows: section.cards.map { row($0, p) })
        }
        var notes: [String] = []
        if model.cards.isEmpty { notes.append(p.text(.noData)) }
        if model.cards.contains(where: { partial($0.cells) }) { notes.append(p.text(.partialNote)) }
        return PageTable(sheetName: p.text(.dashboardTitle), title: title, header: header, blocks: blocks, notes: notes,
                         fileName: "\(model.scopeName)-\(span)-\(p.text(.dashboardTitle))",
                         asciiParts: ["dashboard", model.scope.code, model.period.description])
    }

    /// An indicator's row: the scope's own figures, as the page's card or list item shows them.
    static func row(_ card: DashboardModel.Card, _ p: PageContext) -> PageTable.Row {
        let l = p.language
        let c = card.cells
        let unit = p.workspace.indicator(card.code).map { Catalogue.unitName($0.unit, l) } ?? card.unit
        var marks: [String] = []
        if partial(c) { marks.append("†") }
        if c.growthCell != c.growth { marks.append(Catalogue.text(.pointsSuffix, l).filter { $0 != " " }) }
        if let dataPeriod = card.dataPeriod { marks.append(PageText.format(.dataPeriod, l, Catalogue.periodHeading(dataPeriod, l))) }
        return PageTable.Row(cells: [
            .text(card.name), .text(unit),
            .figure(c.ytd), .figure(c.growth), .figure(c.target), .figure(c.completion), .figure(c.schedule), .figure(c.gap),
            .text(Catalogue.status(card.status, l)), .text(card.lastInGroups.map { lastNames($0, l) } ?? ""),
            .text(marks.joined(separator: " ")),
        ])
    }

    /// The total covers only the months reported (the page shows it with †).
    static func partial(_ cells: BulletinCells) -> Bool { cells.ytdText != cells.ytd }

    /// 「末位：宝应县（县市区）」 under a column headed 末位: the names alone.
    static func lastNames(_ sentence: String, _ language: Language) -> String {
        let lead = PageText.format(.dashLastInGroups, language, [""])
        return sentence.hasPrefix(lead) ? String(sentence.dropFirst(lead.count)) : sentence
    }
}
