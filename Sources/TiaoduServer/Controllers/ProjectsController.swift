// GET /api/v1/projects?owner= — the project register the asker may read (signed in; their
// units, all for admins and analysts), amounts as entered.
import Vapor
import TiaoduCore
import TiaoduStore

struct ProjectsController: RouteCollection {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        routes.grouped("api", "v1").get("projects", use: list)
    }

    func list(_ request: Request) async throws -> Response {
        let owner = try? request.query.get(String.self, at: "owner")
        let projects = try await ScopedReader.make(request, context).projects(owner: owner?.isEmpty == false ? owner : nil)
        let items = projects.map { stored in
            let p = stored.project
            let fields: [(String, String)] = [
                ("code", JSONText.string(p.code)), ("name", JSONText.string(p.name)), ("owner", JSONText.string(p.owner)),
                ("industry", JSONText.string(p.industry)), ("chain", JSONText.string(p.chain)), ("category", JSONText.string(p.category.rawValue)),
                ("listLevel", JSONText.string(p.listLevel.rawValue)), ("sizeTier", JSONText.string(p.sizeTier.rawValue)),
                ("totalInvestment", JSONText.number(text: stored.totalText)), ("annualPlan", JSONText.number(text: stored.planText)),
                ("plannedStart", JSONText.string(p.plannedStart?.description)), ("plannedFinish", JSONText.string(p.plannedFinish?.description)),
                ("stage", JSONText.string(p.stage.rawValue)), ("listedInStatistics", JSONText.string(p.listedInStatistics?.description)),
                ("responsibleUnit", JSONText.string(p.responsibleUnit)), ("leader", JSONText.string(p.leader)),
                ("taskForce", JSONText.string(p.taskForce)), ("landStatus", JSONText.string(p.landStatus)),
            ]
            return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
        }
        return .json("[" + items.joined(separator: ",") + "]")
    }
}
