// 督办通知单: a supervision task as the printed notice handed to its units — the title, its
// number, the task, the lead and assisting units, the deadline, the requirements, the issuing
// unit and date, and the line the lead unit signs for it on. One A4 page (Stylesheet: @page A4;
// the site's header, navigation and footer are not printed). Any case prints; it is meant for tasks.
import TiaoduCore
import TiaoduStore

enum CaseSheetView {
    static func render(_ r: CaseRecord, events: [CaseEvent], types: [CaseType], _ p: PageContext) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = p.text(.caseSheetTitle)
        // Handed out on the day of the last assignment (the registration's day before it is).
        let issued = events.last { $0.action == .assign }?.day ?? r.assigned ?? r.raised
        let requirements = events.last { $0.action == .assign && !$0.note.isEmpty }?.note
        func row(_ label: PageLabel, _ value: Node) -> Node { .tr(.th(t(label)).scope("row"), .td(value)) }
        let deadline = Node.text(r.due.map { Catalogue.dayName($0, l) } ?? BulletinCells.missing)
        let lead = Node.text(r.lead.map { CaseCells.unitName($0, p) } ?? p.text(.caseNotAssigned))
        let sheet = Node.article(
            .h1(.text(title)),
            .p(.span(.text(PageText.format(.caseSheetNumber, l, r.code))), .span(.text(CaseCells.typeName(r.kind, r.type, types: types, l)))).class("sheet-number"),
            .table(.tbody(
                row(.caseSheetTask, .strong(.text(r.title))),
                row(.caseLead, lead),
                row(.caseAssisting, .text(CaseCells.unitNames(r.assisting, p))),
                row(.caseSheetDeadline, deadline),
                row(.caseSheetRequirements, .div(.text(r.detail), requirements.map { Node.p(.text($0)) } ?? .empty).class("case-detail")),
                row(.caseSheetIssuer, .text(p.workspace.orgName(r.org, l))),
                row(.caseSheetIssued, .text(Catalogue.dayName(issued, l)))
            )).class("sheet-table"),
            .p(t(.caseSheetInstruction)).class("sheet-instruction"),
            .div(.span(t(.caseSheetSigner)), .span(t(.caseSheetSignDate))).class("sheet-sign"),
            .div(.p(.text(p.workspace.orgName(r.org, l))), .p(.text(Catalogue.dayName(issued, l)))).class("sheet-issued")
        ).class("sheet")
        let body = Node.group([
            .p(.a(.text("← \(r.code)")).href(Link.to(CaseCells.path(r.code), [("lang", l.rawValue)])), " · ", t(.caseSheetPrintHint)).class("print-hint"),
            sheet,
        ])
        return Layout.page(title: "\(title) \(r.code)", at: p.location, current: nil, body: body, printable: true)
    }
}
