// Small pieces of HTML that several pages show the same way: pickers, status marks, rank
// movement and links to the other pages.
import TiaoduCore

enum Fragments {
    /// A GET form of selects (period, scope, unit…) that works without JavaScript.
    static func pickers(action: String, language: Language, selects: [String], hidden: [(String, String)] = []) -> String {
        var html = "<form class=\"pickers\" method=\"get\" action=\"\(HTML.escape(action))\">" + selects.joined()
        for (name, value) in hidden + [("lang", language.rawValue)] {
            html += "<input type=\"hidden\" name=\"\(HTML.escape(name))\" value=\"\(HTML.escape(value))\">"
        }
        return html + "<button type=\"submit\">\(HTML.escape(Catalogue.text(.show, language)))</button></form>"
    }

    static func select(name: String, label: String, options: [(value: String, text: String)], selected: String?) -> String {
        var html = "<label>\(HTML.escape(label))<select name=\"\(HTML.escape(name))\">"
        for option in options {
            html += "<option value=\"\(HTML.escape(option.value))\"\(option.value == selected ? " selected" : "")>\(HTML.escape(option.text))</option>"
        }
        return html + "</select></label>"
    }

    static func periodSelect(_ p: PageRequest) -> String {
        select(name: "period", label: p.text(.period), options: p.months.map { ($0.description, Catalogue.periodHeading($0, p.language)) },
               selected: p.period.description)
    }

    static func scopeSelect(_ p: PageRequest, selected: String, name: String = "parent", label: Label = .parent) -> String {
        select(name: name, label: p.text(label), options: p.scopes.map { ($0.code, p.name($0)) }, selected: selected)
    }

    /// ● 正常 / ▲ 预警 / ■ 滞后 — colour and shape.
    static func status(_ status: Status?, _ language: Language) -> String {
        guard let status else { return "<span class=\"muted\">-</span>" }
        return "<span class=\"s-\(status.rawValue)\">\(HTML.escape(Catalogue.status(status, language)))</span>"
    }

    /// A rank with its movement since the previous period: 2 ↑3, 5 ↓1 (a smaller rank is better).
    static func rank(_ now: Int?, before: Int?, _ language: Language) -> String {
        guard let now else { return "-" }
        var html = String(now)
        if let before, before != now {
            let change = before - now
            let word = Catalogue.text(change > 0 ? .up : .down, language)
            html += " <span class=\"mv-\(change > 0 ? "up" : "down")\" title=\"\(HTML.escape(word)) \(abs(change))\">\(change > 0 ? "↑" : "↓")\(abs(change))</span>"
        }
        return html
    }

    static func unitLink(_ code: String, name: String, period: Period) -> String {
        "<a href=\"/units/\(HTML.percentEncoded(code))\(HTML.query([("period", period.description)]))\">\(HTML.escape(name))</a>"
    }

    static func leagueLink(indicator: String, parent: String, period: Period, text: String) -> String {
        "<a href=\"/league\(HTML.query([("indicator", indicator), ("parent", parent), ("period", period.description)]))\">\(HTML.escape(text))</a>"
    }

    static func indicatorLink(_ code: String, org: String, period: Period, text: String) -> String {
        "<a href=\"/indicators/\(HTML.percentEncoded(code))\(HTML.query([("org", org), ("period", period.description)]))\">\(HTML.escape(text))</a>"
    }
}
