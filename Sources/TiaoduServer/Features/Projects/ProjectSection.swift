// The projects as a section of other pages, for signed-in readers: the bulletin (the scope's
// sentence and a table of its units), the unit scorecard (the unit's sentence, its projects behind
// schedule and open blockers) and the dashboard (headline rates and the year's concentrated starts).
import TiaoduCore

enum ProjectSection {
    static func sentence(_ f: PortfolioFigures, _ overview: ProjectOverview, _ p: PageContext) -> String {
        let unit = p.workspace.tree[f.key]
        let group = unit?.peerGroup
        return ProjectNarrative.sentence(f, name: p.workspace.orgName(f.key, p.language), period: p.period,
                                         rank: group == nil ? nil : overview.portfolio.ranks[f.key], group: group, p.language)
    }

    /// The bulletin's section: the scope's sentence, its children's sentences, and the table.
    static func bulletin(_ overview: ProjectOverview, scope: String, _ p: PageContext) -> Node {
        guard let principal = p.principal, let figures = overview.portfolio.unit(scope), p.access.policy.canRead(principal, org: scope) else { return .empty }
        let children = overview.portfolio.units.filter { p.workspace.tree[$0.key]?.parent == scope && p.access.policy.canRead(principal, org: $0.key) }
        let sentences: [Node] = ([figures] + children).map { Node.p(.text(sentence($0, overview, p))) }
        return .group([
            .section([.h2(.text(p.text(.sectionProjects)))] + sentences).class("narrative"),
            ProjectsOverviewView.table(caption: p.text(.figuresTitle), rows: [figures] + children, ranks: overview.portfolio.ranks, p: p) { p.workspace.orgName($0, p.language) },
        ])
    }

    /// The scorecard's section for one unit.
    static func scorecard(_ overview: ProjectOverview, unit: String, _ p: PageContext) -> Node {
        guard let principal = p.principal, let figures = overview.portfolio.unit(unit), p.access.policy.canRead(principal, org: unit) else { return .empty }
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        var nodes: [Node] = [.h2(t(.sectionProjects)), .p(.text(sentence(figures, overview, p)))]
        let mine = { (code: String) in overview.all[code].map { p.workspace.tree.ancestry(of: $0.owner).contains(unit) } ?? false }
        let behind = overview.portfolio.behindSchedule.filter { mine($0.project.code) && overview.readable[$0.project.code] != nil }
        if !behind.isEmpty {
            var items: [Node] = [t(.behindList), t(.colon)]
            for (index, s) in behind.prefix(8).enumerated() {
                if index > 0 { items.append(t(.listSeparator)) }
                items.append(ProjectsOverviewView.projectLink(s.project))
                items.append(.text(PageText.format(.inParens, p.language, s.completion.map { $0.fixed(1) + "%" } ?? BulletinCells.missing)))
            }
            if behind.count > 8 { items.append(" …") }
            nodes.append(.p(items))
        }
        let day = ProjectsOverviewModel.asOfDay(p)
        let open = overview.blockers.filter { $0.isOpen(on: day) && mine($0.code) }
        if !open.isEmpty {
            nodes.append(.h3(t(.openBlockers)))
            nodes.append(BlockerTable.render(open, p, projects: overview.all, today: day, resolveForm: false))
        }
        nodes.append(.p(.a(.text(p.text(.figuresTitle))).href(Link.to("/projects", [("period", p.period.description)]))))
        return .group(nodes)
    }

    /// The dashboard's card for its scope: the scope's sentence and its concentrated starts this year.
    static func dashboard(_ overview: ProjectOverview, scope: String, _ p: PageContext) -> Node {
        guard let principal = p.principal else { return .empty }
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        var nodes: [Node] = [.h2(.a(t(.sectionProjects)).href(Link.to("/projects", [("period", p.period.description)])))]
        if let figures = overview.portfolio.unit(scope), p.access.policy.canRead(principal, org: scope) {
            nodes.append(.p(.text(sentence(figures, overview, p))))
        }
        let batches = overview.starts.filter { b in
            b.day.year == p.period.year && b.day <= Day.end(of: p.period) && p.workspace.tree.ancestry(of: b.org).contains(scope)
        }
        nodes.append(.h3(t(.batchesTitle)))
        if batches.isEmpty {
            nodes.append(.p(t(.noBatches)).class("muted"))
            return .group(nodes)
        }
        // 「21个项目 · 793.73亿元」, "21 projects · 79.373 billion yuan"
        func projects(_ n: Int) -> String { n == 1 ? p.text(.oneProject) : PageText.format(.projectsN, p.language, String(n)) }
        nodes.append(.ul(batches.map { b -> Node in
            let total = Catalogue.amount((overview.startTotals[b.id] ?? 0).rounded(decimals: 2), decimals: 2, unit: "亿元", p.language)
            return Node.li(.text("\(b.day) · \(b.name) · \(projects(b.codes.count)) · \(total)"))
        }))
        let total = batches.map { overview.startTotals[$0.id] ?? 0 }.reduce(Figure(0), +)
        let count = batches.map(\.codes.count).reduce(0, +)
        // 「总投资（亿元）：793.73 · 21个项目」: the header's unit, then the figure in it.
        nodes.append(.p(.text(p.text(.batchTotal) + p.text(.colon) + total.fixed(2) + " · " + projects(count))).class("muted"))
        return .group(nodes)
    }
}
