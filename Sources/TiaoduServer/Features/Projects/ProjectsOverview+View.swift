// /projects: where the projects stand as of the month — the headline rates, per area and per
// chain (counts by stage, 开工率/竣工率/投产率, investment against plan and 序时, share of the
// city, rank in the peer group), the lists that need attention, the year's concentrated starts,
// and the register.
import TiaoduCore
import TiaoduStore

enum ProjectsOverviewView {
    static func percent(_ value: Figure?) -> String { value.map { $0.fixed(1) } ?? "-" }

    static func render(_ overview: ProjectOverview, _ p: PageRequest, canRegister: Bool, batchUnits: [OrgUnit]) -> Node {
        let l = p.language
        let portfolio = overview.portfolio
        func t(_ label: ProjectLabel) -> Node { .text(p.text(label)) }
        let principal = p.request.principal!
        let policy = p.access.policy
        var nodes: [Node] = [
            .h1(t(.figuresTitle), " ", .span(.text(Catalogue.periodHeading(p.period, l))).class("unit")),
            Fragments.pickers(action: "/projects", language: l, selects: [Fragments.periodSelect(p)]),
        ]
        let csv = Link.to("/api/v1/project-figures", [("period", p.period.description), ("format", "csv"), ("lang", l.rawValue)])
        nodes.append(.p(
            canRegister ? .a(t(.newProject)).href("/projects/new") : .empty,
            .a(.text(p.text(.navContest))).href("/contest"),
            .a(.text(p.text(.downloadCSV))).href(csv).flag("download")
        ).class("actions"))
        let city = portfolio.city
        if policy.canRead(principal, org: city.key) {
            let investment = Node.li(t(.investmentCompletion), " ", .strong(.text(percent(city.investmentCompletion))),
                                     " · \(p.text(.schedule)) \(percent(city.schedule)) · ", gapCell(city.gap, tag: "span"))
            // A rate, and what it is of: 开工率 85.0 (17/20).
            func rate(_ label: ProjectLabel, _ value: Figure?, _ done: Int, _ planned: Int) -> Node {
                .li(t(label), " ", .strong(.text(percent(value))), " (\(done)/\(planned))")
            }
            let tally: [Node] = [
                .li(t(.projectsCount), " ", .strong("\(city.projects)")),
                rate(.startRate, city.startRate, city.started, city.plannedStarts),
                rate(.completionRate, city.completionRate, city.completed, city.plannedCompletions),
                rate(.productionRate, city.productionRate, city.inProduction, city.plannedProduction),
                investment,
            ]
            nodes.append(.ul(tally).class("tally"))
        }
        let units = portfolio.units.filter { policy.canRead(principal, org: $0.key) && p.workspace.tree[$0.key]?.parent == p.workspace.tree.root?.code }
        let showCity = policy.canRead(principal, org: city.key)
        nodes.append(table(caption: p.text(.byCounty), rows: (showCity ? [city] : []) + units, ranks: portfolio.ranks, p: p) { code in
            p.workspace.orgName(code, l)
        })
        let readableChains = showCity ? portfolio.chains : []
        if !readableChains.isEmpty {
            nodes.append(table(caption: p.text(.byChain), rows: readableChains, ranks: nil, p: p) { $0 })
        }
        nodes.append(lists(overview, p))
        nodes.append(batches(overview, p, units: batchUnits))
        return .group(nodes)
    }

    /// The gap to schedule in points, in a cell (`tag` "td") or inline ("span"); behind is flagged.
    static func gapCell(_ gap: Figure?, tag: StaticString = "td") -> Node {
        guard let gap else { return Node.element(tag, ["-"]).class("num") }
        let text = (gap > 0 ? "+" : "") + gap.fixed(1)
        return Node.element(tag, [.text(text)]).class(gap < 0 ? "num flag" : "num")
    }

