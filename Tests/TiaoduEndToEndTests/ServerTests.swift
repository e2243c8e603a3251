import Foundation
import Testing

/// The HTTP API and the page, served by the built binary on a real port — on SQLite, and on
/// PostgreSQL when TIAODU_TEST_POSTGRES_URL is set.
@Suite(.serialized) struct ServerTests {
    static var databases: [String] { ["sqlite"] + (Harness.postgresURL == nil ? [] : ["postgres"]) }

    func withDemoServer(_ database: String, _ body: (ServerProcess) async throws -> Void) async throws {
        var arguments = ["--demo"]
        var scratch: String?
        if database == "postgres", let url = Harness.postgresURL {
            // A scratch database of its own, made and dropped through psql's SQL via the binary-free route.
            let name = "tiaodu_e2e_" + UUID().uuidString.prefix(8).lowercased()
            try runPSQL(url, "CREATE DATABASE \(name)")
            var components = URLComponents(string: url)!
            components.path = "/" + name
            arguments += ["--database", components.string!]
            scratch = name
        }
        let server = try ServerProcess(arguments)
        defer {
            server.stop()
            if let scratch, let url = Harness.postgresURL { try? runPSQL(url, "DROP DATABASE IF EXISTS \(scratch) WITH (FORCE)") }
        }
        try await server.ready()
        try await body(server)
    }

    func runPSQL(_ url: String, _ statement: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-v", "ON_ERROR_STOP=1", "-qc", statement]
        try process.run()
        process.waitUntilExit()
        if process.terminationStatus != 0 { throw ServerFailed(log: "psql failed: \(statement)") }
    }

    @Test(arguments: databases)
    func theDemoPagesShowTheSeptemberFigures(_ database: String) async throws {
        try await withDemoServer(database) { server in
            // Not signed in: only what the city has published (August); September needs an account.
            let (published, publicPage, _) = try await server.get("/bulletin", headers: ["Accept-Language": "zh-CN"])
            #expect(published == 200)
            #expect(publicPage.contains("<title>扬州市 2021年1—8月 主要经济指标月度通报</title>"))
            let (closed, _, _) = try await server.get("/bulletin?period=2021-09")
            #expect(closed == 401)
            let analyst = try server.token(for: "analyst")
            let zh = ["Accept-Language": "zh-CN,zh;q=0.9", "Authorization": "Bearer \(analyst)"]
            let (status, html, headers) = try await server.get("/bulletin", headers: zh)
            #expect(status == 200)
            #expect(headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(html.contains("<title>扬州市 2021年1—9月 主要经济指标月度通报</title>"))
            #expect(html.contains("规上工业开票销售"))
            #expect(html.contains("邗江区"))
            #expect(html.contains("演示数据"))
            // It reads as a 通报: the masthead, the three parts, the 附表; the city's own reported GDP and
            // revenue differ from the counties' sum, and the 附表 says which figure it shows.
            for part in ["扬州市主要经济指标运行情况通报", "2021年第9期", "一、总体情况", "二、分指标情况", "三、存在问题", "<section class=\"annex\" id=\"annex\">",
                         "<table class=\"annex\">", "与所辖县（市、区）合计", "本表采用上报数", "下载CSV"] {
                #expect(html.contains(part), "the bulletin shows \(part)")
            }
            #expect(!html.contains("两者均保留"))
            let (_, english, _) = try await server.get("/bulletin?lang=en", headers: ["Authorization": "Bearer \(analyst)"])
            #expect(english.contains("Jan–Sep 2021"))
            #expect(english.contains("Hanjiang District"))
            for part in ["1. Overview", "2. By indicator", "3. Issues", "Annex table", "counties and districts", "this table uses the reported figure"] {
                #expect(english.contains(part), "the English bulletin shows \(part)")
            }
            #expect(!english.contains("县市区") && !english.contains("功能区"), "peer groups in English words")
            #expect(!english.contains("亿"), "amounts and units in English words (billion yuan, 100 million yuan)")
            for path in ["/", "/league?indicator=sales", "/units/hanjiang", "/indicators/sales?org=hanjiang"] {
                let (code, page, _) = try await server.get(path, headers: zh)
                #expect(code == 200, "\(path)")
                #expect(page.contains("邗江区"), "\(path)")
            }
            for path in ["/?parent=nowhere", "/units/nowhere", "/indicators/nothing", "/league?indicator=nothing"] {
                let (missing, page, _) = try await server.get(path, headers: zh)
                #expect(missing == 404, "\(path)")
                #expect(page.contains("页面不存在"), "\(path)")
            }
            let (bad, _, _) = try await server.get("/?period=2021-13")
            #expect(bad == 400)
            // A county's reporter reads their own county unpublished, not the city or another county.
            let reporter = ["Authorization": "Bearer \(try server.token(for: "hanjiang"))", "Accept-Language": "zh-CN"]
            #expect(try await server.get("/?period=2021-09", headers: reporter).1.contains("邗江区 2021年1—9月"), "their own unit by default")
            #expect(try await server.get("/bulletin?parent=yangzhou&period=2021-09", headers: reporter).0 == 403)
            #expect(try await server.get("/units/yizheng?period=2021-09", headers: reporter).0 == 403)
            #expect(try await server.get("/units/yizheng?period=2021-08", headers: reporter).0 == 200, "published")
            #expect(try await server.get("/api/v1/bulletin?parent=hanjiang&period=2021-09", headers: reporter).0 == 200)
            #expect(try await server.get("/api/v1/bulletin?parent=yizheng&period=2021-09", headers: reporter).0 == 403)
            let (_, values, _) = try await server.get("/api/v1/values?indicator=sales&from=2021-08&to=2021-09", headers: reporter)
            let orgs = Set(((try jsonObject(values) as? [[String: Any]]) ?? []).filter { $0["period"] as? String == "2021-09" }.compactMap { $0["org"] as? String })
            #expect(orgs.contains("hanjiang") && orgs.contains("hj-yangshou") && !orgs.contains("yizheng"))
            #expect(try await server.get("/api/v1/history?org=yizheng&indicator=sales", headers: reporter).0 == 403)
            #expect(try await server.get("/api/v1/history?org=hanjiang&indicator=sales").0 == 401)
        }
    }

