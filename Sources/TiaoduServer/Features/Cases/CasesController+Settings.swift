// The case engine's settings: case types and their limits (read signed in, set by admins),
// enterprises (an enterprise sees itself; admins add and rename), the webhook and its delivery log
// (admins).
import Vapor
import TiaoduCore
import TiaoduStore

extension CasesController {
    // MARK: - Case types and enterprises

    func types(_ request: Request) async throws -> Response {
        let l = request.language
        _ = try Self.signedIn(request)
        let types = try await context.store.cases.types()
        return try .json(encoding: CaseJSON.Types(types: types.map { CaseJSON.TypeEntry($0, l) }))
    }

    /// Sets a type's names and limits (admins): what the body leaves out stays as it was.
    func setType(_ request: Request) async throws -> Response {
        let l = request.language
        let principal = try Self.signedIn(request)
        guard principal.isAdmin else { throw APIError(status: .forbidden, message: PageText.text(.notPermittedAction, l)) }
        let rawKind = request.parameters.get("kind") ?? "", code = request.parameters.get("code") ?? ""
        guard let kind = CaseKind(rawValue: rawKind) else { throw Self.notAChoice(l, "kind", rawKind, CaseKind.self) }
        guard TextLimits.isCode(code) else { throw APIError(status: .badRequest, message: ImportReason.badCode(code).message(l)) }
        let body = try Self.decode(request, TypeInput.self, shape: #"{"nameZh","nameEn","limits":{"accept","signFor","assist","answer","objection","extensionMax","extensionNotice"}}"#)
        return try await Self.answering(l) {
            var type = try await context.store.cases.types().first { $0.kind == kind && $0.code == code } ?? CaseType(kind: kind, code: code, nameZh: "", nameEn: "")
            if let zh = body.nameZh {
                type.nameZh = zh.trimmingCharacters(in: .whitespaces)
                try Self.check(type.nameZh, "nameZh", limit: TextLimits.name, l)
            }
            if let en = body.nameEn {
                type.nameEn = en.trimmingCharacters(in: .whitespaces)
                try Self.check(type.nameEn, "nameEn", limit: TextLimits.name, l)
            }
            if type.nameEn.isEmpty { type.nameEn = type.nameZh }
            if let limits = body.limits {
                let given = [("accept", limits.accept), ("signFor", limits.signFor), ("assist", limits.assist), ("answer", limits.answer),
                             ("objection", limits.objection), ("extensionMax", limits.extensionMax), ("extensionNotice", limits.extensionNotice)]
                for (name, value) in given {
                    if let value { type.limits[name] = value }
                }
            }
            try await context.store.cases.setType(type, by: principal, source: .api)
            return try .json(encoding: CaseJSON.TypeEntry(type, l))
        }
    }

    func enterprises(_ request: Request) async throws -> Response {
        let principal = try Self.signedIn(request)
        var list = try await context.store.cases.enterprises()
        // an enterprise sees itself, not the others
        if principal.roles.contains(.enterprise), !principal.isAdmin { list = list.filter { $0.code == principal.enterprise } }
        return try .json(encoding: CaseJSON.Enterprises(enterprises: list.map(CaseJSON.EnterpriseEntry.init)))
    }

    /// Adds or renames enterprises (admins), all or nothing: 422 with every bad item.
    func saveEnterprises(_ request: Request) async throws -> Response {
        let l = request.language
        let principal = try Self.signedIn(request)
        guard principal.isAdmin else { throw APIError(status: .forbidden, message: PageText.text(.notPermittedAction, l)) }
        let items = try Self.decode(request, [EnterpriseInput].self, shape: #"[{"code","name","org"}]"#)
        return try await Self.answering(l) {
            var issues = IssueList()
            var list: [Enterprise] = []
            for (index, item) in items.enumerated() {
                let (code, name, org) = ((item.code ?? "").trimmingCharacters(in: .whitespaces), (item.name ?? "").trimmingCharacters(in: .whitespaces),
                                         (item.org ?? "").trimmingCharacters(in: .whitespaces))
                let line = index + 1
                if code.isEmpty { issues.append(ImportIssue(line: line, column: "code", reason: .required)) }
                else if !TextLimits.isCode(code) { issues.append(ImportIssue(line: line, column: "code", reason: .badCode(code))) }
                if name.isEmpty { issues.append(ImportIssue(line: line, column: "name", reason: .required)) }
                else if let reason = TextLimits.problem(name, limit: TextLimits.name) { issues.append(ImportIssue(line: line, column: "name", reason: reason)) }
                if org.isEmpty { issues.append(ImportIssue(line: line, column: "org", reason: .required)) }
                else if !TextLimits.isCode(org) { issues.append(ImportIssue(line: line, column: "org", reason: .unknownOrg(org))) }
                list.append(Enterprise(code: code, name: name, org: org))
            }
            if !issues.isEmpty { throw ImportFailure(issues) }
            try await context.store.cases.saveEnterprises(list, by: principal, source: .api)
            return try .json(encoding: CaseJSON.Saved(saved: list.count))
        }
    }

    // MARK: - The webhook (admins)

    func webhook(_ request: Request) async throws -> Response {
        _ = try Self.admin(request)
        return try .json(encoding: CaseJSON.Webhook(try await context.store.cases.webhookURL()))
    }

    func setWebhook(_ request: Request) async throws -> Response {
        let l = request.language
        let principal = try Self.admin(request)
        let body = try Self.decode(request, WebhookInput.self, shape: #"{"url": "https://…" | null}"#)
        return try await Self.answering(l) {
            let url = body.url?.trimmingCharacters(in: .whitespaces)
            if let url { try Self.check(url, "url", limit: Self.urlLimit, l) }
            try await context.store.cases.setWebhookURL(url, by: principal, source: .api)
            return try .json(encoding: CaseJSON.Webhook(url))
        }
    }

    /// The longest webhook address the store takes.
    static let urlLimit = 500

    func deliveries(_ request: Request) async throws -> Response {
        _ = try Self.admin(request)
        let limit = try Self.number(request, "limit", 1...500) ?? 100
        let deliveries = try await context.store.cases.deliveries(limit: limit)
        return try .json(encoding: CaseJSON.Deliveries(deliveries: deliveries.map(CaseJSON.Delivery.init)))
    }
}
