// Integrity against the running server: every input to a locked month is locked with it (the
// published bulletin reads the same after any later write), a far-future period is refused and a
// mistaken value can be deleted, and the requests that must not be forged or abused are not.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite(.serialized) struct IntegrityTests {
    func bearer(_ token: String) -> [String: String] { ["Authorization": "Bearer \(token)"] }

    /// August 2021 is accepted by the city: its bulletin, project figures and contest stay as they
    /// were through every side door that used to move them.
    @Test func publishedFiguresStayPut() async throws {
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        let admin = try server.token(for: "admin")
        let published = ["/api/v1/bulletin?period=2021-08", "/api/v1/bulletin?period=2021-08&parent=hanjiang", "/api/v1/bulletin?period=2021-08&format=csv",
                         "/api/v1/project-figures?period=2021-08", "/api/v1/project-figures?period=2021-03", "/api/v1/contest?q=2021Q2"]
        func read() async throws -> [String] {
            var bodies: [String] = []
            for path in published {
                let (status, body, _) = try await server.get(path, headers: bearer(admin))
                #expect(status == 200, "\(path)")
                bodies.append(body)
            }
            return bodies
        }
        let before = try await read()

        // A stage move back-dated into an accepted month, or to 1900, is refused; today's is not.
        for on in ["2021-02-01", "1900-01-01", "2021-08-31"] {
            let (status, body, _) = try await server.post("/api/v1/projects/yz-mobile/stage", json: #"{"stage":"started","on":"\#(on)"}"#, token: admin)
            #expect(status == 400 && body.contains("2021-08"), "\(on): \(body)")
        }
        let (moved, movedBody, _) = try await server.post("/api/v1/projects/yz-mobile/stage", json: #"{"stage":"started","on":"2021-09-28"}"#, token: admin)
        #expect(moved == 200, "\(movedBody)")

        // Values of a quarter or a year are locked by the months they contain; last year's by
        // this year's accepted months (同比 and 倒排 rest on them).
        let hanjiang = try server.token(for: "hanjiang")
        for (org, indicator, period, token) in [("hanjiang", "villages", "2020", hanjiang), ("hanjiang", "sales", "2020-11", hanjiang),
                                                ("guangling", "gdp", "2021Q3", admin), ("hj-yangshou", "sales", "2021-08", hanjiang)] {
            let (status, body, _) = try await server.post("/api/v1/values", json: #"[{"org":"\#(org)","indicator":"\#(indicator)","period":"\#(period)","value":"1.5"}]"#, token: token)
            #expect(status == 400 && (body.contains("已锁定") || body.contains("locked")), "\(org) \(period): \(body)")
        }

        // Targets of a year with an accepted month are fixed, unless an admin states a reason.
        let (_, targets, _) = try await server.get("/api/v1/targets?year=2021", headers: bearer(admin))
        let target = try #require((try jsonObject(targets) as? [[String: Any]])?.first { ($0["org"] as? String) == "hanjiang" && ($0["indicator"] as? String) == "sales" })
        let sheet = server.directory.appendingPathComponent("targets.csv")
        try "org,indicator,year,type,value\nhanjiang,sales,2021,\(target["type"] as! String),94717\n".write(to: sheet, atomically: true, encoding: .utf8)
        let fixed = try Harness.run(["import", "targets", sheet.path, "--lang", "en", "--database", server.database], in: server.directory)
        #expect(fixed.status == 1 && fixed.stderr.contains("targets for 2021 are fixed"), "\(fixed.stderr)")

        // A register edit (the annual plan) reaches the open months only; a concentrated start
        // cannot be dated into a locked month, nor name a project twice.
        let (_, register, _) = try await server.get("/api/v1/projects?owner=yizheng", headers: bearer(admin))
        let beidou = try #require((try jsonObject(register) as? [[String: Any]])?.first { ($0["code"] as? String) == "yz-beidou" })
        let edit = #"[{"code":"yz-beidou","name":"\#(beidou["name"] as! String)","owner":"yizheng","category":"\#(beidou["category"] as! String)","list_level":"\#(beidou["listLevel"] as! String)","total_investment":"100","annual_plan":"35","planned_start":"2020-05","planned_finish":"2022-12"}]"#
        let (edited, editBody, _) = try await server.post("/api/v1/projects", json: edit, token: admin)
        #expect(edited == 200, "\(editBody)")
        let (late, lateBody, _) = try await server.post("/api/v1/concentrated-starts", json: #"{"org":"yizheng","day":"2021-08-20","name":"补记","codes":["yz-beidou"]}"#, token: admin)
        #expect(late == 400 && lateBody.contains("2021-08"), "\(lateBody)")
        let (twice, twiceBody, _) = try await server.post("/api/v1/concentrated-starts", json: #"{"org":"yizheng","day":"2021-09-20","name":"重复","codes":["yz-beidou","yz-beidou"]}"#, token: admin)
        #expect(twice == 400 && twiceBody.contains("yz-beidou"), "\(twiceBody)")

        // A new project registered now counts from the first open month on.
        let new = #"[{"code":"yz-late","name":"补录项目","owner":"yizheng","category":"industry","list_level":"city","total_investment":"12","annual_plan":"3","planned_start":"2021-03"}]"#
        let (registered, registeredBody, _) = try await server.post("/api/v1/projects", json: new, token: admin)
        #expect(registered == 200, "\(registeredBody)")

        let after = try await read()
        for (path, (first, second)) in zip(published, zip(before, after)) { #expect(first == second, "\(path) moved after the side-door writes") }
        // September (open) does take the edit.
        let (_, september, _) = try await server.get("/api/v1/project-figures?period=2021-09", headers: bearer(admin))
        #expect(september.contains("yz-late") || september.contains("\"plannedStarts\""))

        // The admin's stated reason unlocks the targets; the audit log says who and why.
        let unlocked = try Harness.run(["import", "targets", sheet.path, "--unlock-reason", "年中目标调整（市政府常务会议纪要第12号）", "--database", server.database], in: server.directory)
        #expect(unlocked.status == 0, "\(unlocked.stderr)")
        let audit = try Harness.run(["audit", "--action", "targets.unlock", "--database", server.database], in: server.directory)
        #expect(audit.stdout.contains("年中目标调整"), "\(audit.stdout)")
    }

    /// A far-future period is refused and never becomes the default; an admin deletes a mistaken
    /// value with a reason, and the history keeps what was deleted.
    @Test func farFuturePeriodsAndMistakenValues() async throws {
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        let yizheng = try server.token(for: "yizheng"), admin = try server.token(for: "admin")
        let (refused, body, _) = try await server.post("/api/v1/values", json: #"[{"org":"yizheng","indicator":"sales","period":"2200-01","value":"1"}]"#, token: yizheng)
        #expect(refused == 400 && body.contains("2200-01"), "\(body)")
        let (_, entry, _) = try await server.get("/entry", headers: bearer(yizheng))
        #expect(entry.contains("2021年9月") || entry.contains("2021-09"))
        #expect(!entry.contains("2200"))
        // The demo stands on 2021-09-30 (one clock for every date): October has not come yet.
        let (early, earlyBody, _) = try await server.post("/api/v1/values", json: #"[{"org":"yizheng","indicator":"sales","period":"2021-10","value":"123.4"}]"#, token: yizheng)
        #expect(early == 400 && earlyBody.contains("2021-10"), "\(earlyBody)")
        // With a month's grace it is open; a value typed into it by mistake: an admin removes it, with a reason.
        _ = try Harness.run(["schedule", "--future-months", "1", "--database", server.database], in: server.directory)
        try await Task.sleep(nanoseconds: 300_000_000)
        let (wrote, _, _) = try await server.post("/api/v1/values", json: #"[{"org":"yizheng","indicator":"sales","period":"2021-10","value":"123.4"}]"#, token: yizheng)
        #expect(wrote == 200)
        let (_, dashboard, _) = try await server.get("/", headers: bearer(yizheng))
        #expect(!dashboard.contains("2021年10月") || dashboard.contains("2021年9月"), "the default month stays the cycle's month")
        let (noReason, _, _) = try await server.request("DELETE", "/api/v1/values?org=yizheng&indicator=sales&period=2021-10&reason=", headers: bearer(admin))
        #expect(noReason == 400)
        let (notAdmin, _, _) = try await server.request("DELETE", "/api/v1/values?org=yizheng&indicator=sales&period=2021-10&reason=x", headers: bearer(yizheng))
        #expect(notAdmin == 403)
        let (locked, _, _) = try await server.request("DELETE", "/api/v1/values?org=yizheng&indicator=sales&period=2021-08&reason=x", headers: bearer(admin))
        #expect(locked == 409)
        let reason = "误填入10月".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
        let (deleted, deletedBody, _) = try await server.request("DELETE", "/api/v1/values?org=yizheng&indicator=sales&period=2021-10&reason=\(reason)", headers: bearer(admin))
        #expect(deleted == 200, "\(deletedBody)")
        let (_, values, _) = try await server.get("/api/v1/values?org=yizheng&indicator=sales&from=2021-10&to=2021-10", headers: bearer(admin))
        #expect(values == "[]")
        let (_, history, _) = try await server.get("/api/v1/history?org=yizheng&indicator=sales&period=2021-10", headers: bearer(admin))
        #expect(history.contains("123.4"), "\(history)")
        let audit = try Harness.run(["audit", "--action", "write.delete", "--database", server.database], in: server.directory)
        #expect(audit.stdout.contains("误填入10月") && audit.stdout.contains("yizheng/sales/2021-10"), "\(audit.stdout)")
    }
}
