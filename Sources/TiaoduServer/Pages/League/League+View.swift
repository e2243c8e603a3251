// Renders the league table: sortable by column links (no JavaScript), the parent row on top.
import TiaoduCore

enum LeagueView {
    static func render(_ model: LeagueModel, _ p: PageRequest) -> String {
        let l = p.language
        func t(_ label: Label) -> String { HTML.escape(p.text(label)) }
        let title = "\(model.indicatorName) \(p.text(.leagueTitle)) · \(model.scopeName) \(Catalogue.periodHeading(model.period, l))"
        var html = "<h1>\(HTML.escape(title))</h1>"
        let indicatorOptions = p.workspace.indicators.map { ($0.code, p.workspace.indicatorName($0.code, l)) }
        html += Fragments.pickers(action: "/league", language: l, selects: [
            Fragments.select(name: "indicator", label: p.text(.indicator), options: indicatorOptions, selected: model.indicator.code),
            Fragments.periodSelect(p), Fragments.scopeSelect(p, selected: model.scope.code),
        ])
        html += "<p class=\"muted\">\(HTML.escape(model.indicator.unit))"
        if let dataPeriod = model.dataPeriod { html += " · \(t(.dataPeriod)) \(HTML.escape(Catalogue.periodHeading(dataPeriod, l)))" }
        html += " · " + Fragments.indicatorLink(model.indicator.code, org: model.scope.code, period: model.period, text: p.text(.navIndicator)) + "</p>"
        func header(_ sort: LeagueSort?, _ label: Label) -> String {
            guard let sort else { return "<th scope=\"col\">\(t(label))</th>" }
            let link = "<a href=\"\(p.location.with([("sort", sort.rawValue)]))\">\(t(label))</a>"
            return sort == model.sort ? "<th scope=\"col\" aria-sort=\"descending\">\(link) ▼</th>" : "<th scope=\"col\">\(link)</th>"
        }
        let heads = header(nil, .org) + header(.total, .ytd) + header(.growth, .growth) + header(nil, .target) + header(.completion, .completion)
            + header(nil, .schedule) + header(.gap, .gap) + header(nil, .rankTotal) + header(nil, .rankGrowth) + header(nil, .rankCompletion) + header(nil, .status)
        func cells(_ row: LeagueModel.Row, ranked: Bool) -> String {
            let c = row.cells, r = row.row
            var html = "<td class=\"num\">\(HTML.escape(c.ytd))</td><td class=\"num\">\(HTML.escape(c.growth))</td><td class=\"num\">\(HTML.escape(c.target))</td>"
            html += "<td class=\"num\">\(HTML.escape(c.completion))</td><td class=\"num\">\(HTML.escape(c.schedule))</td><td class=\"num\">\(HTML.escape(c.gap))</td>"
            if ranked {
                html += "<td class=\"num\">\(Fragments.rank(r.rank.total, before: r.previousRank.total, l))</td>"
                html += "<td class=\"num\">\(Fragments.rank(r.rank.growth, before: r.previousRank.growth, l))</td>"
                html += "<td class=\"num\">\(Fragments.rank(r.rank.completion, before: r.previousRank.completion, l))</td>"
            } else {
                html += "<td colspan=\"3\" class=\"muted\">\(t(.unranked))</td>"
            }
            return html + "<td>\(Fragments.status(r.status, l))</td>"
        }
        if model.groups.isEmpty && model.parentRow == nil { html += "<p>\(t(.noData))</p>" }
        for (index, group) in model.groups.enumerated() {
            let caption = model.groups.count > 1 || group.name != nil ? (group.name ?? p.text(.defaultGroup)) : model.indicatorName
            html += "<div class=\"scroll\"><table><caption>\(HTML.escape(caption))</caption><thead><tr>\(heads)</tr></thead><tbody>"
            if index == 0, let parent = model.parentRow {
                html += "<tr class=\"parent\"><th scope=\"row\">\(Fragments.unitLink(parent.code, name: parent.name, period: model.period))</th>\(cells(parent, ranked: false))</tr>"
            }
            for row in group.rows {
                html += "<tr><th scope=\"row\">\(Fragments.unitLink(row.code, name: row.name, period: model.period))</th>\(cells(row, ranked: true))</tr>"
            }
            html += "</tbody></table></div>"
        }
        return Layout.page(title: title, at: p.location, current: nil, body: html)
    }
}
