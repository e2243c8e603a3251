// GET /account — who I am and my API tokens (an admin sees everybody's); POST /account/tokens
// creates one (shown once: only its digest is kept), POST /account/tokens/revoke revokes one.
import Foundation
import Vapor
import TiaoduCore
import TiaoduStore

extension AccountPages {
    func account(_ request: Request) async throws -> Response {
        guard request.principal != nil else { return Self.signInFirst(request) }
        return try await accountPage(request, newToken: nil)
    }

    func createToken(_ request: Request) async throws -> Response {
        let (signedIn, form) = try Self.checkedForm(request)
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        let token = Secrets.random()
        _ = try await context.store.accounts.createToken(login: signedIn.principal.login, name: name.isEmpty ? "api" : String(name.prefix(100)),
                                                hash: Secrets.digest(token), actor: signedIn.principal.login, source: .form)
        return try await accountPage(request, newToken: token)
    }

    func revokeToken(_ request: Request) async throws -> Response {
        let (signedIn, form) = try Self.checkedForm(request)
        guard let id = form["id"].flatMap(Int64.init), try await context.store.accounts.revokeToken(id: id, by: signedIn.principal, source: .form) else {
            throw APIError(status: .forbidden, message: PageText.text(.notPermittedAction, request.language))
        }
        return request.redirect(to: "/account", redirectType: .normal)
    }

    private func accountPage(_ request: Request, newToken: String?) async throws -> Response {
        try await context.page(request, path: "/account") { p in
            guard let signedIn = request.signedIn else { throw APIError(status: .unauthorized, message: p.text(.signInRequired)) }
            let principal = signedIn.principal
            let tokens = try await context.store.accounts.tokens(login: principal.isAdmin ? nil : principal.login)
            return p.respond(AccountView.render(signedIn, tokens: tokens, newToken: newToken, p.page))
        }
    }
}
