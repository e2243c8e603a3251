// GET /api/v1/history?org=&indicator=[&period=] — every change of a unit's values and targets
// for one indicator: who, when, from what, to what, by which route. Oldest first.
import Vapor
import TiaoduCore
import TiaoduStore

struct HistoryController: RouteCollection {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        routes.grouped("api", "v1").get("history", use: history)
    }

    func history(_ request: Request) async throws -> Response {
        guard let org = try? request.query.get(String.self, at: "org"), let indicator = try? request.query.get(String.self, at: "indicator") else {
            throw APIError(status: .badRequest, message: "org and indicator are required")
        }
        let period = try request.period()
        let entries = try await ScopedReader.make(request, context).history(org: org, indicator: indicator, period: period).map { e in
            // Old and new values as entered: exact decimal literals.
            JSONValue.object([
                ("kind", .string(e.kind)), ("org", .string(e.org)), ("indicator", .string(e.indicator)), ("period", .string(e.period)),
                ("oldValue", .decimal(e.oldValue)), ("oldExtra", .string(e.oldExtra)), ("newValue", .decimal(e.newValue)), ("newExtra", .string(e.newExtra)),
                ("changedAt", .int(Int(e.changedAt))), ("changedBy", .string(e.changedBy)), ("source", .string(e.source)),
            ])
        }
        return .json(JSONValue.array(entries))
    }
}
