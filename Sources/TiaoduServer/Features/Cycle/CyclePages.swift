// The monthly cycle's page: who has reported what (/status), and the moves of the cycle.
import Vapor

struct CyclePages: PageRoutes {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get("status", use: status)
        routes.on(.POST, "status", body: .collect(maxSize: "16kb"), use: move)
    }
}
