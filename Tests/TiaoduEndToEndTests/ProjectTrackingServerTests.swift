// Following projects through the running server: progress, blockers, figures, register rows,
// concentrated starts and the contest through the API (scope, locks, status codes), and the
// same through the pages' forms with a signed-in session.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

@Suite struct ProjectTrackingServerTests {
    @Test func throughTheAPI() async throws {
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        let hanjiang = try server.token(for: "hanjiang"), yizheng = try server.token(for: "yizheng")
        let admin = try server.token(for: "admin"), analyst = try server.token(for: "analyst")
        func bearer(_ token: String) -> [String: String] { ["Authorization": "Bearer \(token)", "Accept-Language": "zh-CN"] }

        // Progress: the owner's month, exactly as entered; not another county's; not a locked month.
        let (saved, summary, _) = try await server.post("/api/v1/progress", json: #"[{"code":"hj-kunyuan","period":"2021-09","investment":"0.520","progress":"设备安装"}]"#, token: hanjiang)
        #expect(saved == 200 && summary.contains(#""changed":1"#))
        #expect(try await server.post("/api/v1/progress", json: #"[{"code":"yz-mobile","period":"2021-09","investment":"1"}]"#, token: hanjiang).0 == 400)
        let (locked, lockedBody, _) = try await server.post("/api/v1/progress", json: #"[{"code":"hj-kunyuan","period":"2021-08","investment":"1"}]"#, token: hanjiang)
        #expect(locked == 400 && lockedBody.contains("locked"), "August is accepted by the city")
        let (_, detail, _) = try await server.get("/api/v1/projects/hj-kunyuan?year=2021", headers: bearer(hanjiang))
        let progress = try #require((try jsonObject(detail) as? [String: Any])?["progress"] as? [[String: Any]])
        #expect(progress.last?["period"] as? String == "2021-09" && progress.last?["progress"] as? String == "设备安装")
        #expect(detail.contains(#""investment":0.520"#), "the amount as entered")
        #expect(try await server.get("/api/v1/projects/hj-kunyuan?year=abc", headers: bearer(hanjiang)).0 == 400)
        #expect(try await server.get("/api/v1/projects/yz-mobile", headers: bearer(hanjiang)).0 == 404)

        // Blockers: raised and resolved by the owner's users only.
        let (raised, raisedBody, _) = try await server.post("/api/v1/projects/hj-kunyuan/blockers",
                                                            json: #"{"kind":"power","description":"专线增容","solver":"邗江供电公司","due":"2021-10-15"}"#, token: hanjiang)
        #expect(raised == 201)
        let id = try #require((try jsonObject(raisedBody) as? [String: Any])?["id"] as? Int)
        #expect(try await server.post("/api/v1/projects/hj-kunyuan/blockers", json: #"{"kind":"weather","description":"x","solver":"y"}"#, token: hanjiang).0 == 400)
        #expect(try await server.post("/api/v1/projects/hj-kunyuan/blockers", json: #"{"kind":"land","description":"x","solver":"y"}"#, token: yizheng).0 == 403)
        #expect(try await server.post("/api/v1/blockers/\(id)/resolve", json: #"{"resolution":"已送电"}"#, token: yizheng).0 == 403)
        #expect(try await server.post("/api/v1/blockers/\(id)/resolve", json: #"{"resolution":"已送电"}"#, token: hanjiang).0 == 200)
        #expect(try await server.post("/api/v1/blockers/999999/resolve", json: #"{"resolution":"x"}"#, token: hanjiang).0 == 404)

        // Figures: the whole city for an analyst; a county reporter sees its own row only.
        let (_, cityFigures, _) = try await server.get("/api/v1/project-figures?period=2021-09", headers: bearer(analyst))
        let figures = try #require(try jsonObject(cityFigures) as? [String: Any])
        #expect((figures["city"] as? [String: Any])?["projects"] as? Int == 92 && (figures["units"] as? [Any])?.count == 9)
        let (_, ownFigures, _) = try await server.get("/api/v1/project-figures?period=2021-09", headers: bearer(hanjiang))
        let own = try #require(try jsonObject(ownFigures) as? [String: Any])
        #expect(own["city"] is NSNull && (own["units"] as? [[String: Any]])?.compactMap { $0["key"] as? String } == ["hanjiang"])
        #expect(try await server.get("/api/v1/project-figures?period=2021Q3", headers: bearer(analyst)).0 == 400)
        let (_, figuresCSV, csvHeaders) = try await server.get("/api/v1/project-figures?period=2021-09&format=csv&lang=zh", headers: bearer(analyst))
        #expect(csvHeaders["content-type"]?.hasPrefix("text/csv") == true)
        #expect(figuresCSV.hasPrefix("period,kind,key,地区,项目数") && figuresCSV.contains("2021-09,area,hanjiang,邗江区,31,") && figuresCSV.contains(",chain,"))

        // A stage move takes effect on its day: a past month's figures keep the stage it had then.
        func completed(_ period: String) async throws -> Int? {
            let (_, body, _) = try await server.get("/api/v1/project-figures?period=\(period)", headers: bearer(hanjiang))
            let units = (try jsonObject(body) as? [String: Any])?["units"] as? [[String: Any]]
            return (units?.first?["byStage"] as? [String: Any])?["completed"] as? Int
        }
        let (augustBefore, septemberBefore) = (try await completed("2021-08"), try await completed("2021-09"))
        #expect(try await server.post("/api/v1/projects/hj-libang/stage", json: #"{"stage":"completed","on":"2099-01-01"}"#, token: hanjiang).0 == 400, "not in the future")
        #expect(try await server.post("/api/v1/projects/hj-libang/stage", json: #"{"stage":"completed","on":"2021-09-31"}"#, token: hanjiang).0 == 400)
        #expect(try await server.post("/api/v1/projects/hj-libang/stage", json: #"{"stage":"completed","on":"2021-09-20"}"#, token: hanjiang).0 == 200)
        let (augustAfter, septemberAfter) = (try await completed("2021-08"), try await completed("2021-09"))
        #expect(augustAfter == augustBefore && septemberAfter == septemberBefore.map { $0 + 1 })

        // Markup in names, notes and blockers is shown as text, never run.
        let evil = #"[{"code":"hj-x","name":"<script>alert(1)</script>","owner":"hanjiang","category":"industry","list_level":"county","total_investment":"1","annual_plan":"1"}]"#
        #expect(try await server.post("/api/v1/projects", json: evil, token: hanjiang).0 == 200)
        #expect(try await server.post("/api/v1/projects/hj-x/blockers", json: #"{"kind":"other","description":"<img src=x onerror=alert(1)>","solver":"\"'&"}"#, token: hanjiang).0 == 201)
        let (_, evilPage, _) = try await server.get("/projects/hj-x", headers: bearer(hanjiang))
        #expect(!evilPage.contains("<script>alert") && evilPage.contains("&lt;script&gt;") && !evilPage.contains("<img src=x"))
        let (_, evilList, _) = try await server.get("/projects", headers: bearer(hanjiang))
        #expect(!evilList.contains("<script>alert") && !evilList.contains("<img src=x"))

        // Register rows and a concentrated start of one's own projects.
        let row = #"[{"code":"hj-new","name":"新项目","owner":"hanjiang","category":"industry","list_level":"county","total_investment":"3.5","annual_plan":"1","planned_start":"2021-10"}]"#
        #expect(try await server.post("/api/v1/projects", json: row, token: hanjiang).1.contains(#""inserted":1"#))
        #expect(try await server.post("/api/v1/projects", json: row.replacingOccurrences(of: #""owner":"hanjiang""#, with: #""owner":"yizheng""#), token: hanjiang).0 == 400)
        #expect(try await server.post("/api/v1/concentrated-starts", json: #"{"org":"hanjiang","day":"2021-09-28","name":"三季度先进制造业项目集中开工","codes":["hj-new"]}"#, token: hanjiang).0 == 201)
        // Not in the future (the demo stands on 2021-09-30), and a project breaks ground once.
        #expect(try await server.post("/api/v1/concentrated-starts", json: #"{"org":"hanjiang","day":"2021-10-28","name":"x","codes":["hj-kunyuan"]}"#, token: hanjiang).0 == 400)
        #expect(try await server.post("/api/v1/concentrated-starts", json: #"{"org":"hanjiang","day":"2021-09-29","name":"again","codes":["hj-new"]}"#, token: hanjiang).0 == 400)
        #expect(try await server.post("/api/v1/concentrated-starts", json: #"{"org":"hanjiang","day":"2021-09-28","name":"x","codes":["yz-mobile"]}"#, token: hanjiang).0 == 403)

        // The contest: Q2 published; Q3 waits for the city to accept September — a preview (with
        // movement against Q2) for readers of the city, nothing for a county yet.
        let (_, q3County, _) = try await server.get("/api/v1/contest?q=2021Q3", headers: bearer(hanjiang))
        #expect(q3County.contains(#""rows":[]"#))
        let (_, q3, _) = try await server.get("/api/v1/contest?q=2021Q3", headers: bearer(analyst))
        let sheet = try #require(try jsonObject(q3) as? [String: Any])
        let rows = try #require(sheet["rows"] as? [[String: Any]])
        #expect(sheet["published"] as? Bool == false && rows.count == 9)
        let (_, q2, _) = try await server.get("/api/v1/contest?q=2021Q2", headers: bearer(hanjiang))
        #expect((try jsonObject(q2) as? [String: Any])?["published"] as? Bool == true)
        #expect(rows.contains { $0["org"] as? String == "gaoyou" && $0["rank"] as? Int == 5 && $0["previousRank"] as? Int == 6 })
        var fields = #"{"new_start":5,"continuing":2,"plan_tiers":"10:20 5:10 1:6 0:3","cat_industry":15,"cat_livelihood":8,"cat_infrastructure":6,"#
        fields += #""progress_factor":60,"listed":0,"province":20,"production":20,"batch_bonus":30,"batch_cap":4,"deduction":5,"panel_weight":"0.3","panel_hanjiang":"90"}"#
        func put(_ q: String, _ token: String) async throws -> Int {
            var request = URLRequest(url: URL(string: server.base + "/api/v1/contest?q=\(q)")!)
            request.httpMethod = "PUT"
            request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(fields.utf8)
            return (try await URLSession.shared.data(for: request).1 as! HTTPURLResponse).statusCode
        }
        #expect(try await put("2021Q4", hanjiang) == 403)
        #expect(try await put("2021Q2", admin) == 409, "a published quarter is frozen")
        #expect(try await put("2021Q4", admin) == 200)
        let (_, preview, _) = try await server.get("/api/v1/contest?q=2021Q4", headers: bearer(hanjiang))
        #expect(preview.contains(#""rows":[]"#), "no preview for a county before publication")
        let (_, analystPreview, _) = try await server.get("/api/v1/contest?q=2021Q4", headers: bearer(analyst))
        #expect(((try jsonObject(analystPreview) as? [String: Any])?["rows"] as? [Any])?.count == 9)
        #expect(try await server.post("/api/v1/contest/publish?q=2021Q4", json: "", token: hanjiang).0 == 403)
        let (early, earlyBody, _) = try await server.post("/api/v1/contest/publish?q=2021Q4", json: "", token: admin)
        #expect(early == 409 && (earlyBody.contains("2021年12月") || earlyBody.contains("Dec 2021")), "not before the quarter is accepted: \(earlyBody)")
        #expect(try await server.post("/api/v1/contest/publish?q=2021Q3", json: "", token: admin).0 == 409)
    }

    @Test func throughThePages() async throws {
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        let (cookie, csrf) = try await server.session(for: "hanjiang")
        let session = ["Cookie": cookie, "Accept-Language": "zh-CN"]
        // Register a project: a bad amount comes back with its message and what was typed.
        var fields = [("_csrf", csrf), ("code", "hj-form"), ("name", "表单项目"), ("owner", "hanjiang"), ("category", "industry"), ("list_level", "county"),
                      ("total_investment", "abc"), ("annual_plan", "2"), ("planned_start", "2021-08")]
        let (bad, badPage, _) = try await server.postForm("/projects/new", fields, cookies: cookie)
        #expect(bad == 400 && badPage.contains("“abc”") && badPage.contains("表单项目"))
        fields[6] = ("total_investment", "8.50")
        let (created, _, headers) = try await server.postForm("/projects/new", fields, cookies: cookie)
        #expect(created == 303 && headers["location"] == "/projects/hj-form")
        #expect(try await server.postForm("/projects/new", fields, cookies: cookie).0 == 400, "the code is taken")
        // Edit it; move it; report a month; raise and resolve a blocker.
        fields[2] = ("name", "表单项目（更名）")
        #expect(try await server.postForm("/projects/hj-form/edit", fields, cookies: cookie).0 == 303)
        #expect(try await server.postForm("/projects/hj-form/stage", [("_csrf", csrf), ("stage", "started"), ("note", "集中开工")], cookies: cookie).0 == 303)
        #expect(try await server.postForm("/projects/hj-form/progress", [("_csrf", csrf), ("period", "2021-09"), ("investment", "0.75"), ("progress", "桩基施工")], cookies: cookie).0 == 303)
        let (refused, refusedPage, _) = try await server.postForm("/projects/hj-form/progress", [("_csrf", csrf), ("period", "2021-08"), ("investment", "1")], cookies: cookie)
        #expect(refused == 400 && (refusedPage.contains("已锁定") || refusedPage.contains("locked")))
        #expect(try await server.postForm("/projects/hj-form/blockers", [("_csrf", csrf), ("kind", "labour"), ("description", "技工不足"), ("solver", "区人社局"), ("due", "2021-10-30")], cookies: cookie).0 == 303)
        #expect(try await server.postForm("/projects/hj-form/progress", [("period", "2021-09"), ("investment", "9")], cookies: cookie).0 == 403, "no CSRF token")
        #expect(try await server.postForm("/projects/hj-form/progress", [("_csrf", csrf), ("period", "2021-09"), ("investment", "0.80"), ("progress", "桩基完成")], cookies: cookie).0 == 303)
        let (_, page, _) = try await server.get("/projects/hj-form", headers: session)
        #expect(page.contains("表单项目（更名）") && page.contains("8.50") && page.contains("桩基完成") && page.contains("技工不足") && page.contains("<svg"))
        // Its history: the edit (field, before, after), the stage move, the corrected month, the blocker.
        for expected in ["修改项目信息", "name=表单项目<", "name=表单项目（更名）", "阶段变更", "更正月度进展", "2021-09: 0.75 (桩基施工)", "2021-09: 0.80 (桩基完成)", "提出问题"] {
            #expect(page.contains(expected), "history shows \(expected)")
        }
        let id = try #require(page.range(of: #"/blockers/[0-9]+/resolve"#, options: .regularExpression).map { String(page[$0]) })
        #expect(try await server.postForm(id, [("_csrf", csrf), ("resolution", "已招聘")], cookies: cookie).0 == 303)
        #expect(try await server.get("/projects/hj-form", headers: session).1.contains("已招聘"))
        // Another county's project cannot be edited through its form.
        #expect(try await server.postForm("/projects/yz-mobile/edit", fields.map { $0.0 == "owner" ? ("owner", "hanjiang") : $0 }, cookies: cookie).0 == 400)
        #expect(try await server.get("/projects/yz-mobile/edit", headers: session).0 == 404)
        // The overview, the contest sheet, the bulletin and the scorecard.
        let (_, overview, _) = try await server.get("/projects", headers: session)
        #expect(overview.contains("重大项目推进情况") && overview.contains("开工率") && overview.contains("逾期未开工的项目") && overview.contains("集中开工"))
        let (_, contest, _) = try await server.get("/contest?q=2021Q2", headers: session)
        #expect(contest.contains("2021年第二季度") && contest.contains("较上季度") && !contest.contains("保存规则和评分"))
        let (_, unpublished, _) = try await server.get("/contest?q=2021Q3", headers: session)
        #expect(!unpublished.contains("↑1"), "a county sees no Q3 sheet before September is accepted")
        let (_, bulletin, _) = try await server.get("/bulletin", headers: session)
        #expect(bulletin.contains("重大项目</h2>") && bulletin.contains("邗江区"))
        let (_, scorecard, _) = try await server.get("/units/hanjiang", headers: session)
        #expect(scorecard.contains("1—9月，邗江区") && scorecard.contains("个重大项目完成投资"))
        // The reporting overview counts each unit's projects that have reported the month.
        let (_, status, _) = try await server.get("/status?period=2021-09", headers: session)
        #expect(status.contains("项目进展已报") && status.range(of: #"id="st-hanjiang".*?[0-9]+/[0-9]+"#, options: .regularExpression) != nil)
        // An admin sees the rule form on an unpublished quarter.
        let (adminCookie, _) = try await server.session(for: "admin")
        #expect(try await server.get("/contest?q=2021Q4", headers: ["Cookie": adminCookie, "Accept-Language": "zh-CN"]).1.contains("保存规则和评分"))
    }
}
