// Renders a unit's scorecard: its figures and ranks (with their downloads), what lags and the
// pace it needs, the bulletin sentences, and links down the tree.
import TiaoduCore

enum ScorecardView {
    static let childrenShown = 60

    static func render(_ model: ScorecardModel, _ p: PageContext, projects: Node = .empty) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = "\(model.unitName) \(Catalogue.periodHeading(model.period, l)) \(p.text(.scorecardTitle))"
        var body: [Node] = [.h1(.text(title)), Fragments.draftMark(p)]
        body.append(Fragments.pickers(action: "/units/\(Link.segment(model.unit.code))", language: l, selects: [Fragments.periodSelect(p)]))
        let unitQuery = [("parent", model.unit.code), ("period", model.period.description)]
        var links: [Node] = []
        // The parent's scorecard only where the reader may open it (a county before publication may not).
        if let parent = model.parent, let name = model.parentName, p.access.canRead(parent.code, model.period) {
            links.append(.group(["↑ ", Fragments.unitLink(parent.code, name: name, period: model.period)]))
        }
        links.append(.a(t(.navEntry)).href(Link.to("/entry", [("org", model.unit.code), ("period", model.period.description)])))
        if model.hasChildren {
            links.append(.a(t(.navDashboard)).href(Link.to("/", unitQuery)))
            links.append(.a(t(.navBulletin)).href(Link.to("/bulletin", unitQuery)))
        }
        // The table of figures and ranks below, as an Excel workbook and a CSV file.
        let table = "/units/\(Link.segment(model.unit.code))/table"
        let tableQuery = [("period", model.period.description), ("lang", l.rawValue)]
        links.append(.a(t(.downloadXLSX)).href(Link.to(table + ".xlsx", tableQuery)).flag("download"))
        links.append(.a(t(.downloadCSV)).href(Link.to(table + ".csv", tableQuery)).flag("download"))
        body.append(.p(joined(links, separator: " · ")))
        if model.lines.isEmpty { body.append(.p(t(.noRankedData))) }
        body.append(gapChart(model, p))

        body.append(.h2(t(.behindSchedule)))
        if model.behind.isEmpty {
            body.append(.p(t(.allOnSchedule)))
        } else {
            let behindHeads: [PageLabel] = [.indicator, .completion, .schedule, .gapEither, .paceMonthly, .paceGrowth]
            let behindRows: [Node] = model.behind.map { line in
                let c = line.cells
                // The gap in its row's status colour (amber or red), as the status column says it.
                let tone = line.row.status.map { "num s-\($0.rawValue)" } ?? "num"
                var cells: [Node] = [
                    .th(Fragments.indicatorLink(line.code, org: model.unit.code, period: model.period, text: line.name)).scope("row"),
                    .td(.text(c.completion)).class("num"),
                    .td(.text(c.schedule)).class("num"),
                    .td(.text(c.gap)).class(tone),
                ]
                // A growth or rate target has no 倒排: one dash across both columns, not one in each.
                if c.requiredPace == BulletinCells.missing && c.requiredGrowth == BulletinCells.missing {
                    cells.append(.td(.text(BulletinCells.missing)).class("num").colspan(2))
                } else {
                    cells.append(.td(.text(c.requiredPace), .span(.text(c.requiredPace == BulletinCells.missing ? "" : Catalogue.unitBeside(line.unit, l))).class("unit")).class("num"))
                    cells.append(.td(.text(c.requiredGrowth)).class("num"))
                }
                return .tr(cells)
            }
            body.append(.div(.table(.thead(.tr(behindHeads.map { Node.th(t($0)).scope("col") })), .tbody(behindRows))).class("scroll"))
            body.append(.p(t(.requiredPaceNote)).class("muted"))
        }

