// Renders 我的待办: everything waiting for the reader or their unit, most urgent first (colour,
// then working days left: 「已超期3个工作日」「今天到期」「还剩1个工作日」), each with what is to be
// done in words and a link to the case; then the notices (reminders, 催办, escalations…). An
// empty inbox is a sentence.
import TiaoduCore
import TiaoduStore

enum CaseInboxView {
    static func render(_ items: [InboxItem], notices: [Notice], types: [CaseType], _ p: PageContext) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = p.text(.caseInboxTitle)
        var body: [Node] = [.h1(.text(title))]
        if items.isEmpty {
            body.append(.p(t(.caseInboxEmpty)).class("muted"))
        } else {
            body.append(.p(.text(PageText.format(.caseInboxCount, l, String(items.count)))))
            body.append(.ul(items.map { item -> Node in
                let r = item.record
                let todo = item.actions.map { Catalogue.actionName($0, r.kind, l) }.joined(separator: p.text(.listSeparator))
                let left = CaseCells.daysLeft(item.daysLeft, due: r.clockDue, today: p.today, l)
                let late = (item.daysLeft ?? 0) < 0
                let sentence: Node = left.map { Node.group([" ", .strong(.text($0)).class(late ? "flag" : nil)]) } ?? .empty
                let due: Node = r.clockDue.map { day in Node.span(.text(p.text(.caseDue) + p.text(.colon) + day.description), sentence) } ?? .empty
                let about = [Catalogue.kindName(r.kind, l), CaseCells.typeName(r.kind, r.type, types: types, l), Catalogue.stateName(r.state, r.kind, l)]
                return Node.li(
                    .div(CaseCells.colour(item.colour, l), " ", CaseCells.link(r.code, text: r.code + " " + r.title)),
                    .div(.text(about.joined(separator: " · ")), " · ", due).class("muted"),
                    .div(.text(PageText.format(.caseToDo, l, todo)))
                )
            }).class("inbox"))
        }
        body.append(.h2(t(.caseNotices)))
        if notices.isEmpty {
            body.append(.p(t(.caseNoNotices)).class("muted"))
        } else {
            body.append(.ul(notices.map { notice in
                Node.li(.span(.text(notice.day.description)).class("muted"), " ", .text(notice.text(l)), " ",
                        CaseCells.link(notice.caseCode, text: p.text(.caseOpenCase)))
            }).class("inbox notices"))
        }
        return Layout.page(title: title, at: p.location, current: .inbox, body: .group(body))
    }
}
