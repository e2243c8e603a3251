// Renders the bulletin page model as HTML: a period and scope picker, then one table per
// indicator in the conventional layout (the parent on top, unranked).
import TiaoduCore

enum BulletinPageView {
    static func render(_ model: BulletinPageModel) -> String {
        let l = model.language
        func t(_ label: Label) -> String { HTML.escape(Catalogue.text(label, l)) }
        let title = "\(model.parent.name) \(Catalogue.periodHeading(model.period, l)) \(Catalogue.text(.bulletinTitle, l))"
        let otherLanguage: Language = l == .zh ? .en : .zh
        var body = """
        <header><a class="brand" href="/">\(t(.appName))</a><span class="tagline">\(t(.appTagline))</span>
        <nav><a href="\(HTML.query([("period", model.period.description), ("parent", model.parent.code), ("lang", otherLanguage.rawValue)]))">\(t(.language))</a>
        <a href="/api/v1/bulletin\(HTML.query([("period", model.period.description), ("parent", model.parent.code)]))">JSON</a>
        <a href="/api/v1/bulletin\(HTML.query([("period", model.period.description), ("parent", model.parent.code), ("format", "csv"), ("lang", l.rawValue)]))">CSV</a></nav></header>
        <main>
        <h1>\(HTML.escape(title))</h1>
        """
        if model.demo { body += "<p class=\"notice\" role=\"note\">\(t(.demoNotice))</p>" }
        body += "<form class=\"pickers\" method=\"get\" action=\"/\"><label>\(t(.period))<select name=\"period\">"
        for period in model.periods {
            body += "<option value=\"\(HTML.escape(period.description))\"\(period == model.period ? " selected" : "")>\(HTML.escape(Catalogue.periodHeading(period, l)))</option>"
        }
        body += "</select></label><label>\(t(.parent))<select name=\"parent\">"
        for unit in model.parentChoices {
            let name = l == .en ? (unit.nameEn ?? unit.name) : unit.name
            body += "<option value=\"\(HTML.escape(unit.code))\"\(unit.code == model.parent.code ? " selected" : "")>\(HTML.escape(name))</option>"
        }
        body += "</select></label><input type=\"hidden\" name=\"lang\" value=\"\(l.rawValue)\"><button type=\"submit\">\(t(.show))</button></form>"
        if model.blocks.isEmpty { body += "<p>\(t(.noData))</p>" }
        let headers: [Label] = [.org, .ytd, .growth, .target, .completion, .schedule, .gap, .rankTotal, .rankGrowth, .rankCompletion, .status]
        for block in model.blocks {
            body += "<div class=\"scroll\"><table id=\"ind-\(HTML.escape(block.code))\"><caption>\(HTML.escape(block.name))<span class=\"unit\">\(HTML.escape(block.unit))\(block.dataPeriod.map { " · " + Catalogue.text(.dataPeriod, l) + " " + HTML.escape(Catalogue.periodHeading($0, l)) } ?? "")</span></caption><thead><tr>"
            body += headers.map { "<th scope=\"col\">\(t($0))</th>" }.joined()
            body += "</tr></thead><tbody>"
            for row in block.rows {
                let c = row.cells
                let statusClass = row.status.map { " class=\"s-\($0.rawValue)\"" } ?? ""
                let flag = row.mismatch ? "<span class=\"flag\" title=\"\(t(.mismatch))\">※</span>" : ""
                let growthFlag = row.growthMismatch ? "<span class=\"flag\" title=\"\(t(.growthMismatchNote))\">※</span>" : ""
                body += "<tr\(row.isParent ? " class=\"parent\"" : "")><th scope=\"row\">\(HTML.escape(row.orgName))</th>"
                body += "<td class=\"num\">\(HTML.escape(c.ytd))\(flag)</td><td class=\"num\">\(HTML.escape(c.growth))\(growthFlag)</td>"
                body += [c.target, c.completion, c.schedule, c.gap, c.rankTotal, c.rankGrowth, c.rankCompletion]
                    .map { "<td class=\"num\">\(HTML.escape($0))</td>" }.joined()
                body += "<td\(statusClass)>\(HTML.escape(c.status))</td></tr>"
            }
            body += "</tbody></table></div>"
        }
        if model.blocks.contains(where: { $0.rows.contains(where: \.mismatch) }) { body += "<p>\(t(.mismatchNote))</p>" }
        if model.blocks.contains(where: { $0.rows.contains(where: \.growthMismatch) }) { body += "<p>\(t(.growthMismatchNote))</p>" }
        body += "</main><footer>\(t(.api)): <code>/api/v1/bulletin</code> · <code>/api/v1/orgs</code> · <code>/api/v1/indicators</code> · <code>/api/v1/targets</code> · <code>/api/v1/values</code></footer>"
        return HTML.page(title: title, language: l, body: body)
    }
}
