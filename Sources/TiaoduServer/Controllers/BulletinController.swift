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
        let csv = (try? request.query.get(String.self, at: "format")) == "csv"
        let (workspace, revision) = try await context.store.liveWorkspace()
        let (period, parent) = try context.scope(request, workspace)
        if let scope = parent ?? workspace.tree.root?.code, workspace.tree.contains(scope) {
            try await context.readAccess(request, workspace: workspace).require(scope, period, request.language)
        }
        // The rendered text is cached too: a repeated request is a look-up, not a rendering.
        let key = "\(csv ? "csv|\(request.language.rawValue)" : "json")|\(period)|\(parent ?? "")"
        let body: ByteBuffer
        if let hit = await context.cache.text(revision: revision, key: key) {
            body = hit
        } else {
            let bulletin = try await context.bulletin(workspace, revision: revision, period: period, parent: parent)
            body = ByteBuffer(string: csv ? bulletin.csv(workspace, request.language) : bulletin.json())
            await context.cache.store(text: body, revision: revision, key: key)
        }
        var headers = HTTPHeaders()
        headers.contentType = csv ? HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]) : .json
        return Response(status: .ok, headers: headers, body: .init(buffer: body))
    }
}

extension ServerContext {
    /// The bulletin a request asks for, from the live workspace.
    func bulletin(_ request: Request) async throws -> (Bulletin, Workspace) {
        let (workspace, revision) = try await store.liveWorkspace()
        let (period, parent) = try scope(request, workspace)
        return (try await bulletin(workspace, revision: revision, period: period, parent: parent), workspace)
    }

    /// `period` (default: the latest month with data) and `parent` (default: the root).
    func scope(_ request: Request, _ workspace: Workspace) throws -> (Period, String?) {
        guard let period = try request.period() ?? workspace.latestMonth else {
            throw APIError(status: .notFound, message: "no data yet: import values first")
        }
        let requested = try? request.query.get(String.self, at: "parent")
        return (period, requested?.isEmpty == false ? requested : nil)
    }

    func bulletin(_ workspace: Workspace, revision: Int64, period: Period, parent: String?) async throws -> Bulletin {
        do {
            return try await cache.bulletin(revision: revision, period: period, parent: parent) {
                try BulletinEngine(workspace).bulletin(period: period, parent: parent)
            }
        } catch BulletinError.unknownParent(let code) {
            throw APIError(status: .notFound, message: "unknown org unit “\(code)”")
        } catch BulletinError.emptyWorkspace {
            throw APIError(status: .notFound, message: "no org units yet: import orgs first")
        }
    }
}
