// Renders one case: its title with its colour, what the last action did (or why it was refused),
// the record, the actions the reader may take (a form each), the timeline of events, and for a
// task the link to its printable 督办单.
import TiaoduCore

enum CasePageView {
    static func render(_ model: CasePageModel, _ p: PageContext) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = "\(model.code) \(model.title)"
        var body: [Node] = [
            .p(.a(.text("← " + p.text(.caseLedgerTitle))).href(Link.to("/cases", [("lang", l.rawValue)])),
               " · ", .a(t(.navInbox)).href(Link.to("/inbox", [("lang", l.rawValue)]))),
            .h1(.text(model.title)),
            .p(.text(model.code), " · ", .text(model.state), " · ", CaseCells.colour(model.colour, l)),
        ]
        if let message = model.message { body.append(.p(.text(message)).class("ok").role("status")) }
        if let failure = model.failure, !model.actions.contains(failure.action) {
            // The step is no longer open (someone moved the case on): the message here, and what was typed.
            body.append(.p(.text(failure.message)).class("error").role("alert"))
            if let note = model.lostNote {
                body.append(.label(t(.caseTyped), Node.textarea(.text(note)).attr("rows", "3").flag("readonly")).class("typed"))
            }
        }
        body.append(.dl(model.fields.flatMap { field -> [Node] in
            let note: Node = field.note.map { Node.group([" ", .span(.text(PageText.format(.inParens, l, $0))).class(field.flagged ? "flag" : "muted")]) } ?? .empty
            return [.dt(.text(field.label)), .dd(.text(field.value), note)]
        }).class("meta"))
        if !model.detail.isEmpty {
            body.append(.h2(t(.caseDetail)))
            body.append(.p(.text(model.detail)).class("case-detail"))
        }
        if model.kind == .task {
            body.append(.p(.a(t(.casePrintLink)).href(Link.to(CaseCells.path(model.code) + "/print", [("lang", l.rawValue)]))))
        }
        body.append(.h2(t(.caseActionsTitle)))
        if let csrf = p.csrf, !model.actions.isEmpty {
            body.append(CaseActionForms.render(model, p, csrf: csrf))
        } else {
            body.append(.p(t(.caseNoActions)).class("muted"))
        }
        body.append(.h2(t(.caseTimeline)))
        body.append(.ol(model.events.map { event -> Node in
            var parts: [Node] = [.strong(.text(event.action)), " · ", .text(event.when), " · ", .text(event.who)]
            if let move = event.move { parts += [" · ", .span(.text(move)).class("muted")] }
            if !event.details.isEmpty { parts.append(.div(.text(event.details.joined(separator: p.text(.clauseSeparator))))) }
            if !event.note.isEmpty { parts.append(.div(.text(event.note)).class("case-detail")) }
            if let attachment = event.attachment { parts.append(.div(t(.caseAttachment), t(.colon), .text(attachment)).class("muted")) }
            return Node.li(parts)
        }).class("timeline"))
        return Layout.page(title: title, at: p.location, current: .cases, body: .group(body))
    }
}
