// GET /api/v1/review?org=&period= — the plausibility warnings on a unit's figures, each with the
// unit's note (signed-in readers of the unit); POST /api/v1/notes {"org","period","notes":[{"indicator",
// "flag","note"}]} — the unit's notes, all or none (who may enter its figures). A submission with a
// warning left without a note is refused (409), so a client writes the notes here first.
import Vapor
import TiaoduCore
import TiaoduStore

struct ReviewController: RouteCollection {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("review", use: review)
        api.on(.POST, "notes", body: .collect(maxSize: "256kb"), use: saveNotes)
    }

    func review(_ request: Request) async throws -> Response {
        let l = request.language
        guard let principal = request.principal else { throw APIError(status: .unauthorized, message: PageText.text(.signInRequired, l)) }
        let org = (try? request.query.get(String.self, at: "org")) ?? ""
        guard let period = try request.period(), !org.isEmpty else { throw APIError(status: .badRequest, message: "org and period are required") }
        let (workspace, _) = try await context.store.figures.liveWorkspace()
        guard let unit = workspace.tree[org] else { throw APIError(status: .notFound, message: "unknown org unit “\(org)”") }
        guard AccessPolicy(tree: workspace.tree).canRead(principal, org: unit.code) else {
            throw APIError(status: .forbidden, message: PageText.format(.cannotReadUnit, l, workspace.orgName(unit.code, l)))
        }
        let notes = try await context.store.cycle.notes(org: org, period: period)
        let byKey = Dictionary(notes.map { ("\($0.indicator) \($0.flag)", $0) }, uniquingKeysWith: { first, _ in first })
        let warnings = Plausibility.warnings(org: org, period: period, in: workspace).map { warning in
            let note = byKey["\(warning.indicator) \(warning.flag.kind)"]
            return Warning(indicator: warning.indicator, flag: warning.flag.kind, message: warning.message(in: workspace, l),
                           note: note?.note, notedBy: note?.notedBy, notedAt: note?.notedAt)
        }
        return try .json(encoding: Review(org: org, period: period.description, warnings: warnings))
    }

    func saveNotes(_ request: Request) async throws -> Response {
        let l = request.language
        guard let principal = request.principal else { throw APIError(status: .unauthorized, message: PageText.text(.signInRequired, l)) }
        guard let body = try? request.content.decode(NotesInput.self, as: .json), let period = Period(body.period) else {
            throw APIError(status: .badRequest, message: "the body must be {\"org\",\"period\",\"notes\":[{\"indicator\",\"flag\",\"note\"}]}")
        }
        do {
            try await context.store.cycle.saveNotes(org: body.org, period: period, body.notes.map { ($0.indicator, $0.flag, $0.note) }, by: principal, source: .api)
        } catch let error as FigureNoteError {
            switch error {
            case .notPermitted: throw APIError(status: .forbidden, message: PageText.text(.notPermittedAction, l))
            case .unknownWarning(let indicator, let flag):
                throw APIError(status: .conflict, message: PageText.text(.warningsChanged, l) + " (\(indicator) \(flag))")
            case .badText: throw APIError(status: .badRequest, message: PageText.text(.badNoteText, l))
            }
        }
        let open = try await context.store.cycle.openWarnings(org: body.org, period: period)
        return try .json(encoding: Saved(saved: body.notes.count, openWarnings: open.count))
    }

    struct NotesInput: Decodable {
        struct Note: Decodable {
            let indicator: String
            let flag: String
            let note: String
        }
        let org: String
        let period: String
        let notes: [Note]
    }

    /// One warning with the unit's note on it (null: none yet).
    struct Warning: OpenAPIObject {
        let indicator: String
        let flag: String
        let message: String
        let note: String?
        let notedBy: String?
        let notedAt: Int64?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case indicator, flag, message, note, notedBy, notedAt
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .indicator, .message: .string
            case .flag: OpenAPIProperty(fields: [("type", .string("string")), ("enum", .array(PlausibilityFlag.kinds.map(JSONValue.string)))])
            case .note, .notedBy: .string.nullable
            case .notedAt: .integer.nullable
            }
        }
    }

    struct Review: OpenAPIObject {
        let org: String
        let period: String
        let warnings: [Warning]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case org, period, warnings
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .org, .period: .string
            case .warnings: .array(of: Warning.openAPISchema)
            }
        }
    }

    struct Saved: OpenAPIObject {
        let saved: Int
        /// warnings still without a note: the unit submits when this is 0
        let openWarnings: Int

        enum CodingKeys: String, CodingKey, CaseIterable {
            case saved, openWarnings
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .integer }
    }
}
