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
        let items = try await context.store.orgs().map { unit in
            "{\"code\":\(JSONText.string(unit.code)),\"name\":\(JSONText.string(unit.name)),\"nameEn\":\(JSONText.string(unit.nameEn)),"
                + "\"parent\":\(JSONText.string(unit.parent)),\"kind\":\(JSONText.string(unit.kind.rawValue)),\"peerGroup\":\(JSONText.string(unit.peerGroup))}"
        }
        return .json("[" + items.joined(separator: ",") + "]")
    }

    func indicators(_ request: Request) async throws -> Response {
        let items = try await context.store.indicators().map { i in
            let fields: [(String, String)] = [
                ("code", JSONText.string(i.code)), ("name", JSONText.string(i.name)), ("nameEn", JSONText.string(i.nameEn)),
                ("unit", JSONText.string(i.unit)), ("frequency", JSONText.string(i.frequency.rawValue)),
                ("accumulation", JSONText.string(i.accumulation.rawValue)), ("direction", JSONText.string(i.direction.rawValue)),
                ("growthBasis", JSONText.string(i.growthBasis.rawValue)), ("aggregation", JSONText.string(i.aggregation.rawValue)),
                ("decimals", String(i.decimals)), ("numerator", JSONText.string(i.numerator)), ("denominator", JSONText.string(i.denominator)),
                ("schedule", JSONText.string(i.schedule.description)), ("amberThreshold", JSONText.number(i.amberThreshold)),
                ("department", JSONText.string(i.department)),
            ]
            return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
        }
        return .json("[" + items.joined(separator: ",") + "]")
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
            "{\"org\":\(JSONText.string(t.org)),\"indicator\":\(JSONText.string(t.indicator)),\"year\":\(t.year),"
                + "\"type\":\(JSONText.string(t.type)),\"value\":\(JSONText.number(text: t.value))}"
        }
        return .json("[" + items.joined(separator: ",") + "]")
    }
}
