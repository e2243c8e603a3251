// Renders the bulletin (通报) as a document: the masthead, 一、总体情况, 二、分指标情况 (one
// paragraph per indicator), 三、存在问题, the projects' section, then the 附表 on landscape pages
// (two-row heads that repeat on every printed page, figures right-aligned, notes under the last
// table). The pickers and the CSV and JSON links are for the screen; print shows the document only.
import TiaoduCore

enum BulletinPageView {
    static func render(_ model: BulletinPageModel, _ p: PageContext, projects: Node = .empty) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = "\(model.parentName) \(Catalogue.periodHeading(model.period, l)) \(p.text(.bulletinTitle))"
        var body: [Node] = [Fragments.draftWatermark(p)]
        body.append(Fragments.pickers(action: "/bulletin", language: l, selects: [Fragments.periodSelect(p), Fragments.scopeSelect(p, selected: model.parent.code)]))
        let scopeQuery = [("period", model.period.description), ("parent", model.parent.code)]
        body.append(.p(
            .a(t(.downloadXLSX)).href(Link.to("/bulletin.xlsx", scopeQuery + [("lang", l.rawValue)])).flag("download"),
            .a(t(.downloadCSV)).href(Link.to("/api/v1/bulletin", scopeQuery + [("format", "csv"), ("lang", l.rawValue)])).flag("download"),
            .a("JSON").href(Link.to("/api/v1/bulletin", scopeQuery))
        ).class("actions"))

        let m = model.masthead
        body.append(.div(
            .h1(.text(m.title)),
            .p(.text(PageText.format(.bulletinMastheadSpan, l, [m.span]))).class("span"),
            .p(.span(.text(m.issue)), .span(.text(m.date))).class("issue")
        ).class("masthead"))
        body.append(Fragments.draftMark(p))

        if model.paragraphs.isEmpty {
            body.append(.p(t(.noData)))
        } else {
            var report: [Node] = [.h2(t(.bulletinOverview)), .p(.text(model.overview))]
            report.append(.h2(t(.bulletinByIndicator)))
            report += model.paragraphs.map { paragraph in
                Node.p(.strong(.text(paragraph.title)), .text(paragraph.text)).id("ind-\(paragraph.code)")
            }
            report.append(.h2(t(.bulletinIssues)))
            report += model.issues.map { Node.p(.text($0)) }
            body.append(.section(report).class("report"))
        }
        body.append(projects)

        if !model.annex.isEmpty {
            var annex: [Node] = [.h2(t(.bulletinAnnex))]
            annex += model.annex.map { Self.table($0) }
            var notes: [Node] = model.footnotes.enumerated().map { index, note in
                let line = note.mark + note.text
                return Node.p(.text(index == 0 ? PageText.format(.bulletinAnnexNotes, l, [line]) : line))
            }
            if model.hasPartial { notes.append(.p(t(.partialNote))) }
            if model.hasGrowthMismatch { notes.append(.p(t(.growthMismatchNote))) }
            if !notes.isEmpty { annex.append(.div(notes).class("annex-notes")) }
            body.append(.section(annex).class("annex").id("annex"))
        }
        return Layout.page(title: title, at: p.location, current: .bulletin, body: .group(body), printable: true)
    }

    /// One table of the 附表: the caption, the two-row head (a `thead`, so print repeats it on every
    /// page), the scope's row, then each peer group under a row with its name.
    static func table(_ table: BulletinPageModel.AnnexTable) -> Node {
        let head: [Node] = table.head.map { row in
            .tr(row.map { cell in
                Node.th(.text(cell.text), cell.note.map { Node.span(.text($0)).class("unit") } ?? .empty)
                    .scope(cell.colspan > 1 ? "colgroup" : "col")
                    .attr("colspan", cell.colspan > 1 ? String(cell.colspan) : nil)
                    .attr("rowspan", cell.rowspan > 1 ? String(cell.rowspan) : nil)
            })
        }
        let lines: [Node] = table.lines.map { line in
            switch line.kind {
            case .group:
                return .tr(.th(.text(line.name)).scope("rowgroup").colspan(table.columnCount + 1)).class("group")
            case .parent, .unit:
                let cells: [Node] = line.cells.map { cell in
                    Node.td(.text(cell.text), cell.mark.map { Node.sup(.text($0)).class("mark").title(cell.markTitle) } ?? .empty).class("num")
                }
                return .tr([Node.th(.text(line.name)).scope("row")] + cells).class(line.kind == .parent ? "parent" : nil)
            }
        }
        // The title in a span of its own: on a phone it stays at the left of the screen while the
        // table scrolls under it (Stylesheet, phone layout).
        return .div(.table(.caption(.span(.text(table.caption))), .thead(head), .tbody(lines)).class("annex")).class("scroll annex-part")
    }
}