    @Test(arguments: databases)
    func theJSONAPI(_ database: String) async throws {
        try await withDemoServer(database) { server in
            let (s1, orgsText, _) = try await server.get("/api/v1/orgs")
            #expect(s1 == 200)
            let orgs = try #require(try jsonObject(orgsText) as? [[String: Any]])
            #expect(orgs.count > 2100)
            #expect(orgs.first?["code"] as? String == "yangzhou")
            let (_, indicatorsText, _) = try await server.get("/api/v1/indicators")
            let indicators = try #require(try jsonObject(indicatorsText) as? [[String: Any]])
            #expect(indicators.contains { $0["code"] as? String == "taxshare" && $0["numerator"] as? String == "tax" })
            let analyst = ["Authorization": "Bearer \(try server.token(for: "analyst"))"]
            let (_, targetsText, _) = try await server.get("/api/v1/targets?year=2021", headers: analyst)
            let targets = try #require(try jsonObject(targetsText) as? [[String: Any]])
            #expect(targets.contains { $0["org"] as? String == "hanjiang" && $0["indicator"] as? String == "sales_equip" && ($0["value"] as? NSNumber)?.intValue == 280 })
            #expect(targets.allSatisfy { $0["year"] as? Int == 2021 })
            let (_, valuesText, _) = try await server.get("/api/v1/values?org=hanjiang&indicator=sales&from=2021-01&to=2021-09", headers: analyst)
            #expect((try jsonObject(valuesText) as? [[String: Any]])?.count == 9)
            let (s2, bulletinText, _) = try await server.get("/api/v1/bulletin?period=2021-09&parent=jiangdu", headers: analyst)
            #expect(s2 == 200)
            let bulletin = try #require(try jsonObject(bulletinText) as? [String: Any])
            let rows = try #require(bulletin["rows"] as? [[String: Any]])
            #expect(rows.contains { $0["org"] as? String == "jd-xiaoji" && $0["indicator"] as? String == "sales" })
            let (bad, badText, _) = try await server.get("/api/v1/bulletin?period=2021-13")
            #expect(bad == 400)
            #expect(badText.contains("2021-13"))
        }
    }

