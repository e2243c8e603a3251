// Renders the administrators' search of the audit log: the filters, the CSV download of the same
// search and the entries, newest first.
import Foundation
import TiaoduCore
import TiaoduStore

enum AuditView {
    /// When an entry was made, as the page and the CSV show it (China Standard Time).
    static func timestamps() -> (AuditEntry) -> String {
        let time = Timestamp(seconds: true)
        return { time.text($0.at) }
    }

    static func render(_ entries: [AuditEntry], _ p: PageContext, filters: [String: String]) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let when = timestamps()
        var fields: [Node] = [("actor", PageLabel.actor), ("action", .action), ("object", .object)].map { field -> Node in
            .label(t(field.1), Node.input().name(field.0).value(filters[field.0] ?? ""))
        }
        fields += [.hidden("lang", l.rawValue), .button(t(.show)).type("submit")]
        let kept = ["actor", "action", "object"].compactMap { name in filters[name].map { (name, $0) } }
        let head: [Node] = [PageLabel.changedAt, .actor, .action, .object, .before, .after, .route].map { Node.th(t($0)).scope("col") }
        let rows: [Node] = entries.map { e -> Node in
            .tr([when(e), e.actor, e.action, e.object, e.before ?? "", e.after ?? "", e.source].map { Node.td(.text($0)) })
        }
        let body = Node.group([
            .h1(t(.auditTitle)),
            .form(fields).class("pickers").method("get").action("/audit"),
            .p(.a(t(.downloadCSV)).href(Link.to("/audit", kept + [("format", "csv")])).flag("download")),
            .div(.table(.thead(.tr(head)), .tbody(rows))).class("scroll"),
            entries.isEmpty ? .p(t(.noHistory)) : .empty,
        ])
        return Layout.page(title: p.text(.auditTitle), at: p.location, current: nil, body: body)
    }
}
