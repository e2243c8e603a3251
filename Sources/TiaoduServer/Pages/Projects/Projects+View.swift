// The project register as pages: the list the user may read (by owner unit), and one project
// with its record and the dated events of its stages.
import Foundation
import TiaoduCore
import TiaoduStore

enum ProjectsView {
    static func list(_ projects: [StoredProject], _ p: PageRequest) -> String {
        let l = p.language
        func t(_ label: Label) -> String { HTML.escape(p.text(label)) }
        var html = "<h1>\(t(.projectsTitle))</h1><p class=\"muted\">\(HTML.escape(Catalogue.format(.projectCount, l, String(projects.count))))</p>"
        if projects.isEmpty { return Layout.page(title: p.text(.projectsTitle), at: p.location, current: .projects, body: html + "<p>\(t(.noProjects))</p>") }
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
        html += "</tbody></table></div>"
        return Layout.page(title: p.text(.projectsTitle), at: p.location, current: .projects, body: html)
    }

    static func page(_ stored: StoredProject, events: [ProjectEvent], _ p: PageRequest) -> String {
        let l = p.language, x = stored.project
        func t(_ label: Label) -> String { HTML.escape(p.text(label)) }
        var html = "<h1>\(HTML.escape(x.name))</h1><p><a href=\"/projects\">← \(t(.projectsTitle))</a></p><dl class=\"meta\">"
        let fields: [(Label, String?)] = [
            (.owner, x.code), (.projectOwner, p.workspace.orgName(x.owner, l)), (.industryChain, x.chain ?? x.industry),
            (.projectCategory, Catalogue.category(x.category, l)), (.listLevel, Catalogue.level(x.listLevel, l)), (.sizeTier, Catalogue.tier(x.sizeTier, l)),
            (.totalInvestment, stored.totalText), (.annualPlan, stored.planText), (.plannedStart, x.plannedStart.map { Catalogue.periodName($0, l) }),
            (.plannedFinish, x.plannedFinish.map { Catalogue.periodName($0, l) }), (.stage, Catalogue.stage(x.stage, l)),
            (.responsibleUnit, x.responsibleUnit), (.leaderInCharge, x.leader), (.taskForce, x.taskForce), (.landStatus, x.landStatus),
            (.listedInStatistics, x.listedInStatistics.map { Catalogue.periodName($0, l) }),
        ]
        for (label, value) in fields { html += "<dt>\(t(label))</dt><dd>\(HTML.escape(value ?? "-"))</dd>" }
        html += "</dl><h2>\(t(.timeline))</h2><ol class=\"timeline\">"
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        for event in events {
            let when = formatter.string(from: Date(timeIntervalSince1970: Double(event.at) / 1000))
            let move = (event.from.map { Catalogue.stage($0, l) + " → " } ?? "") + Catalogue.stage(event.to, l)
            html += "<li><strong>\(HTML.escape(move))</strong> · \(HTML.escape(when)) · \(HTML.escape(event.by))\(event.note.map { " · " + HTML.escape($0) } ?? "")</li>"
        }
        html += "</ol>"
        // The next stages, for whoever may enter the owner's figures.
        if let principal = p.request.principal, let csrf = p.location.signedIn?.session?.csrf, !x.stage.next.isEmpty,
           p.access.policy.canEnter(principal, org: x.owner) {
            html += "<form class=\"pickers\" method=\"post\" action=\"/projects/\(HTML.percentEncoded(x.code))/stage\"><input type=\"hidden\" name=\"_csrf\" value=\"\(HTML.escape(csrf))\">"
            html += Fragments.select(name: "stage", label: p.text(.stage), options: x.stage.next.map { ($0.rawValue, Catalogue.stage($0, l)) }, selected: nil)
            html += "<label>\(t(.note))<input name=\"note\" maxlength=\"200\"></label><button type=\"submit\">\(t(.moveStage))</button></form>"
        }
        return Layout.page(title: x.name, at: p.location, current: .projects, body: html)
    }
}
