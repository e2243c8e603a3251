// GET/POST /projects/new and /projects/CODE/edit: the register form, saved as one row through
// the import pipeline (the same validation, scope and all-or-nothing rules as a CSV file).
import Vapor
import TiaoduCore
import TiaoduStore

extension ProjectPages {
    func newProject(_ request: Request) async throws -> Response {
        guard request.principal != nil else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/projects/new") { p in
            let owners = Self.ownerUnits(p)
            guard !owners.isEmpty else { throw APIError(status: .forbidden, message: p.text(.notPermittedAction)) }
            return p.respond(ProjectFormView.render(p.page, values: ["owner": owners.first { $0.code == p.request.principal?.org }?.code ?? owners[0].code,
                                                                "category": "industry", "list_level": "county"], editing: false, owners: owners))
        }
    }

    func editProject(_ request: Request) async throws -> Response {
        guard request.principal != nil else { return Self.signInFirst(request) }
        let code = request.parameters.get("code") ?? ""
        return try await context.page(request, path: "/projects/\(code)/edit") { p in
            let detail = try await p.reader.project(code, year: p.period.year)
            guard let principal = p.request.principal, p.access.policy.canEnter(principal, org: detail.stored.project.owner) else {
                throw APIError(status: .forbidden, message: p.text(.notPermittedAction))
            }
            return p.respond(ProjectFormView.render(p.page, values: ProjectFormView.values(detail.stored), editing: true, owners: Self.ownerUnits(p)))
        }
    }

    /// POST /projects/new and /projects/CODE/edit
    func saveProject(_ request: Request) async throws -> Response {
        let (signedIn, form) = try Self.checkedForm(request)
        let editing = request.parameters.get("code")
        var fields: [String: String] = [:]
        for name in ProjectFormView.fields { fields[name] = (form[name] ?? "").trimmingCharacters(in: .whitespaces) }
        if let editing { fields["code"] = editing }
        do {
            if editing == nil, let code = fields["code"], !code.isEmpty, try await context.store.projects.projectOwner(code) != nil {
                throw ImportFailure([ImportIssue(line: 1, column: "code", reason: .codeTaken(fields["code"] ?? ""))])
            }
            try await context.store.write(.projects, records: [InputRecord(line: 1, fields: fields)], actor: signedIn.principal.login, source: .form,
                                          principal: signedIn.principal)
        } catch let failure as ImportFailure {
            return try await context.page(request, path: editing.map { "/projects/\($0)/edit" } ?? "/projects/new") { p in
                p.respond(ProjectFormView.render(p.page, values: fields, editing: editing != nil, owners: Self.ownerUnits(p), issues: failure.issues), status: .badRequest)
            }
        }
        return request.redirect(to: "/projects/" + Link.segment(fields["code"] ?? ""), redirectType: .normal)
    }
}
