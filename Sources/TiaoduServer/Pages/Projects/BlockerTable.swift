// Blockers as a table: kind, what, who must solve it, due (marked when overdue), raised, days
// open — on the overview (every open blocker the reader may see, oldest first) and on a project
// page (with a resolve form for those who may enter the owner's figures).
import TiaoduCore

enum BlockerTable {
    static func render(_ blockers: [Blocker], _ p: PageRequest, projects: [String: Project]?, today: Day, resolveForm: Bool) -> String {
        let l = p.language
        func t(_ label: ProjectLabel) -> String { HTML.escape(p.text(label)) }
        var html = "<div class=\"scroll\"><table class=\"compact\"><thead><tr>"
        if projects != nil { html += "<th scope=\"col\">\(HTML.escape(p.text(.navProjects)))</th>" }
        html += [ProjectLabel.blockerKind, .blockerDescription, .solver, .due, .raised, .daysOpen].map { "<th scope=\"col\">\(t($0))</th>" }.joined()
        if resolveForm { html += "<th scope=\"col\">\(t(.resolve))</th>" }
        html += "</tr></thead><tbody>"
        for b in blockers {
            html += "<tr>"
            if let projects { html += "<th scope=\"row\">\(projects[b.code].map(ProjectsOverviewView.projectLink) ?? HTML.escape(b.code))</th>" }
            html += "<td>\(HTML.escape(Catalogue.blockerKind(b.kind, l)))</td><td style=\"white-space:normal\">\(HTML.escape(b.description))</td><td>\(HTML.escape(b.solver))</td>"
            let overdue = b.isOverdue(on: today) ? " <span class=\"flag\">\(t(.overdueMark))</span>" : ""
            html += "<td>\(HTML.escape(b.due?.description ?? "-"))\(overdue)</td><td>\(b.raised) · \(HTML.escape(b.raisedBy))</td><td class=\"num\">\(b.age(on: today))</td>"
            if resolveForm, b.isOpen, let csrf = p.location.signedIn?.session?.csrf {
                html += "<td><form class=\"act\" method=\"post\" action=\"/blockers/\(b.id)/resolve\"><input type=\"hidden\" name=\"_csrf\" value=\"\(HTML.escape(csrf))\">"
                html += "<input name=\"resolution\" required maxlength=\"200\" aria-label=\"\(t(.resolution))\" placeholder=\"\(t(.resolution))\"><button type=\"submit\">\(t(.resolve))</button></form></td>"
            } else if resolveForm {
                html += "<td>\(HTML.escape(b.resolved?.description ?? ""))</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }
}
