// GET /signin shows the form; POST /signin checks the password (bcrypt, throttled, the same
// answer whether or not the login exists), starts a fresh session — never one chosen before
// sign-in — and records the attempt; POST /signout ends the session. Both forms carry a CSRF
// token.
import Vapor
import TiaoduCore
import TiaoduStore

struct SignInController: RouteCollection {
    let context: ServerContext
    var throttle: Throttle { context.throttle }
    static let csrfCookie = "tiaodu_csrf"

    func boot(routes: any RoutesBuilder) throws {
        routes.get("signin", use: form)
        routes.on(.POST, "signin", body: .collect(maxSize: "16kb"), use: signIn)
        routes.on(.POST, "signout", body: .collect(maxSize: "16kb"), use: signOut)
    }

    func form(_ request: Request) async throws -> Response {
        try render(request, message: nil, status: .ok)
    }

    func signIn(_ request: Request) async throws -> Response {
        let form = (try? request.content.decode([String: String].self)) ?? [:]
        let l = request.language
        guard let token = request.cookies[Self.csrfCookie]?.string, !token.isEmpty, form["_csrf"] == token else {
            return try render(request, message: PageText.text(.formExpired, l), status: .forbidden)
        }
        // What an anonymous request can make the server store is bounded: a login is at most 64
        // characters (longer ones are no login and are recorded cut short), a password 256 bytes.
        let typed = (form["login"] ?? "").trimmingCharacters(in: .whitespaces)
        let login = String(typed.prefix(64))
        let password = form["password"] ?? ""
        let address = request.clientAddress(trusting: context.options.trustedProxies)
        let keys = ["login:" + login.lowercased(), "ip:" + address]
        let wait = await throttle.wait(keys)
        if wait > 0 {
            // Throttled attempts: the first of a minute is written now, the rest counted and written
            // as one row when the minute is over (ServerContext.flushThrottled).
            if await throttle.throttledAttempt(address, login: login) {
                try await context.store.auditLog.recordEvent(actor: login, action: .signInThrottled, object: login, detail: address, source: .form)
            }
            return try render(request, message: PageText.format(.tooManyAttempts, l, String(wait)), status: .tooManyRequests)
        }
        guard typed.count <= 64, password.utf8.count <= 256 else {
            await throttle.failed(keys)
            try await context.store.auditLog.recordEvent(actor: login, action: .signInFailed, object: login, detail: address, source: .form)
            return try render(request, message: PageText.text(.signInFailed, l), status: .unauthorized)
        }
        let found = try await context.store.accounts.credentials(login)
        // The same bcrypt work whether or not the login exists.
        let matches = Secrets.verify(password, hash: found?.passwordHash ?? Secrets.decoyHash)
        guard let found, matches, !found.user.disabled else {
            await throttle.failed(keys)
            try await context.store.auditLog.recordEvent(actor: login, action: .signInFailed, object: login, detail: address, source: .form)
            return try render(request, message: PageText.text(.signInFailed, l), status: .unauthorized)
        }
        await throttle.succeeded(keys[0])
        // A fresh session; whatever session cookie came with the request is ended.
        if let old = request.cookies[SessionCookie.name]?.string, !old.isEmpty { try await context.store.accounts.deleteSession(id: Secrets.digest(old)) }
        let secret = Secrets.random()
        try await context.store.accounts.createSession(id: Secrets.digest(secret), login: found.user.login, csrf: Secrets.random())
        try await context.store.auditLog.recordEvent(actor: found.user.login, action: .signIn, object: found.user.login, detail: address, source: .form)
        let response = request.redirect(to: Self.safeNext(form["next"]), redirectType: .normal)
        response.cookies[SessionCookie.name] = SessionCookie.value(secret, secure: request.isSecure)
        response.cookies[Self.csrfCookie] = HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/signin",
                                                               isSecure: request.isSecure, isHTTPOnly: true, sameSite: .strict)
        return response
    }

    func signOut(_ request: Request) async throws -> Response {
        let form = (try? request.content.decode([String: String].self)) ?? [:]
        if let signedIn = request.signedIn, let session = signedIn.session {
            guard form["_csrf"] == session.csrf else { throw APIError(status: .forbidden, message: PageText.text(.formExpired, request.language)) }
            try await context.store.accounts.deleteSession(id: session.id)
            // Ended here and now: no cached copy of the session reads on.
            await context.access.invalidate()
            try await context.store.auditLog.recordEvent(actor: signedIn.principal.login, action: .signOut, object: signedIn.principal.login, source: .form)
        }
        let response = request.redirect(to: "/", redirectType: .normal)
        response.cookies[SessionCookie.name] = SessionCookie.value("", secure: request.isSecure, expire: true)
        return response
    }

    /// Only a path on this site: never another host (`//evil`, `https://…`, `/\t/evil` which
    /// browsers read as `//evil`). A path of printable ASCII without backslashes whose second
    /// character, after any whitespace or control characters are ignored, is not a slash.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), next.count <= 2_000,
              next.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && $0 != "\\" }),
              !next.hasPrefix("//"), !next.hasPrefix("/%2F"), !next.hasPrefix("/%2f"), !next.hasPrefix("/%5C"), !next.hasPrefix("/%5c") else { return "/" }
        return next
    }

    private func render(_ request: Request, message: String?, status: HTTPStatus) throws -> Response {
        let l = request.language
        let token = Secrets.random()
        let next = Self.safeNext(try? request.query.get(String.self, at: "next"))
        let location = PageLocation(path: "/signin", query: [("next", next)], language: l, demo: context.options.demo, signedIn: nil)
        let page = SignInView.render(message: message, token: token, next: next, demoLogins: context.options.demoLogins, at: location)
        let response = Response.html(page, status: status)
        response.cookies[Self.csrfCookie] = HTTPCookies.Value(string: token, path: "/signin", isSecure: request.isSecure, isHTTPOnly: true, sameSite: .strict)
        return response
    }
}
