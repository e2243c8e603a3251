// GET /projects (the register the user may read) and GET /projects/:code (one project and its
// stage events). Signed in: project figures are not published.
import Vapor
import TiaoduCore
import TiaoduStore

extension PageController {
    func projects(_ request: Request) async throws -> Response {
        guard request.principal != nil else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/projects") { p in
            p.respond(ProjectsView.list(try await p.reader.projects(owner: p.query("owner")), p))
        }
    }

    /// POST /projects/CODE/stage — the page's stage move (signed-in session, CSRF token).
    func moveProject(_ request: Request) async throws -> Response {
        let (signedIn, form) = try Self.checkedForm(request)
        let code = request.parameters.get("code") ?? ""
        guard let stage = form["stage"].flatMap(ProjectStage.init) else { throw APIError(status: .badRequest, message: "stage is required") }
        try await ProjectsController.move(context, code: code, to: stage, by: signedIn.principal, note: form["note"], language: request.language)
        return request.redirect(to: "/projects/" + HTML.percentEncoded(code), redirectType: .normal)
    }

    func project(_ request: Request) async throws -> Response {
        guard request.principal != nil else { return Self.signInFirst(request) }
        let code = request.parameters.get("code") ?? ""
        return try await context.page(request, path: "/projects/\(code)") { p in
            let (stored, events) = try await p.reader.project(code)
            return p.respond(ProjectsView.page(stored, events: events, p))
        }
    }
}
