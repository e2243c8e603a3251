// Renders the dashboard: the tally of statuses, each number a link to its section; then red
// indicators as cards with their units' gaps charted, amber ones as cards whose chart opens on
// demand, green and untargeted ones as a compact list of names and figures, then the downloads of
// that table (Excel, CSV); the projects' headline (signed in) last. Compact enough that the title,
// the tally and the first row of red cards fill a laptop screen.
import TiaoduCore

enum DashboardView {
    static func render(_ model: DashboardModel, _ p: PageContext, projects: Node = .empty, cases: Node = .empty) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = "\(model.scopeName) \(Catalogue.periodHeading(model.period, l)) \(p.text(.dashboardTitle))"
        let tally: [Node] = model.tally.filter { $0.count > 0 }.map { item -> Node in
            let mark = item.status.map { "s-\($0.rawValue)" } ?? "muted"
            return .li(.a(.span(.text(p.text(item.label))).class(mark), " ", .strong("\(item.count)")).href("#\(item.anchor)"))
        }
        let sections: [Node] = model.sections.map { section($0, model, p) }
        let body = Node.group([
            .h1(.text(title)),
            Fragments.draftMark(p),
            Fragments.pickers(action: "/", language: l, selects: [Fragments.periodSelect(p), Fragments.scopeSelect(p, selected: model.scope.code)]),
            // the figures' tally, then the cases (三色督办) of the scope and what waits for the reader
            .div(.h2(t(.headline)), .ul(tally).class("tally"), cases).class("summary"),
            model.cards.isEmpty ? .p(t(.noData)) : .empty,
            .div(sections).class("dash"),
            // The indicators as a table to download, under them (the first row of cards stays on a laptop's first screen).
            model.cards.isEmpty ? .empty : downloads(model, p),
            // The projects' headline and the year's concentrated starts, after what is behind.
            projects.isEmpty ? .empty : .section(projects).class("card projects-card"),
        ])
        return Layout.page(title: title, at: p.location, current: .dashboard, body: body)
    }

    /// The indicators as an Excel workbook and a CSV file: the same scope and period (not on a
    /// phone, where the dashboard is read, not filed: the page stays under four screens).
    static func downloads(_ model: DashboardModel, _ p: PageContext) -> Node {
        let query = [("parent", model.scope.code), ("period", model.period.description), ("lang", p.language.rawValue)]
        return .p(.a(.text(p.text(.downloadXLSX))).href(Link.to("/dashboard.xlsx", query)).flag("download"),
                  .a(.text(p.text(.downloadCSV))).href(Link.to("/dashboard.csv", query)).flag("download")).class("actions downloads")
    }

    /// One status's indicators under a heading with their count: red and amber as cards, the rest as a list.
    private static func section(_ section: DashboardModel.Section, _ model: DashboardModel, _ p: PageContext) -> Node {
        guard !section.cards.isEmpty else { return .empty }
        let mark = section.status.map { "s-\($0.rawValue)" } ?? "muted"
        let heading = Node.h2(.span(.text(p.text(section.label))).class(mark), .span("\(section.cards.count)").class("count")).id("\(section.anchor)-h")
        let content: Node
        switch section.status {
        case .red?, .amber?:
            content = .div(section.cards.map { card($0, model, p, open: section.status == .red) }).class("cards")
        case .green?, nil:
            content = .ul(section.cards.map { item($0, model, p) }).class("figure-list dash-list")
        }
        return .section(heading, content).class("dash-sec").id(section.anchor).attr("aria-labelledby", "\(section.anchor)-h")
    }

    /// The figure an indicator leads with, and its unit: growth-only indicators lead with their growth.
    private static func lead(_ card: DashboardModel.Card, _ p: PageContext) -> (figure: String, unit: String) {
        let c = card.cells
        let missing = BulletinCells.missing
        return c.ytd == missing && c.growth != missing ? (c.growthCell, p.text(.growth)) : (c.ytdText, c.ytd == missing ? "" : card.unit)
    }

    /// A red or amber indicator: its figure and gap, its other figures, its units' gaps and who is
    /// last. Amber cards keep all but the figure and gap behind a summary (closed).
    private static func card(_ card: DashboardModel.Card, _ model: DashboardModel, _ p: PageContext, open: Bool) -> Node {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let c = card.cells
        let (figure, unit) = lead(card, p)
        let tone = card.status.map { "gap s-\($0.rawValue)" } ?? "gap"
        let mark = card.gapText.map { text in Node.span(.text(text)).class(tone) } ?? Fragments.status(card.status, l)
        // The league table beside the name, where it takes no line of its own.
        let league = card.hasUnits
            ? Fragments.leagueLink(indicator: card.code, parent: model.scope.code, period: model.period, text: p.text(.navLeague) + " →").class("league")
            : .empty
        var parts: [Node] = [
            .div(.h3(Fragments.indicatorLink(card.code, org: model.scope.code, period: model.period, text: card.name)).id("h-\(card.code)"), league).class("head"),
            .p(.span(.text(figure)).class("big"), .span(.text(unit)).class("unit"), " ", mark).class("lead"),
        ]
        if let dataPeriod = card.dataPeriod {
            parts.append(.p(.text(PageText.format(.dataPeriod, l, Catalogue.periodHeading(dataPeriod, l)))).class("muted"))
        }
        // Only the figures this indicator has: a growth target has no completion. (序时 is in the
        // gap's sentence and at the chart's zero line.)
        var figures: [(PageLabel, String)] = [(.growth, c.growthCell)]
        if card.hasTarget { figures.append((.target, c.targetText)) }
        if c.completion != BulletinCells.missing { figures.append((.completion, c.completion)) }
        var detail: [Node] = [.dl(figures.map { Node.div(.dt(t($0.0)), .dd(.text($0.1))) }).class("figs")]
        if !card.bars.isEmpty { detail.append(chart(card, p)) }
        if let sentence = card.lastInGroups { detail.append(.p(.text(sentence)).class("last")) }
        if open || card.bars.isEmpty {
            parts += detail
        } else {
            parts.append(.details([.summary(t(.dashByUnit))] + detail))
        }
        return .section(parts).class("card dash-card").id("ind-\(card.code)").attr("aria-labelledby", "h-\(card.code)")
    }

    /// The units' gaps, worst first, as a small chart; each value carries its status's mark.
    private static func chart(_ card: DashboardModel.Card, _ p: PageContext) -> Node {
        let caption = p.text(card.againstTarget ? .dashChartTarget : .dashChartSchedule)
        let description = card.bars.map { "\($0.name) \($0.text)" }.joined(separator: p.text(.dashSeparator))
        let bars = card.bars.map { bar in
            GapChart.Bar(label: bar.name, value: bar.gap.double, text: glyph(bar.status) + bar.text, tone: bar.status.map { "s-\($0.rawValue)" })
        }
        let drawn = GapChart(title: PageText.format(.dashChartTitle, p.language, [card.name, caption]), description: description, bars: bars,
                             zeroLabel: p.text(card.againstTarget ? .dashZeroTarget : .dashZeroSchedule))
        return .figure(drawn.svg(id: "gap-\(card.code)")).class("gap")
    }

    /// The status's shape, as the stylesheet draws it before status words (● ▲ ■).
    private static func glyph(_ status: Status?) -> String {
        switch status {
        case .green?: return "● "
        case .amber?: return "▲ "
        case .red?: return "■ "
        case nil: return ""
        }
    }

    /// A green or untargeted indicator in the compact list: its name and the figure it leads with.
    private static func item(_ card: DashboardModel.Card, _ model: DashboardModel, _ p: PageContext) -> Node {
        let (figure, unit) = lead(card, p)
        return .li(
            Fragments.indicatorLink(card.code, org: model.scope.code, period: model.period, text: card.name),
            .span(.text(figure)).class("num"),
            .span(.text(unit)).class("unit")
        ).id("ind-\(card.code)").title(card.gapText)
    }
}
