// GET /audit?actor=&action=&object=[&format=csv] — the administrators' search of the audit log,
// newest first (500 entries on the page, 10,000 in the CSV). The log has no edit route at all.
import Foundation
import Vapor
import TiaoduCore
import TiaoduStore

extension AccountPages {
    func audit(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/audit") { p in
            guard principal.isAdmin else { throw APIError(status: .forbidden, message: p.text(.adminsOnly)) }
            let csv = p.query("format") == "csv"
            let entries = try await context.store.auditLog.entries(actor: p.query("actor"), action: p.query("action"), object: p.query("object"), limit: csv ? 10_000 : 500)
            if csv {
                let when = AuditView.timestamps()
                var text = CSV.exportLine(["at", "actor", "action", "object", "before", "after", "source"]) + "\n"
                for e in entries { text += CSV.exportLine([when(e), e.actor, e.action, e.object, e.before ?? "", e.after ?? "", e.source]) + "\n" }
                let response = Response.text(text, contentType: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]))
                response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"tiaodu-audit.csv\"")
                return response
            }
            return p.respond(AuditView.render(entries, p.page, filters: Dictionary(["actor", "action", "object"].compactMap { name in p.query(name).map { (name, $0) } }, uniquingKeysWith: { _, last in last })))
        }
    }
}
