// Renders 数据审核: the state and the last return's reason, the figures with their warnings and
// notes (a notes form while the unit may still write them), what changed since the last
// submission, the moves so far, and the moves the reader may make, each a form to /status.
import TiaoduCore

enum ReviewView {
    static func render(_ model: ReviewModel, _ p: PageContext) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = PageText.format(.reviewTitle, l, "\(model.name) \(Catalogue.periodName(model.period, l))")
        var body: [Node] = [
            .h1(.text(title)),
            Fragments.draftMark(p),
            .p(.strong(t(.submissionStatus)), t(.colon), .text(PageText.submission(model.status, l)),
               model.coveredBy.map { Node.span(" ", .text(PageText.format(.coveredBy, l, $0))).class("muted") } ?? .empty),
        ]
        if let message = model.message { body.append(.p(.text(message)).class("ok").role("status")) }
        if let failure = model.failure { body.append(.p(.text(failure)).class("error").role("alert")) }
        if let back = model.lastReturn {
            body.append(.p(.text(PageText.format(.returnedBecause, l, "\(back.when) \(back.actor)")), .strong(.text(back.reason ?? ""))).class("flag").role("note"))
        }
        // The figures, each with last month and last year beside it; warnings and notes under.
        let heads: [PageLabel] = [.indicator, .value, .lastPeriod, .sameMonthLastYear, .publishedGrowth, .changedSinceSubmission]
        let csrf = p.csrf
        var rows: [Node] = []
        for line in model.lines {
            rows.append(.tr(
                .th(.a(.text(line.name)).href(Link.to("/indicators/\(line.code)", [("org", model.org), ("period", model.period.description)])),
                    " ", .span(.text(Catalogue.unitName(line.unit, l))).class("unit")).scope("row"),
                .td(.text(line.value)).class("num").attr("data-label", p.text(.value)),
                .td(.text(line.lastPeriod)).class("num").attr("data-label", p.text(.lastPeriod)),
                .td(.text(line.lastYear)).class("num").attr("data-label", p.text(.sameMonthLastYear)),
                .td(.text(line.growth)).class("num").attr("data-label", p.text(.publishedGrowth)),
                .td(line.before.map { Node.span(.text(PageText.format(.wasBefore, l, $0))).class("changed") } ?? .text(BulletinCells.missing))
                    .attr("data-label", p.text(.changedSinceSubmission))
            ).class(line.warnings.isEmpty ? nil : "warned"))
            for warning in line.warnings {
                let note: Node
                if model.canNote, csrf != nil {
                    note = .label(t(.noteLabel), .textarea(.text(warning.note ?? "")).name("note-\(warning.indicator)-\(warning.kind)")
                        .attr("rows", "2").flag("required", warning.note == nil))
                } else {
                    note = warning.note.map { Node.p(.strong(t(.noteLabel)), t(.colon), .text($0)) } ?? .p(t(.noNote)).class("s-red")
                }
                rows.append(.tr(.td(.p(.span("⚠").attr("aria-hidden", "true"), " ", .text(warning.message)).class("warning"), note)
                    .colspan(heads.count)).class("warning-row"))
            }
        }
        let table = Node.div(.table(
            .thead(.tr(heads.map { Node.th(t($0)).scope("col") })),
            .tbody(rows.isEmpty ? [.tr(.td(t(.noData)).colspan(heads.count))] : rows)
        ).class("review stack")).class("scroll")
        body.append(.h2(t(.reviewFigures)))
        if model.open > 0 { body.append(.p(.text(PageText.format(.openWarnings, l, String(model.open)))).class("flag").role("note")) }
        if let since = model.changesSince { body.append(.p(.text(PageText.format(.changesSince, l, since))).class("muted")) }
        if model.canNote, let csrf, model.lines.contains(where: { !$0.warnings.isEmpty }) {
            // The notes are one form around the table: saved together, then the unit submits.
            body.append(.form(
                .hidden("_csrf", csrf), .hidden("org", model.org), .hidden("period", model.period.description), .hidden("lang", l.rawValue),
                table,
                .button(t(.saveNotes)).type("submit")
            ).method("post").action("/review/notes"))
        } else {
            body.append(table)
        }
        // The moves the reader may make, from here.
        if let csrf, !model.actions.isEmpty {
            body.append(.div(model.actions.map { action in
                .form(
                    .hidden("_csrf", csrf), .hidden("org", model.org), .hidden("period", model.period.description),
                    .hidden("action", action.rawValue), .hidden("lang", l.rawValue), .hidden("back", "review"),
                    action.needsReason ? Node.label(t(.reason), .input().name("reason").flag("required")) : .empty,
                    .button(.text(PageText.action(action, l))).type("submit").flag("disabled", action == .submit && model.open > 0)
                ).class("act").method("post").action("/status")
            }).class("actions"))
        }
        if !model.moves.isEmpty {
            body.append(.h2(t(.movesTitle)))
            body.append(.ol(model.moves.map { move in
                .li(.text("\(move.when) \(move.actor) \(move.action)"), move.reason.map { Node.span(t(.colon), .text($0)) } ?? .empty)
            }).class("moves"))
        }
        body.append(.p(.a(t(.navStatus)).href(Link.to("/status", [("period", model.period.description)]))))
        return Layout.page(title: title, at: p.location, current: .status, body: .group(body))
    }
}
