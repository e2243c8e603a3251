// Builds the HTTP application around a store: the JSON API and the HTML pages. Tests and the
// CLI call this one function with their own configuration; there is no global state.
import Vapor
import TiaoduCore
import TiaoduStore

public struct ServerOptions: Sendable {
    public var host: String
    public var port: Int
    /// the workspace is the generated demo: pages say so
    public var demo: Bool
    /// the demo's accounts, listed on the sign-in page
    public var demoLogins: [String]
    /// a session ends after this many idle seconds, and this many seconds after sign-in at most
    public var sessionIdle: Int
    public var sessionLifetime: Int
    /// the largest request body a write route takes (413 beyond it)
    public var maxBodyBytes: Int
    /// addresses of reverse proxies whose X-Forwarded-For names the client (for throttling and
    /// the audit log); a request from anywhere else is taken by its own address
    public var trustedProxies: Set<String>

    public init(host: String = "127.0.0.1", port: Int = 8080, demo: Bool = false, demoLogins: [String] = [],
                sessionIdle: Int = 30 * 60, sessionLifetime: Int = 12 * 3600,
                maxBodyBytes: Int = 16 << 20, trustedProxies: Set<String> = []) {
        self.maxBodyBytes = maxBodyBytes
        self.trustedProxies = trustedProxies
        self.host = host
        self.port = port
        self.demo = demo
        self.demoLogins = demoLogins
        self.sessionIdle = sessionIdle
        self.sessionLifetime = sessionLifetime
    }
}

public func buildApplication(store: Store, options: ServerOptions) async throws -> Application {
    let environment = Environment(name: "production", arguments: ["tiaodu", "serve", "--hostname", options.host, "--port", String(options.port)])
    let app = try await Application.make(environment)
    app.http.server.configuration.hostname = options.host
    app.http.server.configuration.port = options.port
    app.routes.defaultMaxBodySize = ByteCount(value: options.maxBodyBytes)
    app.middleware = Middlewares()
    app.middleware.use(SecurityHeadersMiddleware())
    // Outside the error middleware, so refused requests are logged with their status too.
    app.middleware.use(RequestLogMiddleware())
    app.middleware.use(APIErrorMiddleware())
    let context = ServerContext(store: store, options: options, cache: BulletinCache(), access: AccessCache())
    app.middleware.use(AuthenticationMiddleware(store: store, cache: context.access, idle: Int64(options.sessionIdle) * 1000,
                                                lifetime: Int64(options.sessionLifetime) * 1000))
    try app.register(collection: HealthController())
    try app.register(collection: CatalogueController(context: context))
    try app.register(collection: BulletinController(context: context))
    try app.register(collection: ValuesController(context: context))
    try app.register(collection: HistoryController(context: context))
    try app.register(collection: OpenAPIController())
    try app.register(collection: SubmissionsController(context: context))
    try app.register(collection: ReviewController(context: context))
    try app.register(collection: ProjectsController(context: context))
    try app.register(collection: ProjectTrackingController(context: context))
    try app.register(collection: ContestController(context: context))
    try app.register(collection: CalendarController(context: context))
    try app.register(collection: CasesController(context: context))
    // Each feature's pages are a route collection of their own.
    for pages: any RouteCollection in [FiguresPages(context: context), CyclePages(context: context), ProjectPages(context: context),
                                       ContestPages(context: context), AccountPages(context: context), CalendarPages(context: context),
                                       CasePages(context: context), ImportPages(context: context)] {
        try app.register(collection: pages)
    }
    try app.register(collection: SignInController(context: context))
    app.middleware.use(MethodNotAllowedMiddleware(routes: app.routes.all))
    app.lifecycle.use(ThrottleFlusher(context: context))
    // the day's case notices, and their webhook deliveries, every 30 s
    app.lifecycle.use(WebhookDeliverer(store: store))
    return app
}

/// What every controller shares.
struct ServerContext: Sendable {
    let store: Store
    let options: ServerOptions
    let cache: BulletinCache
    /// sign-ins and publications, while nothing about access has changed
    let access: AccessCache
    /// the projects, while nothing about them has changed
    let projects = ProjectCache()
    /// failed sign-ins per login and address
    let throttle = Throttle()

    /// Writes the counts of throttled sign-ins of every minute that is over (one row per address
    /// and minute, with some of the logins tried).
    func flushThrottled(all: Bool = false) async {
        for entry in await throttle.drainThrottled(now: all ? .distantFuture : Date()) {
            try? await store.auditLog.recordEvent(actor: entry.logins.first ?? "", action: .signInThrottled, object: entry.logins.joined(separator: ", "),
                                         detail: "\(entry.address) · \(entry.count) more in the minute after \(Day(millisecondsSince1970: Int64(entry.since.timeIntervalSince1970 * 1000)))",
                                         source: .system)
        }
    }

    /// The largest body a write route collects.
    var maxBody: ByteCount { ByteCount(value: options.maxBodyBytes) }

    /// Today, by the store's one clock (the demo's stands on 2021-09-30).
    var today: Day { store.clock.today }
}

/// Every route the application serves, as `METHOD /path` (for `tiaodu routes` and the test
/// that keeps the OpenAPI document in step).
public func routeList(store: Store) async throws -> [String] {
    let app = try await buildApplication(store: store, options: ServerOptions())
    let routes = app.routes.all.map { "\($0.method.rawValue) /" + $0.path.map(\.description).joined(separator: "/") }
    try await app.asyncShutdown()
    return routes.sorted()
}

/// Writes the throttled sign-ins of each minute once it is over, while the server runs.
final class ThrottleFlusher: LifecycleHandler, @unchecked Sendable {
    let context: ServerContext
    private var task: Task<Void, Never>?

    init(context: ServerContext) { self.context = context }

    func didBootAsync(_ application: Application) async throws {
        let context = self.context
        task = Task {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 30_000_000_000)
                await context.flushThrottled()
            }
        }
    }

    func shutdownAsync(_ application: Application) async {
        task?.cancel()
        await context.flushThrottled(all: true)
    }
}
