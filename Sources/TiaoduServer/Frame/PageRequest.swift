// What every page reads from its request, in one place: the language (remembered in a cookie
// when chosen), the live workspace, the period (the latest month with data by default) and
// where the page is, for the frame's links. Errors become a page in the user's language. Routes
// read the request and the store through it; models and views get only its plain `page`
// (PageContext), made once here.
import Vapor
import TiaoduCore
import TiaoduStore

/// The page's plain values (language, workspace, period, latest, location, months, scopes…) are
/// read through to `page`: `p.period` is `p.page.period`.
@dynamicMemberLookup
struct PageRequest {
    let request: Request
    let revision: Int64
    /// the one way this page reads figures, and what the asker may read
    let reader: ScopedReader
    /// what the page's model and view are built from, as plain values (made once, here)
    let page: PageContext

    subscript<T>(dynamicMember path: KeyPath<PageContext, T>) -> T { page[keyPath: path] }

    /// The query parameters pages keep when they link to themselves.
    static let kept = ["period", "parent", "org", "indicator", "sort", "group", "actor", "action", "object", "owner", "stage", "chain", "q", "year",
                       "kind", "type", "state", "colour", "unit", "open", "from", "to", "order", "page"]

    init(_ request: Request, _ context: ServerContext, path: String) async throws {
        self.request = request
        let language = request.language
        let reader = try await ScopedReader.make(request, context)
        self.reader = reader
        revision = reader.revision
        let (workspace, access) = (reader.workspace, reader.access)
        guard let current = access.currentMonth(workspace) else { throw APIError(status: .notFound, message: PageText.text(.noData, language)) }
        // Whoever reads no unit of their own (nobody signed in, a department) starts at the latest
        // published month.
        let readsUnits = request.principal.map { access.policy.canRead($0, org: $0.org) } ?? false
        let latest = readsUnits ? current : (access.latestPublishedMonth ?? current)
        let query = Self.kept.compactMap { name in (try? request.query.get(String.self, at: name)).map { (name, $0) } }
        let location = PageLocation(path: path, query: query, language: language, demo: context.options.demo, signedIn: request.signedIn)
        page = PageContext(language: language, location: location, workspace: workspace, period: try request.period() ?? latest, latest: latest,
                           access: access, today: context.today)
    }

    func text(_ label: PageLabel) -> String { page.text(label) }

    func query(_ name: String) -> String? {
        guard let value = try? request.query.get(String.self, at: name), !value.isEmpty else { return nil }
        return value
    }

    /// The scope a page shows unless one is asked for: the root, or the user's own unit when
    /// the root is not theirs to read.
    var defaultScope: String? {
        guard let root = page.workspace.tree.root?.code else { return nil }
        if page.access.canRead(root, page.period) { return root }
        return request.principal?.org ?? root
    }

    /// The asked-for scope, else the default (the root, for a department's own indicator).
    func scope(indicator: String? = nil) -> String? {
        query("parent") ?? (indicator.map { page.access.canRead(page.workspace.tree.root?.code ?? "", page.period, indicator: $0) } == true ? page.workspace.tree.root?.code : defaultScope)
    }

    func name(_ unit: OrgUnit) -> String { page.name(unit) }

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
