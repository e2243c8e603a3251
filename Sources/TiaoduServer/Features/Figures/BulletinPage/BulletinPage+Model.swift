// What the printable bulletin (通报) shows, laid out as a statistics office lays one out and built in
// one place from the engine's bulletin: the masthead (title, 期号, the day it is made), the report in
// three parts (一、总体情况; 二、分指标情况, one paragraph per indicator; 三、存在问题 — BulletinReport's
// text), then the 附表: units as rows (the scope first, then each peer group's block under its name),
// indicators as column groups under a two-row head, split into tables a landscape page can hold,
// with numbered notes for reported totals that differ from their parts. The view never queries;
// this model never renders.
import TiaoduCore

struct BulletinPageModel {
    struct Masthead {
        /// 扬州市主要经济指标运行情况通报
        let title: String
        /// 2021年第8期
        let issue: String
        /// 2021年1—8月
        let span: String
        /// the day the page is made: 2021年9月30日
        let date: String
    }

    struct Paragraph {
        let code: String
        /// （一）规上工业开票销售。
        let title: String
        let text: String
    }

    /// What a column of the 附表 holds.
    enum Column: Equatable {
        /// 累计 (or the level of a balance or rate)
        case value
        /// 同比%
        case growth
        /// a rate's change on a year before, in points
        case points
        /// 完成率%
        case completion
        /// a growth or rate target: the difference in points
        case againstTarget
    }

    struct ColumnGroup {
        let code: String
        let columns: [Column]
    }

    /// One cell of the 附表's head: `colspan` columns wide, `rowspan` rows high, with a second line
    /// (the data period, the 序时) when there is one.
    struct HeadCell {
        let text: String
        let note: String?
        let colspan: Int
        let rowspan: Int
    }

    struct Cell {
        /// the figure with the indicator's decimals, 「—」 where there is none
        let text: String
        /// footnote marks beside the figure: ① (a note under the table), † (partly reported), ※ (growths differ)
        let mark: String?
        let markTitle: String?
    }

    struct Line {
        enum Kind { case parent, group, unit }
        let kind: Kind
        let org: String?
        let name: String
        /// one per column of the table's groups, in order (none for a group's heading)
        let cells: [Cell]
    }

    struct AnnexTable {
        let caption: String
        /// two rows: indicators spanning their columns, then the columns
        let head: [[HeadCell]]
        let groups: [ColumnGroup]
        let lines: [Line]
        var columnCount: Int { groups.reduce(0) { $0 + $1.columns.count } }
    }

    struct Footnote {
        let mark: String
        let text: String
    }

    /// Columns of figures a landscape A4 page holds beside the units' names.
    static let columnsPerTable = 16
    static let missing = BulletinCells.missing

    let period: Period
    let parent: OrgUnit
    let parentName: String
    let masthead: Masthead
    /// 一、总体情况, one paragraph
    let overview: String
    let paragraphs: [Paragraph]
    /// 三、存在问题, numbered 「一是…」 when there are several
    let issues: [String]
    let annex: [AnnexTable]
    let footnotes: [Footnote]
    let hasPartial: Bool
    let hasGrowthMismatch: Bool

