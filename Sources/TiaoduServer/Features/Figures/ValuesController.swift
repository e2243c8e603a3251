// GET /api/v1/values?org=&indicator=&from=&to= and POST /api/v1/values (a JSON array of values,
// validated like a CSV import: all or nothing, 400 with a per-item error list; 401 without a
// signed-in user or API token; rows outside the user's units are refused like bad rows).
import Vapor
import TiaoduCore
import TiaoduStore

struct ValuesController: RouteCollection {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("values", use: list)
        api.on(.POST, "values", body: .collect(maxSize: context.maxBody), use: write)
        api.delete("values", use: delete)
    }

    func list(_ request: Request) async throws -> Response {
        let org = try? request.query.get(String.self, at: "org")
        let indicator = try? request.query.get(String.self, at: "indicator")
        // Only what the asker may read: published periods, or their own units.
        let reader = try await ScopedReader.make(request, context)
        let values = try await reader.values(org: org, indicator: indicator, from: try request.period("from"), to: try request.period("to"))
        // Values as entered: exact decimal literals, so a JSONValue rather than an Encodable type.
        return .json(JSONValue.array(values.map { v in
            JSONValue.object([
                ("org", .string(v.org)), ("indicator", .string(v.indicator)), ("period", .string(v.period)),
                ("value", .decimal(v.value)), ("growth", .decimal(v.growth)),
                ("updatedAt", .int(Int(v.updatedAt))), ("updatedBy", .string(v.updatedBy)),
                // Preliminary until the city accepts the period.
                ("status", .string(reader.access.published.contains(v.period) ? "accepted" : "preliminary")),
            ])
        }))
    }

    func write(_ request: Request) async throws -> Response {
        try await context.importJSON(.values, request)
    }

    /// DELETE /api/v1/values?org=&indicator=&period=&reason= — an admin removes a mistaken value.
    func delete(_ request: Request) async throws -> Response {
        let l = request.language
        guard let principal = request.principal else { throw APIError(status: .unauthorized, message: PageText.text(.signInRequired, l)) }
        let org = (try? request.query.get(String.self, at: "org")) ?? ""
        let indicator = (try? request.query.get(String.self, at: "indicator")) ?? ""
        guard let period = try request.period(), !org.isEmpty, !indicator.isEmpty else {
            throw APIError(status: .badRequest, message: "org, indicator and period are required")
        }
        do {
            try await context.store.figures.deleteValue(org: org, indicator: indicator, period: period, reason: (try? request.query.get(String.self, at: "reason")) ?? "", by: principal, source: .api)
        } catch let error as DeleteValueError {
            switch error {
            case .notPermitted: throw APIError(status: .forbidden, message: PageText.text(.notPermittedAction, l))
            case .reasonRequired: throw APIError(status: .badRequest, message: PageText.text(.reasonRequired, l))
            case .notFound: throw APIError(status: .notFound, message: l == .zh ? "没有这个数据" : "no such value")
            case .locked(let lock):
                throw APIError(status: .conflict, message: ImportReason.locked(org: org, period: lock.month.description, lockedBy: lock.org, status: lock.status.rawValue).message(l))
            }
        }
        return try .json(encoding: Deleted(deleted: true))
    }

    struct Deleted: OpenAPIObject {
        let deleted: Bool

        enum CodingKeys: String, CodingKey, CaseIterable {
            case deleted
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .boolean }
    }
}