    /// Rows by area (`ranks` given: the city first, ranks in peer groups) or by chain.
    static func table(caption: String, rows: [PortfolioFigures], ranks: [String: Int]?, p: PageRequest, name: (String) -> String) -> Node {
        func t(_ label: ProjectLabel) -> Node { .text(p.text(label)) }
        func num(_ text: String) -> Node { .td(.text(text)).class("num") }
        let first = ranks == nil ? p.text(.industryChain) : p.text(.org)
        var head: [Node] = [.th(.text(first)).scope("col"), .th(t(.projectsCount)).scope("col")]
        head += ProjectStage.allCases.map { Node.th(.text(Catalogue.stage($0, p.language))).scope("col") }
        head += [ProjectLabel.startRate, .completionRate, .productionRate, .planSum, .invested, .investmentCompletion].map { Node.th(t($0)).scope("col") }
        head += [.th(.text(p.text(.schedule))).scope("col"), .th(t(.gapShort)).scope("col"), .th(t(.shareOfCity)).scope("col")]
        if ranks != nil { head.append(.th(t(.rankInGroup)).scope("col")) }
        var body: [Node] = []
        for (index, f) in rows.enumerated() {
            let isCity = ranks != nil && index == 0 && f.key == p.workspace.tree.root?.code
            var cells: [Node] = [.th(.text(name(f.key))).scope("row"), num(String(f.projects))]
            cells += ProjectStage.allCases.map { num(String(f.byStage[$0] ?? 0)) }
            cells += [f.startRate, f.completionRate, f.productionRate].map { num(percent($0)) }
            cells += [num(f.annualPlan.fixed(2)), num(f.invested.fixed(2)), num(percent(f.investmentCompletion))]
            cells += [num(percent(f.schedule)), gapCell(f.gap), num(percent(f.share))]
            if let ranks { cells.append(num(isCity ? "" : ranks[f.key].map { String($0) } ?? "-")) }
            body.append(.tr(cells).class(isCity ? "parent" : nil))
        }
        return .div(.table(.caption(.text(caption)), .thead(.tr(head)), .tbody(body))).class("scroll")
    }

    /// The day a page looks from: today for the latest month, else the end of the month shown
    /// (a past month shows the blockers open then).
    static func asOfDay(_ p: PageRequest) -> Day {
        let today = p.reader.context.today
        return p.period >= p.latest ? today : min(today, Day.end(of: p.period))
    }

    static func projectLink(_ project: Project) -> Node {
        .a(.text(project.name)).href("/projects/\(Link.segment(project.code))")
    }

    /// Nodes with "、" between them.
    static func listed(_ nodes: [Node]) -> [Node] {
        var out: [Node] = []
        for (index, node) in nodes.enumerated() {
            if index > 0 { out.append("、") }
            out.append(node)
        }
        return out
    }

    static func lists(_ overview: ProjectOverview, _ p: PageRequest) -> Node {
        let l = p.language
        func t(_ label: ProjectLabel) -> Node { .text(p.text(label)) }
        let readable = overview.readable
        let none = Node.p(t(.noneListed)).class("muted")
        var nodes: [Node] = [.h2(t(.behindList))]
        let behind = overview.portfolio.behindSchedule.filter { readable[$0.project.code] != nil }
        if behind.isEmpty { nodes.append(none) } else {
            // The furthest behind first; the rest folded away.
            let head = Node.thead(.tr(
                .th(.text(p.text(.navProjects))).scope("col"), .th(.text(p.text(.projectOwner))).scope("col"),
                .th(.text(p.text(.annualPlan))).scope("col"), .th(t(.invested)).scope("col"), .th(t(.investmentCompletion)).scope("col"),
                .th(t(.gapShort)).scope("col")
            ))
            func behindTable(_ list: ArraySlice<ProjectStanding>) -> Node {
                let rows: [Node] = list.map { s in
                    Node.tr(
                        .th(projectLink(s.project)).scope("row"), .td(.text(p.workspace.orgName(s.project.owner, l))),
                        .td(.text(s.project.annualPlan.fixed(2))).class("num"), .td(.text(s.invested.fixed(2))).class("num"),
                        .td(.text(percent(s.completion))).class("num"), gapCell(s.gap)
                    )
                }
                return .div(.table(head, .tbody(rows)).class("compact")).class("scroll")
            }
            nodes.append(behindTable(behind.prefix(15)))
            if behind.count > 15 {
                nodes.append(.details(.summary(.text(Catalogue.format(.moreProjects, l, String(behind.count - 15)))), behindTable(behind.dropFirst(15))))
            }
        }
        nodes.append(.h2(t(.notStartedList)))
        let late = overview.portfolio.notStarted.filter { readable[$0.code] != nil }
        if late.isEmpty { nodes.append(none) } else {
            let plannedStartShort = p.text(.plannedStartShort)
            nodes.append(.ul(late.map { x in
                let start = x.plannedStart.map { Catalogue.periodName($0, l) } ?? "-"
                return Node.li(projectLink(x), " · \(p.workspace.orgName(x.owner, l)) · \(plannedStartShort) \(start) · \(Catalogue.stage(x.stage, l))")
            }))
        }
        nodes.append(.h2(t(.unreportedList)))
        let silent = overview.portfolio.unreported.filter { readable[$0.code] != nil }
        if silent.isEmpty { nodes.append(none) } else {
            // Grouped by area: who has to report.
            let byOwner = Dictionary(grouping: silent, by: \.owner)
            nodes.append(.ul(p.workspace.tree.units.compactMap { unit in
                byOwner[unit.code].map { list in
                    let lead: [Node] = [.strong(.text(p.name(unit))), " (\(list.count)): "]
                    return Node.li(lead + listed(list.map(projectLink)))
                }
            }))
        }
        nodes.append(.h2(t(.openBlockers)))
        let today = asOfDay(p)
        let open = overview.blockers.filter { $0.isOpen(on: today) }.sorted { ($0.raised, $0.id) < ($1.raised, $1.id) }
        nodes.append(open.isEmpty ? none : BlockerTable.render(open, p, projects: overview.all, today: today, resolveForm: false))
        return .group(nodes)
    }