    init(_ p: PageContext, bulletin: Bulletin) {
        let workspace = p.workspace, l = p.language
        period = bulletin.period
        parent = workspace.tree[bulletin.parent] ?? OrgUnit(code: bulletin.parent, name: bulletin.parent, parent: nil, kind: .city)
        parentName = p.name(parent)
        let span = Catalogue.periodHeading(bulletin.period, l)
        masthead = Masthead(title: PageText.format(.bulletinMasthead, l, [parentName]),
                            issue: PageText.format(.bulletinIssueNumber, l, ["\(bulletin.period.year)", "\(bulletin.period.endMonth)"]),
                            span: span, date: Catalogue.dayName(p.today, l))

        let report = BulletinReport(bulletin, workspace: workspace, language: l)
        overview = report.overview.joined(separator: l == .zh ? "" : " ")
        paragraphs = report.paragraphs.enumerated().map { index, paragraph in
            Paragraph(code: paragraph.indicator, title: PageText.format(.bulletinItemTitle, l, [Self.number(index + 1, l), paragraph.name]),
                      text: paragraph.text)
        }
        issues = report.issues.count < 2 ? report.issues : report.issues.enumerated().map { index, issue in
            PageText.format(.bulletinIssueItem, l, [Self.number(index + 1, l), issue])
        }

        // The 附表: which columns each indicator needs, then the tables a page holds.
        let rows = bulletin.displayRows.filter { workspace.indicator($0.indicator) != nil }
        var byKey: [Key: BulletinRow] = [:]
        for row in rows { byKey[Key(org: row.org, indicator: row.indicator)] = row }
        let groups: [ColumnGroup] = bulletin.indicatorCodes.compactMap { code in
            guard let indicator = workspace.indicator(code) else { return nil }
            let block = rows.filter { $0.indicator == code }
            var columns: [Column] = []
            if block.contains(where: { $0.ytd != nil }) { columns.append(.value) }
            if block.contains(where: { $0.growth != nil }) { columns.append(indicator.changesInPoints ? .points : .growth) }
            if block.contains(where: { $0.completion != nil }) { columns.append(.completion) }
            if block.contains(where: { $0.gap != nil && ($0.targetType == .growth || $0.targetType == .rate) }) { columns.append(.againstTarget) }
            return ColumnGroup(code: code, columns: columns.isEmpty ? [.value] : columns)
        }
        var chunks: [[ColumnGroup]] = []
        var width = 0
        for group in groups {
            if chunks.isEmpty || (width + group.columns.count > Self.columnsPerTable && !chunks[chunks.count - 1].isEmpty) {
                chunks.append([])
                width = 0
            }
            chunks[chunks.count - 1].append(group)
            width += group.columns.count
        }

        // The rows: the scope, then the units below it in their peer groups' blocks, in the tree's order.
        var children: [(org: String, group: String)] = []
        var seen: Set<String> = []
        for row in rows where !row.isParent && seen.insert(row.org).inserted { children.append((row.org, row.peerGroup ?? "")) }
        let groupOrder = children.map { $0.group }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var order: [(kind: Line.Kind, org: String?, name: String)] = [(.parent, parent.code, parentName)]
        for group in groupOrder {
            if !group.isEmpty { order.append((.group, nil, Catalogue.groupName(group, l))) }
            for child in children where child.group == group { order.append((.unit, child.org, workspace.orgName(child.org, l))) }
        }

        let caption = PageText.format(.bulletinAnnexCaption, l, [parentName, span])
        var footnotes: [Footnote] = []
        var tables: [AnnexTable] = []
        for (index, chunk) in chunks.enumerated() {
            var top: [HeadCell] = [HeadCell(text: p.text(.org), note: nil, colspan: 1, rowspan: 2)]
            var second: [HeadCell] = []
            for group in chunk {
                guard let indicator = workspace.indicator(group.code) else { continue }
                // The unit its numbers are in: 「亿元」, "100 million yuan" (a count: 个 / number).
                let unit = Catalogue.unitName(indicator.unit, l)
                let name = workspace.indicatorName(group.code, l)
                let own = bulletin.period.asOf.period(for: indicator.frequency)
                let dataPeriod = own.flatMap { $0.endMonth == bulletin.period.endMonth ? nil : Period.month(year: $0.year, month: $0.endMonth) }
                top.append(HeadCell(text: unit.isEmpty ? name : PageText.format(.bulletinAnnexIndicator, l, [name, unit]),
                                    note: dataPeriod.map { PageText.format(.dataPeriod, l, Catalogue.periodHeading($0, l)) },
                                    colspan: group.columns.count, rowspan: 1))
                let schedule = byKey[Key(org: parent.code, indicator: group.code)]?.schedule
                for column in group.columns {
                    switch column {
                    case .value:
                        let label: PageLabel = indicator.accumulation == .flow || indicator.accumulation == .cumulative ? .bulletinAnnexYTD : .bulletinAnnexLevel
                        second.append(HeadCell(text: p.text(label), note: nil, colspan: 1, rowspan: 1))
                    case .growth: second.append(HeadCell(text: p.text(.growth), note: nil, colspan: 1, rowspan: 1))
                    case .points: second.append(HeadCell(text: p.text(.bulletinAnnexPoints), note: nil, colspan: 1, rowspan: 1))
                    case .completion:
                        second.append(HeadCell(text: p.text(.completion),
                                               note: schedule.map { PageText.format(.bulletinAnnexSchedule, l, [$0.fixed(BulletinCells.percentDecimals)]) },
                                               colspan: 1, rowspan: 1))
                    case .againstTarget: second.append(HeadCell(text: p.text(.leagueGapToTarget), note: nil, colspan: 1, rowspan: 1))
                    }
                }
            }
            var lines: [Line] = []
            for entry in order {
                guard let org = entry.org, entry.kind != .group else {
                    lines.append(Line(kind: entry.kind, org: nil, name: entry.name, cells: []))
                    continue
                }
                var cells: [Cell] = []
                for group in chunk {
                    guard let indicator = workspace.indicator(group.code), let row = byKey[Key(org: org, indicator: group.code)] else {
                        cells += group.columns.map { _ in Cell(text: Self.missing, mark: nil, markTitle: nil) }
                        continue
                    }
                    let c = BulletinCells(row, indicator: indicator, language: l)
                    for column in group.columns {
                        switch column {
                        case .value:
                            var marks: [(mark: String, title: String)] = []
                            if let note = BulletinReport.mismatchNote(row, indicator: indicator, workspace: workspace, language: l) {
                                let mark = BulletinReport.footnoteMark(footnotes.count + 1)
                                footnotes.append(Footnote(mark: mark, text: note))
                                marks.append((mark, note))
                            }
                            if row.partial && row.ytd != nil { marks.append(("†", p.text(.partialNote))) }
                            cells.append(Self.cell(c.ytd, marks))
                        case .growth:
                            let marks: [(mark: String, title: String)] = row.growthMismatch ? [("※", p.text(.growthMismatchNote))] : []
                            cells.append(Self.cell(c.growth, marks))
                        case .points: cells.append(Self.cell(c.growth, []))
                        case .completion: cells.append(Self.cell(c.completion, []))
                        case .againstTarget: cells.append(Self.cell(c.gap, []))
                        }
                    }
                }
                lines.append(Line(kind: entry.kind, org: org, name: entry.name, cells: cells))
            }
            tables.append(AnnexTable(caption: index == 0 ? caption : PageText.format(.bulletinAnnexContinued, l, [caption]),
                                     head: [top, second], groups: chunk, lines: lines))
        }
        annex = tables
        self.footnotes = footnotes
        let shown = Set(groups.map(\.code))
        hasPartial = rows.contains { $0.partial && $0.ytd != nil && shown.contains($0.indicator) }
        hasGrowthMismatch = rows.contains { $0.growthMismatch && $0.growth != nil }
    }

    private struct Key: Hashable {
        let org: String
        let indicator: String
    }

    /// A figure as the 附表 shows it, with its marks.
    private static func cell(_ text: String, _ marks: [(mark: String, title: String)]) -> Cell {
        Cell(text: text,
             mark: marks.isEmpty ? nil : marks.map { $0.mark }.joined(),
             markTitle: marks.isEmpty ? nil : marks.map { $0.title }.joined(separator: " "))
    }

    /// An item's number: （一） in Chinese, 1. in English.
    static func number(_ n: Int, _ l: Language) -> String {
        l == .zh ? BulletinReport.chineseNumber(n) : String(n)
    }
}
