// The case engine's JSON API (signed in): the ledger (GET /api/v1/cases), raising a case (POST),
// one case with its events and what the reader may do (GET /api/v1/cases/CODE), acting on it
// (POST /api/v1/cases/CODE/actions), the inbox and notices, the figures per unit and department
// (case-figures), case types and their limits, enterprises, and the webhook with its delivery log
// (admins). The store decides every refusal in its write transaction; here they become answers:
// 409 when someone acted first or the case's state does not allow it, 403 not a party, 404 unknown
// or unreadable (the same answer: a case's existence is not told), 422 with the field at fault.
// Here the routes, the ledger, one case, raising and acting; the rest in CasesController+*.swift.
import Vapor
import TiaoduCore
import TiaoduStore

struct CasesController: RouteCollection {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1")
        api.get("cases", use: ledger)
        api.on(.POST, "cases", body: .collect(maxSize: "64kb"), use: raise)
        api.get("cases", ":code", use: detail)
        api.on(.POST, "cases", ":code", "actions", body: .collect(maxSize: "64kb"), use: act)
        api.get("inbox", use: inbox)
        api.get("notices", use: notices)
        api.get("case-figures", use: figures)
        api.get("case-types", use: types)
        api.on(.PUT, "case-types", ":kind", ":code", body: .collect(maxSize: "16kb"), use: setType)
        api.get("enterprises", use: enterprises)
        api.on(.POST, "enterprises", body: .collect(maxSize: "256kb"), use: saveEnterprises)
        api.get("webhook", use: webhook)
        api.on(.PUT, "webhook", body: .collect(maxSize: "16kb"), use: setWebhook)
        api.get("webhook", "deliveries", use: deliveries)
    }

    // MARK: - The ledger and one case

    enum Order: String, CaseIterable {
        case asc, desc
    }

    func ledger(_ request: Request) async throws -> Response {
        let l = request.language
        let principal = try Self.signedIn(request)
        var query = CaseQuery()
        query.kind = try Self.choice(request, "kind", CaseKind.self)
        query.type = try Self.text(request, "type", limit: TextLimits.code)
        query.state = try Self.choice(request, "state", CaseState.self)
        if let open = try Self.text(request, "open") {
            guard open == "true" || open == "false" else { throw Self.bad(l, "open", open, zh: "请写 true 或 false", en: "use true or false") }
            query.open = open == "true"
        }
        query.colour = try Self.choice(request, "colour", CaseColour.self)
        if let raw = try Self.text(request, "unit") {
            guard let unit = CaseUnit(raw) else {
                throw Self.bad(l, "unit", raw, zh: "请写单位代码（如321003）或 dept:部门名称", en: "use an org code (321003) or dept:NAME")
            }
            query.unit = unit
        }
        if let org = try Self.text(request, "org", limit: TextLimits.code) {
            guard try await context.store.figures.liveWorkspace().workspace.tree.contains(org) else {
                throw Self.bad(l, "org", org, zh: "没有这个单位", en: "there is no such org unit")
            }
            query.org = org
        }
        query.enterprise = try Self.text(request, "enterprise", limit: TextLimits.code)
        query.project = try Self.text(request, "project", limit: TextLimits.code)
        query.from = try Self.day(request, "from")
        query.to = try Self.day(request, "to")
        if let sort = try Self.choice(request, "sort", CaseSort.self) { query.sort = sort }
        // newest first by the day raised and by code; the most urgent first by the deadline
        query.descending = try Self.choice(request, "order", Order.self).map { $0 == .desc } ?? (query.sort == .raised || query.sort == .code)
        query.limit = try Self.number(request, "limit", 1...500) ?? 50
        query.offset = try Self.number(request, "offset", 0...Int(Int32.max)) ?? 0
        let today = context.today
        return try await Self.answering(l) {
            let page = try await context.store.cases.ledger(query, for: principal, today: today)
            let calendar = try await context.store.cases.calendar()
            return try .json(encoding: CaseJSON.Ledger(total: page.total, cases: page.rows.map { CaseJSON.Summary($0, on: today, calendar: calendar, l) }))
        }
    }

    func detail(_ request: Request) async throws -> Response {
        let l = request.language
        let principal = try Self.signedIn(request)
        return try await Self.answering(l) {
            let record = try await readable(request, principal)
            let events = try await context.store.cases.events(of: record)
            let parties = try await context.store.cases.parties(record, for: principal)
            let actions = try await context.store.cases.actions(record, for: parties, today: context.today).map { CaseJSON.Action($0, kind: record.kind, l) }
            let body = CaseJSON.Detail(case: try await full(record, l), events: events.map { CaseJSON.Event($0, kind: record.kind, l) },
                                       actions: actions, parties: CaseParty.allCases.filter { parties.contains($0) })
            return try .json(encoding: body)
        }
    }

    /// The case `code` of the path, if the reader may read it; 404 otherwise (unknown or not theirs alike).
    func readable(_ request: Request, _ principal: Principal) async throws -> CaseRecord {
        let code = request.parameters.get("code") ?? ""
        guard TextLimits.isCode(code), let record = try await context.store.cases.record(code, for: principal) else {
            throw Self.unknownCase(code, request.language)
        }
        return record
    }

    /// A case in full as of today.
    func full(_ record: CaseRecord, _ l: Language) async throws -> CaseJSON.Case {
        let calendar = try await context.store.cases.calendar()
        let types = try await context.store.cases.types()
        return CaseJSON.Case(record, types: types, on: context.today, calendar: calendar, l)
    }

    // MARK: - Raising a case and acting on it

    func raise(_ request: Request) async throws -> Response {
        let l = request.language
        let principal = try Self.signedIn(request)
        let body = try Self.decode(request, RaiseInput.self, shape: #"{"kind","type","title","detail","org","enterprise","project","urgent","due","attachment"}"#)
        let enterprise = Self.nonEmpty(body.enterprise)
        // an unknown unit named as the enterprise is the enterprise's fault, otherwise the org's
        return try await Self.answering(l, unitField: { $0 == enterprise ? "enterprise" : "org" }) {
            guard let kind = body.kind.flatMap(CaseKind.init(rawValue:)) else { throw Self.badChoice("kind", body.kind, CaseKind.self, l) }
            let title = (body.title ?? "").trimmingCharacters(in: .whitespaces)
            try Self.check(title, "title", limit: CaseDraft.titleLimit, l)
            let detail = body.detail ?? ""
            try Self.check(detail, "detail", limit: CaseDraft.textLimit, l)
            var org = (body.org ?? "").trimmingCharacters(in: .whitespaces)
            if org.isEmpty, principal.roles.contains(.enterprise), let own = principal.enterprise {
                // an enterprise raises in the unit it belongs to
                org = try await context.store.cases.enterprises().first { $0.code == own }?.org ?? ""
            }
            try Self.check(org, "org", limit: TextLimits.code, l)
            if let enterprise { try Self.check(enterprise, "enterprise", limit: TextLimits.code, l) }
            let project = try Self.optionalText(body.project, "project", limit: TextLimits.code, l)
            let attachment = try Self.optionalText(body.attachment, "attachment", limit: Self.attachmentLimit, l)
            let draft = CaseDraft(kind: kind, type: body.type ?? "", title: title, detail: detail, org: org, enterprise: enterprise, project: project,
                                  urgent: body.urgent ?? false, due: try Self.day(body.due, "due", l), attachment: attachment)
            let record = try await context.store.cases.raise(draft, by: principal, today: context.today)
            return try .json(encoding: try await full(record, l), status: .created)
        }
    }

    func act(_ request: Request) async throws -> Response {
        let l = request.language
        let principal = try Self.signedIn(request)
        let code = request.parameters.get("code") ?? ""
        guard TextLimits.isCode(code) else { throw Self.unknownCase(code, l) }
        let body = try Self.decode(request, ActionInput.self,
                                   shape: #"{"action","note","attachment","lead","assisting":[…],"due","rating","percent","days","version"}"#)
        let lead = Self.nonEmpty(body.lead).flatMap { CaseUnit($0) }
        // the store names an unknown unit by its code or department name: the lead's, or an assisting unit's
        return try await Self.answering(l, unitField: { $0 == (lead?.orgCode ?? lead?.departmentName) ? "lead" : "assisting" }) {
            guard let action = body.action.flatMap(CaseAction.init(rawValue:)) else { throw Self.badChoice("action", body.action, CaseAction.self, l) }
            let note = body.note ?? ""
            try Self.check(note, "note", limit: CaseDraft.textLimit, l)
            let attachment = try Self.optionalText(body.attachment, "attachment", limit: Self.attachmentLimit, l)
            if let raw = Self.nonEmpty(body.lead), lead == nil { throw Refusal(CaseError.unknownUnit(raw).message(l), field: "lead") }
            var assisting: [CaseUnit] = []
            for raw in body.assisting ?? [] {
                guard let unit = CaseUnit(raw), TextLimits.problem(raw, limit: TextLimits.name) == nil else {
                    throw Refusal(CaseError.unknownUnit(String(raw.prefix(TextLimits.name))).message(l), field: "assisting")
                }
                // each unit once: a unit named twice assists once
                if !assisting.contains(unit) { assisting.append(unit) }
            }
            guard assisting.count <= Self.assistingLimit else {
                throw Refusal(l == .zh ? "协办单位最多\(Self.assistingLimit)个。" : "At most \(Self.assistingLimit) assisting units.", field: "assisting")
            }
            var rating: Rating?
            if let raw = Self.nonEmpty(body.rating) {
                guard let value = Rating(rawValue: raw) else { throw Self.badChoice("rating", raw, Rating.self, l) }
                rating = value
            }
            let command = CaseCommand(action, note: note, attachment: attachment, lead: lead, assisting: assisting, due: try Self.day(body.due, "due", l),
                                      rating: rating, percent: body.percent, days: body.days, version: body.version)
            let record = try await context.store.cases.act(code, command, by: principal, today: context.today)
            return try .json(encoding: try await full(record, l))
        }
    }

    /// An attachment is a file's name or address, on one line.
    static let attachmentLimit = TextLimits.name
    static let assistingLimit = 50
}
