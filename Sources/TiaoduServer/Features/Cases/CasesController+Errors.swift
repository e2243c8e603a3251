// How the case engine's API answers a refusal: a CaseError and an ImportFailure
// become 409, 403, 404 or a 422 Refusal with the field at fault; and who may ask (401, 403).
import Vapor
import TiaoduCore
import TiaoduStore

extension CasesController {
    /// A field the API refuses: 422 `{"error","field","issues"}`.
    struct Refusal: Error {
        let message: String
        let field: String?
        var issues: [ImportIssue] = []

        init(_ message: String, field: String?, issues: [ImportIssue] = []) {
            (self.message, self.field, self.issues) = (message, field, issues)
        }

        func response(_ l: Language) throws -> Response {
            let listed = issues.map { APIError.Body.Issue(number: $0.line, itemWord: true, column: $0.column, message: $0.reason.message(l)) }
            return try .json(encoding: CaseJSON.Problem(error: message, field: field, issues: listed), status: .unprocessableEntity)
        }
    }

    /// Runs a route, answering the engine's refusals: someone acted first, or the state does not
    /// allow the action (or one of its rules: the objection window, the one extension) → 409; not
    /// a party → 403; unknown or unreadable → 404; a field at fault → 422. `unitField` says which
    /// field an unknown unit was given in.
    static func answering(_ l: Language, _ body: () async throws -> Response) async throws -> Response {
        try await answering(l, unitField: { _ in nil }, body)
    }

    static func answering(_ l: Language, unitField: (String) -> String?, _ body: () async throws -> Response) async throws -> Response {
        do {
            return try await body()
        } catch let refusal as Refusal {
            return try refusal.response(l)
        } catch let error as CaseError {
            switch error {
            case .conflict, .illegal, .objectionClosed, .extensionUsed, .extensionPending, .extensionNotAsked:
                throw APIError(status: .conflict, message: error.message(l))
            case .notParty, .notAssisting:
                throw APIError(status: .forbidden, message: error.message(l))
            case .unknownCase:
                throw APIError(status: .notFound, message: error.message(l))
            case .unknownUnit(let unit):
                return try Refusal(error.message(l), field: unitField(unit) ?? error.field).response(l)
            default:
                return try Refusal(error.message(l), field: error.field).response(l)
            }
        } catch let failure as ImportFailure {
            let more = failure.more > 0 ? " " + PageText.format(.moreIssues, l, String(failure.more)) : ""
            return try Refusal(PageText.text(.importFailed, l) + more, field: failure.issues.first?.column, issues: failure.issues).response(l)
        } catch let error as CalendarError {
            // the working-day calendar does not reach the day asked about
            throw APIError(status: .badRequest, message: error.message(l))
        }
    }

    /// 404 for the case `code`: unknown and unreadable alike.
    static func unknownCase(_ code: String, _ l: Language) -> APIError {
        APIError(status: .notFound, message: CaseError.unknownCase(String(code.prefix(TextLimits.code))).message(l))
    }

    static func signedIn(_ request: Request) throws -> Principal {
        guard let principal = request.principal else { throw APIError(status: .unauthorized, message: PageText.text(.signInRequired, request.language)) }
        return principal
    }

    static func admin(_ request: Request) throws -> Principal {
        let principal = try signedIn(request)
        guard principal.isAdmin else { throw APIError(status: .forbidden, message: PageText.text(.adminsOnly, request.language)) }
        return principal
    }
}
