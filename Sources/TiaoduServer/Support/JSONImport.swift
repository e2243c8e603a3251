// The JSON write routes (values, project register rows, progress): a JSON array of objects with
// the CSV contract's columns, written through the one import pipeline as the signed-in user.
import Vapor
import TiaoduCore
import TiaoduStore

extension ServerContext {
    /// 401 without a user, 400 with every bad item; the summary of what was written.
    func importJSON(_ kind: ImportKind, _ request: Request) async throws -> Response {
        guard let principal = request.principal else {
            throw APIError(status: .unauthorized, message: "sign in or send an API token (Authorization: Bearer …) to write")
        }
        guard var buffer = request.body.data, let text = buffer.readString(length: buffer.readableBytes) else {
            throw APIError(status: .badRequest, message: "the body must be a JSON array of objects")
        }
        let records = try JSONInput.records(text, allowed: kind.requiredColumns + kind.optionalColumns)
        let summary = try await store.write(kind, records: records, actor: principal.login, source: .api, principal: principal)
        return try .json(encoding: WriteSummary(rows: summary.rows, inserted: summary.inserted, changed: summary.changed, unchanged: summary.unchanged))
    }
}

/// What a write did: rows in the input, new, changed, identical to what was stored.
struct WriteSummary: OpenAPIObject {
    let rows: Int
    let inserted: Int
    let changed: Int
    let unchanged: Int

    enum CodingKeys: String, CodingKey, CaseIterable {
        case rows, inserted, changed, unchanged
    }

    static func schema(_ key: CodingKeys) -> OpenAPIProperty { .integer }
}
