// Renders the data-entry form: a plain POST form with one row per indicator saying what its value
// is (本月数, 1—9月累计, 9月末余额), the server's messages next to the fields they concern, a lock
// said once for the grid, and after a save the next step: the 报送 button of /status (its form,
// its route), when the reader may submit.
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
        // a whole sheet at once: the same pipeline from a CSV file or an Excel workbook
        body.append(.p(
            .a(t(.templateDownload)).href(Link.to("/entry/template.xlsx", [("org", model.unit.code), ("period", model.period.description), ("lang", l.rawValue)]))
                .flag("download"),
            .a(t(.importLink)).href(Link.to("/import", [("kind", "values"), ("lang", l.rawValue)]))
        ).class("actions"))
        if let saved = model.saved {
            // What was saved, then what comes next: the unit's draft is submitted from here, by
            // the same form and route as on /status.
            let said = saved > 0 ? PageText.format(.savedCount, l, String(saved)) : p.text(.noChange)
            if model.canSubmit, model.warningCount > 0 {
                // Warnings first: each is explained on the review page, then the month is submitted there.
                body.append(.p(.text(said), .text(PageText.format(.entryWarningsNext, l, String(model.warningCount))), " ",
                               .a(t(.reviewLink)).href(Link.to("/review", [("org", model.unit.code), ("period", model.period.description)])))
                    .class("ok next-step").role("status"))
            } else if model.canSubmit, let csrf = p.csrf {
                let submit = Node.form(
                    .hidden("_csrf", csrf), .hidden("org", model.unit.code), .hidden("period", model.period.description),
                    .hidden("action", ApprovalAction.submit.rawValue), .hidden("lang", l.rawValue),
                    .button(.text(PageText.action(.submit, l))).type("submit")
                ).class("act").method("post").action("/status")
                body.append(.div(.p(.text(said), t(.entrySubmitNext)), submit).class("ok next-step").role("status"))
            } else {
                body.append(.p(.text(said)).class("ok").role("status"))
            }
        }
        if let reason = model.returnedReason {
            body.append(.p(.text(PageText.format(.returnedBanner, l, reason)), " ",
                           .a(t(.reviewLink)).href(Link.to("/review", [("org", model.unit.code), ("period", model.period.description)])))
                .class("error").role("alert"))
        }
        if model.clearedGrowths > 0 {
            body.append(.p(.text(PageText.format(.growthsCleared, l, String(model.clearedGrowths)))).class("notice").role("note"))
        }
        if model.failed {
            let others: Node = model.otherMessages.isEmpty ? .empty : .ul(model.otherMessages.map { Node.li(.text($0)) })
            // Refused only by a lock there is nothing to correct in the fields.
            body.append(.div(.p(t(model.lockedOnly == true ? .entryLockedNothingSaved : .nothingSaved)), others).class("error").role("alert"))
        }
        let statusLink = Node.a(t(.navStatus)).href(Link.to("/status", [("period", model.period.description)]) + "#st-" + Link.segment(model.unit.code))
        if let sentence = model.lockSentence {
            // Said once for the grid: whose figures, the period, whose state closed them (by name).
            body.append(.p(.text(sentence), " ", statusLink).class("notice").role("note"))
        } else {
            body.append(.p(.text(p.text(.dueDate) + p.text(.colon) + model.due + " · "), statusLink, model.readOnly ? .empty : .group([" · ", t(.entryHint)])).class("muted"))
            if !model.readOnly { body.append(.p(t(.entryNumberHint)).class("muted")) }
        }
        if model.readOnly { body.append(.p(t(.readOnlyEntry)).class("notice").role("note")) }
        if !model.computed.isEmpty {
            body.append(.p(.text(PageText.format(.entryComputedNote, l, model.computed.joined(separator: p.text(.entryListSeparator))))).class("muted"))
        }
        let locked = model.lock != nil || model.readOnly
        let heads: [PageLabel] = [.indicator, .unit, .entryTakes, .value, .publishedGrowth, .lastPeriod, .sameMonthLastYear]
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
            line.due.map { Node.span(.text(p.text(.dueDate) + p.text(.colon) + $0)).class("unit") } ?? .empty,
        ]
        // The field is described by what it takes (「1—9月累计」) and, after a refusal, by why.
        let valueInput = Node.input().id("v-\(code)").name("v_\(code)").attr("inputmode", "decimal").value(line.value).flag("disabled", locked)
            .attr("aria-invalid", line.valueMessage != nil ? "true" : nil).attr("aria-describedby", "vt-\(code)" + (line.valueMessage != nil ? " vm-\(code)" : ""))
        let value: [Node] = [
            valueInput,
            line.valueMessage.map { Node.span(.text($0)).class("msg").id("vm-\(code)") } ?? .empty,
            .group(line.warnings.map { Node.span(.text($0)).class("warn") }),
        ]
        let growthInput = Node.input().name("g_\(code)").ariaLabel(line.name + " " + p.text(.publishedGrowth)).attr("inputmode", "decimal")
            .value(line.growth).flag("disabled", locked)
            .attr("aria-invalid", line.growthMessage != nil ? "true" : nil).attr("aria-describedby", line.growthMessage != nil ? "gm-\(code)" : nil)
        // A rate or ratio changes in points from its levels: no growth is entered beside it.
        let growth: [Node] = line.takesGrowth ? [
            growthInput,
            line.growthMessage.map { Node.span(.text($0)).class("msg").id("gm-\(code)") } ?? .empty,
        ] : [.text(BulletinCells.missing)]
        let cells: [Node] = [
            .th(name).scope("row"),
            .td(.text(Catalogue.unitName(line.unit, p.language))),
            .td(.text(line.takes)).class("takes").id("vt-\(code)"),
            .td(value).class(line.valueMessage != nil ? "invalid" : nil),
            .td(growth).class(line.growthMessage != nil ? "invalid" : nil),
            .td(.text(line.lastPeriod ?? BulletinCells.missing)).class("num"),
            .td(.text(line.lastYear ?? BulletinCells.missing)).class("num"),
        ]
        return .tr(cells).id("row-\(code)")
    }
}