        let rankNote = model.ranked ? " · " + PageText.format(.ranksAmong, l, model.peerGroup.map { Catalogue.groupName($0, l) } ?? model.parentName ?? "") : ""
        if model.ranksWithheld { body.append(.p(.text(PageText.text(.ranksAfterPublication, l))).class("muted")) }
        let heads: [PageLabel] = [.indicator, .unit, .ytd, .growth, .target, .completion, .schedule, .gap] + (model.ranked ? [.rankTotal, .rankGrowth, .rankCompletion] : []) + [.status]
        let rows: [Node] = model.lines.map { line in
            let c = line.cells, r = line.row
            var cells: [Node] = [
                .th(Fragments.indicatorLink(line.code, org: model.unit.code, period: model.period, text: line.name)).scope("row"),
                .td(.text(Catalogue.unitName(line.unit, l))),
            ]
            cells += [c.ytdText, c.growthCell, c.targetText, c.completion, c.schedule, c.gap].map { Node.td(.text($0)).class("num") }
            if model.ranked {
                cells.append(.td(Fragments.rank(r.rank.total, before: r.previousRank.total, l)).class("num"))
                cells.append(.td(Fragments.rank(r.rank.growth, before: r.previousRank.growth, l)).class("num"))
                cells.append(.td(Fragments.rank(r.rank.completion, before: r.previousRank.completion, l)).class("num"))
            }
            cells.append(.td(Fragments.status(r.status, l)))
            return .tr(cells)
        }
        body.append(.div(.table(
            .caption(t(.indicator), .span(.text(rankNote)).class("unit")),
            .thead(.tr(heads.map { Node.th(t($0)).scope("col") })),
            .tbody(rows)
        )).class("scroll"))

        if !model.lines.isEmpty {
            body.append(.h2(t(.bulletinText)))
            body.append(.div(model.lines.map { Node.p(.text($0.sentence)) }).class("narrative"))
        }
        if model.hasChildren {
            var items: [Node] = model.children.prefix(childrenShown).map { child in
                Node.li(Fragments.unitLink(child.code, name: child.name, period: model.period))
            }
            if model.children.count > childrenShown { items.append(.li("… \(model.children.count)").class("muted")) }
            body.append(.h2(t(.childrenUnits)))
            body.append(.ul(items).class("figure-list"))
        }
        body.append(projects)
        return Layout.page(title: title, at: p.location, current: .units, body: .group(body))
    }

    /// Every indicator's gap as a bar either side of zero, furthest ahead first, coloured by status;
    /// the numbers behind it in a table. Nothing when no indicator has a gap.
    static func gapChart(_ model: ScorecardModel, _ p: PageContext) -> Node {
        guard !model.gaps.isEmpty else { return .empty }
        let l = p.language
        func text(_ gap: Figure) -> String { BulletinCells.signedPoints(gap) }
        func against(_ type: TargetType?) -> String {
            switch type {
            case .growth: return p.text(.chartTargetGrowth)
            case .rate: return p.text(.chartTarget)
            default: return p.text(.scheduleLine)
            }
        }
        let title = "\(model.unitName) \(p.text(.chartGapTitle))"
        let bars = model.gaps.map { BarChart.Bar(label: $0.name, value: $0.gap.double, text: text($0.gap), status: $0.status) }
        var statusNames: [Status: String] = [:]
        for status in Status.allCases { statusNames[status] = Catalogue.status(status, l) }
        let chart = BarChart(title: title, description: model.gaps.map { "\($0.name) \(text($0.gap))" }.joined(separator: p.text(.listSeparator)),
                             bars: bars, reference: nil, zeroLine: true, reaches: nil, tickSuffix: "", axisTitle: p.text(.chartPoints),
                             statusNames: statusNames, mark: ChartFigure.mark(p))
        let table = ChartFigure.table(
            heads: [p.text(.indicator), p.text(.chartGapPoints), p.text(.chartAgainst), p.text(.status)],
            rows: model.gaps.map { [$0.name, text($0.gap), against($0.against), Catalogue.status($0.status, l)] })
        let caption = "\(model.unitName) \(Catalogue.periodHeading(model.period, l))"
        return .group([.h2(.text(p.text(.chartGapTitle))), ChartFigure.render(chart.svg(id: "gaps"), caption: caption, table: table, p)])
    }

    /// The nodes with the separator between each two.
    private static func joined(_ nodes: [Node], separator: Node) -> [Node] {
        var out: [Node] = []
        for node in nodes {
            if !out.isEmpty { out.append(separator) }
            out.append(node)
        }
        return out
    }
}
