// GET /api/v1/orgs, /api/v1/indicators, /api/v1/targets?year= — the catalogue as JSON.
import Vapor
import TiaoduCore
import TiaoduStore

struct CatalogueController: RouteCollection {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("orgs", use: orgs)
        api.get("indicators", use: indicators)
        api.get("targets", use: targets)
    }

    func orgs(_ request: Request) async throws -> Response {
        let items = try await context.store.figures.orgs().map(Org.init)
        return try .json(encoding: items)
    }

    /// A unit of the org tree (the OpenAPI document's `OrgUnit`).
    struct Org: OpenAPIObject {
        let code: String
        let name: String
        let nameEn: String?
        let parent: String?
        let kind: OrgKind
        let peerGroup: String?

        init(_ unit: OrgUnit) {
            (code, name, nameEn, parent, kind, peerGroup) = (unit.code, unit.name, unit.nameEn, unit.parent, unit.kind, unit.peerGroup)
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case code, name, nameEn, parent, kind, peerGroup
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .code, .name: .string
            case .nameEn, .parent, .peerGroup: .string.nullable
            case .kind: .oneOf(OrgKind.self)
            }
        }
    }

    func indicators(_ request: Request) async throws -> Response {
        let items = try await context.store.figures.indicators().map { i in
            // The amber threshold is a figure: an exact decimal literal.
            JSONValue.object([
                ("code", .string(i.code)), ("name", .string(i.name)), ("nameEn", .string(i.nameEn)),
                ("unit", .string(i.unit)), ("frequency", .string(i.frequency.rawValue)),
                ("accumulation", .string(i.accumulation.rawValue)), ("direction", .string(i.direction.rawValue)),
                ("growthBasis", .string(i.growthBasis.rawValue)), ("aggregation", .string(i.aggregation.rawValue)),
                ("decimals", .int(i.decimals)), ("numerator", .string(i.numerator)), ("denominator", .string(i.denominator)),
                ("schedule", .string(i.schedule.description)), ("amberThreshold", .figure(i.amberThreshold)),
                ("department", .string(i.department)), ("unreported", .string(i.unreported.rawValue)),
            ])
        }
        return .json(JSONValue.array(items))
    }

    func targets(_ request: Request) async throws -> Response {
        var year: Int?
        if let raw = try? request.query.get(String.self, at: "year") {
            guard let parsed = Int(raw), Period.yearRange.contains(parsed) else {
                throw APIError(status: .badRequest, message: "bad year “\(raw)”")
            }
            year = parsed
        }
        // Targets of the units the asker may read (all for admins and analysts); signed in only.
        let items = try await ScopedReader.make(request, context).targets(year: year).map { t in
            // The target as entered: an exact decimal literal.
            JSONValue.object([
                ("org", .string(t.org)), ("indicator", .string(t.indicator)), ("year", .int(t.year)),
                ("type", .string(t.type)), ("value", .decimal(t.value)),
            ])
        }
        return .json(JSONValue.array(items))
    }
}
