// GET /account — who I am and my API tokens (an admin sees everybody's); POST /account/tokens
// creates one (shown once: only its digest is kept), POST /account/tokens/revoke revokes one.
import Foundation
import Vapor
import TiaoduCore
import TiaoduStore

extension PageController {
    func account(_ request: Request) async throws -> Response {
        guard request.principal != nil else { return Self.signInFirst(request) }
        return try await accountPage(request, newToken: nil)
    }

    func createToken(_ request: Request) async throws -> Response {
        let (signedIn, form) = try Self.checkedForm(request)
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        let token = Secrets.random()
        _ = try await context.store.createToken(login: signedIn.principal.login, name: name.isEmpty ? "api" : String(name.prefix(100)),
                                                hash: Secrets.digest(token), actor: signedIn.principal.login)
        return try await accountPage(request, newToken: token)
    }

    func revokeToken(_ request: Request) async throws -> Response {
        let (signedIn, form) = try Self.checkedForm(request)
        guard let id = form["id"].flatMap(Int64.init), try await context.store.revokeToken(id: id, by: signedIn.principal) else {
            throw APIError(status: .forbidden, message: Catalogue.text(.notPermittedAction, request.language))
        }
        return request.redirect(to: "/account", redirectType: .normal)
    }

    /// A form POST of a signed-in browser session with its CSRF token.
    static func checkedForm(_ request: Request) throws -> (SignedIn, [String: String]) {
        let (signedIn, pairs) = try checkedFormPairs(request)
        return (signedIn, Dictionary(pairs, uniquingKeysWith: { _, last in last }))
    }

    /// The same, keeping repeated fields (a multiple select) in order.
    static func checkedFormPairs(_ request: Request) throws -> (SignedIn, [(String, String)]) {
        let pairs = formPairs(request)
        guard let signedIn = request.signedIn, let session = signedIn.session, pairs.last(where: { $0.0 == "_csrf" })?.1 == session.csrf else {
            throw APIError(status: .forbidden, message: Catalogue.text(.formExpired, request.language))
        }
        return (signedIn, pairs)
    }

    /// An application/x-www-form-urlencoded body as its name–value pairs.
    static func formPairs(_ request: Request) -> [(String, String)] {
        guard var body = request.body.data, let text = body.readString(length: body.readableBytes) else { return [] }
        return text.split(separator: "&").compactMap { field in
            let parts = field.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String? { part.replacingOccurrences(of: "+", with: " ").removingPercentEncoding }
            guard let name = decode(parts[0]), let value = decode(parts.count > 1 ? parts[1] : "") else { return nil }
            return (name, value)
        }
    }

    private func accountPage(_ request: Request, newToken: String?) async throws -> Response {
        try await context.page(request, path: "/account") { p in
            guard let signedIn = request.signedIn else { throw APIError(status: .unauthorized, message: p.text(.signInRequired)) }
            let principal = signedIn.principal
            let tokens = try await context.store.tokens(login: principal.isAdmin ? nil : principal.login)
            func t(_ label: Label) -> String { HTML.escape(p.text(label)) }
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd HH:mm"
            formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
            let csrf = HTML.escape(signedIn.session?.csrf ?? "")
            var html = "<h1>\(t(.accountTitle))</h1><dl class=\"meta\"><dt>\(t(.loginName))</dt><dd>\(HTML.escape(principal.login))</dd>"
            html += "<dt>\(t(.forUnit))</dt><dd>\(HTML.escape(p.workspace.orgName(principal.org, p.language)))</dd>"
            html += "<dt>\(t(.roles))</dt><dd>\(HTML.escape(Role.text(principal.roles)))</dd></dl>"
            html += "<h2>\(t(.apiTokens))</h2>"
            if let newToken { html += "<p class=\"ok\" role=\"status\">\(t(.newTokenOnce)) <code id=\"new-token\">\(HTML.escape(newToken))</code></p>" }
            html += "<form class=\"pickers\" method=\"post\" action=\"/account/tokens\"><input type=\"hidden\" name=\"_csrf\" value=\"\(csrf)\">"
            html += "<label>\(t(.tokenName))<input name=\"name\" maxlength=\"100\"></label><button type=\"submit\">\(t(.createToken))</button></form>"
            html += "<div class=\"scroll\"><table class=\"compact\"><thead><tr><th scope=\"col\">#</th><th scope=\"col\">\(t(.loginName))</th><th scope=\"col\">\(t(.tokenName))</th>"
            html += "<th scope=\"col\">\(t(.created))</th><th scope=\"col\">\(t(.status))</th><th scope=\"col\"></th></tr></thead><tbody>"
            for token in tokens.reversed() {
                let created = formatter.string(from: Date(timeIntervalSince1970: Double(token.createdAt) / 1000))
                html += "<tr><td>\(token.id)</td><td>\(HTML.escape(token.login))</td><td>\(HTML.escape(token.name))</td><td>\(HTML.escape(created))</td>"
                html += "<td>\(t(token.revokedAt == nil ? .active : .revoked))</td><td>"
                if token.revokedAt == nil {
                    html += "<form class=\"act\" method=\"post\" action=\"/account/tokens/revoke\"><input type=\"hidden\" name=\"_csrf\" value=\"\(csrf)\">"
                    html += "<input type=\"hidden\" name=\"id\" value=\"\(token.id)\"><button type=\"submit\">\(t(.revoke))</button></form>"
                }
                html += "</td></tr>"
            }
            html += "</tbody></table></div>"
            return p.respond(Layout.page(title: p.text(.accountTitle), at: p.location, current: nil, body: html))
        }
    }
}
