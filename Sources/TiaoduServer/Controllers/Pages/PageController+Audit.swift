// GET /audit?actor=&action=&object=[&format=csv] — the administrators' search of the audit log,
// newest first (500 entries on the page, 10,000 in the CSV). The log has no edit route at all.
import Foundation
import Vapor
import TiaoduCore
import TiaoduStore

extension PageController {
    func audit(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/audit") { p in
            guard principal.isAdmin else { throw APIError(status: .forbidden, message: p.text(.adminsOnly)) }
            let csv = p.query("format") == "csv"
            let entries = try await context.store.audit(actor: p.query("actor"), action: p.query("action"), object: p.query("object"), limit: csv ? 10_000 : 500)
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
            formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
            func when(_ entry: AuditEntry) -> String { formatter.string(from: Date(timeIntervalSince1970: Double(entry.at) / 1000)) }
            if csv {
                var text = CSV.exportLine(["at", "actor", "action", "object", "before", "after", "source"]) + "\n"
                for e in entries { text += CSV.exportLine([when(e), e.actor, e.action, e.object, e.before ?? "", e.after ?? "", e.source]) + "\n" }
                let response = Response.text(text, contentType: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]))
                response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"tiaodu-audit.csv\"")
                return response
            }
            let l = p.language
            func t(_ label: Label) -> String { HTML.escape(p.text(label)) }
            var html = "<h1>\(t(.auditTitle))</h1><form class=\"pickers\" method=\"get\" action=\"/audit\">"
            for (name, label) in [("actor", Label.actor), ("action", .action), ("object", .object)] {
                html += "<label>\(t(label))<input name=\"\(name)\" value=\"\(HTML.escape(p.query(name) ?? ""))\"></label>"
            }
            html += "<input type=\"hidden\" name=\"lang\" value=\"\(l.rawValue)\"><button type=\"submit\">\(t(.show))</button></form>"
            let filters = ["actor", "action", "object"].compactMap { name in p.query(name).map { (name, $0) } }
            html += "<p><a href=\"/audit\(HTML.query(filters + [("format", "csv")]))\" download>\(t(.downloadCSV))</a></p>"
            html += "<div class=\"scroll\"><table><thead><tr>" + [Label.changedAt, .actor, .action, .object, .before, .after, .route].map { "<th scope=\"col\">\(t($0))</th>" }.joined()
            html += "</tr></thead><tbody>"
            for e in entries {
                html += "<tr>" + [when(e), e.actor, e.action, e.object, e.before ?? "", e.after ?? "", e.source].map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>"
            }
            html += "</tbody></table></div>"
            if entries.isEmpty { html += "<p>\(t(.noHistory))</p>" }
            return p.respond(Layout.page(title: p.text(.auditTitle), at: p.location, current: nil, body: html))
        }
    }
}
