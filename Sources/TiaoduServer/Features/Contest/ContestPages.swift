// GET /contest?q=2021Q3 — the quarter's result sheet (GET /contest.xlsx: as a workbook); POST
// /contest (admins: the rule set and county inputs), POST /contest/publish (admins: freeze and
// publish the sheet).
import Vapor
import TiaoduCore
import TiaoduStore
import TiaoduSheets

struct ContestPages: PageRoutes {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get("contest", use: contest)
        routes.get("contest.xlsx", use: contestWorkbook)
        routes.on(.POST, "contest", body: .collect(maxSize: "64kb"), use: saveContest)
        routes.on(.POST, "contest", "publish", body: .collect(maxSize: "16kb"), use: publishContest)
    }
}

extension ContestPages {
    /// `2021Q3` → (2021, 3); else the latest quarter with rules, else the quarter of the latest month.
    static func contestQuarter(_ raw: String?, _ p: PageRequest) async throws -> (Int, Int) {
        if let raw, let period = Period(raw), case .quarter(let y, let q) = period { return (y, q) }
        if raw != nil { throw APIError(status: .badRequest, message: "q must be a quarter like 2021Q3") }
        if let latest = try await p.reader.context.store.contest.contestQuarters().first { return latest }
        return (p.latest.year, max(1, p.latest.endMonth / 3))
    }

    func contest(_ request: Request) async throws -> Response {
        guard request.principal != nil else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/contest") { p in
            let (year, quarter) = try await Self.contestQuarter(p.query("q"), p)
            let reading = try await p.reader.contest(year: year, quarter: quarter)
            return p.respond(ContestPageView.render(reading, year: year, quarter: quarter, p.page, isAdmin: p.request.principal?.isAdmin == true,
                                                    message: p.query("saved") != nil ? p.text(.savedRules) : nil))
        }
    }

    /// GET /contest.xlsx?q=2021Q3 — the quarter's result sheet as a workbook, read as the page reads it.
    func contestWorkbook(_ request: Request) async throws -> Response {
        guard request.principal != nil else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/contest.xlsx") { p in
            let (year, quarter) = try await Self.contestQuarter(p.query("q"), p)
            let reading = try await p.reader.contest(year: year, quarter: quarter)
            let data = try XLSXFile.data(ContestWorkbook.sheets(reading, year: year, quarter: quarter, p.page))
            let issuer = p.workspace.tree.root.map { p.name($0) } ?? p.text(.appName)
            let name = issuer + "-" + PageText.format(.contestTitle, p.language, Catalogue.quarterName(year: year, quarter: quarter, p.language)) + ".xlsx"
            return Download.file(data, type: Download.xlsx, name: name, fallback: TableWorkbook.asciiName(["contest", "\(year)Q\(quarter)"]))
        }
    }

    func saveContest(_ request: Request) async throws -> Response {
        let (signedIn, form) = try Self.checkedForm(request)
        return try await context.page(request, path: "/contest") { p in
            let (year, quarter) = try await Self.contestQuarter(form["q"], p)
            let counties = ContestRulesForm.competitors(p.page).map(\.code)
            do {
                let (rules, inputs) = try ContestRulesInput.parse(form, orgs: counties)
                try await ProjectsController.scoped(p.language) {
                    try await context.store.contest.saveContest(year: year, quarter: quarter, rules: rules, inputs: inputs, by: signedIn.principal, source: .form)
                }
            } catch let failure as ImportFailure {
                let reading = try await p.reader.contest(year: year, quarter: quarter)
                // The page again, with the refused form (what was typed, and its messages) where the rules form goes.
                let rulesForm = ContestRulesForm.render(reading.rules ?? .example, inputs: reading.inputs, year: year, quarter: quarter, p.page,
                                                        csrf: signedIn.session?.csrf ?? "", typed: form, issues: failure.issues)
                return p.respond(ContestPageView.render(reading, year: year, quarter: quarter, p.page, isAdmin: signedIn.principal.isAdmin, rulesForm: rulesForm),
                                 status: .badRequest)
            } catch is ContestPublished {
                throw APIError(status: .conflict, message: p.text(.frozenNote))
            }
            return request.redirect(to: Link.to("/contest", [("q", "\(year)Q\(quarter)"), ("saved", "1")]) + "#rules", redirectType: .normal)
        }
    }

    func publishContest(_ request: Request) async throws -> Response {
        let (signedIn, form) = try Self.checkedForm(request)
        return try await context.page(request, path: "/contest") { p in
            let (year, quarter) = try await Self.contestQuarter(form["q"], p)
            try await ContestController.publish(context, reader: p.reader, year: year, quarter: quarter, by: signedIn.principal, via: .form, language: p.language)
            return request.redirect(to: Link.to("/contest", [("q", "\(year)Q\(quarter)")]), redirectType: .normal)
        }
    }
}
