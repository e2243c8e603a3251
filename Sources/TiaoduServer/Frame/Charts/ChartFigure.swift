// A chart as a page shows it: a <figure> whose caption says what it is — and 初步数据 while the
// period is not accepted by the city (METRICS.md: draft is marked wherever it is shown) — the SVG,
// and the numbers behind it as a table, for whoever cannot see the drawing or wants the figures.
enum ChartFigure {
    /// `table` folded under 「图表数据」 unless `folded` is false (the page shows it anyway).
    static func render(_ chart: Node, caption: String, table: Node, folded: Bool = true, _ p: PageContext) -> Node {
        let draft: Node = p.isDraft ? .group([" ", Node.span(.text(p.text(.draftMark))).class("draft-tag")]) : .empty
        let data: Node = folded ? .details(.summary(.text(p.text(.chartData))), .div(table).class("scroll")) : .div(table).class("scroll")
        // The picture in a scroll box of its own: on a phone a wide chart keeps readable words and
        // scrolls sideways there (Stylesheet, phone layout), the caption staying put.
        return Node.figure(.figcaption(.text(caption), draft), .div(chart).class("scroll"), data).class("chart")
    }

    /// The mark a chart draws in its corner: 初步数据 for a period not yet accepted, else none.
    static func mark(_ p: PageContext) -> String? { p.isDraft ? p.text(.draftMark) : nil }

    /// The numbers as a table: column heads, then rows whose first cell names the row.
    static func table(heads: [String], rows: [[String]], caption: String? = nil) -> Node {
        let head = Node.thead(.tr(heads.map { Node.th(.text($0)).scope("col") }))
        let body = Node.tbody(rows.map { cells in
            Node.tr([Node.th(.text(cells.first ?? "")).scope("row")] + cells.dropFirst().map { Node.td(.text($0)).class("num") })
        })
        let title: Node = caption.map { Node.caption(.text($0)).class("muted") } ?? .empty
        return Node.table(title, head, body).class("compact")
    }
}
