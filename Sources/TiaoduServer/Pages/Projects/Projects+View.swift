// The project register: every project the user may read (by owner unit) with its record's
// main fields, under the figures on /projects.
import Foundation
import TiaoduCore
import TiaoduStore

enum ProjectsView {
    static func register(_ projects: [StoredProject], _ p: PageRequest) -> String {
        let l = p.language
        func t(_ label: Label) -> String { HTML.escape(p.text(label)) }
        var html = "<h2 id=\"register\">\(t(.projectsTitle))</h2><p class=\"muted\">\(HTML.escape(Catalogue.format(.projectCount, l, String(projects.count))))</p>"
        if projects.isEmpty { return html + "<p>\(t(.noProjects))</p>" }
        html += "<div class=\"scroll\"><table><thead><tr>" + [Label.navProjects, .projectOwner, .industryChain, .projectCategory, .listLevel, .sizeTier,
                                                               .totalInvestment, .annualPlan, .plannedStart, .stage].map { "<th scope=\"col\">\(t($0))</th>" }.joined()
        html += "</tr></thead><tbody>"
        for stored in projects {
            let x = stored.project
            html += "<tr><th scope=\"row\"><a href=\"/projects/\(HTML.percentEncoded(x.code))\">\(HTML.escape(x.name))</a></th>"
            html += "<td>\(HTML.escape(p.workspace.orgName(x.owner, l)))</td><td>\(HTML.escape(x.chain ?? x.industry ?? "-"))</td>"
            html += "<td>\(HTML.escape(Catalogue.category(x.category, l)))</td><td>\(HTML.escape(Catalogue.level(x.listLevel, l)))</td>"
            html += "<td>\(HTML.escape(Catalogue.tier(x.sizeTier, l)))</td><td class=\"num\">\(HTML.escape(stored.totalText))</td><td class=\"num\">\(HTML.escape(stored.planText))</td>"
            html += "<td>\(HTML.escape(x.plannedStart.map { Catalogue.periodName($0, l) } ?? "-"))</td><td>\(HTML.escape(Catalogue.stage(x.stage, l)))</td></tr>"
        }
        return html + "</tbody></table></div>"
    }
}
