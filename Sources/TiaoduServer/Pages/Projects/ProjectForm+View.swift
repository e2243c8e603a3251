// /projects/new and /projects/CODE/edit: the register's fields as a form. It is saved through the
// same import pipeline as a CSV row (all or nothing, amounts as entered, owner scope); a refused
// save comes back with every field's message next to it and what was typed kept.
import TiaoduCore
import TiaoduStore

enum ProjectFormView {
    static let fields = ["code", "name", "owner", "industry", "chain", "category", "list_level", "total_investment", "annual_plan", "planned_start",
                         "planned_finish", "responsible_unit", "leader", "task_force", "land_status", "listed_in_statistics"]

    /// The stored project's fields as the form shows them.
    static func values(_ stored: StoredProject) -> [String: String] {
        let x = stored.project
        let pairs: [(String, String?)] = [
            ("code", x.code), ("name", x.name), ("owner", x.owner), ("industry", x.industry), ("chain", x.chain), ("category", x.category.rawValue),
            ("list_level", x.listLevel.rawValue), ("total_investment", stored.totalText), ("annual_plan", stored.planText),
            ("planned_start", x.plannedStart?.description), ("planned_finish", x.plannedFinish?.description), ("responsible_unit", x.responsibleUnit),
            ("leader", x.leader), ("task_force", x.taskForce), ("land_status", x.landStatus), ("listed_in_statistics", x.listedInStatistics?.description),
        ]
        return Dictionary(uniqueKeysWithValues: pairs.map { ($0.0, $0.1 ?? "") })
    }

    static func render(_ p: PageRequest, values: [String: String], editing: Bool, owners: [OrgUnit], issues: [ImportIssue] = []) -> String {
        let l = p.language
        func tp(_ label: ProjectLabel) -> String { HTML.escape(p.text(label)) }
        let title = editing ? p.text(.editProject) : p.text(.newProject)
        let code = values["code"] ?? ""
        var html = "<h1>\(HTML.escape(title))</h1><p><a href=\"\(editing ? "/projects/" + HTML.percentEncoded(code) : "/projects")\">←</a> <span class=\"muted\">\(tp(.registerHint))</span></p>"
        let messages = Dictionary(grouping: issues, by: { $0.column ?? "" }).mapValues { $0.map { $0.reason.message(l) } }
        if !issues.isEmpty {
            html += "<div class=\"error\" role=\"alert\"><ul>" + issues.map { "<li>\(HTML.escape($0.describe(l)))</li>" }.joined() + "</ul></div>"
        }
        html += "<form class=\"register\" method=\"post\" action=\"\(editing ? "/projects/" + HTML.percentEncoded(code) + "/edit" : "/projects/new")\">"
        if let csrf = p.location.signedIn?.session?.csrf { html += "<input type=\"hidden\" name=\"_csrf\" value=\"\(HTML.escape(csrf))\">" }
        let labels: [String: String] = [
            "code": p.text(.projectCode), "name": p.text(.projectName), "owner": p.text(.projectOwner), "industry": p.text(.industry), "chain": p.text(.industryChain),
            "category": p.text(.projectCategory), "list_level": p.text(.listLevel), "total_investment": p.text(.totalInvestment), "annual_plan": p.text(.annualPlan),
            "planned_start": p.text(.plannedStart), "planned_finish": p.text(.plannedFinish), "responsible_unit": p.text(.responsibleUnit),
            "leader": p.text(.leaderInCharge), "task_force": p.text(.taskForce), "land_status": p.text(.landStatus), "listed_in_statistics": p.text(.listedInStatistics),
        ]
        for field in fields {
            let value = values[field] ?? ""
            let invalid = messages[field] != nil
            html += "<label\(invalid ? " class=\"invalid\"" : "")>\(HTML.escape(labels[field] ?? field))"
            switch field {
            case "owner":
                html += "<select name=\"owner\">" + owners.map { "<option value=\"\(HTML.escape($0.code))\"\(value == $0.code ? " selected" : "")>\(HTML.escape(p.name($0)))</option>" }.joined() + "</select>"
            case "category":
                html += "<select name=\"category\">" + ProjectCategory.allCases.map { "<option value=\"\($0.rawValue)\"\(value == $0.rawValue ? " selected" : "")>\(HTML.escape(Catalogue.category($0, l)))</option>" }.joined() + "</select>"
            case "list_level":
                html += "<select name=\"list_level\">" + ListLevel.allCases.map { "<option value=\"\($0.rawValue)\"\(value == $0.rawValue ? " selected" : "")>\(HTML.escape(Catalogue.level($0, l)))</option>" }.joined() + "</select>"
            default:
                let type = ["planned_start", "planned_finish", "listed_in_statistics"].contains(field) ? " type=\"month\"" : ""
                let mode = ["total_investment", "annual_plan"].contains(field) ? " inputmode=\"decimal\"" : ""
                let required = ["code", "name", "total_investment", "annual_plan"].contains(field) ? " required" : ""
                let locked = editing && field == "code" ? " readonly" : ""
                html += "<input name=\"\(field)\" value=\"\(HTML.escape(value))\"\(type)\(mode)\(required)\(locked) maxlength=\"200\">"
            }
            for message in messages[field] ?? [] { html += "<span class=\"msg\">\(HTML.escape(message))</span>" }
            html += "</label>"
        }
        html += "<p class=\"actions\"><button type=\"submit\">\(tp(.saveProject))</button></p></form>"
        return Layout.page(title: title, at: p.location, current: .projects, body: html)
    }
}
