// A form per action the reader may take on a case now, with only the fields that action needs:
// assign — the lead unit, the assisting units (several), an optional deadline; ask for an
// extension — the working days; rate — 满意 / 基本满意 / 不满意 and a note; progress — the per
// cent done; the others a note (required where the rules want a reason). Each carries the case's
// version the reader saw, so a step taken meanwhile by someone else is refused, not overwritten.
// A refused form opens with its message and what was typed in it.
import TiaoduCore

enum CaseActionForms {
    static func render(_ model: CasePageModel, _ p: PageContext, csrf: String) -> Node {
        let forms = model.actions.map { form($0, model, p, csrf: csrf) }
        return .div(forms).class("case-acts")
    }

    /// Actions whose note the rules require (a reason, an answer, information).
    static let noteRequired: Set<CaseAction> = [.return, .object, .refuseExtension, .askExtension, .assistReport, .answer, .reopen, .comment]
    static let takesAttachment: Set<CaseAction> = [.answer, .comment, .assistReport, .progress]

    static func form(_ action: CaseAction, _ model: CasePageModel, _ p: PageContext, csrf: String) -> Node {
        let l = p.language
        let failure = model.failure?.action == action ? model.failure : nil
        func typed(_ name: String) -> String { failure?.values[name] ?? "" }
        func label(_ name: String, _ children: Node...) -> Node {
            .label(children).class(failure?.field == name ? "invalid" : nil)
        }
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let name = Catalogue.actionName(action, model.kind, l)
        var fields: [Node] = [
            .hidden("_csrf", csrf), .hidden("action", action.rawValue), .hidden("version", String(model.version)), .hidden("lang", l.rawValue),
        ]
        if let failure { fields.append(.p(.text(failure.message)).class("error").role("alert")) }
        switch action {
        case .assign:
            let chosen = typed("lead")
            let leads = [Node.option(t(.caseChoose)).value("")] + model.units.map { option in
                Node.option(.text(option.text)).value(option.value).flag("selected", option.value == chosen)
            }
            fields.append(label("lead", t(.caseLead), Node.select(leads).name("lead").flag("required")))
            let assisting = Set(failure?.assisting ?? [])
            let helpers = model.units.map { option in
                Node.option(.text(option.text)).value(option.value).flag("selected", assisting.contains(option.value))
            }
            fields.append(label("assisting", t(.caseAssisting), Node.select(helpers).name("assisting").flag("multiple").attr("size", "6"),
                                .span(t(.caseAssistingHint)).class("muted")))
            fields.append(label("due", t(.caseDueOptional), Node.input().type("date").name("due").value(typed("due")).attr("min", p.today.description)))
        case .askExtension:
            fields.append(label("days", t(.caseDays), Node.input().type("number").name("days").value(typed("days"))
                .attr("min", "1").attr("max", "60").attr("inputmode", "numeric").flag("required")))
        case .rate:
            let rated = typed("rating")
            let choices: [Node] = Rating.allCases.map { rating in
                Node.label(Node.input().type("radio").name("rating").value(rating.rawValue).flag("checked", rated == rating.rawValue).flag("required"),
                           " ", .text(Catalogue.ratingName(rating, l))).class("check")
            }
            fields.append(Node.fieldset([Node.legend(t(.caseRating))] + choices).class(failure?.field == "rating" ? "rating invalid" : "rating"))
        case .progress:
            fields.append(label("percent", t(.casePercent), Node.input().type("number").name("percent").value(typed("percent"))
                .attr("min", "0").attr("max", "100").attr("inputmode", "numeric")))
        default:
            break
        }
        let noteLabel: PageLabel
        switch action {
        case .return, .object, .refuseExtension, .reopen: noteLabel = .caseReason
        case .answer: noteLabel = .caseAnswerText
        case .rate: noteLabel = .caseRateNote
        default: noteLabel = .caseNote
        }
        fields.append(label("note", t(noteLabel), Node.textarea(.text(typed("note"))).name("note").attr("rows", "3").attr("maxlength", "2000")
            .flag("required", noteRequired.contains(action))))
        if takesAttachment.contains(action) {
            fields.append(label("attachment", t(.caseAttachmentName), Node.input().name("attachment").value(typed("attachment")).attr("maxlength", "200")))
        }
        fields.append(.button(.text(name)).type("submit"))
        let form = Node.form(fields).class("case-form").method("post")
            .action(Link.to(CaseCells.path(model.code) + "/act", [("lang", l.rawValue)])).id("act-\(action.rawValue)")
        // Folded but the one refused, or the only one.
        return Node.details(.summary(.text(name)), form).flag("open", failure != nil || model.actions.count == 1)
    }
}
