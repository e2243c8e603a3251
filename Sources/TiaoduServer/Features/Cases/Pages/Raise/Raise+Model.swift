// Raising a case as the form offers it: the kinds the user may raise (an enterprise only its own
// requests, its enterprise fixed; a unit's people requests and grid events in their units; the
// centre tasks), the chosen kind's types, the units they may raise it in, the enterprises a unit
// may raise a request for, what was typed and, after a refusal, why.
import TiaoduCore
import TiaoduStore

struct CaseRaiseModel {
    let kinds: [CaseKind]
    let kind: CaseKind
    let types: [CaseType]
    let orgs: [(value: String, text: String)]
    /// the enterprise an enterprise user speaks for (fixed), by name
    let ownEnterprise: String?
    /// the enterprises a unit's user may raise a request for (none: the field is left out)
    let enterprises: [(value: String, text: String)]
    let values: [String: String]
    let failure: String?
    let failedField: String?

    static let fields = ["kind", "type", "title", "detail", "org", "enterprise", "urgent", "due", "attachment"]

    /// The kinds `principal` may raise from the form (a blocker is raised on its project's page).
    static func raisable(_ principal: Principal, _ p: PageContext) -> [CaseKind] {
        let access = CaseAccess(policy: p.policy)
        return [CaseKind.request, .task, .grid].filter {
            access.canRaise(principal, kind: $0, org: principal.org, enterprise: principal.enterprise)
        }
    }

    init(_ p: PageContext, principal: Principal, kinds: [CaseKind], kind: CaseKind, types: [CaseType], enterprises: [Enterprise],
         values: [String: String], failure: CaseError? = nil) {
        self.kinds = kinds
        self.kind = kind
        self.types = types.filter { $0.kind == kind }
        let isEnterprise = principal.roles.contains(.enterprise) && !principal.isAdmin
        let offered = isEnterprise ? [] : CaseCells.orgOptions(p)
        orgs = offered
        if isEnterprise {
            ownEnterprise = principal.enterprise.map { code in enterprises.first { $0.code == code }?.name ?? code }
            self.enterprises = []
        } else {
            ownEnterprise = nil
            let readable = Set(offered.map(\.value))
            self.enterprises = kind == .request
                ? enterprises.filter { readable.contains($0.org) }.map { (value: $0.code, text: $0.name) } : []
        }
        var values = values
        if values["org"] == nil { values["org"] = principal.org }
        self.values = values
        self.failure = failure?.message(p.language)
        failedField = failure?.field
    }
}
