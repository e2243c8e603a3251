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
        let period = try request.period()?.description
        let entries = try await ScopedReader.make(request, context).history(org: org, indicator: indicator, period: period).map { e in
            "{\"kind\":\(JSONText.string(e.kind)),\"org\":\(JSONText.string(e.org)),\"indicator\":\(JSONText.string(e.indicator)),"
                + "\"period\":\(JSONText.string(e.period)),\"oldValue\":\(JSONText.number(text: e.oldValue)),\"oldExtra\":\(JSONText.string(e.oldExtra)),"
                + "\"newValue\":\(JSONText.number(text: e.newValue)),\"newExtra\":\(JSONText.string(e.newExtra)),"
                + "\"changedAt\":\(e.changedAt),\"changedBy\":\(JSONText.string(e.changedBy)),\"source\":\(JSONText.string(e.source))}"
        }
        return .json("[" + entries.joined(separator: ",") + "]")
    }
}
