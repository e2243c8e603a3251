// Renders the bulletin (通报) for print: title, the generated text per indicator, then the
// conventional table — indicator, unit, 1—m月 cumulative, growth, its rank, annual target,
// completion, 序时, gap, rank by completion — with CSV and JSON alongside.
import TiaoduCore

enum BulletinPageView {
    static func render(_ model: BulletinPageModel, _ p: PageRequest, projects: String = "") -> String {
        let l = p.language
        func t(_ label: Label) -> String { HTML.escape(p.text(label)) }
        let title = "\(model.parentName) \(Catalogue.periodHeading(model.period, l)) \(p.text(.bulletinTitle))"
        var html = "<h1>\(HTML.escape(title))</h1>"
        html += Fragments.pickers(action: "/bulletin", language: l, selects: [Fragments.periodSelect(p), Fragments.scopeSelect(p, selected: model.parent.code)])
        let scopeQuery = [("period", model.period.description), ("parent", model.parent.code)]
        html += "<p class=\"actions\"><a href=\"/api/v1/bulletin\(HTML.query(scopeQuery + [("format", "csv"), ("lang", l.rawValue)]))\" download>\(t(.downloadCSV))</a>"
        html += "<a href=\"/api/v1/bulletin\(HTML.query(scopeQuery))\">JSON</a></p>"
        if model.blocks.isEmpty { html += "<p>\(t(.noData))</p>" }

        html += "<section class=\"narrative\"><h2>\(t(.bulletinText))</h2>"
        for (index, block) in model.blocks.enumerated() {
            html += "<h3>\(index + 1). \(HTML.escape(block.name))</h3>" + block.text.map { "<p>\(HTML.escape($0))</p>" }.joined()
        }
        html += "</section>"

        let cumulative = (l == .zh ? BulletinNarrative.span(model.period, l) : Catalogue.periodHeading(model.period, l)) + p.text(.cumulativeHeading)
        html += "<h2>\(t(.tableHeading))</h2><div class=\"scroll\"><table class=\"bulletin\"><thead><tr>"
        html += "<th scope=\"col\">\(t(.indicator))</th><th scope=\"col\">\(t(.org))</th><th scope=\"col\">\(HTML.escape(cumulative))</th><th scope=\"col\">\(t(.growth))</th>"
        html += "<th scope=\"col\">\(t(.rankGrowth))</th><th scope=\"col\">\(t(.target))</th><th scope=\"col\">\(t(.completion))</th><th scope=\"col\">\(t(.schedule))</th>"
        html += "<th scope=\"col\">\(t(.gap))</th><th scope=\"col\">\(t(.rankCompletion))</th></tr></thead>"
        for block in model.blocks {
            html += "<tbody id=\"ind-\(HTML.escape(block.code))\">"
            for (index, row) in block.rows.enumerated() {
                let c = row.cells
                html += "<tr\(row.isParent ? " class=\"parent\"" : "")>"
                if index == 0 {
                    var label = HTML.escape(block.name) + "<br><span class=\"unit\">\(HTML.escape(block.unit))</span>"
                    if let dataPeriod = block.dataPeriod { label += "<br><span class=\"unit\">\(t(.dataPeriod)) \(HTML.escape(Catalogue.periodHeading(dataPeriod, l)))</span>" }
                    html += "<th scope=\"rowgroup\" rowspan=\"\(block.rows.count)\">\(label)</th>"
                }
                let flag = row.mismatch ? "<span class=\"flag\" title=\"\(t(.mismatch))\">※</span>" : ""
                let growthFlag = row.growthMismatch ? "<span class=\"flag\" title=\"\(t(.growthMismatchNote))\">※</span>" : ""
                html += "<th scope=\"row\">\(HTML.escape(row.orgName))</th><td class=\"num\">\(HTML.escape(c.ytd))\(flag)</td><td class=\"num\">\(HTML.escape(c.growth))\(growthFlag)</td>"
                html += [c.rankGrowth, c.target, c.completion, c.schedule, c.gap, c.rankCompletion].map { "<td class=\"num\">\(HTML.escape($0))</td>" }.joined()
                html += "</tr>"
            }
            html += "</tbody>"
        }
        html += "</table></div>"
        if model.blocks.contains(where: { $0.rows.contains(where: \.mismatch) }) { html += "<p>\(t(.mismatchNote))</p>" }
        if model.blocks.contains(where: { $0.rows.contains(where: \.growthMismatch) }) { html += "<p>\(t(.growthMismatchNote))</p>" }
        html += projects
        return Layout.page(title: title, at: p.location, current: .bulletin, body: html, printable: true)
    }
}
