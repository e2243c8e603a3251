// GET /api/v1/projects?owner= — the project register the asker may read (signed in; their
// units, all for admins and analysts), amounts as entered. POST /api/v1/projects/CODE/stage
// {"stage","note"} moves a project one stage on (its owner's reporters and admins).
import Vapor
import TiaoduCore
import TiaoduStore

struct ProjectsController: RouteCollection {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        routes.grouped("api", "v1").get("projects", use: list)
        routes.grouped("api", "v1").on(.POST, "projects", ":code", "stage", body: .collect(maxSize: "16kb"), use: move)
    }

    struct Move: Decodable {
        let stage: String
        let note: String?
        /// the day it took effect, yyyy-mm-dd (default: today)
        let on: String?
    }

    func move(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { throw APIError(status: .unauthorized, message: PageText.text(.signInRequired, request.language)) }
        let code = request.parameters.get("code") ?? ""
        guard let body = try? request.content.decode(Move.self, as: .json), let stage = ProjectStage(rawValue: body.stage) else {
            throw APIError(status: .badRequest, message: "the body must be {\"stage\": one of " + ProjectStage.allCases.map(\.rawValue).joined(separator: ", ") + ", \"note\"}")
        }
        try await Self.move(context, code: code, to: stage, by: principal, note: body.note, on: body.on, via: .api, language: request.language)
        return try .json(encoding: StageMoved(code: code, stage: stage))
    }

    struct StageMoved: OpenAPIObject {
        let code: String
        let stage: ProjectStage

        enum CodingKeys: String, CodingKey, CaseIterable {
            case code, stage
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .string }
    }

    /// One stage move for the API and the page: 404 unknown, 403 not the user's, 409 not the next stage.
    static func move(_ context: ServerContext, code: String, to stage: ProjectStage, by principal: Principal, note: String?, on raw: String?, via source: WriteSource,
                     language: Language) async throws {
        // The day it took effect: today unless given; a real date, not in the future.
        var day = context.today
        if let raw, !raw.isEmpty {
            guard let given = Day(raw) else {
                throw APIError(status: .badRequest, message: ImportReason.badDate(raw).message(language), issues: [ImportIssue(line: 1, column: "on", reason: .badDate(raw))])
            }
            guard given <= context.today else {
                let reason = ImportReason.outOfRange(raw, allowed: "≤ \(context.today)")
                throw APIError(status: .badRequest, message: reason.message(language), issues: [ImportIssue(line: 1, column: "on", reason: reason)])
            }
            day = given
        }
        try await scoped(language) {
            do {
                try await context.store.projects.moveProject(code, to: stage, by: principal, note: note?.isEmpty == true ? nil : note, on: day, source: source)
            } catch let failure as StageFailure {
                throw APIError(status: .conflict, message: Catalogue.stageError(failure.error, language))
            }
        }
    }

    /// Raises a blocker; 404 unknown project, 403 not the user's, 400 a bad field.
    @discardableResult
    static func raise(_ context: ServerContext, code: String, _ input: BlockerInput, by principal: Principal, via source: WriteSource, language: Language) async throws -> Int64 {
        try await scoped(language) {
            try await context.store.projects.raiseBlocker(code, input, by: principal, today: context.today, source: source)
        }
    }

    /// Resolves a blocker; returns its project's code.
    static func resolve(_ context: ServerContext, id: Int64, resolution: String, by principal: Principal, via source: WriteSource, language: Language) async throws -> String {
        guard let blocker = try await context.store.projects.blocker(id) else { throw APIError(status: .notFound, message: "unknown blocker \(id)") }
        try await scoped(language) {
            try await context.store.projects.resolveBlocker(id, resolution: resolution, by: principal, today: context.today, source: source)
        }
        return blocker.code
    }

    /// Store errors of project writes as answers: 404 unknown, 403 out of scope, 400 bad fields.
    static func scoped<T>(_ language: Language, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let unknown as UnknownProject {
            throw APIError(status: .notFound, message: "unknown project “\(unknown.code)”")
        } catch let unknown as UnknownBlocker {
            throw APIError(status: .notFound, message: "unknown blocker \(unknown.id)")
        } catch let failure as ImportFailure where failure.issues.allSatisfy({ if case .outOfScope = $0.reason { return true }; if case .notPermitted = $0.reason { return true }; return false }) {
            throw APIError(status: .forbidden, message: PageText.text(.notPermittedAction, language), issues: failure.issues)
        }
    }

    func list(_ request: Request) async throws -> Response {
        let owner = try? request.query.get(String.self, at: "owner")
        let projects = try await ScopedReader.make(request, context).projects(owner: owner?.isEmpty == false ? owner : nil)
        return .json(JSONValue.array(projects.map(Self.json)))
    }

    /// A project of the register; the amounts as entered (exact decimal literals).
    static func json(_ stored: StoredProject) -> JSONValue {
        let p = stored.project
        return .object([
            ("code", .string(p.code)), ("name", .string(p.name)), ("owner", .string(p.owner)),
            ("industry", .string(p.industry)), ("chain", .string(p.chain)), ("category", .string(p.category.rawValue)),
            ("listLevel", .string(p.listLevel.rawValue)), ("sizeTier", .string(p.sizeTier.rawValue)),
            ("totalInvestment", .decimal(stored.totalText)), ("annualPlan", .decimal(stored.planText)),
            ("plannedStart", .string(p.plannedStart?.description)), ("plannedFinish", .string(p.plannedFinish?.description)),
            ("stage", .string(p.stage.rawValue)), ("listedInStatistics", .string(p.listedInStatistics?.description)),
            ("responsibleUnit", .string(p.responsibleUnit)), ("leader", .string(p.leader)),
            ("taskForce", .string(p.taskForce)), ("landStatus", .string(p.landStatus)),
        ])
    }
}
