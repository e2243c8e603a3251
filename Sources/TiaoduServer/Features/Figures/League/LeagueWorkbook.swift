// The league table as an Excel workbook (/league.xlsx): the page's table on one sheet — its title
// (the indicator, the scope, the span and the indicator's unit; 「征求意见稿」 until the city has
// accepted the month), the page's columns, the scope's own row first (unranked), then each peer
// group's units under its name in the order the page sorts them. Figures and ranks are numbers
// (the page's rounding as their format), each rank followed by its movement since the previous
// period (+3 up, -1 down); 「—」 is an empty cell, the partial mark (†) goes into a column of its own.
import TiaoduCore
import TiaoduSheets

enum LeagueWorkbook {
    static func sheets(_ model: LeagueModel, _ p: PageContext) -> [Worksheet] {
        let l = p.language
        var title = "\(model.indicatorName) \(p.text(.leagueTitle)) · \(model.scopeName) \(Catalogue.periodHeading(model.period, l))"
        title += PageText.format(.inParens, l, PageText.format(.unitOf, l, Catalogue.unitName(model.indicator.unit, l)))
        if p.isDraft { title += " " + p.text(.draftWatermark) }

        var lines: [TableWorkbook.Line] = []
        if let parent = model.parentRow { lines.append(.cells(cells(parent, model, p, ranked: false))) }
        for group in model.groups {
            if model.groups.count > 1 || group.name != nil {
                lines.append(.caption(group.name.map { Catalogue.groupName($0, l) } ?? p.text(.defaultGroup)))
            }
            lines += group.rows.map { TableWorkbook.Line.cells(cells($0, model, p, ranked: true)) }
        }
        if lines.isEmpty { lines.append(.note(p.text(.noData))) }
        if let period = model.dataPeriod { lines.append(.note(PageText.format(.dataPeriod, l, Catalogue.periodHeading(period, l)))) }
        if model.hasPartial { lines.append(.note(p.text(.partialNote))) }
        return [TableWorkbook.sheet(name: p.text(.leagueTitle), title: title, header: header(model, p), lines: lines)]
    }

    /// The page's columns, each rank followed by its movement, then the status and the marks.
    static func header(_ model: LeagueModel, _ p: PageContext) -> [String] {
        let l = p.language
        var target = p.text(.target)
        switch model.targetType {
        case .growth: target += PageText.format(.inParens, l, "%")
        case .rate where ["%", "‰"].contains(model.indicator.unit): target += PageText.format(.inParens, l, model.indicator.unit)
        default: break
        }
        var head = [p.text(.org), p.text(.ytd), p.text(model.indicator.changesInPoints ? .bulletinAnnexPoints : .growth), target]
        if model.showsCompletion { head.append(p.text(.completion)) }
        if model.showsSchedule { head.append(p.text(.schedule)) }
        head.append(p.text(model.gapAgainstTarget ? .leagueGapToTarget : .gap))
        var ranks: [PageLabel] = [.rankTotal, .rankGrowth]
        if model.showsCompletion { ranks.append(.rankCompletion) }
        for rank in ranks { head += [p.text(rank), p.text(.movement)] }
        return head + [p.text(.status), p.text(.bulletinMarksColumn)]
    }

    /// A unit's row: the figures as the page rounds them; the scope's own row bold and unranked.
    static func cells(_ line: LeagueModel.Row, _ model: LeagueModel, _ p: PageContext, ranked: Bool) -> [SheetCell] {
        let c = line.cells, r = line.row
        let bold = !ranked
        var figures = [c.ytd, c.growth, c.target]
        if model.showsCompletion { figures.append(c.completion) }
        if model.showsSchedule { figures.append(c.schedule) }
        figures.append(c.gap)
        var cells: [SheetCell] = [.text(line.name, CellStyle(bold: bold))]
        cells += figures.map { TableWorkbook.number($0, bold: bold) }
        var ranks: [(now: Int?, before: Int?)] = [(r.rank.total, r.previousRank.total), (r.rank.growth, r.previousRank.growth)]
        if model.showsCompletion { ranks.append((r.rank.completion, r.previousRank.completion)) }
        for rank in ranks {
            let now = ranked ? rank.now : nil
            cells.append(TableWorkbook.integer(now, bold: bold))
            cells.append(TableWorkbook.number(movement(now: now, before: rank.before), bold: bold))
        }
        cells.append(.text(r.status.map { Catalogue.status($0, p.language) } ?? "", CellStyle(bold: bold, alignment: .centre)))
        cells.append(.text(r.partial && r.ytd != nil ? "†" : "", CellStyle(alignment: .centre)))
        return cells
    }

    /// Places gained ("+3") or lost ("-1") since the previous period, "0" for none; nil without both ranks.
    static func movement(now: Int?, before: Int?) -> String? {
        guard let now, let before else { return nil }
        let change = before - now
        return change > 0 ? "+\(change)" : String(change)
    }
}
