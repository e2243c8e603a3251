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
            .text(PageText.format(.unitOf, l, Catalogue.unitName(model.indicator.unit, l))),
            model.dataPeriod.map { period -> Node in .text(" · " + PageText.format(.dataPeriod, l, Catalogue.periodHeading(period, l))) } ?? .empty,
            " · ",
            Fragments.indicatorLink(model.indicator.code, org: model.scope.code, period: model.period, text: p.text(.navIndicator))
        ).class("muted")
        // Best first: for a lower-is-better indicator that is the smallest figure (the gap excepted).
        let ascending = model.indicator.direction == .down && model.sort != .gap
        func header(_ sort: LeagueSort?, _ label: PageLabel, cellClass name: String? = nil) -> Node {
            guard let sort else { return Node.th(t(label)).scope("col").class(name) }
            let link = Node.a(t(label)).href(p.location.with([("sort", sort.rawValue)]))
            return sort == model.sort ? Node.th(link, " ▼").scope("col").attr("aria-sort", ascending ? "ascending" : "descending").class(name)
                : Node.th(link).scope("col").class(name)
        }
        // 完成率 and 序时 only where the indicator has them (amount and count targets); a growth or
        // rate target's gap is against the target, not 序时.
        var heads: [Node] = [header(nil, .org), header(.total, .ytd), header(.growth, .growth), header(nil, .target)]
        if model.showsCompletion { heads.append(header(.completion, .completion)) }
        if model.showsSchedule { heads.append(header(nil, .schedule)) }
        heads += [header(.gap, model.gapAgainstTarget ? .leagueGapToTarget : .gap), header(nil, .rankTotal), header(nil, .rankGrowth)]
        if model.showsCompletion { heads.append(header(nil, .rankCompletion)) }
        heads.append(header(nil, .status, cellClass: "st"))
        func tableRow(_ line: LeagueModel.Row, ranked: Bool, parent: Bool) -> Node {
            let c = line.cells, r = line.row
            // The status again inside the unit's cell: shown on a phone (Stylesheet), where the
            // status column is hidden so that the sticky unit column alone stays in view.
            let inlineStatus = Node.span(Fragments.status(r.status, l)).class("st-inline")
            var cells: [Node] = [.th(Fragments.unitLink(line.code, name: line.name, period: model.period), inlineStatus).scope("row")]
            var figures = [c.ytdText, c.growthCell, c.targetText]
            if model.showsCompletion { figures.append(c.completion) }
            if model.showsSchedule { figures.append(c.schedule) }
            figures.append(c.gap)
            cells += figures.map { Node.td(.text($0)).class("num") }
            if ranked {
                cells.append(.td(Fragments.rank(r.rank.total, before: r.previousRank.total, l)).class("num"))
                cells.append(.td(Fragments.rank(r.rank.growth, before: r.previousRank.growth, l)).class("num"))
                if model.showsCompletion {
                    cells.append(.td(Fragments.rank(r.rank.completion, before: r.previousRank.completion, l)).class("num"))
                }
            } else {
                cells.append(.td(t(.unranked)).colspan(model.showsCompletion ? 3 : 2).class("muted"))
            }
            cells.append(.td(Fragments.status(r.status, l)).class("st"))
            return .tr(cells).class(parent ? "parent" : nil)
        }
        var tables: [Node] = []
        for (index, group) in model.groups.enumerated() {
            let caption = model.groups.count > 1 || group.name != nil ? (group.name.map { Catalogue.groupName($0, l) } ?? p.text(.defaultGroup)) : model.indicatorName
            var rows: [Node] = []
            if index == 0, let parent = model.parentRow { rows.append(tableRow(parent, ranked: false, parent: true)) }
            rows += group.rows.map { tableRow($0, ranked: true, parent: false) }
            tables.append(.div(.table(.caption(.text(caption)), .thead(.tr(heads)), .tbody(rows)).class("league")).class("scroll"))
        }
        let body = Node.group([
            .h1(.text(title)),
            Fragments.draftMark(p),
            pickers,
            about,
            downloads(model, p),
            model.groups.isEmpty && model.parentRow == nil ? .p(t(.noData)) : .empty,
            .group(tables),
            model.hasPartial ? Node.p(t(.partialNote)).class("muted") : .empty,
        ])
        return Layout.page(title: title, at: p.location, current: .league, body: body)
    }

    /// The table as an Excel workbook: the same indicator, scope, period and order.
    static func downloads(_ model: LeagueModel, _ p: PageContext) -> Node {
        let query = [("indicator", model.indicator.code), ("parent", model.scope.code), ("period", model.period.description),
                     ("sort", model.sort.rawValue), ("lang", p.language.rawValue)]
        return .p(.a(.text(p.text(.downloadXLSX))).href(Link.to("/league.xlsx", query)).flag("download"),
                  .a(.text(p.text(.downloadCSV))).href(Link.to("/league.csv", query)).flag("download")).class("actions")
    }
}
