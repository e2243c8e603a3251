// Renders 案件台账: the filters as a GET form, the count with the CSV and Excel downloads (same
// filters), the cases as a table whose column heads sort it (again: the other way), each colour as
// a mark with its word, the pages; 「提出」 for who may raise a case. On a phone each case is a block.
import TiaoduCore
import TiaoduStore

enum CaseLedgerView {
    static func render(_ model: CaseLedgerModel, _ p: PageContext) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = p.text(.caseLedgerTitle)
        var body: [Node] = [.h1(.text(title))]
        if model.canRaise {
            body.append(.p(.a(t(.caseRaiseButton)).class("button").href(Link.to("/cases/new", [("lang", l.rawValue)]))))
        }
        body.append(filters(model, p))
        let csv = model.link(path: "/cases.csv", lang: l)
        let xlsx = model.link(path: "/cases.xlsx", lang: l)
        body.append(.p(.text(PageText.format(.caseTotal, l, String(model.total))), " ", .a(t(.downloadCSV)).href(csv).attr("download", ""),
                       " ", .a(t(.downloadXLSX)).href(xlsx).attr("download", "")))
        if model.rows.isEmpty {
            body.append(.p(t(.caseNoCases)).class("muted"))
        } else {
            body.append(table(model, p))
            body.append(pager(model, p))
        }
        return Layout.page(title: title, at: p.location, current: .cases, body: .group(body))
    }

    static func filters(_ model: CaseLedgerModel, _ p: PageContext) -> Node {
        let l = p.language, q = model.query
        let all = (value: "", text: p.text(.caseAll))
        let kinds = [all] + CaseKind.allCases.map { (value: $0.rawValue, text: Catalogue.kindName($0, l)) }
        // The types grouped by kind: a code may be used by several kinds (其他).
        var chosen = false
        let typeGroups: [Node] = CaseKind.allCases.compactMap { kind -> Node? in
            let own = model.types.filter { $0.kind == kind }
            guard !own.isEmpty, q.kind == nil || q.kind == kind else { return nil }
            return Node.optgroup(own.map { type -> Node in
                let selected = !chosen && q.type == type.code
                if selected { chosen = true }
                return Node.option(.text(type.name(l))).value(type.code).flag("selected", selected)
            }).attr("label", Catalogue.kindName(kind, l))
        }
        let typeSelect = Node.label(t(p, .caseType), .select([Node.option(.text(all.text)).value("")] + typeGroups).name("type"))
        let states = [all] + CaseState.allCases.map { (value: $0.rawValue, text: Catalogue.stateName($0, q.kind ?? ($0 == .verified ? .grid : .request), l)) }
        let colours = [all] + CaseColour.allCases.map { (value: $0.rawValue, text: Catalogue.colourName($0, l)) }
        let open = [all, (value: "1", text: p.text(.caseOpenOnly)), (value: "0", text: p.text(.caseClosedOnly))]
        let units = [all] + model.units
        let orgs = [all] + model.orgs
        var hidden: [(String, String)] = []
        if q.sort != .due { hidden.append(("sort", q.sort.rawValue)) }
        if q.descending { hidden.append(("order", "desc")) }
        return Fragments.pickers(action: "/cases", language: l, selects: [
            Fragments.select(name: "kind", label: p.text(.caseKind), options: kinds, selected: q.kind?.rawValue ?? ""),
            typeSelect,
            Fragments.select(name: "state", label: p.text(.caseState), options: states, selected: q.state?.rawValue ?? ""),
            Fragments.select(name: "colour", label: p.text(.caseColour), options: colours, selected: q.colour?.rawValue ?? ""),
            Fragments.select(name: "unit", label: p.text(.caseUnit), options: units, selected: q.unit?.description ?? ""),
            Fragments.select(name: "org", label: p.text(.caseOrg), options: orgs, selected: q.org ?? ""),
            Fragments.select(name: "open", label: p.text(.caseOpenFilter), options: open, selected: q.open.map { $0 ? "1" : "0" } ?? ""),
            .label(t(p, .caseRaisedFrom), Node.input().type("date").name("from").value(q.from?.description ?? "")),
            .label(t(p, .caseRaisedTo), Node.input().type("date").name("to").value(q.to?.description ?? "")),
        ], hidden: hidden)
    }

    static func table(_ model: CaseLedgerModel, _ p: PageContext) -> Node {
        let l = p.language
        func head(_ label: PageLabel, _ sort: CaseSort?) -> Node {
            guard let sort else { return Node.th(t(p, label)).scope("col") }
            let current = model.query.sort == sort
            let arrow = current ? (model.query.descending ? " ↓" : " ↑") : ""
            return Node.th(.a(.text(p.text(label) + arrow)).href(model.sortLink(sort, lang: l)))
                .scope("col").attr("aria-sort", current ? (model.query.descending ? "descending" : "ascending") : nil)
        }
        let heads: [Node] = [
            head(.caseCode, .code), head(.caseKindType, nil), head(.caseTitle, nil), head(.caseOrg, nil), head(.caseLead, .lead),
            head(.caseState, .state), head(.caseColour, nil), head(.caseDue, .due), head(.caseRaised, .raised),
        ]
        let rows: [Node] = model.rows.map { row -> Node in
            let urgent: Node = row.urgent ? .group([" ", .span(t(p, .caseUrgent)).class("flag")]) : .empty
            let org: Node = row.enterprise.map { Node.group([.text(row.org), .br(), .span(.text($0)).class("muted")]) } ?? .text(row.org)
            let late = (row.daysLeft ?? 0) < 0
            let left: Node = row.daysLeftText.map { Node.group([.br(), .span(.text($0)).class(late ? "flag" : "muted")]) } ?? .empty
            let due: Node = row.due.map { day in Node.group([.text(day.description), left]) } ?? .text(BulletinCells.missing)
            return Node.tr(
                .th(CaseCells.link(row.code), urgent).scope("row"),
                .td(.text("\(row.kind) · \(row.type)")).attr("data-label", p.text(.caseKindType)),
                .td(.text(row.title)).class("wrap").attr("data-label", p.text(.caseTitle)),
                .td(org).attr("data-label", p.text(.caseOrg)),
                .td(.text(row.lead)).attr("data-label", p.text(.caseLead)),
                .td(.text(row.state)).attr("data-label", p.text(.caseState)),
                .td(CaseCells.colour(row.colour, l)).attr("data-label", p.text(.caseColour)),
                .td(due).attr("data-label", p.text(.caseDue)),
                .td(.text(row.raised.description)).attr("data-label", p.text(.caseRaised))
            )
        }
        return .div(.table(.thead(.tr(heads)), .tbody(rows)).class("stack cases")).class("scroll")
    }

    static func pager(_ model: CaseLedgerModel, _ p: PageContext) -> Node {
        guard model.pages > 1 else { return .empty }
        let l = p.language
        var parts: [Node] = []
        if model.page > 1 { parts.append(.a(t(p, .casePrevious)).href(model.link(page: model.page - 1, lang: l)).attr("rel", "prev")) }
        parts.append(.span(.text(PageText.format(.casePageOf, l, [String(model.page), String(model.pages)]))))
        if model.page < model.pages { parts.append(.a(t(p, .caseNext)).href(model.link(page: model.page + 1, lang: l)).attr("rel", "next")) }
        return .nav(parts).class("pager").ariaLabel(p.text(.casePages))
    }

    static func t(_ p: PageContext, _ label: PageLabel) -> Node { .text(p.text(label)) }
}
