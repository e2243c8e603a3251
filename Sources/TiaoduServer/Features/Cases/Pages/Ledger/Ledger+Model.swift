// 案件台账 as the page shows it: the filters asked for (kind, type, state, colour, handling unit,
// the unit cases belong to, open or closed, raised from/to) read from the query into a CaseQuery;
// one page of the cases the reader may read with their colour and working days left as of today;
// the sort and its direction, the pages, and whether the reader may raise a case. The CSV export
// reads the same filters.
import TiaoduCore
import TiaoduStore

struct CaseLedgerModel {
    struct Row {
        let code: String
        let kind: String
        let type: String
        let title: String
        let urgent: Bool
        let org: String
        let enterprise: String?
        let lead: String
        let assisting: String
        let state: String
        let colour: CaseColour?
        let due: Day?
        let daysLeft: Int?
        let daysLeftText: String?
        let raised: Day
        let rating: String?
        let closed: Day?
    }

    /// The filters as the query gave them (kept by the sort links, the pages and the CSV link).
    let filters: [(String, String)]
    let query: CaseQuery
    let rows: [Row]
    let total: Int
    let page: Int
    let pages: Int
    let canRaise: Bool
    let types: [CaseType]
    /// the handling units a filter offers (org units and departments), and the units cases belong to
    let units: [(value: String, text: String)]
    let orgs: [(value: String, text: String)]

    static let pageSize = 50

    /// The query a request asks for (unknown values are ignored, not an error): filters, sort and
    /// order, page (`limit` and `offset`).
    static func parse(_ value: (String) -> String?, pageSize: Int = CaseLedgerModel.pageSize) -> (CaseQuery, filters: [(String, String)], page: Int) {
        var query = CaseQuery()
        var filters: [(String, String)] = []
        func keep(_ name: String) -> String? {
            guard let text = value(name)?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        if let kind = keep("kind").flatMap(CaseKind.init(rawValue:)) { query.kind = kind; filters.append(("kind", kind.rawValue)) }
        if let type = keep("type"), type.count <= 64 { query.type = type; filters.append(("type", type)) }
        if let state = keep("state").flatMap(CaseState.init(rawValue:)) { query.state = state; filters.append(("state", state.rawValue)) }
        if let colour = keep("colour").flatMap(CaseColour.init(rawValue:)) { query.colour = colour; filters.append(("colour", colour.rawValue)) }
        if let unit = keep("unit").flatMap(CaseUnit.init) { query.unit = unit; filters.append(("unit", unit.description)) }
        if let org = keep("org"), org.count <= 64 { query.org = org; filters.append(("org", org)) }
        // 1 or true: open; 0 or false: closed (the dashboard's card links with true)
        if let open = keep("open"), ["1", "true", "0", "false"].contains(open) {
            query.open = open == "1" || open == "true"
            filters.append(("open", query.open == true ? "1" : "0"))
        }
        if let from = keep("from").flatMap(Day.init) { query.from = from; filters.append(("from", from.description)) }
        if let to = keep("to").flatMap(Day.init) { query.to = to; filters.append(("to", to.description)) }
        if let sort = keep("sort").flatMap(CaseSort.init(rawValue:)) { query.sort = sort }
        query.descending = keep("order") == "desc"
        let page = max(1, min(keep("page").flatMap { Int($0) } ?? 1, 100_000))
        query.limit = pageSize
        query.offset = (page - 1) * pageSize
        return (query, filters, page)
    }

    init(_ p: PageContext, query: CaseQuery, filters: [(String, String)], page: Int, ledger: CaseLedgerPage, calendar: WorkingCalendar,
         types: [CaseType], enterprises: [Enterprise], departments: [String], canRaise: Bool) {
        let l = p.language
        self.filters = filters
        self.query = query
        self.page = page
        total = ledger.total
        pages = max(1, (ledger.total + Self.pageSize - 1) / Self.pageSize)
        self.canRaise = canRaise
        self.types = types
        let readable = CaseCells.orgOptions(p)
        let handling: [(value: String, text: String)] = readable.map { (value: CaseUnit.org($0.value).description, text: $0.text) }
        let departments: [(value: String, text: String)] = departments.map { (value: CaseUnit.department($0).description, text: $0) }
        units = handling + departments
        orgs = readable
        rows = Self.makeRows(ledger.rows, p, calendar: calendar, types: types, enterprises: enterprises, language: l)
    }

    static func makeRows(_ records: [CaseRecord], _ p: PageContext, calendar: WorkingCalendar, types: [CaseType], enterprises: [Enterprise], language l: Language) -> [Row] {
        let enterpriseNames = Dictionary(enterprises.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        return records.map { r -> Row in
            let days = CaseColour.daysLeft(r, on: p.today, calendar: calendar)
            return Row(code: r.code, kind: Catalogue.kindName(r.kind, l), type: CaseCells.typeName(r.kind, r.type, types: types, l), title: r.title,
                       urgent: r.urgent, org: p.workspace.orgName(r.org, l), enterprise: r.enterprise.map { enterpriseNames[$0] ?? $0 },
                       lead: r.lead.map { CaseCells.unitName($0, p) } ?? BulletinCells.missing, assisting: CaseCells.unitNames(r.assisting, p),
                       state: Catalogue.stateName(r.state, r.kind, l), colour: CaseColour.of(r, on: p.today, calendar: calendar),
                       due: r.clockDue ?? r.due, daysLeft: days, daysLeftText: CaseCells.daysLeft(days, due: r.clockDue, today: p.today, l),
                       raised: r.raised, rating: r.rating.map { Catalogue.ratingName($0, l) }, closed: r.closed)
        }
    }

    /// This page with another sort, page or filter (the filters kept).
    func link(sort: CaseSort? = nil, descending: Bool? = nil, page: Int? = nil, path: String = "/cases", lang: Language) -> String {
        var pairs = filters
        let sort = sort ?? query.sort
        if sort != .due { pairs.append(("sort", sort.rawValue)) }
        if descending ?? query.descending { pairs.append(("order", "desc")) }
        if let page, page > 1 { pairs.append(("page", String(page))) }
        pairs.append(("lang", lang.rawValue))
        return Link.to(path, pairs)
    }

    /// The link a column's head carries: sorted by it ascending, or the other way when it already is.
    func sortLink(_ sort: CaseSort, lang: Language) -> String {
        link(sort: sort, descending: query.sort == sort ? !query.descending : false, lang: lang)
    }
}
