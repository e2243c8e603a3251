// What every page reads from its request, in one place: the language (remembered in a cookie
// when chosen), the live workspace, the period (the latest month with data by default) and
// where the page is, for the frame's links. Errors become a page in the user's language. Routes
// read the request and the store through it; models and views get only its plain `page`
// (PageContext), made once here.
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
    /// what the page's model and view are built from, as plain values (made once, here)
    let page: PageContext

    /// The query parameters pages keep when they link to themselves.
    static let kept = ["period", "parent", "org", "indicator", "sort", "group", "actor", "action", "object", "owner", "stage", "chain", "q"]

    init(_ request: Request, _ context: ServerContext, path: String) async throws {
        self.request = request
        language = request.language
        let reader = try await ScopedReader.make(request, context)
        self.reader = reader
        (workspace, revision) = (reader.workspace, reader.revision)
        let access = reader.access
        guard let latest = access.currentMonth(workspace) else { throw APIError(status: .notFound, message: PageText.text(.noData, request.language)) }
        // Whoever reads no unit of their own (nobody signed in, a department) starts at the latest
        // published month.
        let readsUnits = request.principal.map { access.policy.canRead($0, org: $0.org) } ?? false
        self.latest = readsUnits ? latest : (access.latestPublishedMonth ?? latest)
        period = try request.period() ?? self.latest
        let query = Self.kept.compactMap { name in (try? request.query.get(String.self, at: name)).map { (name, $0) } }
        location = PageLocation(path: path, query: query, language: language, demo: context.options.demo, signedIn: request.signedIn)
        page = PageContext(language: language, location: location, workspace: workspace, period: period, latest: self.latest,
                           access: access, today: context.today)
    }

    func text(_ label: PageLabel) -> String { PageText.text(label, language) }
    func text(_ label: ProjectLabel) -> String { PageText.text(label, language) }

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

    /// The months the period picker offers (PageContext.months).
    var months: [Period] { page.months }

    /// Units that have units below them and that the asker may read: the scopes a page can
    /// show (not the grids).
    var scopes: [OrgUnit] { page.scopes }

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
        let heading = PageText.text(error.status == .notFound ? .pageNotFound : .appName, l)
        let body = Node.group([.h1(.text(heading)), .p(.text(error.message)), .p(.a(.text(PageText.text(.backHome, l))).href("/"))])
        return .html(Layout.page(title: PageText.text(.appName, l), at: location, current: nil, body: body), status: error.status)
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
