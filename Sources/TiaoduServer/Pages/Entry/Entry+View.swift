// Renders the data-entry form: a plain POST form with one row per indicator, the server's
// messages next to the fields they concern.
import TiaoduCore

enum EntryView {
    static func render(_ model: EntryModel, _ p: PageRequest) -> String {
        let l = p.language
        func t(_ label: Label) -> String { HTML.escape(p.text(label)) }
        let title = "\(model.unitName) \(Catalogue.periodHeading(model.period, l)) \(p.text(.entryTitle))"
        var html = "<h1>\(HTML.escape(title))</h1>"
        let periodOptions = model.periods.map { period -> (String, String) in
            (period.description, Catalogue.periodName(period, l))
        }
        html += Fragments.pickers(action: "/entry", language: l, selects: [
            Fragments.select(name: "org", label: p.text(.forUnit), options: model.units.map { ($0.code, p.name($0)) }, selected: model.unit.code),
            Fragments.select(name: "period", label: p.text(.period), options: periodOptions, selected: model.period.description),
        ])
        if let saved = model.saved {
            html += "<p class=\"ok\" role=\"status\">\(HTML.escape(saved > 0 ? Catalogue.format(.savedCount, l, String(saved)) : p.text(.noChange)))</p>"
        }
        if model.failed {
            html += "<div class=\"error\" role=\"alert\"><p>\(t(.nothingSaved))</p>"
            if !model.otherMessages.isEmpty { html += "<ul>" + model.otherMessages.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>" }
            html += "</div>"
        }
        let statusLink = "<a href=\"/status\(HTML.query([("period", model.period.description)]))#st-\(HTML.percentEncoded(model.unit.code))\">\(t(.navStatus))</a>"
        if let lock = model.lock {
            let state = lock.name + Catalogue.submission(lock.status, l)
            html += "<p class=\"notice\" role=\"note\">\(HTML.escape(Catalogue.format(.lockedNote, l, state))) \(statusLink)</p>"
        } else {
            html += "<p class=\"muted\">\(t(.dueDate)): \(HTML.escape(model.due)) · \(statusLink) · \(t(.entryHint))</p>"
        }
        let disabled = model.lock == nil ? "" : " disabled"
        html += "<form class=\"entry\" method=\"post\" action=\"/entry\"><input type=\"hidden\" name=\"org\" value=\"\(HTML.escape(model.unit.code))\">"
        if let csrf = p.location.signedIn?.session?.csrf { html += "<input type=\"hidden\" name=\"_csrf\" value=\"\(HTML.escape(csrf))\">" }
        html += "<input type=\"hidden\" name=\"period\" value=\"\(HTML.escape(model.period.description))\"><input type=\"hidden\" name=\"lang\" value=\"\(l.rawValue)\">"
        html += "<div class=\"scroll\"><table><thead><tr><th scope=\"col\">\(t(.indicator))</th><th scope=\"col\">\(t(.unit))</th><th scope=\"col\">\(t(.value))</th>"
        html += "<th scope=\"col\">\(t(.publishedGrowth))</th><th scope=\"col\">\(t(.lastPeriod))</th><th scope=\"col\">\(t(.sameMonthLastYear))</th></tr></thead><tbody>"
        for line in model.lines {
            let code = HTML.escape(line.code)
            html += "<tr id=\"row-\(code)\"><th scope=\"row\"><label for=\"v-\(code)\">\(HTML.escape(line.name))</label>"
            if let due = line.due { html += "<span class=\"unit\">\(t(.dueDate)) \(HTML.escape(due))</span>" }
            html += "</th><td>\(HTML.escape(line.unit))</td>"
            html += "<td\(line.valueMessage != nil ? " class=\"invalid\"" : "")><input id=\"v-\(code)\" name=\"v_\(code)\" inputmode=\"decimal\" value=\"\(HTML.escape(line.value))\"\(disabled)"
            html += line.valueMessage != nil ? " aria-invalid=\"true\" aria-describedby=\"vm-\(code)\">" : ">"
            if let message = line.valueMessage { html += "<span class=\"msg\" id=\"vm-\(code)\">\(HTML.escape(message))</span>" }
            if line.implausible && line.valueMessage == nil { html += "<span class=\"warn\">\(t(.implausible))</span>" }
            html += "</td><td\(line.growthMessage != nil ? " class=\"invalid\"" : "")><input name=\"g_\(code)\" aria-label=\"\(HTML.escape(line.name)) \(t(.publishedGrowth))\" inputmode=\"decimal\" value=\"\(HTML.escape(line.growth))\"\(disabled)"
            html += line.growthMessage != nil ? " aria-invalid=\"true\" aria-describedby=\"gm-\(code)\">" : ">"
            if let message = line.growthMessage { html += "<span class=\"msg\" id=\"gm-\(code)\">\(HTML.escape(message))</span>" }
            html += "</td><td class=\"num\">\(HTML.escape(line.lastPeriod ?? "-"))</td><td class=\"num\">\(HTML.escape(line.lastYear ?? "-"))</td></tr>"
        }
        html += "</tbody></table></div><div class=\"actions\">" + (model.lock == nil ? "<button type=\"submit\">\(t(.save))</button>" : "")
        html += Fragments.unitLink(model.unit.code, name: model.unitName + " · " + p.text(.scorecardTitle), period: model.period) + "</div></form>"
        return Layout.page(title: title, at: p.location, current: .entry, body: html)
    }
}
