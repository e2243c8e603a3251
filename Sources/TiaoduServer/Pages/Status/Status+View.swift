// Renders the reporting overview: one row per unit (indented by level) with its state, due
// date, overdue mark and a button for each move the user may make.
import TiaoduCore

enum StatusView {
    static func render(_ model: StatusModel, _ p: PageRequest, projectReports: [String: (reported: Int, due: Int)] = [:]) -> String {
        let l = p.language
        func t(_ label: Label) -> String { HTML.escape(p.text(label)) }
        let title = "\(Catalogue.periodName(model.period, l)) \(p.text(.statusTitle))"
        var html = "<h1>\(HTML.escape(title))</h1>"
        html += Fragments.pickers(action: "/status", language: l, selects: [
            Fragments.select(name: "period", label: p.text(.period), options: p.months.map { ($0.description, Catalogue.periodName($0, l)) }, selected: model.period.description),
        ])
        if let message = model.message { html += "<p class=\"ok\" role=\"status\">\(HTML.escape(message))</p>" }
        html += "<p class=\"muted\">\(t(.dueDate)): \(HTML.escape(model.due))</p>"
        html += "<div class=\"scroll\"><table><thead><tr><th scope=\"col\">\(t(.org))</th><th scope=\"col\">\(t(.submissionStatus))</th>"
        let showProjects = !projectReports.isEmpty
        if showProjects { html += "<th scope=\"col\">\(HTML.escape(p.text(.projectReports)))</th>" }
        html += "<th scope=\"col\">\(t(.lastChange))</th><th scope=\"col\"></th></tr></thead><tbody>"
        let csrf = p.location.signedIn?.session?.csrf
        for line in model.lines {
            html += "<tr id=\"st-\(HTML.escape(line.code))\"><th scope=\"row\" style=\"padding-left:\(0.5 + Double(line.depth) * 1.2)rem\">\(HTML.escape(line.name))</th>"
            html += "<td class=\"st-\(line.status.rawValue)\">\(HTML.escape(Catalogue.submission(line.status, l)))"
            if line.overdue { html += " <span class=\"s-red\">\(t(.overdue))</span>" }
            html += "</td>"
            if showProjects {
                // Projects under way that have reported the month, of all under way (a shortfall marked).
                if let count = projectReports[line.code], count.due > 0 {
                    html += "<td class=\"num\(count.reported < count.due ? " flag" : "")\">\(count.reported)/\(count.due)</td>"
                } else {
                    html += "<td class=\"num muted\">-</td>"
                }
            }
            html += "<td>\(HTML.escape(line.lastChange ?? "-"))</td><td>"
            if let csrf {
                for action in line.actions {
                    html += "<form class=\"act\" method=\"post\" action=\"/status\"><input type=\"hidden\" name=\"_csrf\" value=\"\(HTML.escape(csrf))\">"
                    html += "<input type=\"hidden\" name=\"org\" value=\"\(HTML.escape(line.code))\"><input type=\"hidden\" name=\"period\" value=\"\(HTML.escape(model.period.description))\">"
                    html += "<input type=\"hidden\" name=\"action\" value=\"\(action.rawValue)\"><input type=\"hidden\" name=\"lang\" value=\"\(l.rawValue)\">"
                    if action.needsReason { html += "<input name=\"reason\" aria-label=\"\(t(.reason))\" placeholder=\"\(t(.reason))\" required>" }
                    html += "<button type=\"submit\">\(HTML.escape(Catalogue.action(action, l)))</button></form>"
                }
            }
            html += "</td></tr>"
        }
        html += "</tbody></table></div>"
        return Layout.page(title: title, at: p.location, current: .status, body: html)
    }
}
