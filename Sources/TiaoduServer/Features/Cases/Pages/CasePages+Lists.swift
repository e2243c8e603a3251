// GET /cases — 案件台账 (filters, sort, pages); GET /cases.csv and /cases.xlsx — the same cases as
// a CSV file and as an Excel workbook (up to 10,000); GET /inbox — 我的待办 and the notices; GET
// /cases/figures?from=&to= — figures per unit and department with their leagues (this year to
// today by default).
import Vapor
import TiaoduCore
import TiaoduStore
import TiaoduSheets

extension CasePages {
    func ledger(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/cases") { p in
            let (query, filters, page) = CaseLedgerModel.parse { p.query($0) }
            let cases = context.store.cases
            let ledger = try await cases.ledger(query, for: principal, today: p.today)
            let model = CaseLedgerModel(p.page, query: query, filters: filters, page: page, ledger: ledger, calendar: try await cases.calendar(),
                                        types: try await cases.types(), enterprises: try await cases.enterprises(), departments: try await cases.departments(),
                                        canRaise: !CaseRaiseModel.raisable(principal, p.page).isEmpty)
            return p.respond(CaseLedgerView.render(model, p.page))
        }
    }

    func ledgerCSV(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/cases.csv") { p in
            let rows = try await exportRows(p, principal)
            let response = Response.text(CaseLedgerCSV.text(rows, p.language),
                                         contentType: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]))
            response.headers.replaceOrAdd(name: .contentDisposition, value: CaseLedgerCSV.disposition(p.language, today: p.today))
            return response
        }
    }

    /// GET /cases.xlsx — the cases of /cases.csv as an Excel workbook.
    func ledgerWorkbook(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/cases.xlsx") { p in
            let data = try XLSXFile.data(CaseLedgerWorkbook.sheets(try await exportRows(p, principal), p.page))
            let names = CaseLedgerWorkbook.names(p.language, today: p.today)
            return Download.file(data, type: Download.xlsx, name: names.name, fallback: names.fallback)
        }
    }

    /// The cases a download holds: the page's filters and sort, from the first, up to 10,000 —
    /// read through the store's scope for the principal, as the page reads them.
    private func exportRows(_ p: PageRequest, _ principal: Principal) async throws -> [CaseLedgerModel.Row] {
        var (query, _, _) = CaseLedgerModel.parse({ p.query($0) }, pageSize: 10_000)
        query.offset = 0
        let cases = context.store.cases
        let ledger = try await cases.ledger(query, for: principal, today: p.today)
        return CaseLedgerModel.makeRows(ledger.rows, p.page, calendar: try await cases.calendar(), types: try await cases.types(),
                                        enterprises: try await cases.enterprises(), language: p.language)
    }

    func inbox(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/inbox") { p in
            let cases = context.store.cases
            let items = try await cases.inbox(for: principal, today: p.today)
            let notices = try await cases.notices(for: principal)
            return p.respond(CaseInboxView.render(items, notices: notices, types: try await cases.types(), p.page))
        }
    }

    func figures(_ request: Request) async throws -> Response {
        guard let principal = request.principal else { return Self.signInFirst(request) }
        return try await context.page(request, path: "/cases/figures") { p in
            let today = p.today
            var from = p.query("from").flatMap(Day.init) ?? Day(year: today.year, month: 1, day: 1) ?? today
            var to = p.query("to").flatMap(Day.init) ?? today
            if to < from { swap(&from, &to) }
            let figures = try await context.store.cases.figures(from: from, to: to, for: principal, today: today)
            // ranks only for a reader of every case (as the API): a rank among the readable units alone misleads
            let ranked = CasesController.readsEveryCase(principal, tree: p.workspace.tree)
            let units = CaseLeagueRow.rank(figures.filter { $0.key.orgCode != nil }).map { ranked ? $0 : $0.unranked }
            let departments = CaseLeagueRow.rank(figures.filter { $0.key.departmentName != nil }).map { ranked ? $0 : $0.unranked }
            return p.respond(CaseFiguresView.render(units: units, departments: departments, from: from, to: to, p.page))
        }
    }
}
