// GET /healthz — a trivial route (also the benchmark's baseline).
import Vapor

struct HealthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("healthz") { _ in Response.json("{\"status\":\"ok\"}") }
    }
}
