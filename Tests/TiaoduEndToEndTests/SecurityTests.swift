// Accounts against the running server: who may write what (the token and the form routes),
// sign-in without revealing logins, throttling, cookie flags, session fixation, sign-out,
// CSRF and token revocation — and that every refused request changed nothing.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite(.serialized) struct SecurityTests {
    /// The stored September value, read as an analyst (September is not published).
    func value(_ server: ServerProcess, _ org: String) async throws -> String? {
        let (_, body, _) = try await server.get("/api/v1/values?org=\(org)&indicator=sales&from=2021-09&to=2021-09",
                                                headers: ["Authorization": "Bearer \(try server.token(for: "analyst"))"])
        return ((try jsonObject(body) as? [[String: Any]])?.first?["value"] as? NSNumber)?.stringValue
    }

    func write(_ org: String, _ value: String) -> String { #"[{"org":"\#(org)","indicator":"sales","period":"2021-09","value":"\#(value)"}]"# }

    /// The write matrix of the API: each demo role against its own unit, a unit below it, and
    /// another county. Refused writes are 400 (out of scope, per row) or 401 and change nothing.
    @Test func whoMayWriteWhere() async throws {
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        let cases: [(login: String, org: String, allowed: Bool)] = [
            ("admin", "yizheng", true), ("admin", "hj-yangshou", true),
            ("hanjiang", "hanjiang", true), ("hanjiang", "hj-yangshou", true), ("hanjiang", "yizheng", false), ("hanjiang", "yangzhou", false),
            ("yizheng", "yizheng", true), ("yizheng", "hanjiang", false),
            ("analyst", "hanjiang", false), ("hanjiang-approver", "hanjiang", false), ("viewer", "hanjiang", false),
            ("gongxin", "yizheng", true), ("gongxin", "hj-yangshou", true),  // 市工信局 owns sales, in every unit
        ]
        for (index, item) in cases.enumerated() {
            let token = try server.token(for: item.login)
            let before = try await value(server, item.org)
            let typed = "\(700 + index).5"
            let (status, body, _) = try await server.post("/api/v1/values", json: write(item.org, typed), token: token)
            if item.allowed {
                #expect(status == 200, "\(item.login) → \(item.org): \(body)")
                #expect(try await value(server, item.org) == typed)
            } else {
                #expect(status == 400, "\(item.login) → \(item.org)")
                #expect(body.contains("outside your unit") || body.contains("超出本账号的管辖范围"), "\(body)")
                #expect(try await value(server, item.org) == before, "a refused write changes nothing")
            }
        }
        // The CLI imports as a user too: their units only, all or nothing.
        let sheet = server.directory.appendingPathComponent("sheet.csv")
        try "org,indicator,period,value\nhanjiang,sales,2021-09,55.5\nyizheng,sales,2021-09,66.5\n".write(to: sheet, atomically: true, encoding: .utf8)
        let refused = try Harness.run(["import", "values", sheet.path, "--as", "hanjiang", "--lang", "en", "--database", server.database], in: server.directory)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("line 3, column org") && refused.stderr.contains("outside your unit"), "\(refused.stderr)")
        #expect(try await value(server, "hanjiang") != "55.5")
        try "org,indicator,period,value\nhanjiang,sales,2021-09,55.5\n".write(to: sheet, atomically: true, encoding: .utf8)
        #expect(try Harness.run(["import", "values", sheet.path, "--as", "hanjiang", "--database", server.database], in: server.directory).status == 0)
        #expect(try await value(server, "hanjiang") == "55.5")

        // A department enters only its own indicators.
        let gongxin = try server.token(for: "gongxin")
        let (tax, _, _) = try await server.post("/api/v1/values", json: #"[{"org":"yizheng","indicator":"tax","period":"2021-09","value":"1"}]"#, token: gongxin)
        #expect(tax == 400)
        // A batch with one row out of scope writes none of its rows.
        let token = try server.token(for: "hanjiang")
        let mixed = #"[{"org":"hanjiang","indicator":"sales","period":"2021-09","value":"1.25"},{"org":"yizheng","indicator":"sales","period":"2021-09","value":"2.5"}]"#
        let (status, _, _) = try await server.post("/api/v1/values", json: mixed, token: token)
        #expect(status == 400)
        #expect(try await value(server, "hanjiang") != "1.25")
        // Revoked: the token stops working at once.
        let listed = try Harness.run(["token", "list", "--login", "hanjiang", "--database", server.database], in: server.directory)
        for line in listed.stdout.split(separator: "\n") {
            let id = line.split(separator: "\t")[0].dropFirst()
            _ = try Harness.run(["token", "revoke", String(id), "--database", server.database], in: server.directory)
        }
        let (revoked, _, _) = try await server.post("/api/v1/values", json: write("hanjiang", "3"), token: token)
        #expect(revoked == 401, "writes ask the database: at once")
        try await Task.sleep(nanoseconds: 250_000_000)
        let (revokedRead, _, _) = try await server.get("/api/v1/history?org=hanjiang&indicator=sales", headers: ["Authorization": "Bearer \(token)"])
        #expect(revokedRead == 401, "reads within the access cache's 100 ms")
        let (unknown, _, _) = try await server.post("/api/v1/values", json: write("hanjiang", "3"), token: "not-a-token")
        #expect(unknown == 401)
    }

    func signInForm(_ server: ServerProcess) async throws -> (csrf: String, cookie: String) {
        var request = URLRequest(url: URL(string: server.base + "/signin")!)
        request.httpMethod = "GET"
        let (data, response) = try await URLSession.shared.data(for: request)
        let html = String(decoding: data, as: UTF8.self)
        let csrf = try #require(html.range(of: #"name="_csrf" value="[^"]+""#, options: .regularExpression).map { String(html[$0].dropFirst(20).dropLast()) })
        let setCookie = (response as! HTTPURLResponse).value(forHTTPHeaderField: "Set-Cookie") ?? ""
        return (csrf, String(setCookie.split(separator: ";")[0]))
    }

    @Test func signingInAndOut() async throws {
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        // A wrong password and an unknown login get the same answer.
        var form = try await signInForm(server)
        let (wrong, wrongPage, _) = try await server.postForm("/signin", [("_csrf", form.csrf), ("login", "hanjiang"), ("password", "nope-nope")], cookies: form.cookie)
        let (unknown, unknownPage, _) = try await server.postForm("/signin", [("_csrf", form.csrf), ("login", "nobody"), ("password", "nope-nope")], cookies: form.cookie)
        #expect(wrong == 401 && unknown == 401)
        let message = { (page: String) in page.contains("账号或密码不正确") || page.contains("The login or the password is wrong") }
        #expect(message(wrongPage) && message(unknownPage))
        #expect(wrongPage.replacingOccurrences(of: #"value="[^"]*""#, with: "", options: .regularExpression)
                == unknownPage.replacingOccurrences(of: #"value="[^"]*""#, with: "", options: .regularExpression), "the same page either way")
        // Without the form's CSRF token nothing happens.
        let (forged, _, _) = try await server.postForm("/signin", [("login", "hanjiang"), ("password", "tiaodu-demo")])
        #expect(forged == 403)

        // Signing in: a fresh session, whatever cookie came along (no fixation), with safe flags.
        form = try await signInForm(server)
        let planted = "tiaodu_session=planted-by-someone-else"
        let (status, _, headers) = try await server.postForm("/signin", [("_csrf", form.csrf), ("login", "hanjiang"), ("password", "tiaodu-demo"), ("next", "/entry")],
                                                             cookies: form.cookie + "; " + planted)
        #expect(status == 303)
        #expect(headers["location"] == "/entry")
        let setCookie = try #require(headers["set-cookie"])
        #expect(setCookie.contains("tiaodu_session="))
        #expect(setCookie.contains("HttpOnly"))
        #expect(setCookie.lowercased().contains("samesite=lax"))
        #expect(!setCookie.contains("planted-by-someone-else"))
        let session = try #require(setCookie.components(separatedBy: ", ").first { $0.hasPrefix("tiaodu_session=") }?.split(separator: ";").first.map(String.init))
        let (entry, page, _) = try await server.get("/entry", headers: ["Cookie": session])
        #expect(entry == 200)
        #expect(page.contains("邗江区填报员"))
        // The form needs the session's CSRF token: without it nothing is saved.
        let csrf = try #require(page.range(of: #"name="_csrf" value="[^"]+""#, options: .regularExpression).map { String(page[$0].dropFirst(20).dropLast()) })
        let before = try await value(server, "hanjiang")
        let (noToken, _, _) = try await server.postForm("/entry", [("org", "hanjiang"), ("period", "2021-09"), ("v_sales", "999")], cookies: session)
        #expect(noToken == 403)
        #expect(try await value(server, "hanjiang") == before)
        let (saved, _, _) = try await server.postForm("/entry", [("_csrf", csrf), ("org", "hanjiang"), ("period", "2021-09"), ("v_sales", "999")], cookies: session)
        #expect(saved == 303)
        #expect(try await value(server, "hanjiang") == "999")
        // Another county's figures cannot be entered through the form either.
        let (other, _, _) = try await server.postForm("/entry", [("_csrf", csrf), ("org", "yizheng"), ("period", "2021-09"), ("v_sales", "1")], cookies: session)
        #expect(other == 403)

        // A user makes and revokes their own API tokens; not somebody else's.
        let (made, accountPage, _) = try await server.postForm("/account/tokens", [("_csrf", csrf), ("name", "my script")], cookies: session)
        #expect(made == 200)
        let own = try #require(accountPage.range(of: #"<code id="new-token">[^<]+</code>"#, options: .regularExpression)
            .map { String(accountPage[$0].dropFirst(21).dropLast(7)) })
        #expect(try await server.post("/api/v1/values", json: write("hj-yangshou", "8.5"), token: own).0 == 200)
        let othersToken = try server.token(for: "yizheng")
        let list = try Harness.run(["token", "list", "--database", server.database], in: server.directory).stdout
        let ids = list.split(separator: "\n").map { $0.split(separator: "\t") }
        let ownID = try #require(ids.last { $0[1] == "hanjiang" && $0[2] == "my script" }?[0].dropFirst())
        let othersID = try #require(ids.last { $0[1] == "yizheng" }?[0].dropFirst())
        #expect(try await server.postForm("/account/tokens/revoke", [("_csrf", csrf), ("id", String(othersID))], cookies: session).0 == 403)
        #expect(try await server.post("/api/v1/values", json: write("yizheng", "8.5"), token: othersToken).0 == 200, "still valid")
        #expect(try await server.postForm("/account/tokens/revoke", [("_csrf", csrf), ("id", String(ownID))], cookies: session).0 == 303)
        #expect(try await server.post("/api/v1/values", json: write("hj-yangshou", "9.5"), token: own).0 == 401)

        // Signing out ends the session on the server: the old cookie is worthless.
        let (out, _, _) = try await server.postForm("/signout", [("_csrf", csrf)], cookies: session)
        #expect(out == 303)
        let (after, _, afterHeaders) = try await server.postForm("/entry", [("_csrf", csrf), ("org", "hanjiang"), ("period", "2021-09"), ("v_sales", "5")], cookies: session)
        #expect(after == 303 && afterHeaders["location"]?.hasPrefix("/signin") == true)
        #expect(try await value(server, "hanjiang") == "999")

        // Every step is in the audit log.
        let audit = try Harness.run(["audit", "--database", server.database], in: server.directory)
        for action in ["signin.failed", "signin", "write.values", "signout"] { #expect(audit.stdout.contains("\t\(action)\t"), "\(action)") }
    }

    @Test func repeatedFailuresAreThrottled() async throws {
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        var statuses: [Int] = []
        for _ in 0..<7 {
            let form = try await signInForm(server)
            statuses.append(try await server.postForm("/signin", [("_csrf", form.csrf), ("login", "admin"), ("password", "guess-guess")], cookies: form.cookie).0)
        }
        #expect(statuses.prefix(5).allSatisfy { $0 == 401 })
        #expect(statuses.suffix(2).allSatisfy { $0 == 429 })
        // Even the right password waits now.
        let form = try await signInForm(server)
        let (status, page, _) = try await server.postForm("/signin", [("_csrf", form.csrf), ("login", "admin"), ("password", "tiaodu-demo")], cookies: form.cookie)
        #expect(status == 429)
        #expect(page.contains("秒后再试") || page.contains("try again in"))
    }

    /// draft → submitted → approved → accepted: each move by the role that may make it, figures
    /// locked from submission on (for the units below too), reopened only by an admin with a reason.
    @Test func theMonthlyCycleLocksFigures() async throws {
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        let reporter = try server.token(for: "hanjiang"), approver = try server.token(for: "hanjiang-approver")
        let analyst = try server.token(for: "analyst"), admin = try server.token(for: "admin")
        func move(_ action: String, _ token: String, org: String = "hanjiang", reason: String? = nil) async throws -> (Int, String) {
            let reasonField = reason.map { #","reason":"\#($0)""# } ?? ""
            let (status, body, _) = try await server.post("/api/v1/submissions", json: #"{"org":"\#(org)","period":"2021-09","action":"\#(action)"\#(reasonField)}"#, token: token)
            return (status, body)
        }
        func writes(_ org: String, _ token: String, period: String = "2021-09") async throws -> Int {
            try await server.post("/api/v1/values", json: #"[{"org":"\#(org)","indicator":"sales","period":"\#(period)","value":"12.5"}]"#, token: token).0
        }

        let calendar = try Harness.run(["schedule", "--due-day", "10", "--database", server.database], in: server.directory)
        #expect(calendar.stdout.contains("day 10"))
        // Who submitted what is for signed-in readers of the units, not for anybody.
        #expect(try await server.get("/api/v1/submissions?period=2021-09").0 == 401)
        let (_, listed, _) = try await server.get("/api/v1/submissions?period=2021-09", headers: ["Authorization": "Bearer \(analyst)"])
        let states = try #require(try jsonObject(listed) as? [[String: Any]])
        #expect(states.allSatisfy { $0["due"] as? String == "2021-10-10" })
        // A department's indicator set may be due on a day of its own; its rows on the form say so.
        _ = try Harness.run(["schedule", "--due-day", "12", "--department", "市工信局", "--database", server.database], in: server.directory)
        let (_, form, _) = try await server.get("/entry?org=hanjiang&period=2021-09", headers: ["Authorization": "Bearer \(reporter)", "Accept-Language": "zh-CN"])
        #expect(form.contains("截止日期：2021-10-10"))
        #expect(form.range(of: #"规上工业开票销售</label><span class="unit">截止日期：2021-10-12"#) != nil)
        #expect(states.first { $0["org"] as? String == "hanjiang" }?["status"] as? String == "draft")
        #expect(states.first { $0["org"] as? String == "hanjiang" }?["overdue"] as? Bool == false, "one clock: the demo stands on 2021-09-30, September is due 2021-10-10")
        #expect(states.first { $0["org"] as? String == "jiangdu" }?["status"] as? String == "approved")

        #expect(try await move("submit", reporter).0 == 200)
        #expect(try await writes("hanjiang", reporter) == 400, "submitted figures are locked")
        #expect(try await writes("hj-yangshou", reporter) == 400, "and so are the towns below")
        #expect(try await move("approve", reporter).0 == 403)
        #expect(try await move("approve", approver).0 == 200)
        #expect(try await move("accept", approver).0 == 403)
        #expect(try await move("accept", analyst).0 == 200)
        #expect(try await move("accept", analyst).0 == 409, "accepted already")
        #expect(try await writes("hanjiang", admin) == 400, "not even an admin writes into accepted figures")
        #expect(try await move("unlock", admin).0 == 400, "unlocking needs a reason")
        #expect(try await move("unlock", analyst, reason: "更正").0 == 403)
        #expect(try await move("unlock", admin, reason: "统计局更正9月数据").0 == 200)
        #expect(try await writes("hanjiang", reporter) == 200)
        #expect(try await writes("hanjiang", reporter, period: "2021-08") == 400, "August is accepted by the city")

        let (_, page, _) = try await server.get("/status?period=2021-09", headers: ["Accept-Language": "zh-CN", "Authorization": "Bearer \(analyst)"])
        #expect(page.contains("已审核") && !page.contains("已逾期"))
        let audit = try Harness.run(["audit", "--action", "approval.", "--database", server.database], in: server.directory)
        for action in ["approval.submit", "approval.approve", "approval.accept", "approval.unlock"] { #expect(audit.stdout.contains("\t\(action)\t"), "\(action)") }
        #expect(audit.stdout.contains("统计局更正9月数据"))

        // The log page is for administrators; its CSV is the same search.
        let (page403, _, _) = try await server.get("/audit", headers: ["Authorization": "Bearer \(reporter)"])
        #expect(page403 == 403)
        let (ok, auditPage, _) = try await server.get("/audit?action=approval.unlock", headers: ["Authorization": "Bearer \(admin)", "Accept-Language": "zh-CN"])
        #expect(ok == 200)
        #expect(auditPage.contains("统计局更正9月数据") && !auditPage.contains("approval.submit"))
        let (csvStatus, csv, csvHeaders) = try await server.get("/audit?action=approval.&format=csv", headers: ["Authorization": "Bearer \(admin)"])
        #expect(csvStatus == 200 && csvHeaders["content-type"]?.hasPrefix("text/csv") == true)
        #expect(csv.hasPrefix("at,actor,action,object,before,after,source\n") && csv.contains("approval.accept"))
    }

    /// Sessions end after their idle time, and after their lifetime however busy (shortened here
    /// to 20 and 50 seconds — long enough that a loaded machine's slow request is not idleness, a
    /// session being noted as seen at most every half idle time; 30 minutes and 12 hours by default).
    @Test func sessionsExpire() async throws {
        let server = try ServerProcess(["--demo"], environment: ["TIAODU_SESSION_IDLE_SECONDS": "20", "TIAODU_SESSION_LIFETIME_SECONDS": "50"])
        defer { server.stop() }
        try await server.ready()
        func signIn() async throws -> String {
            let form = try await signInForm(server)
            let (_, _, headers) = try await server.postForm("/signin", [("_csrf", form.csrf), ("login", "hanjiang"), ("password", "tiaodu-demo")], cookies: form.cookie)
            return try #require(headers["set-cookie"]?.components(separatedBy: ", ").first { $0.hasPrefix("tiaodu_session=") }?.split(separator: ";").first.map(String.init))
        }
        func signedIn(_ cookie: String) async throws -> Bool {
            try await server.postForm("/entry", [("org", "hanjiang")], cookies: cookie).2["location"]?.hasPrefix("/signin") != true
        }
        let idle = try await signIn()
        #expect(try await signedIn(idle))
        try await Task.sleep(nanoseconds: 23_000_000_000)
        #expect(try await !signedIn(idle), "idle for 23 s of 20")
        let busy = try await signIn()
        // measured on the clock, not counted in steps: on a loaded machine a step takes longer than its sleep
        let start = ContinuousClock.now
        var alive = 0
        for _ in 0..<40 {
            try await Task.sleep(nanoseconds: 2_000_000_000)
            let asked = ContinuousClock.now
            guard try await signedIn(busy) else { break }
            alive = Int((asked - start).components.seconds)
        }
        #expect(alive >= 24, "activity keeps a session past its idle time (\(alive) s)")
        #expect(alive <= 50)
        #expect(try await !signedIn(busy), "over its 50 s lifetime, busy or not")
    }
}
