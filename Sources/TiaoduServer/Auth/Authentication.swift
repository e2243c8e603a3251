// Who is asking: a browser session (cookie) or an API token (`Authorization: Bearer …`),
// resolved once per request by this middleware. Sessions end after 30 idle minutes or 12 hours
// (ServerOptions).
import Vapor
import TiaoduCore
import TiaoduStore

struct SignedIn: Sendable {
    let principal: Principal
    /// the session's id digest and CSRF token; nil for an API token
    let session: (id: String, csrf: String)?
}

private struct SignedInKey: StorageKey {
    typealias Value = SignedIn
}

extension Request {
    var signedIn: SignedIn? {
        get { storage[SignedInKey.self] }
        set { storage[SignedInKey.self] = newValue }
    }

    var principal: Principal? { signedIn?.principal }

    /// Served over TLS (directly or behind a proxy that says so): cookies get the Secure flag.
    var isSecure: Bool { url.scheme == "https" || headers.first(name: "X-Forwarded-Proto") == "https" }

    /// The client's address: the peer's, or — when the peer is a configured reverse proxy — the
    /// nearest address in X-Forwarded-For that is not a trusted proxy (what that proxy saw).
    /// Never taken from the header otherwise: anybody can write it.
    func clientAddress(trusting proxies: Set<String>) -> String {
        let peer = remoteAddress?.ipAddress ?? "?"
        guard proxies.contains(peer) else { return peer }
        let hops = headers[.xForwardedFor].flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        return hops.reversed().first { !$0.isEmpty && !proxies.contains($0) } ?? peer
    }

    /// A write to the JSON API made with a browser's session cookie must prove it comes from this
    /// site's own pages: the session's CSRF token in `X-CSRF-Token`, and no foreign Origin. (An
    /// API token in `Authorization` is never sent by a browser on its own, so it needs neither.)
    func checkAPISessionWrite(_ signedIn: SignedIn) throws {
        guard let session = signedIn.session, method != .GET, method != .HEAD, url.path.hasPrefix("/api/") else { return }
        let sameOrigin = headers.first(name: .origin).map { origin in
            guard let host = headers.first(name: .host) else { return false }
            return origin == "http://" + host || origin == "https://" + host
        } ?? true
        guard sameOrigin, let token = headers.first(name: "X-CSRF-Token"), !token.isEmpty, Secrets.constantTimeEqual(token, session.csrf) else {
            throw APIError(status: .forbidden, message: "a browser session writes to the API only from this site with its CSRF token (X-CSRF-Token); scripts use an API token")
        }
    }
}

enum SessionCookie {
    static let name = "tiaodu_session"

    static func value(_ secret: String, secure: Bool, expire: Bool = false) -> HTTPCookies.Value {
        HTTPCookies.Value(string: expire ? "" : secret, expires: expire ? Date(timeIntervalSince1970: 0) : nil, maxAge: expire ? 0 : nil,
                          path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }
}

struct AuthenticationMiddleware: AsyncMiddleware {
    let store: Store
    let cache: AccessCache
    /// milliseconds
    let idle: Int64
    let lifetime: Int64

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Reads may use the cached look-ups; a write always asks the database.
        let fresh = request.method != .GET && request.method != .HEAD
        if let header = request.headers.bearerAuthorization {
            let hash = Secrets.digest(header.token)
            let found = fresh ? try await store.accounts.tokenUser(hash: hash) : try await cache.tokenUser(hash: hash, store)
            guard let user = found else {
                throw APIError(status: .unauthorized, message: "the API token is unknown or revoked")
            }
            request.signedIn = SignedIn(principal: user.principal, session: nil)
        } else if let secret = request.cookies[SessionCookie.name]?.string, !secret.isEmpty {
            let id = Secrets.digest(secret)
            if let session = fresh ? try await store.accounts.session(id: id) : try await cache.session(id: id, store) {
                let now = Int64(Date().timeIntervalSince1970 * 1000)
                if now - session.seenAt > idle || now - session.createdAt > lifetime {
                    try await store.accounts.deleteSession(id: id)
                } else {
                    // Seen again: noted at most once a minute (or half an idle period), not on every request.
                    if now - session.seenAt > min(60_000, idle / 2) {
                        try await store.accounts.touchSession(id: id)
                        await cache.touched(id: id, at: now)
                    }
                    let signedIn = SignedIn(principal: session.user.principal, session: (id, session.csrf))
                    try request.checkAPISessionWrite(signedIn)
                    request.signedIn = signedIn
                }
            }
        }
        return try await next.respond(to: request)
    }
}
