// A unit's scorecard as a table, for its downloads (/units/CODE/table.xlsx and table.csv): the
// page's table of figures and ranks — every indicator with its figures as the page rounds them and,
// where the reader may see them, its three ranks among its peers, each followed by its movement
// since the previous period (+3 up, -1 down), then the status. Marks go into a column of their own
// (※ parts differ, † partly reported, 个百分点 for a rate's change). Under the workbook's table: whom
// the ranks are among, or that they are shown after publication. The behind-schedule table and
// the bulletin sentences stay on the page.
import TiaoduCore

enum ScorecardTable {
    static func make(_ model: ScorecardModel, _ p: PageContext) -> PageTable {
        let l = p.language
        let span = Catalogue.periodHeading(model.period, l)
        var title = "\(model.unitName) \(span) \(p.text(.scorecardTitle))"
        if p.isDraft { title += " " + p.text(.draftWatermark) }
        var heads: [PageLabel] = [.indicator, .unit, .ytd, .growth, .target, .completion, .schedule, .gap]
        if model.ranked { heads += [.rankTotal, .movement, .rankGrowth, .movement, .rankCompletion, .movement] }
        heads += [.status, .bulletinMarksColumn]
        var notes: [String] = []
        if model.lines.isEmpty { notes.append(p.text(.noRankedData)) }
        if model.ranked {
            notes.append(PageText.format(.ranksAmong, l, model.peerGroup.map { Catalogue.groupName($0, l) } ?? model.parentName ?? ""))
        }
        if model.ranksWithheld { notes.append(p.text(.ranksAfterPublication)) }
        if model.lines.contains(where: { $0.row.mismatch }) { notes.append(p.text(.mismatchNote)) }
        if model.lines.contains(where: { $0.row.partial && $0.row.ytd != nil }) { notes.append(p.text(.partialNote)) }
        return PageTable(sheetName: p.text(.scorecardTitle), title: title, header: heads.map { p.text($0) },
                         blocks: [PageTable.Block(caption: nil, rows: model.lines.map { row($0, model, p) })], notes: notes,
                         fileName: "\(model.unitName)-\(span)-\(p.text(.scorecardTitle))",
                         asciiParts: ["scorecard", model.unit.code, model.period.description])
    }

    /// An indicator's row, as the page's table shows it.
    static func row(_ line: ScorecardModel.Line, _ model: ScorecardModel, _ p: PageContext) -> PageTable.Row {
        let l = p.language
        let c = line.cells, r = line.row
        var cells: [PageTable.Cell] = [.text(line.name), .text(Catalogue.unitName(line.unit, l))]
        cells += [c.ytd, c.growth, c.target, c.completion, c.schedule, c.gap].map { PageTable.Cell.figure($0) }
        if model.ranked {
            let ranks = [(r.rank.total, r.previousRank.total), (r.rank.growth, r.previousRank.growth), (r.rank.completion, r.previousRank.completion)]
            for (now, before) in ranks {
                cells += [.integer(now), .figure(LeagueWorkbook.movement(now: now, before: before))]
            }
        }
        var marks: [String] = []
        if r.mismatch { marks.append("※") }
        if r.partial && r.ytd != nil { marks.append("†") }
        if r.growthInPoints && r.growth != nil { marks.append(Catalogue.text(.pointsSuffix, l).filter { $0 != " " }) }
        cells += [.text(Catalogue.status(r.status, l)), .text(marks.joined(separator: " "))]
        return PageTable.Row(cells: cells)
    }
}
