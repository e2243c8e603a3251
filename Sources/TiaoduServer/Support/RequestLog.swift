// One structured line per request at `info`: method, path, status, duration and the signed-in
// user's login — never a query string, a token, a cookie or a password. Shown with
// `tiaodu serve --log-level info`.
import Vapor

struct RequestLogMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let started = DispatchTime.now().uptimeNanoseconds
        let response = try await next.respond(to: request)
        let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        request.logger.info("request", metadata: [
            "method": .string(request.method.rawValue), "path": .string(request.url.path), "status": .stringConvertible(response.status.code),
            "ms": .string(String(format: "%.1f", ms)), "user": .string(request.principal?.login ?? "-"),
        ])
        return response
    }
}
