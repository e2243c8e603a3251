// `tiaodu serve [--host H] [--port P] [--database URL] [--demo]` — runs migrations, optionally
// loads the demo, and serves the HTML page and the JSON API.
import ArgumentParser
import Foundation
import Logging
import TiaoduCore
import TiaoduDemo
import TiaoduServer
import TiaoduStore

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Serve the web pages and the JSON API.")

    @Option(help: "the address to listen on")
    var host: String = "127.0.0.1"

    @Option(help: "the port to listen on")
    var port: Int = 8080

    @Flag(help: "serve the 扬州 demo workspace (a fresh tiaodu-demo.sqlite unless --database is given)")
    var demo = false

    @Option(help: "minutes of inactivity after which a browser session ends")
    var sessionIdleMinutes = 30

    @Option(help: "hours after sign-in at which a browser session ends in any case")
    var sessionHours = 12

    @Option(help: "the largest request body a write route accepts, in MB (413 beyond it)")
    var maxBodyMb = 16

    @Option(name: .customLong("trusted-proxy"), help: "the address of a reverse proxy whose X-Forwarded-For names the client (repeatable)")
    var trustedProxies: [String] = []

    @Option(help: "trace, debug, info (one line per request: method, path, status, ms, user), notice, warning, error")
    var logLevel: String = "notice"

    @OptionGroup var db: DatabaseOptions

    static let demoDatabase = "tiaodu-demo.sqlite"

    /// Tests shorten sessions to seconds: the variable, when set, replaces the option.
    static func seconds(_ name: String) -> Int? { ProcessInfo.processInfo.environment[name].flatMap { Int($0) } }

    func run() async throws {
        guard let level = Logger.Level(rawValue: logLevel) else { throw ValidationError("--log-level: one of trace, debug, info, notice, warning, error, critical") }
        Console.bootstrapLogging(level: level)
        var location = try db.location()
        if demo && db.givenURL == nil {
            // The demo starts fresh every time, beside the user's own database.
            location = .sqlite(path: Self.demoDatabase)
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: Self.demoDatabase + suffix) }
        }
        // A server asks the database at most every 100 ms whether another process has written.
        // The demo stands on the last day of its month (2021-09-30): one clock for every date.
        let clock: DayClock = demo ? .fixed(Day.end(of: DemoWorkspace.currentPeriod)) : .system
        let store = try await Store.open(location, revisionCheckInterval: 100_000_000, clock: clock)
        do {
            try await loadDemo(demo, into: store, location: location)
        } catch {
            // a demo that cannot load says why and closes the database cleanly
            await store.close()
            throw error
        }
        Console.say("Tiaodu serving http://\(host):\(port)/ (database \(location))")
        let app = try await buildApplication(store: store, options: ServerOptions(host: host, port: port, demo: demo, demoLogins: demo ? DemoAccounts.all.map(\.login) : [],
                                                                               sessionIdle: Self.seconds("TIAODU_SESSION_IDLE_SECONDS") ?? sessionIdleMinutes * 60,
                                                                               sessionLifetime: Self.seconds("TIAODU_SESSION_LIFETIME_SECONDS") ?? sessionHours * 3600,
                                                                               maxBodyBytes: max(1, maxBodyMb) << 20, trustedProxies: Set(trustedProxies)))
        do {
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            await store.close()
            throw error
        }
        try await app.asyncShutdown()
        await store.close()
    }

    /// Loads the 扬州 demo into an empty database (a database holding a workspace is left as it is).
    private func loadDemo(_ demo: Bool, into store: Store, location: DatabaseLocation) async throws {
        guard demo else { return }
            if try await store.figures.isEmpty() {
                let started = Date()
                try await DemoLoader.load(into: store)
                try await DemoLoader.loadProjectYear(into: store)
                try await DemoLoader.loadEnterprises(into: store)
                let hash = try Secrets.hashPassword(DemoAccounts.password)
                for account in DemoAccounts.all {
                    try await store.accounts.createUser(login: account.login, name: account.name, org: account.org, roles: account.roles, passwordHash: hash, actor: "demo",
                                               department: DemoAccounts.departments[account.login], enterprise: DemoAccounts.enterprises[account.login], source: .demo)
                }
                for state in DemoCycle.states {
                    try await store.cycle.setSubmission(org: state.org, period: state.period, status: state.status, actor: "demo")
                }
                try await DemoLoader.publishContests(into: store)
                try await DemoLoader.loadCases(into: store, today: store.clock.today)
                Console.say("Loaded the 扬州 demo workspace into \(location) in \(Int(Date().timeIntervalSince(started) * 1000)) ms")
                Console.say("Demo accounts (password \(DemoAccounts.password)): " + DemoAccounts.all.map { "\($0.login) (\(Role.text($0.roles)), \($0.org))" }.joined(separator: ", "))
            } else {
                Console.say("\(location) already holds a workspace: the demo was not loaded")
            }
    }
}
