// A known path asked with a method it does not serve answers 405 with `Allow`, not 404: the
// router only knows method-and-path pairs, so the paths are collected once from the routes.
import Vapor

struct MethodNotAllowedMiddleware: AsyncMiddleware {
    /// constant path → the methods it serves
    let allowed: [String: Set<String>]

    init(routes: [Route]) {
        var allowed: [String: Set<String>] = [:]
        for route in routes where route.path.allSatisfy({ if case .constant = $0 { return true } else { return false } }) {
            allowed["/" + route.path.map(\.description).joined(separator: "/"), default: []].insert(route.method.rawValue)
        }
        for key in allowed.keys where allowed[key]!.contains("GET") { allowed[key]!.insert("HEAD") }
        self.allowed = allowed
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let path = request.url.path.count > 1 && request.url.path.hasSuffix("/") ? String(request.url.path.dropLast()) : request.url.path
        if let methods = allowed[path], !methods.contains(request.method.rawValue) {
            let response = APIError(status: .methodNotAllowed, message: "\(request.method.rawValue) is not served here; use \(methods.sorted().joined(separator: ", "))").response(request.language)
            response.headers.replaceOrAdd(name: .allow, value: methods.sorted().joined(separator: ", "))
            return response
        }
        return try await next.respond(to: request)
    }
}