    static func batches(_ overview: ProjectOverview, _ p: PageRequest, units: [OrgUnit]) -> Node {
        let l = p.language
        func t(_ label: ProjectLabel) -> Node { .text(p.text(label)) }
        let year = p.period.year
        var nodes: [Node] = [.h2(t(.batchesTitle), " ", .span("\(year)").class("unit")).id("batches")]
        let batches = overview.starts.filter { $0.day.year == year }
        if batches.isEmpty { nodes.append(.p(t(.noBatches)).class("muted")) } else {
            let head = Node.tr(
                .th(t(.batchDay)).scope("col"), .th(t(.batchName)).scope("col"), .th(t(.batchOrg)).scope("col"),
                .th(t(.batchProjects)).scope("col"), .th(t(.batchTotal)).scope("col")
            )
            let rows: [Node] = batches.map { b in
                let names: [Node] = b.codes.map { code in
                    overview.all[code].map { overview.readable[code] != nil ? projectLink($0) : .text($0.name) } ?? .text(code)
                }
                let count: Node = "\(b.codes.count): "
                return Node.tr(
                    .td("\(b.day)"), .th(.text(b.name)).scope("row"), .td(.text(p.workspace.orgName(b.org, l))),
                    .td([count] + listed(names)).style("white-space:normal"),
                    .td(.text((overview.startTotals[b.id] ?? 0).fixed(2))).class("num")
                )
            }
            nodes.append(.div(.table(.thead(head), .tbody(rows)).class("compact")).class("scroll"))
        }
        if let csrf = p.location.signedIn?.session?.csrf, !units.isEmpty {
            let candidates = overview.readable.values.map(\.project).filter { project in units.contains { p.workspace.tree.ancestry(of: project.owner).contains($0.code) } }
                .sorted { ($0.owner, $0.code) < ($1.owner, $1.code) }
            let options: [Node] = candidates.map { Node.option(.text($0.name)).value($0.code) }
            let form = Node.form(
                .hidden("_csrf", csrf),
                Fragments.select(name: "org", label: p.text(.batchOrg), options: units.map { ($0.code, p.name($0)) }, selected: nil),
                .label(t(.batchDay), Node.input().name("day").type("date").flag("required")),
                .label(t(.batchName), Node.input().name("name").flag("required").attr("maxlength", "100")),
                .label(t(.batchProjects), Node.select(options).name("codes").flag("multiple").attr("size", "6").flag("required")),
                .button(t(.addBatch)).type("submit")
            ).class("pickers").method("post").action("/projects/batches")
            nodes.append(.details(.summary(t(.addBatch)), form))
        }
        return .group(nodes)
    }
}
