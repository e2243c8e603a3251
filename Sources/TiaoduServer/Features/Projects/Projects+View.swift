// The project register: every project the user may read (by owner unit) with its record's
// main fields, under the figures on /projects.
import Foundation
import TiaoduCore
import TiaoduStore

enum ProjectsView {
    /// The register, filtered by `?q=` (the name or code), `&owner=` (the unit and those below it),
    /// `&stage=`, `&chain=`.
    static func register(_ all: [StoredProject], _ p: PageContext, filter: RegisterFilter, standings: [String: ProjectStanding] = [:]) -> Node {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let (owner, stage, chain) = (filter.owner, filter.stage, filter.chain)
        let projects = all.filter { filter.matches($0.project, in: p.workspace.tree) }
        let owners = Array(Set(all.map(\.project.owner)))
        let units = p.workspace.tree.units.filter { owners.contains($0.code) }
        let chains = Array(Set(all.compactMap { $0.project.chain ?? $0.project.industry })).sorted()
        let selects: [Node] = [
            .label(.text(p.text(.projectSearch)), Node.input().type("search").name("q").value(filter.q ?? "")),
            Fragments.select(name: "owner", label: p.text(.projectOwner), options: [("", "—")] + units.map { ($0.code, p.name($0)) }, selected: owner),
            Fragments.select(name: "stage", label: p.text(.stage), options: [("", "—")] + ProjectStage.allCases.map { ($0.rawValue, Catalogue.stage($0, l)) }, selected: stage?.rawValue),
            Fragments.select(name: "chain", label: p.text(.industryChain), options: [("", "—")] + chains.map { ($0, $0) }, selected: chain),
        ]
        var nodes: [Node] = [
            .h2(t(.projectsTitle)).id("register"),
            Fragments.pickers(action: "/projects#register", language: l, selects: selects, hidden: [("period", p.period.description)]),
            .p(.text(PageText.format(.projectCount, l, String(projects.count)))).class("muted"),
        ]
        if projects.isEmpty {
            nodes.append(.p(t(.noProjects)))
            return .group(nodes)
        }
        var head: [Node] = [PageLabel.navProjects, .projectOwner, .industryChain, .projectCategory, .listLevel, .sizeTier,
                            .totalInvestment, .annualPlan, .plannedStart, .stage].map { Node.th(t($0)).scope("col") }
        head.append(.th(.text(p.text(.investedThisYear))).scope("col"))
        head.append(.th(.text(p.text(.investmentCompletion))).scope("col"))
        let rows: [Node] = projects.map { stored in
            let x = stored.project
            let standing = standings[x.code]
            var cells: [Node] = [.th(.a(.text(x.name)).href("/projects/\(Link.segment(x.code))")).scope("row")]
            cells.append(.td(.text(p.workspace.orgName(x.owner, l))).class("wrap"))
            cells.append(.td(.text(x.chain ?? x.industry ?? BulletinCells.missing)).class("wrap"))
            cells.append(.td(.text(Catalogue.category(x.category, l))))
            cells.append(.td(.text(Catalogue.level(x.listLevel, l))))
            cells.append(.td(.text(Catalogue.tier(x.sizeTier, l))))
            cells.append(.td(.text(stored.totalText)).class("num"))
            cells.append(.td(.text(stored.planText)).class("num"))
            cells.append(.td(.text(x.plannedStart.map { Catalogue.periodName($0, l) } ?? BulletinCells.missing)))
            cells.append(.td(.text(Catalogue.stage(x.stage, l))))
            cells.append(.td(.text(standing.map { $0.invested.fixed(2) } ?? BulletinCells.missing)).class("num"))
            cells.append(.td(.text(ProjectsOverviewView.percent(standing?.completion))).class("num"))
            return Node.tr(cells)
        }
        nodes.append(.div(.table(.thead(.tr(head)), .tbody(rows))).class("scroll"))
        return .group(nodes)
    }
}

/// What the register is filtered by, as the route read it from the query.
struct RegisterFilter: Sendable {
    /// a unit: its projects and those of the units below it
    var owner: String?
    var stage: ProjectStage?
    var chain: String?
    /// text the project's name or code contains, in any case (「新能源」, 「P2」)
    var q: String? = nil

    func matches(_ x: Project, in tree: OrgTree) -> Bool {
        if let owner, !tree.ancestry(of: x.owner).contains(owner) { return false }
        if let stage, x.stage != stage { return false }
        if let chain, (x.chain ?? x.industry) != chain { return false }
        let text = (q ?? "").trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, x.name.range(of: text, options: .caseInsensitive) == nil, x.code.range(of: text, options: .caseInsensitive) == nil { return false }
        return true
    }
}
