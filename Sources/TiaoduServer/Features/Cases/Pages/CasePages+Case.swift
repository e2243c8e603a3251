// GET /cases/CODE — one case (404 for who may not read it); POST /cases/CODE/act — a step on it,
// then back to the page saying what was done, or the page again with the refusal at the form and
// what was typed kept (409 the case moved on, 403 not a party, 422 what was typed);
// GET /cases/CODE/print — its 督办单; GET and POST /cases/new — raising a case.
import Vapor
import TiaoduCore
import TiaoduStore

extension CasePages {
    func casePage(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { return Self.signInFirst(request) }
        let code = request.parameters.get("code") ?? ""
        return try await context.page(request, path: CaseCells.path(code)) { p in
            try await caseResponse(p, principal: principal, code: code, done: p.query("done").flatMap(CaseAction.init(rawValue:)),
                                   raised: p.query("raised") != nil)
        }
    }

    /// The case page: as read now, with what the last step did or why it was refused.
    func caseResponse(_ p: PageRequest, principal: Principal, code: String, done: CaseAction? = nil, raised: Bool = false,
                      failure: CaseFormFailure? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let cases = context.store.cases
        guard let record = try await cases.record(code, for: principal) else {
            throw APIError(status: .notFound, message: CaseError.unknownCase(code).message(p.language))
        }
        let events = try await cases.events(of: record)
        var message: String?
        if raised { message = PageText.format(.caseRaisedDone, p.language, record.code) }
        if let done { message = Self.done(done, kind: record.kind, p.language) }
        let parties = try await cases.parties(record, for: principal)
        let model = CasePageModel(p.page, record: record, events: events, parties: parties, actions: try await cases.actions(record, for: parties, today: p.today),
                                  calendar: try await cases.calendar(), names: try await userNames(Set(events.map(\.actor) + [record.raisedBy])),
                                  types: try await cases.types(), enterprises: try await cases.enterprises(), departments: try await cases.departments(),
                                  message: message, failure: failure)
        return p.respond(CasePageView.render(model, p.page), status: status)
    }

    func act(_ request: Request) async throws -> Response {
        guard request.signedIn != nil else { return Self.signInFirst(request) }
        let (signedIn, pairs) = try Self.checkedFormPairs(request)
        let code = request.parameters.get("code") ?? ""
        let language = Self.language(pairs, request)
        let input = CaseActionInput(pairs)
        guard let action = input.action else {
            return ErrorPage.respond(APIError(status: .badRequest, message: PageText.text(.caseUnknownAction, language)), request, demo: context.options.demo)
        }
        do {
            let command = try input.command(action)
            try await context.store.cases.act(code, command, by: signedIn.principal, today: context.today)
        } catch let error as CaseError {
            if case .unknownCase = error {
                return ErrorPage.respond(APIError(status: .notFound, message: error.message(language)), request, demo: context.options.demo)
            }
            let failure = input.failure(action, error, language)
            return try await context.page(request, path: CaseCells.path(code)) { p in
                try await caseResponse(p, principal: signedIn.principal, code: code, failure: failure, status: Self.status(error))
            }
        }
        return request.redirect(to: Link.to(CaseCells.path(code), [("done", action.rawValue), ("lang", language.rawValue)]), redirectType: .normal)
    }

    func sheet(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { return Self.signInFirst(request) }
        let code = request.parameters.get("code") ?? ""
        return try await context.page(request, path: CaseCells.path(code) + "/print") { p in
            let cases = context.store.cases
            guard let record = try await cases.record(code, for: principal) else {
                throw APIError(status: .notFound, message: CaseError.unknownCase(code).message(p.language))
            }
            return p.respond(CaseSheetView.render(record, events: try await cases.events(of: record), types: try await cases.types(), p.page))
        }
    }

    func raiseForm(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/cases/new") { p in
            try await raiseResponse(p, principal: principal, kind: p.query("kind").flatMap(CaseKind.init(rawValue:)), values: [:])
        }
    }

    /// The raise form, for the kind asked (else the first the user may raise), with what was typed.
    func raiseResponse(_ p: PageRequest, principal: Principal, kind: CaseKind?, values: [String: String], failure: CaseError? = nil,
                       status: HTTPStatus = .ok) async throws -> Response {
        let kinds = CaseRaiseModel.raisable(principal, p.page)
        guard let first = kinds.first, let csrf = p.csrf else { return p.respond(CaseRaiseView.nothing(p.page), status: .forbidden) }
        let shown = kind.flatMap { kinds.contains($0) ? $0 : nil } ?? first
        let cases = context.store.cases
        let model = CaseRaiseModel(p.page, principal: principal, kinds: kinds, kind: shown, types: try await cases.types(),
                                   enterprises: try await cases.enterprises(), values: values, failure: failure)
        return p.respond(CaseRaiseView.render(model, p.page, csrf: csrf), status: status)
    }

    func raise(_ request: Request) async throws -> Response {
        guard request.signedIn != nil else { return Self.signInFirst(request) }
        let (signedIn, pairs) = try Self.checkedFormPairs(request)
        let principal = signedIn.principal
        let language = Self.language(pairs, request)
        var values: [String: String] = [:]
        for (name, value) in pairs where CaseRaiseModel.fields.contains(name) { values[name] = value }
        let kind = CaseKind(rawValue: values["kind"] ?? "") ?? .request
        do {
            let draft = try Self.draft(values, kind: kind, principal: principal)
            let record = try await context.store.cases.raise(draft, by: principal, today: context.today)
            return request.redirect(to: Link.to(CaseCells.path(record.code), [("raised", "1"), ("lang", language.rawValue)]), redirectType: .normal)
        } catch let error as CaseError {
            return try await context.page(request, path: "/cases/new") { p in
                try await raiseResponse(p, principal: principal, kind: kind, values: values, failure: error, status: Self.status(error))
            }
        }
    }

    /// The draft a raise form makes (a task's deadline read as a date, or refused naming it).
    static func draft(_ values: [String: String], kind: CaseKind, principal: Principal) throws -> CaseDraft {
        func text(_ name: String) -> String { (values[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        var due: Day?
        if kind == .task, !text("due").isEmpty {
            guard let day = Day(text("due")) else { throw CaseError.required(field: "due") }
            due = day
        }
        let (org, enterprise, attachment) = (text("org"), text("enterprise"), text("attachment"))
        return CaseDraft(kind: kind, type: text("type"), title: text("title"), detail: values["detail"] ?? "", org: org.isEmpty ? principal.org : org,
                         enterprise: enterprise.isEmpty ? nil : enterprise, urgent: text("urgent") == "1", due: due,
                         attachment: attachment.isEmpty ? nil : String(attachment.prefix(200)))
    }
}
