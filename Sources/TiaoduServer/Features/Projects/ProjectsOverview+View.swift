// /projects: where the projects stand as of the month — the headline rates, the areas'
// investment completion as a chart against each area's 序时, per area and per
// chain (counts by stage, 开工率/竣工率/投产率, investment against plan and 序时, share of the
// city, rank in the peer group), the lists that need attention, the year's concentrated starts,
// and the register.
import TiaoduCore
import TiaoduStore

enum ProjectsOverviewView {
    static func percent(_ value: Figure?) -> String { value.map { $0.fixed(1) } ?? BulletinCells.missing }

    static func render(_ model: ProjectsOverviewModel, _ p: PageContext) -> Node {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        var nodes: [Node] = [
            .h1(t(.figuresTitle), " ", .span(.text(Catalogue.periodHeading(model.period, l))).class("unit")),
            Fragments.pickers(action: "/projects", language: l, selects: [Fragments.periodSelect(p)]),
        ]
        let csv = Link.to("/api/v1/project-figures", [("period", model.period.description), ("format", "csv"), ("lang", l.rawValue)])
        // the workbook: these figures and the register as filtered below
        let filters = p.location.query.filter { ["owner", "stage", "chain", "q"].contains($0.0) }
        let xlsx = Link.to("/projects.xlsx", [("period", model.period.description)] + filters + [("lang", l.rawValue)])
        // the month's progress template: of the owner the register is filtered by, else of the reader's own unit
        let templateOwner = filters.first { $0.0 == "owner" && !$0.1.isEmpty }?.1 ?? p.principal?.org
        let template = model.ownerUnits.first { $0.code == templateOwner }.map { ProgressTemplate.link(owner: $0.code, p) } ?? .empty
        nodes.append(.p(
            model.canRegister ? .a(t(.newProject)).href("/projects/new") : .empty,
            template,
            .a(.text(p.text(.navContest))).href("/contest"),
            .a(.text(p.text(.downloadXLSX))).href(xlsx).flag("download"),
            .a(.text(p.text(.downloadCSV))).href(csv).flag("download")
        ).class("actions"))
        if let city = model.city {
            let investment = Node.li(t(.investmentCompletion), " ", .strong(.text(percent(city.investmentCompletion))),
                                     " · \(p.text(.schedule)) \(percent(city.schedule)) · ", gapCell(city.gap, tag: "span"))
            // A rate, and what it is of: 开工率 85.0（17/20）.
            func rate(_ label: PageLabel, _ value: Figure?, _ done: Int, _ planned: Int) -> Node {
                .li(t(label), " ", .strong(.text(percent(value))), .text(PageText.format(.inParens, l, "\(done)/\(planned)")))
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
        nodes.append(investmentChart(model, p))
        nodes.append(table(caption: p.text(.byCounty), rows: model.areas, ranks: model.ranks, p: p) { code in
            p.workspace.orgName(code, l)
        })
        if !model.chains.isEmpty {
            nodes.append(table(caption: p.text(.byChain), rows: model.chains, ranks: nil, p: p) { $0 })
        }
        nodes.append(lists(model, p))
        nodes.append(batches(model, p))
        return .group(nodes)
    }

    /// The areas' investment completion as bars, highest first, each with its own 序时 as a mark
    /// across it and coloured by how far behind it is; the numbers behind it in a table.
    static func investmentChart(_ model: ProjectsOverviewModel, _ p: PageContext) -> Node {
        guard !model.investmentBars.isEmpty else { return .empty }
        let l = p.language
        let scheduleWord = p.text(.scheduleLine)
        let bars = model.investmentBars.map {
            BarChart.Bar(label: $0.name, value: $0.completion.double, text: percent($0.completion) + "%", status: $0.status, marker: $0.schedule.double)
        }
        var statusNames: [Status: String] = [:]
        for status in Status.allCases { statusNames[status] = Catalogue.status(status, l) }
        let description = model.investmentBars.map {
            "\($0.name) \(percent($0.completion))%" + PageText.format(.inParens, l, "\(scheduleWord) \(percent($0.schedule))%")
        }.joined(separator: p.text(.listSeparator))
        let chart = BarChart(title: p.text(.chartInvestmentTitle), description: description, bars: bars, reference: nil,
                             markerName: scheduleWord, statusNames: statusNames, mark: ChartFigure.mark(p))
        let table = ChartFigure.table(
            heads: [p.text(.org), p.text(.investmentCompletion), p.text(.schedule), p.text(.gapShort), p.text(.status)],
            rows: model.investmentBars.map { bar in
                [bar.name, percent(bar.completion), percent(bar.schedule), signedGap(bar.gap), Catalogue.status(bar.status, l)]
            })
        let caption = "\(p.text(.chartInvestmentTitle)) · \(Catalogue.periodHeading(model.period, l))"
        return ChartFigure.render(chart.svg(id: "investment"), caption: caption, table: table, p)
    }

    /// A gap in points to one decimal, ahead with its「+」: 「+1.2」, 「-0.4」, and 「0.0」 without a
    /// sign for a gap that shows as zero — level with 序时, as the sentence says (ProjectNarrative).
    static func signedGap(_ gap: Figure) -> String { BulletinCells.signedPoints(gap) }

    /// The gap to schedule in points, in a cell (`tag` "td") or inline ("span"); behind (by as much
    /// as shows) is flagged.
    static func gapCell(_ gap: Figure?, tag: StaticString = "td") -> Node {
        guard let gap else { return Node.element(tag, [.text(BulletinCells.missing)]).class("num") }
        let text = signedGap(gap)
        return Node.element(tag, [.text(text)]).class(text.hasPrefix("-") ? "num flag" : "num")
    }

    /// Rows by area (`ranks` given: the city first, ranks in peer groups) or by chain.
    static func table(caption: String, rows: [PortfolioFigures], ranks: [String: Int]?, p: PageContext, name: (String) -> String) -> Node {
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        func num(_ text: String) -> Node { .td(.text(text)).class("num") }
        let first = ranks == nil ? p.text(.industryChain) : p.text(.org)
        var head: [Node] = [.th(.text(first)).scope("col"), .th(t(.projectsCount)).scope("col")]
        head += ProjectStage.allCases.map { Node.th(.text(Catalogue.stage($0, p.language))).scope("col") }
        head += [PageLabel.startRate, .completionRate, .productionRate, .planSum, .invested, .investmentCompletion].map { Node.th(t($0)).scope("col") }
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
            if let ranks { cells.append(num(isCity ? "" : ranks[f.key].map { String($0) } ?? BulletinCells.missing)) }
            body.append(.tr(cells).class(isCity ? "parent" : nil))
        }
        return .div(.table(.caption(.text(caption)), .thead(.tr(head)), .tbody(body))).class("scroll")
    }

    static func projectLink(_ project: Project) -> Node { namedProjectLink(code: project.code, name: project.name) }

    static func namedProjectLink(code: String, name: String) -> Node {
        .a(.text(name)).href("/projects/\(Link.segment(code))")
    }

    /// Nodes with the language's list separator between them: 「、」, ", ".
    static func listed(_ nodes: [Node], _ l: Language) -> [Node] {
        var out: [Node] = []
        for (index, node) in nodes.enumerated() {
            if index > 0 { out.append(.text(PageText.text(.listSeparator, l))) }
            out.append(node)
        }
        return out
    }

    static func lists(_ model: ProjectsOverviewModel, _ p: PageContext) -> Node {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let none = Node.p(t(.noneListed)).class("muted")
        var nodes: [Node] = [.h2(t(.behindList))]
        let behind = model.behind
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
                        .th(projectLink(s.project)).scope("row"), .td(.text(p.workspace.orgName(s.project.owner, l))).class("wrap"),
                        .td(.text(s.project.annualPlan.fixed(2))).class("num"), .td(.text(s.invested.fixed(2))).class("num"),
                        .td(.text(percent(s.completion))).class("num"), gapCell(s.gap)
                    )
                }
                return .div(.table(head, .tbody(rows)).class("compact")).class("scroll")
            }
            nodes.append(behindTable(behind.prefix(15)))
            if behind.count > 15 {
                nodes.append(.details(.summary(.text(PageText.format(.moreProjects, l, String(behind.count - 15)))), behindTable(behind.dropFirst(15))))
            }
        }
        nodes.append(.h2(t(.notStartedList)))
        let late = model.notStarted
        if late.isEmpty { nodes.append(none) } else {
            let plannedStartShort = p.text(.plannedStartShort)
            nodes.append(.ul(late.map { x in
                let start = x.plannedStart.map { Catalogue.periodName($0, l) } ?? BulletinCells.missing
                return Node.li(projectLink(x), .text(" · \(p.workspace.orgName(x.owner, l)) · \(plannedStartShort)" + p.text(.colon) + "\(start) · \(Catalogue.stage(x.stage, l))"))
            }))
        }
        nodes.append(.h2(t(.unreportedList)))
        if model.unreported.isEmpty { nodes.append(none) } else {
            // Grouped by area: who has to report.
            nodes.append(.ul(model.unreported.map { group -> Node in
                let lead: [Node] = [.strong(.text(p.name(group.unit))), .text(PageText.format(.inParens, l, String(group.projects.count)) + p.text(.colon))]
                return Node.li(lead + listed(group.projects.map { projectLink($0) }, l))
            }))
        }
        nodes.append(.h2(t(.openBlockers)))
        let open = model.openBlockers
        nodes.append(open.isEmpty ? none : BlockerTable.render(open, p, projects: model.projects, today: model.asOf, resolveForm: false))
        return .group(nodes)
    }

    static func batches(_ model: ProjectsOverviewModel, _ p: PageContext) -> Node {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let year = model.year
        var nodes: [Node] = [.h2(t(.batchesTitle), " ", .span("\(year)").class("unit")).id("batches")]
        let batches = model.batches
        if batches.isEmpty { nodes.append(.p(t(.noBatches)).class("muted")) } else {
            let head = Node.tr(
                .th(t(.batchDay)).scope("col"), .th(t(.batchName)).scope("col"), .th(t(.batchOrg)).scope("col"),
                .th(t(.batchProjects)).scope("col"), .th(t(.batchTotal)).scope("col")
            )
            let rows: [Node] = batches.map { batch in
                let b = batch.start
                let names: [Node] = batch.members.map { member in
                    member.linked ? namedProjectLink(code: member.code, name: member.name) : .text(member.name)
                }
                let count: Node = .text(String(b.codes.count) + p.text(.colon))
                return Node.tr(
                    .td("\(b.day)"), .th(.text(b.name)).scope("row"), .td(.text(p.workspace.orgName(b.org, l))),
                    .td([count] + listed(names, l)).style("white-space:normal"),
                    .td(.text(batch.total.fixed(2))).class("num")
                )
            }
            nodes.append(.div(.table(.thead(head), .tbody(rows)).class("compact")).class("scroll"))
        }
        if let csrf = p.csrf, !model.ownerUnits.isEmpty {
            let units = model.ownerUnits
            let options: [Node] = model.batchCandidates.map { Node.option(.text($0.name)).value($0.code) }
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
