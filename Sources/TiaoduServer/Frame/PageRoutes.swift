// What every feature's page routes share: the server context, the checked form of a signed-in
// browser (its CSRF token), and the way to the sign-in page. A feature's pages are a struct
// conforming to this, registered by buildApplication like any route collection.
import Foundation
import Vapor
import TiaoduCore

protocol PageRoutes: RouteCollection {
    var context: ServerContext { get }
}

extension PageRoutes {
    /// A form POST of a signed-in browser session with its CSRF token.
    static func checkedForm(_ request: Request) throws -> (SignedIn, [String: String]) {
        let (signedIn, pairs) = try checkedFormPairs(request)
        return (signedIn, Dictionary(pairs, uniquingKeysWith: { _, last in last }))
    }

    /// The same, keeping repeated fields (a multiple select) in order.
    static func checkedFormPairs(_ request: Request) throws -> (SignedIn, [(String, String)]) {
        let pairs = formPairs(request)
        guard let signedIn = request.signedIn, let session = signedIn.session, pairs.last(where: { $0.0 == "_csrf" })?.1 == session.csrf else {
            throw APIError(status: .forbidden, message: PageText.text(.formExpired, request.language))
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

    /// To the sign-in page, coming back here afterwards.
    static func signInFirst(_ request: Request) -> Response {
        let here = request.url.path + (request.url.query.map { "?" + $0 } ?? "")
        return request.redirect(to: "/signin" + Link.query([("next", request.method == .GET ? here : "/entry")]), redirectType: .normal)
    }
}
