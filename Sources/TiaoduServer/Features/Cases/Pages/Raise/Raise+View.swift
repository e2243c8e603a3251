// Renders the raise form, phone first: one column of big inputs — the kind (links, when the user
// may raise more than one), its type, title, details, the unit (or, for an enterprise, its own
// enterprise, fixed), urgent, a deadline for a task, an attachment's name — and the refusal, at
// its field, with everything typed kept.
import TiaoduCore

enum CaseRaiseView {
    static func render(_ model: CaseRaiseModel, _ p: PageContext, csrf: String) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        func typed(_ name: String) -> String { model.values[name] ?? "" }
        func field(_ name: String, _ children: Node...) -> Node {
            .label(children).class(model.failedField == name ? "invalid" : nil)
        }
        let title = p.text(.caseRaiseTitle)
        var body: [Node] = [.p(.a(.text("← " + p.text(.caseLedgerTitle))).href(Link.to("/cases", [("lang", l.rawValue)]))), .h1(.text(title))]
        if model.kinds.count > 1 {
            // The kind first: each kind has its own types and fields (no script needed).
            body.append(.nav(model.kinds.map { kind in
                Node.a(.text(Catalogue.kindName(kind, l))).href(Link.to("/cases/new", [("kind", kind.rawValue), ("lang", l.rawValue)]))
                    .attr("aria-current", kind == model.kind ? "page" : nil)
            }).class("case-kinds").ariaLabel(p.text(.caseKind)))
        }
        var fields: [Node] = [.hidden("_csrf", csrf), .hidden("kind", model.kind.rawValue), .hidden("lang", l.rawValue)]
        if let failure = model.failure { fields.append(.p(.text(failure)).class("error").role("alert")) }
        fields.append(.p(.strong(t(.caseKind)), t(.colon), .text(Catalogue.kindName(model.kind, l))))
        let chosenType = typed("type")
        fields.append(field("type", t(.caseType), Node.select(model.types.map { type in
            Node.option(.text(type.name(l))).value(type.code).flag("selected", type.code == chosenType)
        }).name("type").flag("required")))
        fields.append(field("title", t(.caseTitle), Node.input().name("title").value(typed("title")).attr("maxlength", "100").flag("required")))
        fields.append(field("detail", t(.caseDetail), Node.textarea(.text(typed("detail"))).name("detail").attr("rows", "5").attr("maxlength", "2000")))
        if let own = model.ownEnterprise {
            fields.append(.p(.strong(t(.caseEnterprise)), t(.colon), .text(own)))
        } else {
            let chosenOrg = typed("org")
            fields.append(field("org", t(.caseOrg), Node.select(model.orgs.map { option in
                Node.option(.text(option.text)).value(option.value).flag("selected", option.value == chosenOrg)
            }).name("org").flag("required")))
            if !model.enterprises.isEmpty {
                let chosen = typed("enterprise")
                let options = [Node.option(t(.caseEnterpriseNone)).value("")] + model.enterprises.map { option in
                    Node.option(.text(option.text)).value(option.value).flag("selected", option.value == chosen)
                }
                fields.append(field("enterprise", t(.caseEnterprise), Node.select(options).name("enterprise")))
            }
        }
        fields.append(Node.label(Node.input().type("checkbox").name("urgent").value("1").flag("checked", typed("urgent") == "1"), " ", t(.caseUrgentHint))
            .class("check"))
        if model.kind == .task {
            fields.append(field("due", t(.caseDue), Node.input().type("date").name("due").value(typed("due")).attr("min", p.today.description)))
        }
        fields.append(field("attachment", t(.caseAttachmentName), Node.input().name("attachment").value(typed("attachment")).attr("maxlength", "200")))
        fields.append(.button(t(.caseSubmit)).type("submit"))
        body.append(.form(fields).class("case-form raise").method("post").action(Link.to("/cases/new", [("lang", l.rawValue)])))
        return Layout.page(title: title, at: p.location, current: .cases, body: .group(body))
    }

    /// Nothing the user may raise: one sentence.
    static func nothing(_ p: PageContext) -> String {
        let title = p.text(.caseRaiseTitle)
        return Layout.page(title: title, at: p.location, current: .cases,
                           body: .group([.h1(.text(title)), .p(.text(p.text(.caseCannotRaise))).class("error").role("alert")]))
    }
}
