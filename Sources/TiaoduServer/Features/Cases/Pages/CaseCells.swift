// The case pages' small pieces, said the same way on every page: a unit's name (an org unit by
// its name, a department by its own), a colour as a coloured mark with its word (never colour
// alone), the working days left as a sentence (「还剩1个工作日」「今天到期」「已超期3个工作日」),
// a case's type by name, and the link to a case.
import TiaoduCore
import TiaoduStore

enum CaseCells {
    static func unitName(_ unit: CaseUnit, _ p: PageContext) -> String {
        switch unit {
        case .org(let code): return p.workspace.orgName(code, p.language)
        case .department(let name): return name
        }
    }

    /// Several units in a list (「—」 for none).
    static func unitNames(_ units: [CaseUnit], _ p: PageContext) -> String {
        units.isEmpty ? BulletinCells.missing : units.map { unitName($0, p) }.joined(separator: p.text(.listSeparator))
    }

    /// ■ 红色（超期） / ▲ 黄色（滞后） / ● 蓝色（临期）: shape, colour and word.
    static func colour(_ colour: CaseColour?, _ language: Language) -> Node {
        guard let colour else { return .span(.text(BulletinCells.missing)).class("muted") }
        return .span(.text(Catalogue.colourName(colour, language))).class("c-\(colour.rawValue)")
    }

    /// The working days left to `due` on `today`, as a sentence; nil without a deadline.
    static func daysLeft(_ days: Int?, due: Day?, today: Day, _ language: Language) -> String? {
        guard let days, let due else { return nil }
        if due == today { return PageText.text(.caseDueToday, language) }
        if due > today {
            return days == 1 ? PageText.text(.caseDayLeft, language) : PageText.format(.caseDaysLeft, language, String(max(days, 0)))
        }
        let late = max(-days, 0)
        return late == 1 ? PageText.text(.caseDayOverdue, language) : PageText.format(.caseDaysOverdue, language, String(late))
    }

    /// The type's name in the reader's language (its code if the type is gone).
    static func typeName(_ kind: CaseKind, _ code: String, types: [CaseType], _ language: Language) -> String {
        types.first { $0.kind == kind && $0.code == code }?.name(language) ?? code
    }

    static func path(_ code: String) -> String { "/cases/" + Link.segment(code) }

    static func link(_ code: String, text: String? = nil) -> Node {
        .a(.text(text ?? code)).href(path(code))
    }

    /// The units a case may be handed to: the org units of `org`'s subtree where cases are worked
    /// (grids report, they are not handed work), then the departments, each as its stored form.
    static func unitOptions(under org: String, departments: [String], _ p: PageContext, keeping kept: [CaseUnit] = []) -> [(value: String, text: String)] {
        let tree = p.workspace.tree
        var options: [(value: String, text: String)] = []
        var stack = [org]
        // depth first, so each unit comes right after the one above it
        while let code = stack.popLast() {
            guard let unit = tree[code] else { continue }
            let isGrid = unit.kind == .grid || unit.kind == .microgrid
            if !isGrid || code == org { options.append((value: CaseUnit.org(code).description, text: p.name(unit))) }
            if !isGrid { stack += tree.children(of: code).reversed().map(\.code) }
        }
        for name in departments { options.append((value: CaseUnit.department(name).description, text: name)) }
        for unit in kept where !options.contains(where: { $0.value == unit.description }) {
            options.append((value: unit.description, text: unitName(unit, p)))
        }
        return options
    }

    /// The org units a reader works in for filters and the raise form: their own unit and the
    /// units below it (the whole tree for who reads everything), grids left out below their own.
    static func orgOptions(_ p: PageContext) -> [(value: String, text: String)] {
        guard let principal = p.principal else { return [] }
        let tree = p.workspace.tree
        let everything = principal.isAdmin || principal.roles.contains(.analyst)
        guard let top = everything ? tree.root?.code : principal.org, tree.contains(top) else { return [] }
        var options: [(value: String, text: String)] = []
        var stack = [top]
        while let code = stack.popLast() {
            guard let unit = tree[code] else { continue }
            let isGrid = unit.kind == .grid || unit.kind == .microgrid
            if !isGrid || code == principal.org { options.append((value: code, text: p.name(unit))) }
            // a grid's own micro-grids are left out too: cases are raised from the grid itself
            if !isGrid { stack += tree.children(of: code).reversed().map(\.code) }
        }
        return options
    }
}
