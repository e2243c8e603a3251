// Renders the league table: sortable by column links (no JavaScript), the parent row on top.
import TiaoduCore

enum LeagueView {
    static func render(_ model: LeagueModel, _ p: PageContext) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = "\(model.indicatorName) \(p.text(.leagueTitle)) · \(model.scopeName) \(Catalogue.periodHeading(model.period, l))"
        let indicatorOptions = p.workspace.indicators.map { ($0.code, p.workspace.indicatorName($0.code, l)) }
        let pickers = Fragments.pickers(action: "/league", language: l, selects: [
            Fragments.select(name: "indicator", label: p.text(.indicator), options: indicatorOptions, selected: model.indicator.code),
            Fragments.periodSelect(p), Fragments.scopeSelect(p, selected: model.scope.code),
        ])
        let about = Node.p(
            .text(model.indicator.unit),
            model.dataPeriod.map { period -> Node in " · \(p.text(.dataPeriod)) \(Catalogue.periodHeading(period, l))" } ?? .empty,
            " · ",
            Fragments.indicatorLink(model.indicator.code, org: model.scope.code, period: model.period, text: p.text(.navIndicator))
        ).class("muted")
        func header(_ sort: LeagueSort?, _ label: PageLabel) -> Node {
            guard let sort else { return .th(t(label)).scope("col") }
            let link = Node.a(t(label)).href(p.location.with([("sort", sort.rawValue)]))
            return sort == model.sort ? .th(link, " ▼").scope("col").attr("aria-sort", "descending") : .th(link).scope("col")
        }
        let heads: [Node] = [
            header(nil, .org), header(.total, .ytd), header(.growth, .growth), header(nil, .target), header(.completion, .completion),
            header(nil, .schedule), header(.gap, .gap), header(nil, .rankTotal), header(nil, .rankGrowth), header(nil, .rankCompletion),
            header(nil, .status),
        ]
        func tableRow(_ line: LeagueModel.Row, ranked: Bool, parent: Bool) -> Node {
            let c = line.cells, r = line.row
            var cells: [Node] = [.th(Fragments.unitLink(line.code, name: line.name, period: model.period)).scope("row")]
            cells += [c.ytd, c.growth, c.target, c.completion, c.schedule, c.gap].map { Node.td(.text($0)).class("num") }
            if ranked {
                cells.append(.td(Fragments.rank(r.rank.total, before: r.previousRank.total, l)).class("num"))
                cells.append(.td(Fragments.rank(r.rank.growth, before: r.previousRank.growth, l)).class("num"))
                cells.append(.td(Fragments.rank(r.rank.completion, before: r.previousRank.completion, l)).class("num"))
            } else {
                cells.append(.td(t(.unranked)).colspan(3).class("muted"))
            }
            cells.append(.td(Fragments.status(r.status, l)))
            return .tr(cells).class(parent ? "parent" : nil)
        }
        var tables: [Node] = []
        for (index, group) in model.groups.enumerated() {
            let caption = model.groups.count > 1 || group.name != nil ? (group.name ?? p.text(.defaultGroup)) : model.indicatorName
            var rows: [Node] = []
            if index == 0, let parent = model.parentRow { rows.append(tableRow(parent, ranked: false, parent: true)) }
            rows += group.rows.map { tableRow($0, ranked: true, parent: false) }
            tables.append(.div(.table(.caption(.text(caption)), .thead(.tr(heads)), .tbody(rows))).class("scroll"))
        }
        let body = Node.group([
            .h1(.text(title)),
            Fragments.draftMark(p),
            pickers,
            about,
            model.groups.isEmpty && model.parentRow == nil ? .p(t(.noData)) : .empty,
            .group(tables),
        ])
        return Layout.page(title: title, at: p.location, current: nil, body: body)
    }
}
