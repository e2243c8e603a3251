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
        let events = d.events.map { e in
            "{\"at\":\(e.at),\"by\":\(JSONText.string(e.by)),\"from\":\(JSONText.string(e.from?.rawValue)),\"to\":\(JSONText.string(e.to.rawValue)),\"note\":\(JSONText.string(e.note))}"
        }
        var cumulative: Figure = 0
        let progress = d.progress.map { s in
            cumulative = cumulative + s.report.investment
            return "{\"period\":\(JSONText.string(s.report.period.description)),\"investment\":\(JSONText.number(text: s.report.investmentText)),"
                + "\"cumulative\":\(cumulative.jsonLiteral),\"progress\":\(JSONText.string(s.report.progress)),\"updatedBy\":\(JSONText.string(s.updatedBy))}"
        }
        let blockers = d.blockers.map(Self.json)
        return .json("{\"project\":\(ProjectsController.json(d.stored)),\"year\":\(year),\"events\":[\(events.joined(separator: ","))],"
                     + "\"progress\":[\(progress.joined(separator: ","))],\"blockers\":[\(blockers.joined(separator: ","))]}")
    }

    static func json(_ b: Blocker) -> String {
        "{\"id\":\(b.id),\"code\":\(JSONText.string(b.code)),\"kind\":\(JSONText.string(b.kind.rawValue)),\"description\":\(JSONText.string(b.description)),"
            + "\"solver\":\(JSONText.string(b.solver)),\"due\":\(JSONText.string(b.due?.description)),\"raised\":\(JSONText.string(b.raised.description)),"
            + "\"raisedBy\":\(JSONText.string(b.raisedBy)),\"resolved\":\(JSONText.string(b.resolved?.description)),\"resolvedBy\":\(JSONText.string(b.resolvedBy)),"
            + "\"resolution\":\(JSONText.string(b.resolution))}"
    }

    struct Raise: Decodable {
        let kind: String
        let description: String
        let solver: String
        let due: String?
    }

    func raise(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { throw APIError(status: .unauthorized, message: Catalogue.text(.signInRequired, request.language)) }
        guard let body = try? request.content.decode(Raise.self, as: .json) else {
            throw APIError(status: .badRequest, message: "the body must be {\"kind\", \"description\", \"solver\", \"due\"}")
        }
        let id = try await ProjectsController.raise(context, code: request.parameters.get("code") ?? "",
                                                    BlockerInput(kind: body.kind, description: body.description, solver: body.solver, due: body.due),
                                                    by: principal, language: request.language)
        return .json("{\"id\":\(id)}", status: .created)
    }

    struct Resolve: Decodable {
        let resolution: String
    }

    func resolve(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { throw APIError(status: .unauthorized, message: Catalogue.text(.signInRequired, request.language)) }
        guard let id = request.parameters.get("id").flatMap(Int64.init) else { throw APIError(status: .notFound, message: "unknown blocker") }
        guard let body = try? request.content.decode(Resolve.self, as: .json) else { throw APIError(status: .badRequest, message: "the body must be {\"resolution\"}") }
        let code = try await ProjectsController.resolve(context, id: id, resolution: body.resolution, by: principal, language: request.language)
        return .json("{\"id\":\(id),\"code\":\(JSONText.string(code))}")
    }

    func figures(_ request: Request) async throws -> Response {
        let reader = try await ScopedReader.make(request, context)
        guard let period = try request.period() ?? reader.access.currentMonth(reader.workspace), period.frequency == .monthly else {
            throw APIError(status: .badRequest, message: "period must be a month, e.g. 2021-09")
        }
        let overview = try await reader.projectOverview(asOf: AsOf(year: period.year, month: period.endMonth))
        let principal = try reader.signedIn()
        let portfolio = overview.portfolio
        func figures(_ f: PortfolioFigures, rank: Int?) -> String {
            let stages = ProjectStage.allCases.map { "\"\($0.rawValue)\":\(f.byStage[$0] ?? 0)" }.joined(separator: ",")
            return "{\"key\":\(JSONText.string(f.key)),\"projects\":\(f.projects),\"byStage\":{\(stages)},\"plannedStarts\":\(f.plannedStarts),\"started\":\(f.started),"
                + "\"startRate\":\(JSONText.number(f.startRate)),\"plannedCompletions\":\(f.plannedCompletions),\"completed\":\(f.completed),"
                + "\"completionRate\":\(JSONText.number(f.completionRate)),\"plannedProduction\":\(f.plannedProduction),\"inProduction\":\(f.inProduction),"
                + "\"productionRate\":\(JSONText.number(f.productionRate)),\"annualPlan\":\(f.annualPlan.jsonLiteral),\"invested\":\(f.invested.jsonLiteral),"
                + "\"investmentCompletion\":\(JSONText.number(f.investmentCompletion)),\"schedule\":\(f.schedule.jsonLiteral),\"gap\":\(JSONText.number(f.gap)),"
                + "\"share\":\(JSONText.number(f.share)),\"rank\":\(rank.map(String.init) ?? "null")}"
        }
        let readsCity = reader.readsCity
        let readableUnits = portfolio.units.filter { reader.access.policy.canRead(principal, org: $0.key) }
        if (try? request.query.get(String.self, at: "format")) == "csv" {
            let rows = (readsCity ? [portfolio.city] : []) + readableUnits
            let text = portfolio.csv(units: rows, chains: readsCity ? portfolio.chains : [], name: { reader.workspace.orgName($0, request.language) }, request.language)
            var headers = HTTPHeaders()
            headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
            return Response(status: .ok, headers: headers, body: .init(string: text))
        }
        let units = readableUnits.map { figures($0, rank: portfolio.ranks[$0.key]) }
        let chains = readsCity ? portfolio.chains.map { figures($0, rank: nil) } : []
        let behind = portfolio.behindSchedule.filter { overview.readable[$0.project.code] != nil }.map { s in
            "{\"code\":\(JSONText.string(s.project.code)),\"invested\":\(s.invested.jsonLiteral),\"completion\":\(JSONText.number(s.completion)),\"gap\":\(JSONText.number(s.gap))}"
        }
        let late = portfolio.notStarted.filter { overview.readable[$0.code] != nil }.map { JSONText.string($0.code) }
        let silent = portfolio.unreported.filter { overview.readable[$0.code] != nil }.map { JSONText.string($0.code) }
        let day = period >= (reader.access.currentMonth(reader.workspace) ?? period) ? context.today : min(context.today, Day.end(of: period))
        let open = overview.blockers.filter { $0.isOpen(on: day) }.map(Self.json)
        return .json("{\"period\":\(JSONText.string(period.description)),\"city\":\(readsCity ? figures(portfolio.city, rank: nil) : "null"),"
                     + "\"units\":[\(units.joined(separator: ","))],\"chains\":[\(chains.joined(separator: ","))],\"behindSchedule\":[\(behind.joined(separator: ","))],"
                     + "\"notStarted\":[\(late.joined(separator: ","))],\"unreported\":[\(silent.joined(separator: ","))],\"openBlockers\":[\(open.joined(separator: ","))]}")
    }

    func starts(_ request: Request) async throws -> Response {
        let reader = try await ScopedReader.make(request, context)
        let principal = try reader.signedIn()
        let data = try await context.projects.data(context.store)
        // Only the batches of units the asker may read; totals as the register stood on the batch's day.
        let items = data.starts(readableBy: principal, reader.access.policy).map { b in
            "{\"id\":\(b.id),\"org\":\(JSONText.string(b.org)),\"day\":\(JSONText.string(b.day.description)),\"name\":\(JSONText.string(b.name)),"
                + "\"codes\":[\(b.codes.map { JSONText.string($0) }.joined(separator: ","))],\"totalInvestment\":\(data.total(of: b).jsonLiteral)}"
        }
        return .json("[" + items.joined(separator: ",") + "]")
    }

    struct Batch: Decodable {
        let org: String
        let day: String
        let name: String
        let codes: [String]
    }

    func addStart(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { throw APIError(status: .unauthorized, message: Catalogue.text(.signInRequired, request.language)) }
        guard let body = try? request.content.decode(Batch.self, as: .json) else {
            throw APIError(status: .badRequest, message: "the body must be {\"org\", \"day\", \"name\", \"codes\": [...]}")
        }
        let id = try await ProjectsController.scoped(request.language) {
            try await context.store.addConcentratedStart(org: body.org, day: body.day, name: body.name, codes: body.codes, by: principal, today: context.today, source: .api)
        }
        return .json("{\"id\":\(id)}", status: .created)
    }
}
