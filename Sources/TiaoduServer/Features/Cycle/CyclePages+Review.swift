// GET /review?org=&period= — 数据审核, one unit's month as its approver judges it (signed-in
// readers of the unit); POST /review/notes — the unit's notes on its warnings (who may enter its
// figures), then back to the page.
import Vapor
import TiaoduCore
import TiaoduStore

extension CyclePages {
    func review(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/review") { p in
            guard let code = p.query("org") ?? p.defaultScope, let unit = p.workspace.tree[code] else {
                throw APIError(status: .notFound, message: p.text(.noData))
            }
            // The unit's figures, warnings and moves are its own: for those who may read it unpublished.
            guard p.policy.canRead(principal, org: unit.code) else {
                throw APIError(status: .forbidden, message: PageText.format(.cannotReadUnit, p.language, p.name(unit)))
            }
            let cycle = context.store.cycle
            let states = Dictionary(try await cycle.submissions(period: p.period).map { ($0.org, $0.status) }, uniquingKeysWith: { first, _ in first })
            let moves = try await cycle.moves(org: unit.code, period: p.period)
            // Who moved it, by name (「邗江区审核员」), as the header names the reader.
            let names = try await userNames(Set(moves.map(\.actor)))
            let since = ReviewModel.baseline(moves, status: states[unit.code] ?? .draft)
            var changes: [ChangedFigure] = []
            if let since { changes = try await cycle.changes(org: unit.code, period: p.period, since: since) }
            let message = p.query("saved").map { _ in p.text(.notesSaved) }
                ?? p.query("moved").flatMap(ApprovalAction.init).map { PageText.moved($0, p.language) }
            // Refused here for want of notes: the notes are on this page.
            let failure = p.query("error").flatMap { $0 == "notes" ? .notesRequiredHere : Self.refusal($0) }.map { p.text($0) }
            let model = ReviewModel(p.page, unit: unit, period: p.period, states: states,
                                    warnings: try await cycle.warnings(org: unit.code, period: p.period),
                                    notes: try await cycle.notes(org: unit.code, period: p.period),
                                    moves: moves, names: names, changes: changes, message: message, failure: failure)
            return p.respond(ReviewView.render(model, p.page))
        }
    }

    func saveNotes(_ request: Request) async throws -> Response {
        guard request.signedIn != nil else { return Self.signInFirst(request) }
        let (signedIn, form) = try Self.checkedForm(request)
        guard let org = form["org"], let period = form["period"].flatMap(Period.init) else {
            throw APIError(status: .badRequest, message: "org and period are required")
        }
        // Fields are named note-INDICATOR-FLAG; codes hold no "-" at the flag's end, so split at the known flags.
        let flags = PlausibilityFlag.kinds
        let notes: [(indicator: String, flag: String, note: String)] = form.compactMap { name, value in
            guard name.hasPrefix("note-"), let flag = flags.first(where: { name.hasSuffix("-" + $0) }) else { return nil }
            let indicator = String(name.dropFirst("note-".count).dropLast(flag.count + 1))
            return (indicator, flag, value)
        }
        var outcome = ("saved", "1")
        do {
            try await context.store.cycle.saveNotes(org: org, period: period, notes, by: signedIn.principal, source: .form)
        } catch let error as FigureNoteError {
            switch error {
            case .notPermitted: outcome = ("error", "notPermitted")
            case .unknownWarning: outcome = ("error", "stale")
            case .badText: outcome = ("error", "badText")
            }
        }
        let back = "/review" + Link.query([("org", org), ("period", period.description), outcome, ("lang", request.language.rawValue)])
        return request.redirect(to: back, redirectType: .normal)
    }

    /// The word for a refused move or note, by the code its redirect carries.
    static func refusal(_ code: String) -> PageLabel? {
        ["notFrom": .notFromState, "notPermitted": .notPermittedAction, "reason": .reasonRequired, "own": .ownSubmission,
         "notes": .notesRequired, "stale": .warningsChanged, "badText": .badNoteText][code]
    }
}
