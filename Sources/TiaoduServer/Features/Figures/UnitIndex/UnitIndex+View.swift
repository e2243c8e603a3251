// Renders the index of units: nested lists down the tree, each unit a link to its scorecard for
// the period shown (the period picker keeps it).
import TiaoduCore

enum UnitIndexView {
    static func render(_ model: UnitIndexModel, _ p: PageContext) -> String {
        let l = p.language
        let title = "\(p.text(.unitsTitle)) · \(Catalogue.periodHeading(model.period, l))"
        func list(_ items: [UnitIndexModel.Item]) -> Node {
            .ul(items.map { item -> Node in
                .li(Fragments.unitLink(item.code, name: item.name, period: model.period),
                    item.grids > 0 ? .span(.text(PageText.format(.gridCount, l, String(item.grids)))).class("muted") : .empty,
                    item.children.isEmpty ? .empty : list(item.children))
            })
        }
        let body = Node.group([
            .h1(.text(title)),
            Fragments.pickers(action: "/units", language: l, selects: [Fragments.periodSelect(p)]),
            // Nothing readable: the period is not published (nobody signed in) or outside the account's units.
            model.items.isEmpty ? .p(.text(p.text(p.principal == nil ? .notPublished : .outsideScope))) : list(model.items).class("tree"),
        ])
        return Layout.page(title: title, at: p.location, current: .units, body: body)
    }
}