    @Test(arguments: databases)
    func aWrittenValueIsInTheNextBulletin(_ database: String) async throws {
        try await withDemoServer(database) { server in
            let analyst = ["Authorization": "Bearer \(try server.token(for: "analyst"))"]
            func hanjiangSales() async throws -> Decimal? {
                let (_, text, _) = try await server.get("/api/v1/bulletin?period=2021-09", headers: analyst)
                let rows = (try jsonObject(text) as? [String: Any])?["rows"] as? [[String: Any]] ?? []
                return (rows.first { $0["org"] as? String == "hanjiang" && $0["indicator"] as? String == "sales" }?["ytd"] as? NSNumber)?.decimalValue
            }
            let before = try #require(try await hanjiangSales())
            let (_, currentText, _) = try await server.get("/api/v1/values?org=hanjiang&indicator=sales&from=2021-09&to=2021-09", headers: analyst)
            let current = try #require(((try jsonObject(currentText) as? [[String: Any]])?.first?["value"] as? NSNumber)?.decimalValue)
            let write = #"[{"org":"hanjiang","indicator":"sales","period":"2021-09","value":"500.25"}]"#
            let (anonymous, _, _) = try await server.post("/api/v1/values", json: write)
            #expect(anonymous == 401, "nobody writes without signing in")
            let token = try server.token(for: "hanjiang")
            let (status, reply, _) = try await server.post("/api/v1/values", json: write, token: token)
            #expect(status == 200, "\(reply)")
            #expect(reply.contains("\"changed\":1"))
            #expect(nearlyEqual(try await hanjiangSales(), before - current + Decimal(string: "500.25")!))

            // A batch with one bad item writes nothing and lists the item.
            let (rejected, errors, _) = try await server.post("/api/v1/values", json: #"[{"org":"hanjiang","indicator":"sales","period":"2021-09","value":1},{"org":"hj-yangshou","indicator":"sales","period":"2021-09","value":"lots"}]"#, token: token)
            #expect(rejected == 400)
            let body = try #require(try jsonObject(errors) as? [String: Any])
            let issues = try #require(body["issues"] as? [[String: Any]])
            #expect(issues.count == 1)
            #expect(issues.first?["item"] as? Int == 2)
            #expect(issues.first?["column"] as? String == "value")
            #expect(nearlyEqual(try await hanjiangSales(), before - current + Decimal(string: "500.25")!))
            let (notJSON, _, _) = try await server.post("/api/v1/values", json: "{oops", token: token)
            #expect(notJSON == 400)

            // The change is in the history: the demo's load, then the API write.
            let (_, historyText, _) = try await server.get("/api/v1/history?org=hanjiang&indicator=sales&period=2021-09", headers: analyst)
            let history = try #require(try jsonObject(historyText) as? [[String: Any]])
            #expect(history.map { $0["source"] as? String } == ["demo", "api"])
            #expect(nearlyEqual((history.last?["oldValue"] as? NSNumber)?.decimalValue, current))
            #expect(nearlyEqual((history.last?["newValue"] as? NSNumber)?.decimalValue, Decimal(string: "500.25")!))
        }
    }
}

/// A user's own workspace, imported with the CLI and then served: HTML in names is shown inert.
@Suite struct OwnWorkspaceServerTests {
    @Test func namesAreEscapedOnThePageAndInJSON() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let database = "sqlite:" + dir.appendingPathComponent("own.sqlite").path
        let files = [
            "orgs": "code,name,parent,kind,peer_group\nc,\"<script>alert(1)</script>市\",,city,\na,\"甲\"\"县 & <b>\",c,county,x\n",
            "indicators": "code,name,unit,frequency,accumulation,direction,growth_basis,aggregation,decimals\ns,\"<img src=x onerror=alert(2)>\",亿元,monthly,flow,up,nominal,sum,2\n",
            "values": "org,indicator,period,value\na,s,2021-01,5\n",
        ]
        for kind in ["orgs", "indicators", "values"] {
            try files[kind]!.write(to: dir.appendingPathComponent("\(kind).csv"), atomically: true, encoding: .utf8)
            let result = try Harness.run(["import", kind, "\(kind).csv", "--database", database], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
        }
        let added = try Harness.run(["user", "add", "boss", "--admin", "--database", database], in: dir, input: "a-long-password\n")
        #expect(added.status == 0, "\(added.stderr)")
        let server = try ServerProcess(["--database", database])
        defer { server.stop() }
        try await server.ready()
        let admin = ["Authorization": "Bearer \(try server.token(for: "boss"))"]
        // Every page shows the names inert, wherever they appear (tables, pickers, text, charts).
        for path in ["/bulletin", "/", "/league?indicator=s", "/units/a", "/units/c", "/indicators/s?org=a"] {
            let (status, html, headers) = try await server.get(path + (path.contains("?") ? "&" : "?") + "period=2021-01&lang=zh", headers: admin)
            #expect(status == 200, "\(path)")
            #expect(!html.contains("<script>alert(1)"), "\(path)")
            #expect(!html.contains("<img src=x"), "\(path)")
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;市") || path.hasPrefix("/units/a"), "\(path)")
            // The dashboard names units only in the charts of indicators with targets (none here).
            #expect(html.contains("甲&quot;县 &amp; &lt;b&gt;") || path == "/", "\(path)")
            #expect(headers["content-security-policy"]?.contains("default-src 'self'") == true)
        }
        let (_, json, _) = try await server.get("/api/v1/orgs")
        #expect(json.contains(#""name":"\u003cscript>alert(1)\u003c/script>市""#))
        let page = try await server.get("/bulletin?lang=en", headers: admin)
        #expect(page.0 == 200, "the latest period is found without a period parameter")
        #expect(page.1.contains("Jan 2021"))
    }
}
