// Renders the dashboard: the tally of statuses, the projects' headline (signed in), then one card
// per indicator.
import TiaoduCore

enum DashboardView {
    static func render(_ model: DashboardModel, _ p: PageRequest, projects: String = "") -> String {
        let l = p.language
        func t(_ label: Label) -> String { HTML.escape(p.text(label)) }
        let title = "\(model.scopeName) \(Catalogue.periodHeading(model.period, l)) \(p.text(.dashboardTitle))"
        var html = "<h1>\(HTML.escape(title))</h1>"
        html += Fragments.pickers(action: "/", language: l, selects: [Fragments.periodSelect(p), Fragments.scopeSelect(p, selected: model.scope.code)])
        html += "<h2>\(t(.headline))</h2><ul class=\"tally\">"
        for item in model.tally where item.count > 0 {
            let mark = item.status.map { "s-\($0.rawValue)" } ?? "muted"
            html += "<li><span class=\"\(mark)\">\(HTML.escape(p.text(item.label)))</span> <strong>\(item.count)</strong></li>"
        }
        html += "</ul>"
        // The projects' headline and the year's concentrated starts, before the indicator cards.
        if !projects.isEmpty { html += "<section class=\"card projects-card\">\(projects)</section>" }
        if model.cards.isEmpty { html += "<p>\(t(.noData))</p>" }
        html += "<div class=\"cards\">"
        for card in model.cards {
            let c = card.cells
            html += "<section class=\"card\" id=\"ind-\(HTML.escape(card.code))\" aria-labelledby=\"h-\(HTML.escape(card.code))\">"
            html += "<h3 id=\"h-\(HTML.escape(card.code))\">" + Fragments.indicatorLink(card.code, org: model.scope.code, period: model.period, text: card.name) + "</h3>"
            // Indicators published as growth only lead with their growth.
            let lead = c.ytd == "-" && c.growth != "-" ? (c.growth, p.text(.growth)) : (c.ytd, card.unit)
            html += "<div><span class=\"big\">\(HTML.escape(lead.0))</span><span class=\"unit\">\(HTML.escape(lead.1))</span> \(Fragments.status(card.status, l))</div>"
            if let dataPeriod = card.dataPeriod {
                html += "<div class=\"muted\">\(t(.dataPeriod)) \(HTML.escape(Catalogue.periodHeading(dataPeriod, l)))</div>"
            }
            // Only the figures this indicator has: a growth target has no completion or 序时.
            var figures: [(Label, String)] = [(.growth, c.growth)]
            if card.hasTarget { figures.append((.target, c.target)) }
            if c.completion != "-" { figures += [(.completion, c.completion), (.schedule, c.schedule)] }
            if c.gap != "-" { figures.append((.gap, c.gap)) }
            html += "<dl>" + figures.map { "<dt>\(t($0.0))</dt><dd>\(HTML.escape($0.1))</dd>" }.joined() + "</dl>"
            for league in card.leagues {
                let caption = (league.group ?? p.text(.defaultGroup)) + " · " + p.text(league.basis)
                html += "<table><caption class=\"muted\">\(HTML.escape(caption))</caption><tbody>"
                for entry in league.entries {
                    html += "<tr><td class=\"num\">\(HTML.escape(entry.rank))</td><th scope=\"row\">"
                        + Fragments.unitLink(entry.code, name: entry.name, period: model.period)
                        + "</th><td class=\"num\">\(HTML.escape(entry.figure))</td></tr>"
                }
                html += "</tbody></table>"
            }
            if !card.leagues.isEmpty {
                html += "<p>" + Fragments.leagueLink(indicator: card.code, parent: model.scope.code, period: model.period, text: p.text(.navLeague) + " →") + "</p>"
            }
            html += "</section>"
        }
        html += "</div>"
        return Layout.page(title: title, at: p.location, current: .dashboard, body: html)
    }
}
