// Renders a unit's scorecard: its figures and ranks, what lags and the pace it needs, the
// bulletin sentences, and links down the tree.
import TiaoduCore

enum ScorecardView {
    static let childrenShown = 60

    static func render(_ model: ScorecardModel, _ p: PageRequest, projects: String = "") -> String {
        let l = p.language
        func t(_ label: Label) -> String { HTML.escape(p.text(label)) }
        let title = "\(model.unitName) \(Catalogue.periodHeading(model.period, l)) \(p.text(.scorecardTitle))"
        var html = "<h1>\(HTML.escape(title))</h1>"
        html += Fragments.pickers(action: "/units/\(HTML.percentEncoded(model.unit.code))", language: l, selects: [Fragments.periodSelect(p)])
        var links: [String] = []
        if let parent = model.parent, let name = model.parentName { links.append("↑ " + Fragments.unitLink(parent.code, name: name, period: model.period)) }
        links.append("<a href=\"/entry\(HTML.query([("org", model.unit.code), ("period", model.period.description)]))\">\(t(.navEntry))</a>")
        if model.hasChildren {
            links.append("<a href=\"/\(HTML.query([("parent", model.unit.code), ("period", model.period.description)]))\">\(t(.navDashboard))</a>")
            links.append("<a href=\"/bulletin\(HTML.query([("parent", model.unit.code), ("period", model.period.description)]))\">\(t(.navBulletin))</a>")
        }
        html += "<p>" + links.joined(separator: " · ") + "</p>"
        if model.lines.isEmpty { html += "<p>\(t(.noRankedData))</p>" }

        html += "<h2>\(t(.behindSchedule))</h2>"
        if model.behind.isEmpty {
            html += "<p>\(t(.allOnSchedule))</p>"
        } else {
            html += "<div class=\"scroll\"><table><thead><tr><th scope=\"col\">\(t(.indicator))</th><th scope=\"col\">\(t(.completion))</th><th scope=\"col\">\(t(.schedule))</th>"
            html += "<th scope=\"col\">\(t(.gap))</th><th scope=\"col\">\(t(.paceMonthly))</th><th scope=\"col\">\(t(.paceGrowth))</th></tr></thead><tbody>"
            for line in model.behind {
                let c = line.cells
                html += "<tr><th scope=\"row\">\(Fragments.indicatorLink(line.code, org: model.unit.code, period: model.period, text: line.name))</th>"
                html += "<td class=\"num\">\(HTML.escape(c.completion))</td><td class=\"num\">\(HTML.escape(c.schedule))</td><td class=\"num s-red\">\(HTML.escape(c.gap))</td>"
                html += "<td class=\"num\">\(HTML.escape(c.requiredPace))<span class=\"unit\">\(c.requiredPace == "-" ? "" : HTML.escape(line.unit))</span></td>"
                html += "<td class=\"num\">\(HTML.escape(c.requiredGrowth))</td></tr>"
            }
            html += "</tbody></table></div><p class=\"muted\">\(t(.requiredPaceNote))</p>"
        }

        let rankNote = model.ranked ? " · " + Catalogue.format(.ranksAmong, l, model.peerGroup ?? model.parentName ?? "") : ""
        if model.ranksWithheld { html += "<p class=\"muted\">\(HTML.escape(Catalogue.text(.ranksAfterPublication, l)))</p>" }
        html += "<div class=\"scroll\"><table><caption>\(t(.indicator))<span class=\"unit\">\(HTML.escape(rankNote))</span></caption><thead><tr>"
        let heads: [Label] = [.indicator, .unit, .ytd, .growth, .target, .completion, .schedule, .gap] + (model.ranked ? [.rankTotal, .rankGrowth, .rankCompletion] : []) + [.status]
        html += heads.map { "<th scope=\"col\">\(t($0))</th>" }.joined() + "</tr></thead><tbody>"
        for line in model.lines {
            let c = line.cells, r = line.row
            html += "<tr><th scope=\"row\">\(Fragments.indicatorLink(line.code, org: model.unit.code, period: model.period, text: line.name))</th><td>\(HTML.escape(line.unit))</td>"
            html += [c.ytd, c.growth, c.target, c.completion, c.schedule, c.gap].map { "<td class=\"num\">\(HTML.escape($0))</td>" }.joined()
            if model.ranked {
                html += "<td class=\"num\">\(Fragments.rank(r.rank.total, before: r.previousRank.total, l))</td>"
                html += "<td class=\"num\">\(Fragments.rank(r.rank.growth, before: r.previousRank.growth, l))</td>"
                html += "<td class=\"num\">\(Fragments.rank(r.rank.completion, before: r.previousRank.completion, l))</td>"
            }
            html += "<td>\(Fragments.status(r.status, l))</td></tr>"
        }
        html += "</tbody></table></div>"

        if !model.lines.isEmpty {
            html += "<h2>\(t(.bulletinText))</h2><div class=\"narrative\">" + model.lines.map { "<p>\(HTML.escape($0.sentence))</p>" }.joined() + "</div>"
        }
        if model.hasChildren {
            html += "<h2>\(t(.childrenUnits))</h2><ul class=\"figure-list\">"
            for child in model.children.prefix(childrenShown) { html += "<li>\(Fragments.unitLink(child.code, name: child.name, period: model.period))</li>" }
            if model.children.count > childrenShown { html += "<li class=\"muted\">… \(model.children.count)</li>" }
            html += "</ul>"
        }
        html += projects
        return Layout.page(title: title, at: p.location, current: nil, body: html)
    }
}
