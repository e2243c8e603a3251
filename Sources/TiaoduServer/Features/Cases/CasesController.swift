// The case engine's JSON API (signed in): the ledger (GET /api/v1/cases), raising a case (POST),
// one case with its events and what the reader may do (GET /api/v1/cases/CODE), acting on it
// (POST /api/v1/cases/CODE/actions), the inbox and notices, the figures per unit and department
// (case-figures), case types and their limits, enterprises, and the webhook with its delivery log
// (admins). The store decides every refusal in its write transaction; here they become answers:
// 409 when someone acted first or the case's state does not allow it, 403 not a party, 404 unknown
// or unreadable (the same answer: a case's existence is not told), 422 with the field at fault.
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

    // MARK: - The ledger, one case, the inbox, notices

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
            let actions = CaseWorkflow.actions(on: record, for: parties).map { CaseJSON.Action($0, kind: record.kind, l) }
            let body = CaseJSON.Detail(case: try await full(record, l), events: events.map { CaseJSON.Event($0, kind: record.kind, l) },
                                       actions: actions, parties: CaseParty.allCases.filter { parties.contains($0) })
            return try .json(encoding: body)
        }
    }

    func inbox(_ request: Request) async throws -> Response {
        let l = request.language
        let principal = try Self.signedIn(request)
        let limit = try Self.number(request, "limit", 1...500) ?? 200
        let today = context.today
        return try await Self.answering(l) {
            let items = try await context.store.cases.inbox(for: principal, today: today, limit: limit)
            let calendar = try await context.store.cases.calendar()
            return try .json(encoding: CaseJSON.Inbox(items: items.map { CaseJSON.InboxEntry($0, on: today, calendar: calendar, l) }))
        }
    }

    func notices(_ request: Request) async throws -> Response {
        let l = request.language
        let principal = try Self.signedIn(request)
        let limit = try Self.number(request, "limit", 1...500) ?? 50
        let notices = try await context.store.cases.notices(for: principal, limit: limit)
        return try .json(encoding: CaseJSON.Notices(notices: notices.map { CaseJSON.NoticeEntry($0, l) }))
    }

    /// The case `code` of the path, if the reader may read it; 404 otherwise (unknown or not theirs alike).
    func readable(_ request: Request, _ principal: Principal) async throws -> CaseRecord {
        let code = request.parameters.get("code") ?? ""
        guard TextLimits.isCode(code), let record = try await context.store.cases.record(code, for: principal) else {
            throw APIError(status: .notFound, message: CaseError.unknownCase(String(code.prefix(TextLimits.code))).message(request.language))
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

    struct RaiseInput: Decodable {
        let kind: String?
        let type: String?
        let title: String?
        let detail: String?
        let org: String?
        let enterprise: String?
        let project: String?
        let urgent: Bool?
        let due: String?
        let attachment: String?
    }

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
            let project = Self.nonEmpty(body.project)
            if let project { try Self.check(project, "project", limit: TextLimits.code, l) }
            let attachment = Self.nonEmpty(body.attachment)
            if let attachment { try Self.check(attachment, "attachment", limit: Self.attachmentLimit, l) }
            let draft = CaseDraft(kind: kind, type: body.type ?? "", title: title, detail: detail, org: org, enterprise: enterprise, project: project,
                                  urgent: body.urgent ?? false, due: try Self.day(body.due, "due", l), attachment: attachment)
            let record = try await context.store.cases.raise(draft, by: principal, today: context.today)
            return try .json(encoding: try await full(record, l), status: .created)
        }
    }

    struct ActionInput: Decodable {
        let action: String?
        let note: String?
        let attachment: String?
        let lead: String?
        let assisting: [String]?
        let due: String?
        let rating: String?
        let percent: Int?
        let days: Int?
        let version: Int?
    }

    func act(_ request: Request) async throws -> Response {
        let l = request.language
        let principal = try Self.signedIn(request)
        let code = request.parameters.get("code") ?? ""
        guard TextLimits.isCode(code) else {
            throw APIError(status: .notFound, message: CaseError.unknownCase(String(code.prefix(TextLimits.code))).message(l))
        }
        let body = try Self.decode(request, ActionInput.self,
                                   shape: #"{"action","note","attachment","lead","assisting":[…],"due","rating","percent","days","version"}"#)
        let lead = Self.nonEmpty(body.lead).flatMap { CaseUnit($0) }
        // the store names an unknown unit by its code or department name: the lead's, or an assisting unit's
        return try await Self.answering(l, unitField: { $0 == (lead?.orgCode ?? lead?.departmentName) ? "lead" : "assisting" }) {
            guard let action = body.action.flatMap(CaseAction.init(rawValue:)) else { throw Self.badChoice("action", body.action, CaseAction.self, l) }
            let note = body.note ?? ""
            try Self.check(note, "note", limit: CaseDraft.textLimit, l)
            let attachment = Self.nonEmpty(body.attachment)
            if let attachment { try Self.check(attachment, "attachment", limit: Self.attachmentLimit, l) }
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
    static let attachmentLimit = 500
    static let assistingLimit = 50

    // MARK: - Figures

    func figures(_ request: Request) async throws -> Response {
        let l = request.language
        let principal = try Self.signedIn(request)
        let today = context.today
        // default: this year to today
        let from = try Self.day(request, "from") ?? Day(year: today.year, month: 1, day: 1) ?? today
        let to = try Self.day(request, "to") ?? today
        guard from <= to else {
            throw APIError(status: .badRequest, message: l == .zh ? "起始日期 from（\(from)）不能晚于截止日期 to（\(to)）。" : "from (\(from)) must not be after to (\(to)).")
        }
        return try await Self.answering(l) {
            let figures = try await context.store.cases.figures(from: from, to: to, for: principal, today: today)
            let workspace = try await context.store.figures.liveWorkspace().workspace
            // a rank is derived from every unit's figures: given to readers of every case only
            let ranked = Self.readsEveryCase(principal, tree: workspace.tree)
            func row(_ league: CaseLeagueRow) -> CaseJSON.FigureRow {
                switch league.unit {
                case .org(let code): return CaseJSON.FigureRow(league, name: workspace.orgName(code, l), ranked: ranked)
                case .department(let name): return CaseJSON.FigureRow(league, name: name, ranked: ranked)
                }
            }
            let units = CaseLeagueRow.rank(figures.filter { $0.key.orgCode != nil }).map(row)
            let departments = CaseLeagueRow.rank(figures.filter { $0.key.orgCode == nil }).map(row)
            return try .json(encoding: CaseJSON.Figures(from: from.description, to: to.description, asOf: today.description, units: units, departments: departments))
        }
    }

    /// Admins and analysts read every case, and so does who reads the whole tree from its root.
    static func readsEveryCase(_ principal: Principal, tree: OrgTree) -> Bool {
        if principal.roles.contains(.admin) || principal.roles.contains(.analyst) { return true }
        return !principal.roles.isDisjoint(with: [.reporter, .approver, .viewer]) && tree.root?.code == principal.org
    }

    // MARK: - Case types and enterprises

    func types(_ request: Request) async throws -> Response {
        let l = request.language
        _ = try Self.signedIn(request)
        let types = try await context.store.cases.types()
        return try .json(encoding: CaseJSON.Types(types: types.map { CaseJSON.TypeEntry($0, l) }))
    }

    struct TypeInput: Decodable {
        struct Limits: Decodable {
            let accept: Int?
            let signFor: Int?
            let assist: Int?
            let answer: Int?
            let objection: Int?
            let extensionMax: Int?
            let extensionNotice: Int?
        }
        let nameZh: String?
        let nameEn: String?
        let limits: Limits?
    }

    /// Sets a type's names and limits (admins): what the body leaves out stays as it was.
    func setType(_ request: Request) async throws -> Response {
        let l = request.language
        let principal = try Self.signedIn(request)
        guard principal.isAdmin else { throw APIError(status: .forbidden, message: PageText.text(.notPermittedAction, l)) }
        let rawKind = request.parameters.get("kind") ?? "", code = request.parameters.get("code") ?? ""
        guard let kind = CaseKind(rawValue: rawKind) else {
            throw Self.bad(l, "kind", rawKind, zh: "可选 " + CaseKind.allCases.map(\.rawValue).joined(separator: "、"),
                           en: "use " + CaseKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
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

    struct EnterpriseInput: Decodable {
        let code: String?
        let name: String?
        let org: String?
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

    /// `{"url": "https://…"}` sets the address, `{"url": null}` removes it.
    struct WebhookInput: Decodable {
        let url: String?

        enum CodingKeys: String, CodingKey {
            case url
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            guard container.contains(.url) else {
                throw DecodingError.keyNotFound(CodingKeys.url, .init(codingPath: container.codingPath, debugDescription: "url is required (null removes the webhook)"))
            }
            url = try container.decodeIfPresent(String.self, forKey: .url)
        }
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

    // MARK: - Answers

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

    static func signedIn(_ request: Request) throws -> Principal {
        guard let principal = request.principal else { throw APIError(status: .unauthorized, message: PageText.text(.signInRequired, request.language)) }
        return principal
    }

    static func admin(_ request: Request) throws -> Principal {
        let principal = try signedIn(request)
        guard principal.isAdmin else { throw APIError(status: .forbidden, message: PageText.text(.adminsOnly, request.language)) }
        return principal
    }

    static func decode<Body: Decodable>(_ request: Request, _: Body.Type, shape: String) throws -> Body {
        guard let body = try? request.content.decode(Body.self, as: .json) else {
            throw APIError(status: .badRequest, message: request.language == .zh ? "请求体应为 JSON：\(shape)" : "the body must be JSON: \(shape)")
        }
        return body
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// 422 when `value` cannot be stored in `field`: too long, or a character no field takes.
    static func check(_ value: String, _ field: String, limit: Int, _ l: Language) throws {
        guard let reason = TextLimits.problem(value, limit: limit) else { return }
        if case .tooLong = reason { throw Refusal(CaseError.tooLong(field: field, limit: limit).message(l), field: field) }
        throw Refusal(Catalogue.fieldName(field, l) + (l == .zh ? "" : " ") + reason.message(l), field: field)
    }

    /// 422 for a body's value that is none of the choices.
    static func badChoice<Value: CaseIterable & RawRepresentable>(_ field: String, _ raw: String?, _: Value.Type, _ l: Language) -> Refusal where Value.RawValue == String {
        let allowed = Value.allCases.map(\.rawValue)
        let shown = Self.clip(raw ?? "")
        if shown.isEmpty {
            return Refusal(l == .zh ? "请填写 \(field)（可选 \(allowed.joined(separator: "、"))）。" : "\(field) is required: \(allowed.joined(separator: ", ")).", field: field)
        }
        return Refusal(l == .zh ? "\(field)“\(shown)”有误：可选 \(allowed.joined(separator: "、"))。" : "bad \(field) “\(shown)”: use \(allowed.joined(separator: ", ")).", field: field)
    }

    /// A body's date (422 when it is not one); nil when left out.
    static func day(_ raw: String?, _ field: String, _ l: Language) throws -> Day? {
        guard let raw = nonEmpty(raw) else { return nil }
        guard let day = Day(raw) else { throw Refusal(Catalogue.fieldName(field, l) + (l == .zh ? "" : " ") + ImportReason.badDate(raw).message(l), field: field) }
        return day
    }

    // MARK: - Query parameters (400 in the request's language)

    static func bad(_ l: Language, _ name: String, _ value: String, zh: String, en: String) -> APIError {
        let shown = clip(value)
        return APIError(status: .badRequest, message: l == .zh ? "参数 \(name)“\(shown)”有误：\(zh)。" : "bad \(name) “\(shown)”: \(en).")
    }

    static func clip(_ value: String) -> String { value.count > 40 ? String(value.prefix(40)) + "…" : value }

    /// An optional parameter, trimmed; nil when absent or empty.
    static func text(_ request: Request, _ name: String, limit: Int = TextLimits.name) throws -> String? {
        guard let raw = try? request.query.get(String.self, at: name) else { return nil }
        let value = raw.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return nil }
        if let reason = TextLimits.problem(value, limit: limit) { throw bad(request.language, name, value, zh: reason.message(.zh), en: reason.message(.en)) }
        return value
    }

    static func choice<Value: CaseIterable & RawRepresentable>(_ request: Request, _ name: String, _: Value.Type) throws -> Value? where Value.RawValue == String {
        guard let raw = try text(request, name) else { return nil }
        guard let value = Value(rawValue: raw) else {
            let allowed = Value.allCases.map(\.rawValue)
            throw bad(request.language, name, raw, zh: "可选 " + allowed.joined(separator: "、"), en: "use " + allowed.joined(separator: ", "))
        }
        return value
    }

    static func day(_ request: Request, _ name: String) throws -> Day? {
        guard let raw = try text(request, name) else { return nil }
        guard let day = Day(raw) else { throw bad(request.language, name, raw, zh: "请写作2021-09-30", en: "use a date such as 2021-09-30") }
        return day
    }

    static func number(_ request: Request, _ name: String, _ range: ClosedRange<Int>) throws -> Int? {
        guard let raw = try text(request, name) else { return nil }
        guard let number = Int(raw), range.contains(number) else {
            throw bad(request.language, name, raw, zh: "须为\(range.lowerBound)至\(range.upperBound)的整数", en: "use a whole number \(range.lowerBound)–\(range.upperBound)")
        }
        return number
    }
}
