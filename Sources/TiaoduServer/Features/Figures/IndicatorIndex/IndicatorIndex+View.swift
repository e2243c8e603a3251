// Renders the indicator catalogue: a table per department, each indicator a link to its page for
// the period shown.
import TiaoduCore

enum IndicatorIndexView {
    static func render(_ model: IndicatorIndexModel, _ p: PageContext) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = p.text(.indicatorsTitle)
        let heads: [Node] = [PageLabel.indicator, .owner, .unit, .frequency, .accumulation].map { Node.th(t($0)).scope("col") }
        let tables: [Node] = model.groups.map { group -> Node in
            let caption = group.department.map { PageText.format(.departmentCaption, l, $0) } ?? p.text(.noDepartment)
            let rows: [Node] = group.lines.map { line -> Node in
                .tr(.th(.a(.text(line.name)).href(Link.to("/indicators/\(Link.segment(line.code))", [("period", model.period.description)]))).scope("row"),
                    .td(.code(.text(line.code))), .td(.text(line.unit)), .td(.text(line.frequency)), .td(.text(line.accumulation)))
            }
            // One table without a department needs no caption.
            let captioned = model.groups.count > 1 || group.department != nil
            return .div(.table(captioned ? .caption(.text(caption)) : .empty, .thead(.tr(heads)), .tbody(rows)).class("compact")).class("scroll")
        }
        let body = Node.group([
            .h1(.text(title)),
            model.groups.isEmpty ? .p(t(.noData)) : .empty,
            .group(tables),
        ])
        return Layout.page(title: title, at: p.location, current: .indicators, body: body)
    }
}
