// The project API beyond the list: register rows and monthly progress as JSON arrays through the
// import pipeline (POST /api/v1/projects, POST /api/v1/progress), one project with its events,
// progress and blockers (GET /api/v1/projects/CODE), blockers raised and resolved, where the
// projects stand (GET /api/v1/project-figures?period=), and concentrated starts.
import Vapor
import TiaoduCore
import TiaoduStore

struct ProjectTrackingController: RouteCollection {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.on(.POST, "projects", body: .collect(maxSize: context.maxBody), use: { try await self.context.importJSON(.projects, $0) })
        api.on(.POST, "progress", body: .collect(maxSize: context.maxBody), use: { try await self.context.importJSON(.progress, $0) })
        api.get("projects", ":code", use: detail)
        api.on(.POST, "projects", ":code", "blockers", body: .collect(maxSize: "16kb"), use: raise)
        api.on(.POST, "blockers", ":id", "resolve", body: .collect(maxSize: "16kb"), use: resolve)
        api.get("project-figures", use: figures)
        api.get("concentrated-starts", use: starts)
        api.on(.POST, "concentrated-starts", body: .collect(maxSize: "64kb"), use: addStart)
    }

    func detail(_ request: Request) async throws -> Response {
        let reader = try await ScopedReader.make(request, context)
        let asked = try? request.query.get(String.self, at: "year")
        guard let year = asked.map({ Int($0) }) ?? reader.access.currentMonth(reader.workspace)?.year ?? 2021, (1900...2200).contains(year) else {
            throw APIError(status: .badRequest, message: "year must be 1900–2200")
        }
        let d = try await reader.project(request.parameters.get("code") ?? "", year: year)
        let events = try JSONValue(encoding: d.events.map(Event.init))
        // Amounts as entered and the running total: exact decimal literals.
        var cumulative: Figure = 0
        let progress = d.progress.map { s in
            cumulative = cumulative + s.report.investment
            return JSONValue.object([
                ("period", .string(s.report.period.description)), ("investment", .decimal(s.report.investmentText)),
                ("cumulative", .figure(cumulative)), ("progress", .string(s.report.progress)), ("updatedBy", .string(s.updatedBy)),
            ])
        }
        let blockers = try JSONValue(encoding: d.blockers.map(BlockerItem.init))
        return .json(JSONValue.object([
            ("project", ProjectsController.json(d.stored)), ("year", .int(year)), ("events", events), ("progress", .array(progress)), ("blockers", blockers),
        ]))
    }

    /// A stage move of a project (an item of the OpenAPI document's `ProjectDetail.events`).
    struct Event: OpenAPIObject {
        let at: Int64
        let by: String
        let from: ProjectStage?
        let to: ProjectStage
        let note: String?

        init(_ e: ProjectEvent) {
            (at, by, from, to, note) = (e.at, e.by, e.from, e.to, e.note)
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case at, by, from, to, note
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .at: .integer
            case .by, .to: .string
            case .from, .note: .string.nullable
            }
        }
    }

    /// A blocker (the OpenAPI document's `Blocker`).
    struct BlockerItem: OpenAPIObject {
        let id: Int64
        let code: String
        let kind: BlockerKind
        let description: String
        let solver: String
        let due: String?
        let raised: String
        let raisedBy: String
        let resolved: String?
        let resolvedBy: String?
        let resolution: String?

        init(_ b: Blocker) {
            (id, code, kind, description, solver, due) = (b.id, b.code, b.kind, b.description, b.solver, b.due?.description)
            (raised, raisedBy, resolved, resolvedBy, resolution) = (b.raised.description, b.raisedBy, b.resolved?.description, b.resolvedBy, b.resolution)
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, code, kind, description, solver, due, raised, raisedBy, resolved, resolvedBy, resolution
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .id: .integer
            case .code, .description, .solver, .raised, .raisedBy: .string
            case .kind: .oneOf(BlockerKind.self)
            case .due, .resolved, .resolvedBy, .resolution: .string.nullable
            }
        }
    }

    /// The id of what was created (a blocker, a concentrated start).
    struct Created: OpenAPIObject {
        let id: Int64

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .integer }
    }

    struct Resolved: OpenAPIObject {
        let id: Int64
        let code: String

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, code
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .id: .integer
            case .code: .string
            }
        }
    }

    struct Raise: Decodable {
        let kind: String
        let description: String
        let solver: String
        let due: String?
    }

    func raise(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { throw APIError(status: .unauthorized, message: PageText.text(.signInRequired, request.language)) }
        guard let body = try? request.content.decode(Raise.self, as: .json) else {
            throw APIError(status: .badRequest, message: "the body must be {\"kind\", \"description\", \"solver\", \"due\"}")
        }
        let id = try await ProjectsController.raise(context, code: request.parameters.get("code") ?? "",
                                                    BlockerInput(kind: body.kind, description: body.description, solver: body.solver, due: body.due),
                                                    by: principal, via: .api, language: request.language)
        return try .json(encoding: Created(id: id), status: .created)
    }

    struct Resolve: Decodable {
        let resolution: String
    }

    func resolve(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { throw APIError(status: .unauthorized, message: PageText.text(.signInRequired, request.language)) }
        guard let id = request.parameters.get("id").flatMap(Int64.init) else { throw APIError(status: .notFound, message: "unknown blocker") }
        guard let body = try? request.content.decode(Resolve.self, as: .json) else { throw APIError(status: .badRequest, message: "the body must be {\"resolution\"}") }
        let code = try await ProjectsController.resolve(context, id: id, resolution: body.resolution, by: principal, via: .api, language: request.language)
        return try .json(encoding: Resolved(id: id, code: code))
    }

    func figures(_ request: Request) async throws -> Response {
        let reader = try await ScopedReader.make(request, context)
        guard let period = try request.period() ?? reader.access.currentMonth(reader.workspace), period.frequency == .monthly else {
            throw APIError(status: .badRequest, message: "period must be a month, e.g. 2021-09")
        }
        let overview = try await reader.projectOverview(asOf: AsOf(year: period.year, month: period.endMonth))
        let principal = try reader.signedIn()
        let portfolio = overview.portfolio
        func figures(_ f: PortfolioFigures, rank: Int?) -> JSONValue {
            let stages = ProjectStage.allCases.map { stage in (stage.rawValue, JSONValue.int(f.byStage[stage] ?? 0)) }
            return .object([
                ("key", .string(f.key)), ("projects", .int(f.projects)), ("byStage", .object(stages)),
                ("plannedStarts", .int(f.plannedStarts)), ("started", .int(f.started)), ("startRate", .figure(f.startRate)),
                ("plannedCompletions", .int(f.plannedCompletions)), ("completed", .int(f.completed)), ("completionRate", .figure(f.completionRate)),
                ("plannedProduction", .int(f.plannedProduction)), ("inProduction", .int(f.inProduction)), ("productionRate", .figure(f.productionRate)),
                ("annualPlan", .figure(f.annualPlan)), ("invested", .figure(f.invested)), ("investmentCompletion", .figure(f.investmentCompletion)),
                ("schedule", .figure(f.schedule)), ("gap", .figure(f.gap)), ("share", .figure(f.share)), ("rank", .int(rank)),
            ])
        }
        let readsCity = reader.readsCity
        let readableUnits = portfolio.units.filter { reader.access.policy.canRead(principal, org: $0.key) }
        if (try? request.query.get(String.self, at: "format")) == "csv" {
            let rows = try Self.figureRows(overview, reader)
            let text = portfolio.csv(units: rows.areas, chains: rows.chains, name: { reader.workspace.orgName($0, request.language) }, request.language)
            var headers = HTTPHeaders()
            headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
            return Response(status: .ok, headers: headers, body: .init(string: text))
        }
        let units = readableUnits.map { figures($0, rank: portfolio.ranks[$0.key]) }
        let chains = readsCity ? portfolio.chains.map { figures($0, rank: nil) } : []
        let behind = portfolio.behindSchedule.filter { overview.readable[$0.project.code] != nil }.map { s in
            JSONValue.object([("code", .string(s.project.code)), ("invested", .figure(s.invested)), ("completion", .figure(s.completion)), ("gap", .figure(s.gap))])
        }
        let late = portfolio.notStarted.filter { overview.readable[$0.code] != nil }.map { JSONValue.string($0.code) }
        let silent = portfolio.unreported.filter { overview.readable[$0.code] != nil }.map { JSONValue.string($0.code) }
        let day = period >= (reader.access.currentMonth(reader.workspace) ?? period) ? context.today : min(context.today, Day.end(of: period))
        let open = try JSONValue(encoding: overview.blockers.filter { $0.isOpen(on: day) }.map(BlockerItem.init))
        return .json(JSONValue.object([
            ("period", .string(period.description)), ("city", readsCity ? figures(portfolio.city, rank: nil) : .null),
            ("units", .array(units)), ("chains", .array(chains)), ("behindSchedule", .array(behind)),
            ("notStarted", .array(late)), ("unreported", .array(silent)), ("openBlockers", open),
        ]))
    }

    /// The rows of the project figures a reader gets as a file (the CSV, /projects.xlsx): the
    /// city and every unit they may read, and the chains for readers of the whole city.
    static func figureRows(_ overview: ProjectOverview, _ reader: ScopedReader) throws -> (areas: [PortfolioFigures], chains: [PortfolioFigures]) {
        let principal = try reader.signedIn()
        let portfolio = overview.portfolio
        let units = portfolio.units.filter { reader.access.policy.canRead(principal, org: $0.key) }
        return ((reader.readsCity ? [portfolio.city] : []) + units, reader.readsCity ? portfolio.chains : [])
    }

    func starts(_ request: Request) async throws -> Response {
        let reader = try await ScopedReader.make(request, context)
        let principal = try reader.signedIn()
        let data = try await context.projects.data(context.store)
        // Only the batches of units the asker may read; totals as the register stood on the batch's day.
        let items = data.starts(readableBy: principal, reader.access.policy).map { b in
            JSONValue.object([
                ("id", .int(Int(b.id))), ("org", .string(b.org)), ("day", .string(b.day.description)), ("name", .string(b.name)),
                ("codes", .array(b.codes.map { JSONValue.string($0) })), ("totalInvestment", .figure(data.total(of: b))),
            ])
        }
        return .json(JSONValue.array(items))
    }

    struct Batch: Decodable {
        let org: String
        let day: String
        let name: String
        let codes: [String]
    }

    func addStart(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { throw APIError(status: .unauthorized, message: PageText.text(.signInRequired, request.language)) }
        guard let body = try? request.content.decode(Batch.self, as: .json) else {
            throw APIError(status: .badRequest, message: "the body must be {\"org\", \"day\", \"name\", \"codes\": [...]}")
        }
        let id = try await ProjectsController.scoped(request.language) {
            try await context.store.projects.addConcentratedStart(org: body.org, day: body.day, name: body.name, codes: body.codes, by: principal, today: context.today, source: .api)
        }
        return try .json(encoding: Created(id: id), status: .created)
    }
}
