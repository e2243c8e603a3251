// GET /api/v1/submissions?period= — every unit's state in the monthly cycle, its due date and
// whether it is overdue; POST /api/v1/submissions {"org","period","action","reason"} moves one
// (signed in or with a token; 403 when the user may not, 409 when the state does not allow it).
import Vapor
import TiaoduCore
import TiaoduStore

struct SubmissionsController: RouteCollection {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("submissions", use: list)
        api.on(.POST, "submissions", body: .collect(maxSize: "16kb"), use: move)
    }

    /// Signed-in readers only, and only the units they may read: a unit's state and who moved it
    /// are not public.
    func list(_ request: Request) async throws -> Response {
        guard let principal = request.principal else {
            throw APIError(status: .unauthorized, message: PageText.text(.signInRequired, request.language))
        }
        let reader = try await ScopedReader.make(request, context)
        let workspace = reader.workspace
        guard let period = try request.period() ?? reader.access.currentMonth(workspace) else { return .json(JSONValue.array([])) }
        let stored = Dictionary(try await context.store.cycle.submissions(period: period).map { ($0.org, $0) }, uniquingKeysWith: { first, _ in first })
        let today = context.today
        let day = try await context.store.cycle.dueDay()
        let due = ReportingSchedule.dueText(period, day: day)
        let states = stored.mapValues(\.status)
        let policy = reader.access.policy
        let items = workspace.tree.units.filter { $0.kind.reportsFigures && policy.canRead(principal, org: $0.code) }.map { unit in
            let entry = stored[unit.code]
            // As /status says it: a unit with no state of its own that a unit above has closed
            // takes that state (`coveredBy` names the unit), never a draft overdue.
            let (status, cover) = policy.shownState(of: unit.code, states: states)
            return Submission(org: unit.code, period: period.description, status: status, coveredBy: cover, due: due,
                              overdue: ReportingSchedule.isOverdue(period, status: status, today: today, day: day),
                              changedAt: entry?.changedAt, changedBy: entry?.changedBy)
        }
        return try .json(encoding: items)
    }

    /// A unit's state in the monthly cycle (the OpenAPI document's `Submission`); who moved it
    /// last and when, null for a draft never moved.
    struct Submission: OpenAPIObject {
        let org: String
        let period: String
        let status: SubmissionStatus
        /// the unit above whose state covers this one (it has none of its own), or null
        let coveredBy: String?
        let due: String
        let overdue: Bool
        let changedAt: Int64?
        let changedBy: String?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case org, period, status, coveredBy, due, overdue, changedAt, changedBy
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .org, .period, .due: .string
            case .coveredBy: .string.nullable
            case .status: .oneOf(SubmissionStatus.self)
            case .overdue: .boolean
            case .changedAt: .integer.nullable
            case .changedBy: .string.nullable
            }
        }
    }

    /// The state a move led to.
    struct Moved: OpenAPIObject {
        let org: String
        let period: String
        let status: SubmissionStatus

        enum CodingKeys: String, CodingKey, CaseIterable {
            case org, period, status
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .org, .period: .string
            case .status: .oneOf(SubmissionStatus.self)
            }
        }
    }

    struct Move: Decodable {
        let org: String
        let period: String
        let action: String
        let reason: String?
    }

    func move(_ request: Request) async throws -> Response {
        guard let principal = request.principal else {
            throw APIError(status: .unauthorized, message: "sign in or send an API token (Authorization: Bearer …)")
        }
        guard let body = try? request.content.decode(Move.self, as: .json) else {
            throw APIError(status: .badRequest, message: "the body must be {\"org\",\"period\",\"action\",\"reason\"}")
        }
        guard let period = Period(body.period) else { throw APIError(status: .badRequest, message: "bad period “\(body.period)”") }
        guard let action = ApprovalAction(rawValue: body.action) else {
            throw APIError(status: .badRequest, message: "action is one of " + ApprovalAction.allCases.map(\.rawValue).joined(separator: ", "))
        }
        do {
            let next = try await context.store.cycle.transition(org: body.org, period: period, action: action, by: principal, reason: body.reason, source: .api)
            return try .json(encoding: Moved(org: body.org, period: period.description, status: next))
        } catch let failure as ApprovalFailure {
            let l = request.language
            switch failure.error {
            case .notPermitted: throw APIError(status: .forbidden, message: PageText.text(.notPermittedAction, l))
            case .notFrom(let status): throw APIError(status: .conflict, message: PageText.text(.notFromState, l) + " (\(status.rawValue))")
            case .reasonRequired: throw APIError(status: .badRequest, message: PageText.text(.reasonRequired, l))
            case .ownSubmission: throw APIError(status: .forbidden, message: PageText.text(.ownSubmission, l))
            case .notesRequired:
                // Which warnings, in whole sentences: the notes go in on /review (or POST /api/v1/notes).
                let (workspace, _) = try await context.store.figures.liveWorkspace()
                let open = try await context.store.cycle.openWarnings(org: body.org, period: period)
                throw APIError(status: .conflict, message: ([PageText.text(.notesRequired, l)] + open.map {
                    workspace.indicatorName($0.indicator, l) + (l == .zh ? "：" : ": ") + $0.message(in: workspace, l)
                }).joined(separator: " "))
            }
        } catch let error as AccountError {
            throw APIError(status: .notFound, message: error.description)
        }
    }
}
