// GET /healthz — a trivial route (also the benchmark's baseline: the answer is written once).
import Vapor

struct HealthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let up = try JSONValue(encoding: Body(status: "ok")).render()
        routes.get("healthz") { _ in Response.json(up) }
    }

    struct Body: OpenAPIObject {
        let status: String

        enum CodingKeys: String, CodingKey, CaseIterable {
            case status
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .string }
    }
}
