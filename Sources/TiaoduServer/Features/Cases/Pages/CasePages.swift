// The case engine's pages (signed-in readers): 案件台账 and its CSV (/cases, /cases.csv), raising a
// case (/cases/new), one case with the actions the reader may take (/cases/CODE, POST
// /cases/CODE/act), the printable 督办单 (/cases/CODE/print), 我的待办 (/inbox) and the figures
// with the league of departments (/cases/figures). What may be read and done is the store's:
// CasesRepository scopes every list and checks every step in its write transaction.
import Vapor
import TiaoduCore
import TiaoduStore

struct CasePages: PageRoutes {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get("cases", use: ledger)
        routes.get("cases.csv", use: ledgerCSV)
        routes.get("cases.xlsx", use: ledgerWorkbook)
        routes.get("cases", "new", use: raiseForm)
        routes.on(.POST, "cases", "new", body: .collect(maxSize: "64kb"), use: raise)
        routes.get("cases", "figures", use: figures)
        routes.get("cases", ":code", use: casePage)
        routes.on(.POST, "cases", ":code", "act", body: .collect(maxSize: "64kb"), use: act)
        routes.get("cases", ":code", "print", use: sheet)
        routes.get("inbox", use: inbox)
    }

    /// The status a refused step answers with: 409 when the case moved on meanwhile (a stale
    /// version, or a step its state no longer takes), 403 for who is not a party to it, 404 for a
    /// case the user may not read, 422 for what was typed.
    static func status(_ error: CaseError) -> HTTPStatus {
        switch error {
        case .conflict, .illegal: return .conflict
        case .notParty: return .forbidden
        case .unknownCase: return .notFound
        default: return .unprocessableEntity
        }
    }

    /// What a step did, as the page after it says: 「已签收。」
    static func done(_ action: CaseAction, kind: CaseKind, _ language: Language) -> String {
        PageText.format(.caseDone, language, Catalogue.actionName(action, kind, language))
    }

    /// Users' names by login, for who did what.
    func userNames(_ logins: Set<String>) async throws -> [String: String] {
        guard !logins.isEmpty else { return [:] }
        return Dictionary(try await context.store.accounts.users().filter { logins.contains($0.login) }.map { ($0.login, $0.name) },
                          uniquingKeysWith: { first, _ in first })
    }

    /// The language a form was posted in (its hidden `lang`), else the request's.
    static func language(_ pairs: [(String, String)], _ request: Request) -> Language {
        pairs.last { $0.0 == "lang" }.flatMap { Language(rawValue: $0.1) } ?? request.language
    }
}
