// GET /api/v1/contest?q=2021Q3 — a quarter's sheet (published: as published; otherwise a live
// preview for readers of the whole city); PUT /api/v1/contest?q= (admins: rules and county
// inputs, the form's field names as a JSON object); POST /api/v1/contest/publish?q= (admins).
import Vapor
import TiaoduCore
import TiaoduStore

struct ContestController: RouteCollection {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("contest", use: sheet)
        api.on(.PUT, "contest", body: .collect(maxSize: "64kb"), use: save)
        api.on(.POST, "contest", "publish", use: publishRoute)
    }

    static func quarter(_ request: Request) throws -> (Int, Int) {
        guard let raw = try? request.query.get(String.self, at: "q"), let period = Period(raw), case .quarter(let y, let q) = period else {
            throw APIError(status: .badRequest, message: "q must be a quarter like 2021Q3")
        }
        return (y, q)
    }

    func sheet(_ request: Request) async throws -> Response {
        let (year, quarter) = try Self.quarter(request)
        let reader = try await ScopedReader.make(request, context)
        let reading = try await reader.contest(year: year, quarter: quarter)
        let live = Dictionary(uniqueKeysWithValues: (reading.sheet?.rows ?? []).map { ($0.org, $0) })
        // Points are figures: exact decimal literals.
        func row(_ org: String, _ group: String, _ rank: Int, _ s: CountyScore) -> JSONValue {
            .object([
                ("org", .string(org)), ("peerGroup", .string(group)), ("rank", .int(rank)), ("previousRank", .int(live[org]?.previousRank)),
                ("projects", .figure(s.projects)), ("concentratedStarts", .figure(s.concentratedStarts)), ("deductions", .figure(s.deductions)),
                ("panel", .figure(s.panel)), ("total", .figure(s.total)),
            ])
        }
        let rows: [JSONValue]
        if let published = reading.published {
            rows = published.rows.map { row($0.org, $0.peerGroup, $0.rank, $0.score) }
        } else {
            rows = (reading.sheet?.rows ?? []).map { row($0.org, $0.peerGroup, $0.rank, $0.score) }
        }
        // The rules as stored (their own JSON), inserted as written.
        let rules = try reading.rules.map { JSONValue.raw(String(decoding: try Store.rulesJSON($0), as: UTF8.self)) } ?? .null
        return .json(JSONValue.object([
            ("year", .int(year)), ("quarter", .int(quarter)), ("published", .bool(reading.published != nil)), ("rules", rules), ("rows", .array(rows)),
        ]))
    }

    func save(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { throw APIError(status: .unauthorized, message: PageText.text(.signInRequired, request.language)) }
        let (year, quarter) = try Self.quarter(request)
        guard var buffer = request.body.data, let text = buffer.readString(length: buffer.readableBytes) else {
            throw APIError(status: .badRequest, message: "the body must be a JSON object of the rule fields")
        }
        let (workspace, _) = try await context.store.figures.liveWorkspace()
        let counties = workspace.tree.root.map { workspace.tree.children(of: $0.code).filter { $0.peerGroup != nil }.map(\.code) } ?? []
        let allowed = ContestRulesInput.ruleFields + counties.flatMap { ["panel_\($0)", "criticisms_\($0)"] }
        let records = try JSONInput.records("[" + text + "]", allowed: allowed)
        let (rules, inputs) = try ContestRulesInput.parse(records.first?.fields ?? [:], orgs: counties)
        do {
            try await ProjectsController.scoped(request.language) {
                try await context.store.contest.saveContest(year: year, quarter: quarter, rules: rules, inputs: inputs, by: principal, source: .api)
            }
        } catch is ContestPublished {
            throw APIError(status: .conflict, message: PageText.text(.frozenNote, request.language))
        }
        return try .json(encoding: SavedQuarter(year: year, quarter: quarter))
    }

    struct SavedQuarter: OpenAPIObject {
        let year: Int
        let quarter: Int

        enum CodingKeys: String, CodingKey, CaseIterable {
            case year, quarter
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .integer }
    }

    func publishRoute(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { throw APIError(status: .unauthorized, message: PageText.text(.signInRequired, request.language)) }
        let (year, quarter) = try Self.quarter(request)
        let reader = try await ScopedReader.make(request, context)
        try await Self.publish(context, reader: reader, year: year, quarter: quarter, by: principal, via: .api, language: request.language)
        return try .json(encoding: PublishedQuarter(year: year, quarter: quarter, published: true))
    }

    struct PublishedQuarter: OpenAPIObject {
        let year: Int
        let quarter: Int
        let published: Bool

        enum CodingKeys: String, CodingKey, CaseIterable {
            case year, quarter, published
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .year, .quarter: .integer
            case .published: .boolean
            }
        }
    }

    /// 403 for non-admins, 404 without rules, 409 when already published.
    static func publish(_ context: ServerContext, reader: ScopedReader, year: Int, quarter: Int, by principal: Principal, via source: WriteSource,
                        language: Language) async throws {
        guard principal.isAdmin else { throw APIError(status: .forbidden, message: PageText.text(.notPermittedAction, language)) }
        guard let rules = try await context.store.contest.contestRules(year: year, quarter: quarter) else {
            throw APIError(status: .notFound, message: PageText.text(.noRules, language))
        }
        let sheet = try await reader.contestSheet(rules: rules, year: year, quarter: quarter, inputs: try await context.store.contest.contestInputs(year: year, quarter: quarter))
        do {
            try await context.store.contest.publishContest(sheet, by: principal, source: source)
        } catch is ContestPublished {
            throw APIError(status: .conflict, message: PageText.text(.frozenNote, language))
        } catch let notReady as ContestNotReady {
            throw APIError(status: .conflict, message: PageText.format(.contestNotReady, language, Period(notReady.month).map { Catalogue.periodName($0, language) } ?? notReady.month))
        }
    }
}
