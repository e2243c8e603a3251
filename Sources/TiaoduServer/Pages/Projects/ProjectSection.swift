// The projects as a section of other pages, for signed-in readers: the bulletin (the scope's
// sentence and a table of its units), the unit scorecard (the unit's sentence, its projects behind
// schedule and open blockers) and the dashboard (headline rates and the year's concentrated starts).
import TiaoduCore

enum ProjectSection {
    static func sentence(_ f: PortfolioFigures, _ overview: ProjectOverview, _ p: PageRequest) -> String {
        let unit = p.workspace.tree[f.key]
        let group = unit?.peerGroup
        return ProjectNarrative.sentence(f, name: p.workspace.orgName(f.key, p.language), period: p.period,
                                         rank: group == nil ? nil : overview.portfolio.ranks[f.key], group: group, p.language)
    }

    /// The bulletin's section: the scope's sentence, its children's sentences, and the table.
    static func bulletin(_ overview: ProjectOverview, scope: String, _ p: PageRequest) -> String {
        guard let principal = p.request.principal, let figures = overview.portfolio.unit(scope), p.access.policy.canRead(principal, org: scope) else { return "" }
        let children = overview.portfolio.units.filter { p.workspace.tree[$0.key]?.parent == scope && p.access.policy.canRead(principal, org: $0.key) }
        var html = "<section class=\"narrative\"><h2>\(HTML.escape(p.text(.sectionProjects)))</h2><p>\(HTML.escape(sentence(figures, overview, p)))</p>"
        html += children.map { "<p>\(HTML.escape(sentence($0, overview, p)))</p>" }.joined() + "</section>"
        html += ProjectsOverviewView.table(caption: p.text(.figuresTitle), rows: [figures] + children, ranks: overview.portfolio.ranks, p: p) { p.workspace.orgName($0, p.language) }
        return html
    }

    /// The scorecard's section for one unit.
    static func scorecard(_ overview: ProjectOverview, unit: String, _ p: PageRequest) -> String {
        guard let principal = p.request.principal, let figures = overview.portfolio.unit(unit), p.access.policy.canRead(principal, org: unit) else { return "" }
        func t(_ label: ProjectLabel) -> String { HTML.escape(p.text(label)) }
        var html = "<h2>\(t(.sectionProjects))</h2><p>\(HTML.escape(sentence(figures, overview, p)))</p>"
        let mine = { (code: String) in overview.all[code].map { p.workspace.tree.ancestry(of: $0.owner).contains(unit) } ?? false }
        let behind = overview.portfolio.behindSchedule.filter { mine($0.project.code) && overview.readable[$0.project.code] != nil }
        if !behind.isEmpty {
            html += "<p>\(t(.behindList)): " + behind.prefix(8).map { s in
                ProjectsOverviewView.projectLink(s.project) + " (\(ProjectsOverviewView.percent(s.completion))%)"
            }.joined(separator: "、") + (behind.count > 8 ? " …" : "") + "</p>"
        }
        let day = ProjectsOverviewView.asOfDay(p)
        let open = overview.blockers.filter { $0.isOpen(on: day) && mine($0.code) }
        if !open.isEmpty { html += "<h3>\(t(.openBlockers))</h3>" + BlockerTable.render(open, p, projects: overview.all, today: day, resolveForm: false) }
        html += "<p><a href=\"/projects\(HTML.query([("period", p.period.description)]))\">\(HTML.escape(p.text(.figuresTitle)))</a></p>"
        return html
    }

    /// The dashboard's card for its scope: the scope's sentence and its concentrated starts this year.
    static func dashboard(_ overview: ProjectOverview, scope: String, _ p: PageRequest) -> String {
        guard let principal = p.request.principal else { return "" }
        func t(_ label: ProjectLabel) -> String { HTML.escape(p.text(label)) }
        var html = "<h2><a href=\"/projects\(HTML.query([("period", p.period.description)]))\">\(t(.sectionProjects))</a></h2>"
        if let figures = overview.portfolio.unit(scope), p.access.policy.canRead(principal, org: scope) {
            html += "<p>\(HTML.escape(sentence(figures, overview, p)))</p>"
        }
        let batches = overview.starts.filter { b in
            b.day.year == p.period.year && b.day <= Day.end(of: p.period) && p.workspace.tree.ancestry(of: b.org).contains(scope)
        }
        html += "<h3>\(t(.batchesTitle))</h3>"
        if batches.isEmpty { return html + "<p class=\"muted\">\(t(.noBatches))</p>" }
        html += "<ul>" + batches.map { b in
            "<li>\(b.day) · \(HTML.escape(b.name)) · \(b.codes.count) \(t(.batchProjects)) · \((overview.startTotals[b.id] ?? 0).fixed(2)) 亿元</li>"
        }.joined() + "</ul>"
        let total = batches.map { overview.startTotals[$0.id] ?? 0 }.reduce(Figure(0), +)
        html += "<p class=\"muted\">\(t(.batchTotal)): \(total.fixed(2)) · \(batches.map(\.codes.count).reduce(0, +)) \(t(.batchProjects))</p>"
        return html
    }
}
