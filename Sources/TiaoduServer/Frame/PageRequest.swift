// What every page reads from its request, in one place: the language (remembered in a cookie
// when chosen), the live workspace, the period (the latest month with data by default) and
// where the page is, for the frame's links. Errors become a page in the user's language.
import Vapor
import TiaoduCore
import TiaoduStore

struct PageRequest {
    let request: Request
    let language: Language
    let workspace: Workspace
    let revision: Int64
    let period: Period
    let latest: Period
    let location: PageLocation
    /// the one way this page reads figures, and what the asker may read
    let reader: ScopedReader
    var access: ReadAccess { reader.access }

    /// The query parameters pages keep when they link to themselves.
    static let kept = ["period", "parent", "org", "indicator", "sort", "group", "actor", "action", "object", "owner", "stage", "chain", "q"]

    init(_ request: Request, _ context: ServerContext, path: String) async throws {
        self.request = request
        language = request.language
        let reader = try await ScopedReader.make(request, context)
        self.reader = reader
        (workspace, revision) = (reader.workspace, reader.revision)
        let access = reader.access
        guard let latest = access.currentMonth(workspace) else { throw APIError(status: .notFound, message: Catalogue.text(.noData, request.language)) }
        // Whoever reads no unit of their own (nobody signed in, a department) starts at the latest
        // published month.
        let readsUnits = request.principal.map { access.policy.canRead($0, org: $0.org) } ?? false
        self.latest = readsUnits ? latest : (access.latestPublishedMonth ?? latest)
        period = try request.period() ?? self.latest
        let query = Self.kept.compactMap { name in (try? request.query.get(String.self, at: name)).map { (name, $0) } }
        location = PageLocation(path: path, query: query, language: language, demo: context.options.demo, signedIn: request.signedIn)
    }

    func text(_ label: Label) -> String { Catalogue.text(label, language) }
    func text(_ label: ProjectLabel) -> String { Catalogue.text(label, language) }

    func query(_ name: String) -> String? {
        guard let value = try? request.query.get(String.self, at: name), !value.isEmpty else { return nil }
        return value
    }

    /// A unit named in the query (or nil when none is named); 404 when it does not exist.
    func unit(_ name: String) throws -> OrgUnit? {
        guard let code = query(name) else { return nil }
        guard let unit = workspace.tree[code] else { throw APIError(status: .notFound, message: "unknown org unit “\(code)”") }
        return unit
    }

    /// Every month of the latest year and the one before, newest first (and the shown one). Signed-in
    /// readers also see months with data past the cycle's month (the one being entered), never one
    /// that has not come.
    var months: [Period] {
        var months: [Period] = []
        var newest = latest
        if request.principal != nil, let entered = workspace.latestMonth { newest = max(latest, min(entered, access.latestWritable)) }
        for year in [newest.year, newest.year - 1] {
            for month in stride(from: year == newest.year ? newest.endMonth : 12, through: 1, by: -1) {
                months.append(.month(year: year, month: month))
            }
        }
        if request.principal == nil { months = months.filter { access.published.contains($0.description) } }
        if !months.contains(period) { months.insert(period, at: 0) }
        return months
    }

    /// Units that have units below them and that the asker may read: the scopes a page can
    /// show (not the grids).
    var scopes: [OrgUnit] {
        workspace.tree.units.filter { workspace.tree.hasChildren($0.code) && $0.kind.reportsFigures && access.canRead($0.code, period) }
    }

    /// The scope a page shows unless one is asked for: the root, or the user's own unit when
    /// the root is not theirs to read.
    var defaultScope: String? {
        guard let root = workspace.tree.root?.code else { return nil }
        if access.canRead(root, period) { return root }
        return request.principal?.org ?? root
    }

    /// The asked-for scope, else the default (the root, for a department's own indicator).
    func scope(indicator: String? = nil) -> String? {
        query("parent") ?? (indicator.map { access.canRead(workspace.tree.root?.code ?? "", period, indicator: $0) } == true ? workspace.tree.root?.code : defaultScope)
    }

    func name(_ unit: OrgUnit) -> String { language == .en ? (unit.nameEn ?? unit.name) : unit.name }

    /// The page as a response; a `?lang=` choice is remembered for a year.
    func respond(_ html: String, status: HTTPStatus = .ok) -> Response {
        let response = Response.html(html, status: status)
        if let chosen = query("lang"), Language(rawValue: chosen) != nil {
            response.cookies["lang"] = HTTPCookies.Value(string: chosen, maxAge: 365 * 24 * 3600, path: "/", isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }
}

enum ErrorPage {
    /// An error as a page in the reader's language, with the way back.
    static func respond(_ error: APIError, _ request: Request, demo: Bool) -> Response {
        let l = request.language
        let location = PageLocation(path: request.url.path, query: [], language: l, demo: demo, signedIn: request.signedIn)
        let heading = Catalogue.text(error.status == .notFound ? .pageNotFound : .appName, l)
        let body = Node.group([.h1(.text(heading)), .p(.text(error.message)), .p(.a(.text(Catalogue.text(.backHome, l))).href("/"))])
        return .html(Layout.page(title: Catalogue.text(.appName, l), at: location, current: nil, body: body), status: error.status)
    }
}

extension ServerContext {
    /// Runs a page; API errors (unknown unit, bad period, no data) become an error page.
    func page(_ request: Request, path: String, _ build: (PageRequest) async throws -> Response) async throws -> Response {
        do {
            return try await build(try await PageRequest(request, self, path: path))
        } catch let error as APIError {
            return ErrorPage.respond(error, request, demo: options.demo)
        }
    }
}
