// GET /api/v1/bulletin?period=2021-08&parent=CODE — the bulletin JSON of the CLI contract
// (also ?format=csv: a file for Excel — a UTF-8 BOM, without which Excel on Chinese Windows shows
// 乱码, and a name that says what and when).
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
        let reader = try await ScopedReader.make(request, context)
        var (period, parent) = try context.scope(request, reader)
        // Without a period: the latest month, or the latest published one for whoever cannot read it.
        if try request.period() == nil, let root = reader.workspace.tree.root?.code, !reader.canRead(parent ?? root, period),
           let published = reader.access.latestPublishedMonth {
            period = published
        }
        let body = try await reader.bulletinText(period: period, parent: parent, csv: csv)
        var headers = HTTPHeaders()
        headers.contentType = csv ? HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]) : .json
        guard csv else { return Response(status: .ok, headers: headers, body: .init(buffer: body)) }
        let scope = parent ?? reader.workspace.tree.root?.code ?? ""
        let name = "\(reader.workspace.orgName(scope, request.language))-\(Catalogue.periodHeading(period, request.language))-\(PageText.text(.bulletinTitle, request.language)).csv"
        headers.replaceOrAdd(name: .contentDisposition, value: Download.disposition(name: name, fallback: "bulletin-\(scope)-\(period).csv"))
        var file = ByteBuffer(bytes: [0xEF, 0xBB, 0xBF])
        var rest = body
        file.writeBuffer(&rest)
        return Response(status: .ok, headers: headers, body: .init(buffer: file))
    }
}

extension ServerContext {
    /// `period` (default: the month of the monthly cycle) and `parent` (default: the root).
    func scope(_ request: Request, _ reader: ScopedReader) throws -> (Period, String?) {
        guard let period = try request.period() ?? reader.access.currentMonth(reader.workspace) else {
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
