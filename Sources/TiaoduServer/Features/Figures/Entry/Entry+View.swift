// Renders the data-entry form: a plain POST form with one row per indicator, the server's
// messages next to the fields they concern.
import TiaoduCore

enum EntryView {
    static func render(_ model: EntryModel, _ p: PageContext) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = "\(model.unitName) \(Catalogue.periodHeading(model.period, l)) \(p.text(.entryTitle))"
        var body: [Node] = [.h1(.text(title))]
        let periodOptions = model.periods.map { period -> (String, String) in
            (period.description, Catalogue.periodName(period, l))
        }
        body.append(Fragments.pickers(action: "/entry", language: l, selects: [
            Fragments.select(name: "org", label: p.text(.forUnit), options: model.units.map { ($0.code, p.name($0)) }, selected: model.unit.code),
            Fragments.select(name: "period", label: p.text(.period), options: periodOptions, selected: model.period.description),
        ]))
        if let saved = model.saved {
            body.append(.p(.text(saved > 0 ? PageText.format(.savedCount, l, String(saved)) : p.text(.noChange))).class("ok").role("status"))
        }
        if model.failed {
            let others: Node = model.otherMessages.isEmpty ? .empty : .ul(model.otherMessages.map { Node.li(.text($0)) })
            body.append(.div(.p(t(.nothingSaved)), others).class("error").role("alert"))
        }
        let statusLink = Node.a(t(.navStatus)).href(Link.to("/status", [("period", model.period.description)]) + "#st-" + Link.segment(model.unit.code))
        if let lock = model.lock {
            // One whole sentence per state, the unit's name in its place (never glued from words).
            let sentence: PageLabel = lock.status == .accepted ? .lockedAccepted : lock.status == .approved ? .lockedApproved : .lockedSubmitted
            body.append(.p(.text(PageText.format(sentence, l, lock.name)), " ", statusLink).class("notice").role("note"))
        } else {
            body.append(.p("\(p.text(.dueDate)): \(model.due) · ", statusLink, model.readOnly ? .empty : .group([" · ", t(.entryHint)])).class("muted"))
        }
        if model.readOnly { body.append(.p(t(.readOnlyEntry)).class("notice").role("note")) }
        let locked = model.lock != nil || model.readOnly
        let heads: [PageLabel] = [.indicator, .unit, .value, .publishedGrowth, .lastPeriod, .sameMonthLastYear]
        let rows: [Node] = model.lines.map { row($0, locked: locked, p) }
        var fields: [Node] = [.hidden("org", model.unit.code)]
        if let csrf = p.csrf { fields.append(.hidden("_csrf", csrf)) }
        fields.append(.hidden("period", model.period.description))
        fields.append(.hidden("lang", l.rawValue))
        fields.append(.div(.table(.thead(.tr(heads.map { Node.th(t($0)).scope("col") })), .tbody(rows))).class("scroll"))
        fields.append(.div(
            locked ? .empty : Node.button(t(.save)).type("submit"),
            Fragments.unitLink(model.unit.code, name: model.unitName + " · " + p.text(.scorecardTitle), period: model.period)
        ).class("actions"))
        body.append(.form(fields).class("entry").method("post").action("/entry"))
        return Layout.page(title: title, at: p.location, current: .entry, body: .group(body))
    }

    /// One indicator's row: its name (the value field's label), unit, value and growth fields
    /// with their messages, last period's and last year's values.
    private static func row(_ line: EntryModel.Line, locked: Bool, _ p: PageContext) -> Node {
        let code = line.code
        let name: [Node] = [
            Node.label(.text(line.name)).labelFor("v-\(code)"),
            line.due.map { Node.span(.text(p.text(.dueDate) + " " + $0)).class("unit") } ?? .empty,
        ]
        let valueInput = Node.input().id("v-\(code)").name("v_\(code)").attr("inputmode", "decimal").value(line.value).flag("disabled", locked)
            .attr("aria-invalid", line.valueMessage != nil ? "true" : nil).attr("aria-describedby", line.valueMessage != nil ? "vm-\(code)" : nil)
        let value: [Node] = [
            valueInput,
            line.valueMessage.map { Node.span(.text($0)).class("msg").id("vm-\(code)") } ?? .empty,
            line.implausible && line.valueMessage == nil ? Node.span(.text(p.text(.implausible))).class("warn") : .empty,
        ]
        let growthInput = Node.input().name("g_\(code)").ariaLabel(line.name + " " + p.text(.publishedGrowth)).attr("inputmode", "decimal")
            .value(line.growth).flag("disabled", locked)
            .attr("aria-invalid", line.growthMessage != nil ? "true" : nil).attr("aria-describedby", line.growthMessage != nil ? "gm-\(code)" : nil)
        let growth: [Node] = [
            growthInput,
            line.growthMessage.map { Node.span(.text($0)).class("msg").id("gm-\(code)") } ?? .empty,
        ]
        let cells: [Node] = [
            .th(name).scope("row"),
            .td(.text(line.unit)),
            .td(value).class(line.valueMessage != nil ? "invalid" : nil),
            .td(growth).class(line.growthMessage != nil ? "invalid" : nil),
            .td(.text(line.lastPeriod ?? "-")).class("num"),
            .td(.text(line.lastYear ?? "-")).class("num"),
        ]
        return .tr(cells).id("row-\(code)")
    }
}
