// Renders the dashboard: the tally of statuses, the projects' headline (signed in), then one card
// per indicator.
import TiaoduCore

enum DashboardView {
    static func render(_ model: DashboardModel, _ p: PageContext, projects: Node = .empty) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = "\(model.scopeName) \(Catalogue.periodHeading(model.period, l)) \(p.text(.dashboardTitle))"
        let tally: [Node] = model.tally.filter { $0.count > 0 }.map { item -> Node in
            let mark = item.status.map { "s-\($0.rawValue)" } ?? "muted"
            return .li(.span(.text(p.text(item.label))).class(mark), " ", .strong("\(item.count)"))
        }
        let cards: [Node] = model.cards.map { indicatorCard(model, $0, p) }
        let body = Node.group([
            .h1(.text(title)),
            Fragments.draftMark(p),
            Fragments.pickers(action: "/", language: l, selects: [Fragments.periodSelect(p), Fragments.scopeSelect(p, selected: model.scope.code)]),
            .h2(t(.headline)),
            .ul(tally).class("tally"),
            // The projects' headline and the year's concentrated starts, before the indicator cards.
            projects.isEmpty ? .empty : .section(projects).class("card projects-card"),
            model.cards.isEmpty ? .p(t(.noData)) : .empty,
            .div(cards).class("cards"),
        ])
        return Layout.page(title: title, at: p.location, current: .dashboard, body: body)
    }

    private static func indicatorCard(_ model: DashboardModel, _ card: DashboardModel.Card, _ p: PageContext) -> Node {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let c = card.cells
        // Indicators published as growth only lead with their growth.
        let lead = c.ytd == "-" && c.growth != "-" ? (c.growthCell, p.text(.growth)) : (c.ytdText, card.unit)
        // Only the figures this indicator has: a growth target has no completion or 序时.
        var figures: [(PageLabel, String)] = [(.growth, c.growthCell)]
        if card.hasTarget { figures.append((.target, c.target)) }
        if c.completion != "-" { figures += [(.completion, c.completion), (.schedule, c.schedule)] }
        if c.gap != "-" { figures.append((.gap, c.gap)) }
        let terms: [Node] = figures.flatMap { figure -> [Node] in [.dt(t(figure.0)), .dd(.text(figure.1))] }
        var parts: [Node] = [
            .h3(Fragments.indicatorLink(card.code, org: model.scope.code, period: model.period, text: card.name)).id("h-\(card.code)"),
            .div(.span(.text(lead.0)).class("big"), .span(.text(lead.1)).class("unit"), " ", Fragments.status(card.status, l)),
        ]
        if let dataPeriod = card.dataPeriod {
            parts.append(.div("\(p.text(.dataPeriod)) \(Catalogue.periodHeading(dataPeriod, l))").class("muted"))
        }
        parts.append(.dl(terms))
        for league in card.leagues {
            let caption = (league.group ?? p.text(.defaultGroup)) + " · " + p.text(league.basis)
            let rows: [Node] = league.entries.map { entry -> Node in
                .tr(
                    .td(.text(entry.rank)).class("num"),
                    .th(Fragments.unitLink(entry.code, name: entry.name, period: model.period)).scope("row"),
                    .td(.text(entry.figure)).class("num")
                )
            }
            parts.append(.table(.caption(.text(caption)).class("muted"), .tbody(rows)))
        }
        if !card.leagues.isEmpty {
            parts.append(.p(Fragments.leagueLink(indicator: card.code, parent: model.scope.code, period: model.period, text: p.text(.navLeague) + " →")))
        }
        return .section(parts).class("card").id("ind-\(card.code)").attr("aria-labelledby", "h-\(card.code)")
    }
}
