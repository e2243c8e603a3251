// Case types and their working-day limits: read by every transition; edited by admins (each edit
// in the audit log). Enterprises: the ones that may raise requests, each in an org unit.
import SQLKit
import TiaoduCore

public struct Enterprise: Hashable, Sendable, Codable {
    public let code: String
    public let name: String
    public let org: String

    public init(code: String, name: String, org: String) { (self.code, self.name, self.org) = (code, name, org) }
}

extension CasesRepository {
    public func types() async throws -> [CaseType] { try await Store.caseTypes(sql) }

    /// Sets a type's names and limits (admins). A limit must be 0–60 working days.
    public func setType(_ type: CaseType, by principal: Principal, source: WriteSource) async throws {
        guard principal.isAdmin else { throw CaseError.notParty(.raise) }
        for name in CaseLimits.names {
            let value = type.limits[name] ?? 0
            guard (0...60).contains(value) else {
                throw ImportFailure([ImportIssue(line: 1, column: name, reason: .outOfRange(String(value), allowed: "0–60"))])
            }
        }
        if type.nameZh.trimmingCharacters(in: .whitespaces).isEmpty { throw CaseError.required(field: "nameZh") }
        try await transaction { db in
            let l = type.limits
            let before = try await Store.caseTypes(db).first { $0.kind == type.kind && $0.code == type.code }
            if before == nil {
                try await db.raw("""
                    INSERT INTO case_types (kind, code, name_zh, name_en, accept_days, sign_days, assist_days, answer_days, objection_days, extension_max, extension_notice)
                    VALUES (\(bind: type.kind.rawValue), \(bind: type.code), \(bind: type.nameZh), \(bind: type.nameEn), \(bind: l.accept), \(bind: l.signFor),
                            \(bind: l.assist), \(bind: l.answer), \(bind: l.objection), \(bind: l.extensionMax), \(bind: l.extensionNotice))
                    """).run()
            } else {
                try await db.raw("""
                    UPDATE case_types SET name_zh = \(bind: type.nameZh), name_en = \(bind: type.nameEn), accept_days = \(bind: l.accept),
                        sign_days = \(bind: l.signFor), assist_days = \(bind: l.assist), answer_days = \(bind: l.answer), objection_days = \(bind: l.objection),
                        extension_max = \(bind: l.extensionMax), extension_notice = \(bind: l.extensionNotice)
                    WHERE kind = \(bind: type.kind.rawValue) AND code = \(bind: type.code)
                    """).run()
            }
            func limitsText(_ t: CaseType?) -> String? { t.map { t in CaseLimits.names.map { "\($0)=\(t.limits[$0] ?? 0)" }.joined(separator: " ") } }
            try await Store.audit(db, actor: principal.login, action: .caseType, object: "\(type.kind.rawValue)/\(type.code)",
                                  before: limitsText(before), after: limitsText(type), source: source)
        }
    }

    public func enterprises() async throws -> [Enterprise] {
        try await sql.raw("SELECT code, name, org FROM enterprises ORDER BY org, code").all().map {
            Enterprise(code: try $0.decode(column: "code", as: String.self), name: try $0.decode(column: "name", as: String.self),
                       org: try $0.decode(column: "org", as: String.self))
        }
    }

    /// Adds or renames enterprises (admins), all or nothing.
    public func saveEnterprises(_ list: [Enterprise], by principal: Principal, source: WriteSource) async throws {
        guard principal.isAdmin else { throw CaseError.notParty(.raise) }
        try await transaction { db in
            let tree = try await store.orgTree(db)
            for (index, e) in list.enumerated() {
                guard !e.code.isEmpty, !e.name.isEmpty else { throw ImportFailure([ImportIssue(line: index + 2, column: "code", reason: .required)]) }
                guard tree.contains(e.org) else { throw ImportFailure([ImportIssue(line: index + 2, column: "org", reason: .unknownOrg(e.org))]) }
                try await db.raw("DELETE FROM enterprises WHERE code = \(bind: e.code)").run()
                try await db.raw("INSERT INTO enterprises (code, name, org) VALUES (\(bind: e.code), \(bind: e.name), \(bind: e.org))").run()
            }
            try await Store.audit(db, actor: principal.login, action: .enterprises, object: "enterprises", after: "\(list.count)", source: source)
        }
    }
}

extension Store {
    static func caseTypes(_ db: any SQLDatabase) async throws -> [CaseType] {
        try await db.raw("SELECT * FROM case_types ORDER BY kind, code").all().compactMap { row in
            guard let kind = CaseKind(rawValue: try row.decode(column: "kind", as: String.self)) else { return nil }
            func int(_ c: String) throws -> Int { try row.decode(column: c, as: Int.self) }
            let limits = CaseLimits(accept: try int("accept_days"), signFor: try int("sign_days"), assist: try int("assist_days"), answer: try int("answer_days"),
                                    objection: try int("objection_days"), extensionMax: try int("extension_max"), extensionNotice: try int("extension_notice"))
            return CaseType(kind: kind, code: try row.decode(column: "code", as: String.self), nameZh: try row.decode(column: "name_zh", as: String.self),
                            nameEn: try row.decode(column: "name_en", as: String.self), limits: limits)
        }
    }
}
