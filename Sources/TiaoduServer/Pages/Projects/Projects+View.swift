// The project register: every project the user may read (by owner unit) with its record's
// main fields, under the figures on /projects.
import Foundation
import TiaoduCore
import TiaoduStore

enum ProjectsView {
    /// The register, filtered by `?owner=` (the unit and those below it), `&stage=`, `&chain=`.
    static func register(_ all: [StoredProject], _ p: PageRequest, standings: [String: ProjectStanding] = [:]) -> String {
        let l = p.language
        func t(_ label: Label) -> String { HTML.escape(p.text(label)) }
        let owner = p.query("owner"), stage = p.query("stage").flatMap(ProjectStage.init), chain = p.query("chain")
        let projects = all.filter { stored in
            let x = stored.project
            return (owner.map { p.workspace.tree.ancestry(of: x.owner).contains($0) } ?? true) && (stage.map { x.stage == $0 } ?? true)
                && (chain.map { (x.chain ?? x.industry) == $0 } ?? true)
        }
        var html = "<h2 id=\"register\">\(t(.projectsTitle))</h2>"
        let owners = Array(Set(all.map(\.project.owner)))
        let units = p.workspace.tree.units.filter { owners.contains($0.code) }
        let chains = Array(Set(all.compactMap { $0.project.chain ?? $0.project.industry })).sorted()
        html += Fragments.pickers(action: "/projects#register", language: l, selects: [
            Fragments.select(name: "owner", label: p.text(.projectOwner), options: [("", "—")] + units.map { ($0.code, p.name($0)) }, selected: owner),
            Fragments.select(name: "stage", label: p.text(.stage), options: [("", "—")] + ProjectStage.allCases.map { ($0.rawValue, Catalogue.stage($0, l)) }, selected: stage?.rawValue),
            Fragments.select(name: "chain", label: p.text(.industryChain), options: [("", "—")] + chains.map { ($0, $0) }, selected: chain),
        ], hidden: [("period", p.period.description)])
        html += "<p class=\"muted\">\(HTML.escape(Catalogue.format(.projectCount, l, String(projects.count))))</p>"
        if projects.isEmpty { return html + "<p>\(t(.noProjects))</p>" }
        html += "<div class=\"scroll\"><table><thead><tr>" + [Label.navProjects, .projectOwner, .industryChain, .projectCategory, .listLevel, .sizeTier,
                                                               .totalInvestment, .annualPlan, .plannedStart, .stage].map { "<th scope=\"col\">\(t($0))</th>" }.joined()
        html += "<th scope=\"col\">\(HTML.escape(p.text(.investedThisYear)))</th><th scope=\"col\">\(HTML.escape(p.text(.investmentCompletion)))</th></tr></thead><tbody>"
        for stored in projects {
            let x = stored.project
            html += "<tr><th scope=\"row\"><a href=\"/projects/\(HTML.percentEncoded(x.code))\">\(HTML.escape(x.name))</a></th>"
            html += "<td>\(HTML.escape(p.workspace.orgName(x.owner, l)))</td><td>\(HTML.escape(x.chain ?? x.industry ?? "-"))</td>"
            html += "<td>\(HTML.escape(Catalogue.category(x.category, l)))</td><td>\(HTML.escape(Catalogue.level(x.listLevel, l)))</td>"
            html += "<td>\(HTML.escape(Catalogue.tier(x.sizeTier, l)))</td><td class=\"num\">\(HTML.escape(stored.totalText))</td><td class=\"num\">\(HTML.escape(stored.planText))</td>"
            html += "<td>\(HTML.escape(x.plannedStart.map { Catalogue.periodName($0, l) } ?? "-"))</td><td>\(HTML.escape(Catalogue.stage(x.stage, l)))</td>"
            let standing = standings[x.code]
            html += "<td class=\"num\">\(standing.map { $0.invested.fixed(2) } ?? "-")</td><td class=\"num\">\(ProjectsOverviewView.percent(standing?.completion))</td></tr>"
        }
        return html + "</tbody></table></div>"
    }
}
