// Renders the import page: the form (what kind of data, the file — CSV or Excel — the sheet, 试导入
// ticked by default), the columns each kind takes, and after an upload its report: what was (or
// would be) written, or every refused row with where and why. A plain form: no script needed.
import TiaoduCore
import TiaoduStore

enum ImportPageView {
    struct State {
        let kinds: [ImportKind]
        let kind: ImportKind
        let sheet: String
        let dryRun: Bool
        var fileName: String?
        /// the sheet a workbook was read from
        var readSheet: String?
        var summary: ImportSummary?
        var issues: [String] = []
        var more = 0
        /// the file itself could not be read
        var problem: String?

        init(kinds: [ImportKind], kind: ImportKind, sheet: String, dryRun: Bool) {
            (self.kinds, self.kind, self.sheet, self.dryRun) = (kinds, kind, sheet, dryRun)
        }
    }

    static func render(_ state: State, _ p: PageContext, csrf: String) -> String {
        let l = p.language
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let title = p.text(.importTitle)
        var body: [Node] = [.h1(.text(title)), .p(t(.importIntro))]
        body.append(report(state, p))
        var fields: [Node] = [.hidden("_csrf", csrf), .hidden("lang", l.rawValue)]
        fields.append(.label(t(.importKind), Node.select(state.kinds.map { kind in
            Node.option(.text(kindName(kind, p))).value(kind.rawValue).flag("selected", kind == state.kind)
        }).name("kind")))
        fields.append(.label(t(.importFile), Node.input().type("file").name("file").attr("accept", ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").flag("required")))
        fields.append(.label(t(.importSheet), Node.input().name("sheet").value(state.sheet).attr("maxlength", "31")))
        fields.append(.label(Node.input().type("checkbox").name("dry_run").value("1").flag("checked", state.dryRun), " ", t(.importDryRunHint)).class("check"))
        fields.append(.button(t(.importSubmit)).type("submit"))
        body.append(.form(fields).class("case-form import-form").method("post").attr("enctype", "multipart/form-data")
            .action(Link.to("/import", [("lang", l.rawValue)])))
        body.append(.h2(t(.importColumns)))
        body.append(.table(.thead(.tr(.th(t(.importKind)).scope("col"), .th(t(.importRequired)).scope("col"), .th(t(.importOptional)).scope("col"))),
                           .tbody(state.kinds.map { kind in
            Node.tr(.th(.text(kindName(kind, p))).scope("row"), .td(.code(.text(kind.requiredColumns.joined(separator: ", ")))),
                    .td(.code(.text(kind.optionalColumns.joined(separator: ", ")))))
        })).class("import-columns"))
        body.append(.p(t(.importCellsNote)))
        return Layout.page(title: title, at: p.location, current: nil, body: .group(body))
    }

    /// What the upload did: a summary, or the refused rows, or why the file could not be read.
    static func report(_ state: State, _ p: PageContext) -> Node {
        let l = p.language
        let file = [state.fileName, state.readSheet.map { PageText.format(.importSheetRead, l, $0) }].compactMap { $0 }.joined(separator: " ")
        if let problem = state.problem {
            return .div(.p(.strong(.text(file))), .p(.text(problem))).class("error").role("alert")
        }
        if !state.issues.isEmpty {
            var items = state.issues.map { Node.li(.text($0)) }
            if state.more > 0 { items.append(.li(.text(Catalogue.format(.moreIssues, l, String(state.more))))) }
            return .div(.p(.strong(.text(file)), " ", .text(Catalogue.text(.importFailed, l))), .ul(items)).class("error").role("alert")
        }
        guard let summary = state.summary else { return .empty }
        let counts = PageText.format(.importCounts, l, [kindName(summary.kind, p), String(summary.rows), String(summary.inserted),
                                                        String(summary.changed), String(summary.unchanged)])
        let said = summary.dryRun ? PageText.format(.importWouldWrite, l, counts) : PageText.format(.importWrote, l, counts)
        return .div(.p(.strong(.text(file))), .p(.text(said))).class(summary.dryRun ? "dry-run" : "ok").role("status")
    }

    static func kindName(_ kind: ImportKind, _ p: PageContext) -> String {
        let labels: [ImportKind: PageLabel] = [.orgs: .importKindOrgs, .indicators: .importKindIndicators, .targets: .importKindTargets,
                                               .values: .importKindValues, .projects: .importKindProjects, .progress: .importKindProgress,
                                               .calendar: .importKindCalendar, .cases: .importKindCases]
        return labels[kind].map { p.text($0) } ?? kind.rawValue
    }
}
