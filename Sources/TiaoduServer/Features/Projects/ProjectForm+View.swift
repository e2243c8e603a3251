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

    static func render(_ p: PageContext, values: [String: String], editing: Bool, owners: [OrgUnit], issues: [ImportIssue] = []) -> String {
        let l = p.language
        func tp(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = editing ? p.text(.editProject) : p.text(.newProject)
        let code = values["code"] ?? ""
        let messages = Dictionary(grouping: issues, by: { $0.column ?? "" }).mapValues { $0.map { $0.reason.message(l) } }
        var controls: [Node] = []
        if let csrf = p.location.signedIn?.session?.csrf { controls.append(.hidden("_csrf", csrf)) }
        let labels: [String: String] = [
            "code": p.text(.projectCode), "name": p.text(.projectName), "owner": p.text(.projectOwner), "industry": p.text(.industry), "chain": p.text(.industryChain),
            "category": p.text(.projectCategory), "list_level": p.text(.listLevel), "total_investment": p.text(.totalInvestment), "annual_plan": p.text(.annualPlan),
            "planned_start": p.text(.plannedStart), "planned_finish": p.text(.plannedFinish), "responsible_unit": p.text(.responsibleUnit),
            "leader": p.text(.leaderInCharge), "task_force": p.text(.taskForce), "land_status": p.text(.landStatus), "listed_in_statistics": p.text(.listedInStatistics),
        ]
        for field in fields {
            let value = values[field] ?? ""
            let control: Node
            switch field {
            case "owner":
                control = .select(owners.map { Node.option(.text(p.name($0))).value($0.code).flag("selected", value == $0.code) }).name("owner")
            case "category":
                control = .select(ProjectCategory.allCases.map { Node.option(.text(Catalogue.category($0, l))).value($0.rawValue).flag("selected", value == $0.rawValue) })
                    .name("category")
            case "list_level":
                control = .select(ListLevel.allCases.map { Node.option(.text(Catalogue.level($0, l))).value($0.rawValue).flag("selected", value == $0.rawValue) })
                    .name("list_level")
            default:
                control = Node.input().name(field).value(value)
                    .attr("type", ["planned_start", "planned_finish", "listed_in_statistics"].contains(field) ? "month" : nil)
                    .attr("inputmode", ["total_investment", "annual_plan"].contains(field) ? "decimal" : nil)
                    .flag("required", ["code", "name", "total_investment", "annual_plan"].contains(field))
                    .flag("readonly", editing && field == "code")
                    .attr("maxlength", "200")
            }
            let notes: [Node] = (messages[field] ?? []).map { Node.span(.text($0)).class("msg") }
            controls.append(Node.label([.text(labels[field] ?? field), control] + notes).class(messages[field] != nil ? "invalid" : nil))
        }
        controls.append(Node.p(.button(tp(.saveProject)).type("submit")).class("actions"))
        let back = editing ? "/projects/" + Link.segment(code) : "/projects"
        let action = editing ? "/projects/" + Link.segment(code) + "/edit" : "/projects/new"
        let body = Node.group([
            .h1(.text(title)),
            .p(.a("←").href(back), " ", .span(tp(.registerHint)).class("muted")),
            issues.isEmpty ? .empty : .div(.ul(issues.map { Node.li(.text($0.describe(l))) })).class("error").role("alert"),
            .form(controls).class("register").method("post").action(action),
        ])
        return Layout.page(title: title, at: p.location, current: .projects, body: body)
    }
}
