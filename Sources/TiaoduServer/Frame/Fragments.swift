// Small pieces of pages that several pages show the same way: pickers, status marks, rank
// movement and links to the other pages.
import TiaoduCore

enum Fragments {
    /// A GET form of selects (period, scope, unit…) that works without JavaScript.
    static func pickers(action: String, language: Language, selects: [Node], hidden: [(String, String)] = []) -> Node {
        .form(selects
              + (hidden + [("lang", language.rawValue)]).map { Node.hidden($0.0, $0.1) }
              + [.button(.text(PageText.text(.show, language))).type("submit")])
            .class("pickers").method("get").action(action)
    }

    static func select(name: String, label: String, options: [(value: String, text: String)], selected: String?) -> Node {
        .label(.text(label), .select(options.map { option in
            .option(.text(option.text)).value(option.value).flag("selected", option.value == selected)
        }).name(name))
    }

    static func periodSelect(_ p: PageContext) -> Node {
        select(name: "period", label: p.text(.period), options: p.months.map { ($0.description, Catalogue.periodHeading($0, p.language)) },
               selected: p.period.description)
    }

    /// The scopes the reader may show, as the tree: the city and the units right below it (the
    /// counties, the 功能区) first, then the units below each of them in a group named after it,
    /// deeper levels indented with full-width spaces — never the order units were imported in.
    static func scopeSelect(_ p: PageContext, selected: String, name: String = "parent", label: PageLabel = .parent) -> Node {
        let tree = p.workspace.tree
        let scopes = p.scopes
        let wanted = Set(scopes.map { $0.code })
        // Depth first from the root; `branch` is the unit right below the root a unit lies under.
        // Scopes have units below them, so no leaf (the 2,000 micro-grids) needs a visit.
        var ordered: [(unit: OrgUnit, depth: Int, branch: String)] = []
        func visit(_ unit: OrgUnit, depth: Int, branch: String) {
            if wanted.contains(unit.code) { ordered.append((unit, depth, branch)) }
            for child in tree.children(of: unit.code) where tree.hasChildren(child.code) {
                visit(child, depth: depth + 1, branch: depth == 0 ? child.code : branch)
            }
        }
        if let root = tree.root { visit(root, depth: 0, branch: root.code) }
        let placed = Set(ordered.map { $0.unit.code })
        ordered += scopes.filter { !placed.contains($0.code) }.map { (unit: $0, depth: 1, branch: $0.code) }
        func entry(_ unit: OrgUnit, indent: Int) -> Node {
            .option(.text(String(repeating: "\u{3000}", count: max(0, indent)) + p.name(unit))).value(unit.code).flag("selected", unit.code == selected)
        }
        let top = ordered.map { $0.depth }.min() ?? 0
        var options: [Node] = ordered.filter { $0.depth <= 1 }.map { entry($0.unit, indent: $0.depth - top) }
        let branches = ordered.filter { $0.depth > 1 }.map { $0.branch }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for branch in branches {
            let below = ordered.filter { $0.depth > 1 && $0.branch == branch }
            options.append(Node.optgroup(below.map { entry($0.unit, indent: $0.depth - 2) }).attr("label", p.workspace.orgName(branch, p.language)))
        }
        return .label(.text(p.text(label)), .select(options).name(name))
    }

    /// The mark of preliminary figures under a page's title (nothing for an accepted period). The
    /// printed bulletin carries a watermark besides (`draftWatermark`).
    static func draftMark(_ p: PageContext) -> Node {
        p.isDraft ? .p(.strong(.text(p.text(.draftMark))), " ", .text(p.text(.draftNotice))).class("draft").role("note") : .empty
    }

    /// 「征求意见稿」 across the printed and the screen bulletin of a period not yet accepted.
    static func draftWatermark(_ p: PageContext) -> Node {
        p.isDraft ? .div(.text(p.text(.draftWatermark))).class("watermark").attr("aria-hidden", "true") : .empty
    }

    /// ● 正常 / ▲ 预警 / ■ 滞后 — colour and shape.
    static func status(_ status: Status?, _ language: Language) -> Node {
        guard let status else { return .span(.text(BulletinCells.missing)).class("muted") }
        return .span(.text(Catalogue.status(status, language))).class("s-\(status.rawValue)")
    }

    /// A rank with its movement since the previous period: 2 ↑3, 5 ↓1 (a smaller rank is better);
    /// 「—」 for no rank.
    static func rank(_ now: Int?, before: Int?, _ language: Language) -> Node {
        guard let now else { return .text(BulletinCells.missing) }
        guard let before, before != now else { return "\(now)" }
        let change = before - now
        let word = PageText.text(change > 0 ? .up : .down, language)
        return .group(["\(now) ", .span("\(change > 0 ? "↑" : "↓")\(abs(change))").class("mv-\(change > 0 ? "up" : "down")").title("\(word) \(abs(change))")])
    }

    static func unitLink(_ code: String, name: String, period: Period) -> Node {
        .a(.text(name)).href(Link.to("/units/\(Link.segment(code))", [("period", period.description)]))
    }

    static func leagueLink(indicator: String, parent: String, period: Period, text: String) -> Node {
        .a(.text(text)).href(Link.to("/league", [("indicator", indicator), ("parent", parent), ("period", period.description)]))
    }

    static func indicatorLink(_ code: String, org: String, period: Period, text: String) -> Node {
        .a(.text(text)).href(Link.to("/indicators/\(Link.segment(code))", [("org", org), ("period", period.description)]))
    }
}
