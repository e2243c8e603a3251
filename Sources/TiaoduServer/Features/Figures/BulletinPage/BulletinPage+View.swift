// Renders the bulletin (通报) for print: title, the generated text per indicator, then the
// conventional table — indicator, unit, 1—m月 cumulative, growth, its rank, annual target,
// completion, 序时, gap, rank by completion — with CSV and JSON alongside.
import TiaoduCore

enum BulletinPageView {
    static func render(_ model: BulletinPageModel, _ p: PageContext, projects: Node = .empty) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = "\(model.parentName) \(Catalogue.periodHeading(model.period, l)) \(p.text(.bulletinTitle))"
        var body: [Node] = [Fragments.draftWatermark(p), .h1(.text(title)), Fragments.draftMark(p)]
        body.append(Fragments.pickers(action: "/bulletin", language: l, selects: [Fragments.periodSelect(p), Fragments.scopeSelect(p, selected: model.parent.code)]))
        let scopeQuery = [("period", model.period.description), ("parent", model.parent.code)]
        body.append(.p(
            .a(t(.downloadCSV)).href(Link.to("/api/v1/bulletin", scopeQuery + [("format", "csv"), ("lang", l.rawValue)])).flag("download"),
            .a("JSON").href(Link.to("/api/v1/bulletin", scopeQuery))
        ).class("actions"))
        if model.blocks.isEmpty { body.append(.p(t(.noData))) }

        var narrative: [Node] = [.h2(t(.bulletinText))]
        for (index, block) in model.blocks.enumerated() {
            let number = index + 1
            narrative.append(.h3("\(number). \(block.name)"))
            narrative += block.text.map { Node.p(.text($0)) }
        }
        body.append(.section(narrative).class("narrative"))

        let cumulative = (l == .zh ? BulletinNarrative.span(model.period, l) : Catalogue.periodHeading(model.period, l)) + p.text(.cumulativeHeading)
        let heads: [Node] = [
            t(.indicator), t(.org), .text(cumulative), t(.growth), t(.rankGrowth),
            t(.target), t(.completion), t(.schedule), t(.gap), t(.rankCompletion),
        ]
        var table: [Node] = [.thead(.tr(heads.map { Node.th($0).scope("col") }))]
        for block in model.blocks {
            var rows: [Node] = []
            for (index, row) in block.rows.enumerated() {
                let c = row.cells
                var cells: [Node] = []
                if index == 0 {
                    var label: [Node] = [.text(block.name), .br(), .span(.text(block.unit)).class("unit")]
                    if let dataPeriod = block.dataPeriod {
                        label += [.br(), .span(.text(p.text(.dataPeriod) + " " + Catalogue.periodHeading(dataPeriod, l))).class("unit")]
                    }
                    cells.append(.th(label).scope("rowgroup").rowspan(block.rows.count))
                }
                let flag: Node = row.mismatch ? Node.span("※").class("flag").title(p.text(.mismatch)) : .empty
                let growthFlag: Node = row.growthMismatch ? Node.span("※").class("flag").title(p.text(.growthMismatchNote)) : .empty
                cells.append(.th(.text(row.orgName)).scope("row"))
                cells.append(.td(.text(c.ytdText), flag).class("num"))
                cells.append(.td(.text(c.growthCell), growthFlag).class("num"))
                cells += [c.rankGrowth, c.target, c.completion, c.schedule, c.gap, c.rankCompletion].map { Node.td(.text($0)).class("num") }
                rows.append(.tr(cells).class(row.isParent ? "parent" : nil))
            }
            table.append(.tbody(rows).id("ind-\(block.code)"))
        }
        body.append(.h2(t(.tableHeading)))
        body.append(.div(.table(table).class("bulletin")).class("scroll"))
        if model.blocks.contains(where: { $0.rows.contains(where: \.mismatch) }) { body.append(.p(t(.mismatchNote))) }
        if model.blocks.contains(where: { $0.rows.contains(where: \.growthMismatch) }) { body.append(.p(t(.growthMismatchNote))) }
        if model.blocks.contains(where: { $0.rows.contains(where: \.partial) }) { body.append(.p(t(.partialNote))) }
        body.append(projects)
        return Layout.page(title: title, at: p.location, current: .bulletin, body: .group(body), printable: true)
    }
}
