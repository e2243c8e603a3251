// The index of units (/units): the org tree as the reader may read it for the period — the city,
// its counties and 功能区, their towns — each a way to its scorecard. Grids and micro-grids (2,000
// of them) are no list's business: a unit says only how many lie below it.
import TiaoduCore

struct UnitIndexModel {
    struct Item {
        let code, name: String
        /// grids and micro-grids below the unit (not below another unit of the list)
        let grids: Int
        let children: [Item]
    }

    let period: Period
    /// the top of what the reader may read: the city, or the units of their scope
    let items: [Item]

    init(_ p: PageContext) {
        let tree = p.workspace.tree
        period = p.period
        // Grids hang below towns through communities, none of which report figures.
        func grids(below code: String) -> Int {
            var count = 0
            for child in tree.children(of: code) where !child.kind.reportsFigures {
                if child.kind == .grid || child.kind == .microgrid { count += 1 }
                count += grids(below: child.code)
            }
            return count
        }
        // A unit the reader may not read is left out and the readable units below it move up, so
        // a county's reporter sees their county at the top of the list.
        func visit(_ unit: OrgUnit) -> [Item] {
            guard unit.kind.reportsFigures else { return [] }
            let below = tree.children(of: unit.code).flatMap(visit)
            guard p.access.canRead(unit.code, p.period) else { return below }
            return [Item(code: unit.code, name: p.name(unit), grids: grids(below: unit.code), children: below)]
        }
        items = tree.root.map(visit) ?? []
    }
}
