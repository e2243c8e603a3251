// GET /api/v1/bulletin?period=2021-08&parent=CODE — the bulletin JSON of the CLI contract
// (also ?format=csv).
import Vapor
import TiaoduCore
import TiaoduStore

struct BulletinController: RouteCollection {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        routes.grouped("api", "v1").get("bulletin", use: bulletin)
    }

    func bulletin(_ request: Request) async throws -> Response {
        let (bulletin, workspace) = try await context.bulletin(request)
        if (try? request.query.get(String.self, at: "format")) == "csv" {
            return .text(bulletin.csv(workspace, request.language), contentType: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]))
        }
        return .json(bulletin.json())
    }
}

extension ServerContext {
    /// The bulletin a request asks for: `period` (default: the latest month with data) and
    /// `parent` (default: the root), from the live workspace.
    func bulletin(_ request: Request) async throws -> (Bulletin, Workspace) {
        let (workspace, revision) = try await store.liveWorkspace()
        guard let period = try request.period() ?? workspace.latestMonth else {
            throw APIError(status: .notFound, message: "no data yet: import values first")
        }
        let requested = try? request.query.get(String.self, at: "parent")
        let parent = requested?.isEmpty == false ? requested : nil
        do {
            let bulletin = try await cache.bulletin(revision: revision, period: period, parent: parent) {
                try BulletinEngine(workspace).bulletin(period: period, parent: parent)
            }
            return (bulletin, workspace)
        } catch BulletinError.unknownParent(let code) {
            throw APIError(status: .notFound, message: "unknown org unit “\(code)”")
        } catch BulletinError.emptyWorkspace {
            throw APIError(status: .notFound, message: "no org units yet: import orgs first")
        }
    }
}
