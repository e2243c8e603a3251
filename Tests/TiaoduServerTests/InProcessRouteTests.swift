// Routes tested in process: the one `buildApplication` the CLI serves, on a real SQLite file,
// called through Vapor's in-memory tester (no port, no child process). The spawned binary and
// the browser are tested in TiaoduEndToEndTests.
import Foundation
import Logging
import Testing
import TiaoduCore
import TiaoduStore
import VaporTesting
@testable import TiaoduServer

/// A small workspace whose county has a name made of markup, and an admin with an API token.
struct InProcessServer {
    static let token = "in-process-test-token-0123456789"
    static let countyName = "<b>甲县</b>\"&'"

    static func withApp(_ body: (Application) async throws -> Void) async throws {
        try await withApp { app, _ in try await body(app) }
    }

    static func withApp(_ body: (Application, Store) async throws -> Void) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tiaodu-inproc-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        let store = try await Store.open(.sqlite(path: path), logger: quiet, clock: .fixed(Day("2021-02-10")!))
        try await store.importCSV(.orgs, text: """
            code,name,parent,kind,peer_group
            city,市,,city,
            a,"\(countyName.replacingOccurrences(of: "\"", with: "\"\""))",city,county,县
            b,乙县,city,county,县

            """)
        try await store.importCSV(.indicators, text: """
            code,name,unit,frequency,accumulation,direction,growth_basis,aggregation,decimals
            sales,开票销售,亿元,monthly,flow,up,nominal,sum,2

            """)
        try await store.importCSV(.targets, text: "org,indicator,year,type,value\na,sales,2021,amount,120\nb,sales,2021,amount,100\n")
        try await store.importCSV(.values, text: """
            org,indicator,period,value
            a,sales,2020-01,8
            b,sales,2020-01,7
            a,sales,2021-01,10.50
            b,sales,2021-01,9.25

            """)
        try await store.accounts.createUser(login: "admin", name: "管理员", org: "city", roles: [.admin], passwordHash: "x", actor: "test", source: .cli)
        _ = try await store.accounts.createToken(login: "admin", name: "test", hash: Secrets.digest(token), actor: "test", source: .cli)
        let app = try await buildApplication(store: store, options: ServerOptions())
        do {
            try await body(app, store)
        } catch {
            try await app.asyncShutdown()
            await store.close()
            throw error
        }
        try await app.asyncShutdown()
        await store.close()
    }

    static var admin: HTTPHeaders { ["Authorization": "Bearer \(token)"] }
}

@Suite(.serialized) struct InProcessRouteTests {
    @Test func healthAndSecurityHeaders() async throws {
        try await InProcessServer.withApp { app in
            try await app.testing().test(.GET, "/healthz") { response in
                #expect(response.status == .ok)
                #expect(response.body.string == "{\"status\":\"ok\"}")
                #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
            }
        }
    }

    /// A unit's name is data: on every page it is text, never markup.
    @Test func pagesShowMarkupInNamesAsText() async throws {
        try await InProcessServer.withApp { app in
            for path in ["/bulletin?period=2021-01", "/league?indicator=sales&period=2021-01", "/units/a?period=2021-01", "/status?period=2021-01"] {
                try await app.testing().test(.GET, path, headers: InProcessServer.admin) { response in
                    #expect(response.status == .ok, "\(path)")
                    let html = response.body.string
                    #expect(html.contains("&lt;b&gt;甲县&lt;/b&gt;&quot;&amp;&#39;"), "\(path)")
                    #expect(!html.contains("<b>甲县"), "\(path)")
                }
            }
        }
    }

    @Test func theBulletinAPIComputesFromTheStore() async throws {
        try await InProcessServer.withApp { app in
            try await app.testing().test(.GET, "/api/v1/bulletin?period=2021-01&parent=city", headers: InProcessServer.admin) { response in
                #expect(response.status == .ok)
                // Figures are exact decimals in the JSON text: 10.50 as entered, growth (10.50 − 8) / 8.
                let body = response.body.string
                #expect(body.contains("{\"org\":\"a\",\"indicator\":\"sales\",\"isParent\":false,\"peerGroup\":\"县\",\"ytd\":10.5,\"growth\":31.25,"))
                #expect(body.contains("\"target\":120,\"targetType\":\"amount\",\"completion\":8.75,"))
            }
            // Nobody signed in: the month is not published yet, so nothing of it is shown.
            try await app.testing().test(.GET, "/api/v1/bulletin?period=2021-01") { response in
                #expect(response.status == .unauthorized)
                #expect(!response.body.string.contains("10.5"))
            }
        }
    }

    @Test func unknownPagesAreNotFoundInTheUsersLanguage() async throws {
        try await InProcessServer.withApp { app in
            try await app.testing().test(.GET, "/units/%3Cscript%3E?lang=zh", headers: InProcessServer.admin) { response in
                #expect(response.status == .notFound)
                #expect(!response.body.string.contains("<script>"))
                #expect(response.body.string.contains("&lt;script&gt;"))
            }
        }
    }

    /// Figures the city has not accepted are marked on every page that shows them; the bulletin
    /// carries 「征求意见稿」. Once accepted, the marks are gone.
    @Test func unacceptedFiguresAreMarkedAsDraft() async throws {
        try await InProcessServer.withApp { app, store in
            for path in ["/bulletin?period=2021-01", "/?period=2021-01", "/league?indicator=sales&period=2021-01", "/units/a?period=2021-01"] {
                try await app.testing().test(.GET, path, headers: InProcessServer.admin) { response in
                    #expect(response.body.string.contains("本期数据尚未经市里确认"), "\(path)")
                }
            }
            try await app.testing().test(.GET, "/bulletin?period=2021-01", headers: InProcessServer.admin) { response in
                #expect(response.body.string.contains("<div class=\"watermark\" aria-hidden=\"true\">征求意见稿</div>"))
            }
            try await store.cycle.setSubmission(org: "city", period: .month(year: 2021, month: 1), status: .accepted, actor: "test")
            try await Task.sleep(nanoseconds: 150_000_000)
            try await app.testing().test(.GET, "/bulletin?period=2021-01", headers: InProcessServer.admin) { response in
                #expect(response.status == .ok)
                #expect(!response.body.string.contains("征求意见稿") && !response.body.string.contains("本期数据尚未经市里确认"))
            }
            // The API says the states as /status does: the counties are closed with the city.
            try await app.testing().test(.GET, "/api/v1/submissions?period=2021-01", headers: InProcessServer.admin) { response in
                let body = response.body.string
                #expect(body.contains("{\"org\":\"city\",\"period\":\"2021-01\",\"status\":\"accepted\",\"coveredBy\":null,"), "\(body)")
                #expect(body.contains("{\"org\":\"a\",\"period\":\"2021-01\",\"status\":\"accepted\",\"coveredBy\":\"city\",\"due\":\"2021-02-05\",\"overdue\":false,"), "\(body)")
            }
        }
    }

    /// An approver opens the grid of the unit they approve, read only; a reporter of another
    /// unit is refused by the unit's name.
    @Test func approversSeeTheGridReadOnly() async throws {
        try await InProcessServer.withApp { app, store in
            try await store.accounts.createUser(login: "appr", name: "审核员", org: "a", roles: [.approver], passwordHash: "x", actor: "test", source: .cli)
            try await store.accounts.createUser(login: "repb", name: "乙县填报员", org: "b", roles: [.reporter], passwordHash: "x", actor: "test", source: .cli)
            let approver = "approver-token-0123456789abcdef", reporter = "reporter-token-0123456789abcdef"
            _ = try await store.accounts.createToken(login: "appr", name: "t", hash: Secrets.digest(approver), actor: "test", source: .cli)
            _ = try await store.accounts.createToken(login: "repb", name: "t", hash: Secrets.digest(reporter), actor: "test", source: .cli)
            try await Task.sleep(nanoseconds: 150_000_000)
            try await app.testing().test(.GET, "/entry?org=a&period=2021-01", headers: ["Authorization": "Bearer \(approver)"]) { response in
                #expect(response.status == .ok)
                let html = response.body.string
                #expect(html.contains("只读：您可以查看本单位报送的数据"))
                #expect(html.contains("name=\"v_sales\" inputmode=\"decimal\" value=\"10.50\" disabled"), "the stored value, closed")
                #expect(!html.contains("<button type=\"submit\">保存</button>"))
            }
            try await app.testing().test(.GET, "/entry?org=a&period=2021-01", headers: ["Authorization": "Bearer \(reporter)"]) { response in
                #expect(response.status == .forbidden)
                #expect(response.body.string.contains("您的账号无权查看&lt;b&gt;甲县&lt;/b&gt;&quot;&amp;&#39;的数据。"))
            }
        }
    }

    /// The index pages: /units lists the tree the reader may read (each unit a way to its
    /// scorecard for the period, grids only counted), /indicators the catalogue; both in English too.
    @Test func theIndexesListUnitsAndIndicators() async throws {
        try await InProcessServer.withApp { app, store in
            // Towns imported after the counties (乙县's first): the lists follow the tree, not the import.
            try await store.importCSV(.orgs, text: """
                code,name,name_en,parent,kind,peer_group
                t2,二镇,Town Two,b,town,镇
                c2,二社区,,t2,community,
                t1,一镇,Town One,a,town,镇
                c1,一社区,,t1,community,
                g1,微网格1,,c1,microgrid,
                g2,微网格2,,c1,microgrid,

                """)
            try await Task.sleep(nanoseconds: 150_000_000)
            try await app.testing().test(.GET, "/units?period=2021-01", headers: InProcessServer.admin) { response in
                #expect(response.status == .ok)
                let html = response.body.string
                for link in ["/units/city?period=2021-01", "/units/a?period=2021-01", "/units/b?period=2021-01", "/units/t1?period=2021-01", "/units/t2?period=2021-01"] {
                    #expect(html.contains("href=\"\(link)\""), "\(link)")
                }
                #expect(html.contains("乙县") && html.contains("&lt;b&gt;甲县&lt;/b&gt;") && !html.contains("<b>甲县"))
                #expect(!html.contains("/units/c1") && !html.contains("/units/g1"), "communities and grids are not listed")
                #expect(html.contains("下设网格2个"), "一镇's micro-grids, counted")
                // Nested: 一镇 in 甲县's list, before 乙县.
                let a = try #require(html.range(of: "/units/a?")), t1 = try #require(html.range(of: "/units/t1?")), b = try #require(html.range(of: "/units/b?"))
                #expect(a.lowerBound < t1.lowerBound && t1.lowerBound < b.lowerBound)
                #expect(html.contains("<ul class=\"tree\">"))
                #expect(html.contains("<a href=\"/units\" aria-current=\"page\">"))
            }
            try await app.testing().test(.GET, "/units?period=2021-01&lang=en", headers: InProcessServer.admin) { response in
                #expect(response.status == .ok)
                #expect(response.body.string.contains("Town One") && response.body.string.contains("2 grids below"))
            }
            // Nobody signed in: January is not published, so no unit is listed.
            try await app.testing().test(.GET, "/units") { response in
                #expect(response.status == .ok)
                let html = response.body.string
                #expect(!html.contains("/units/a?") && !html.contains("/units/city?"))
                #expect(html.contains("本期数据尚未发布，请登录后查看。"))
            }
            // The scope picker follows the tree: the city and the counties, then each county's towns in a group.
            try await app.testing().test(.GET, "/?period=2021-01", headers: InProcessServer.admin) { response in
                #expect(response.status == .ok)
                let html = response.body.string
                let groupA = try #require(html.range(of: "<optgroup label=\"&lt;b&gt;甲县&lt;/b&gt;&quot;&amp;&#39;\"><option value=\"t1\">一镇</option></optgroup>"))
                let groupB = try #require(html.range(of: "<optgroup label=\"乙县\"><option value=\"t2\">二镇</option></optgroup>"))
                let b = try #require(html.range(of: "<option value=\"b\">\u{3000}乙县</option>"))
                #expect(html.contains("<option value=\"city\" selected>市</option>"))
                #expect(b.lowerBound < groupA.lowerBound && groupA.lowerBound < groupB.lowerBound)
            }
            // The catalogue: everybody's, each indicator a way to its page for the period.
            try await app.testing().test(.GET, "/indicators?period=2021-01") { response in
                #expect(response.status == .ok)
                let html = response.body.string
                #expect(html.contains("<a href=\"/indicators/sales?period=2021-01\">开票销售</a>"))
                for word in ["指标目录", "亿元", "月度", "当期值，逐期累计"] { #expect(html.contains(word), "\(word)") }
            }
            try await app.testing().test(.GET, "/indicators?lang=en") { response in
                #expect(response.status == .ok)
                for word in ["Indicator catalogue", "monthly", "per period, summed to date", "100 million yuan"] { #expect(response.body.string.contains(word), "\(word)") }
                #expect(!response.body.string.contains("亿元"), "units in English words")
            }
        }
    }

    /// The navigation offers what the reader may do: nobody signed in reads the published pages
    /// and the indexes, never entry, the reporting states or projects; a viewer has no entry, a
    /// department no reporting states; an admin has everything.
    @Test func theNavigationShowsWhatTheReaderMayDo() async throws {
        try await InProcessServer.withApp { app, store in
            try await store.accounts.createUser(login: "view", name: "查看员", org: "a", roles: [.viewer], passwordHash: "x", actor: "test", source: .cli)
            try await store.accounts.createUser(login: "dept", name: "条线员", org: "city", roles: [.department], passwordHash: "x", actor: "test", department: "市工信局", source: .cli)
            let viewer = "viewer-token-0123456789abcdef", department = "department-token-0123456789abcdef"
            _ = try await store.accounts.createToken(login: "view", name: "t", hash: Secrets.digest(viewer), actor: "test", source: .cli)
            _ = try await store.accounts.createToken(login: "dept", name: "t", hash: Secrets.digest(department), actor: "test", source: .cli)
            try await Task.sleep(nanoseconds: 150_000_000)
            func nav(_ headers: HTTPHeaders) async throws -> String {
                let response = try await app.testing().sendRequest(.GET, "/indicators", headers: headers)
                #expect(response.status == .ok)
                return response.body.string.components(separatedBy: "</nav>")[0]
            }
            let anonymous = try await nav([:])
            for path in ["/", "/bulletin", "/league", "/units", "/indicators"] { #expect(anonymous.contains("href=\"\(path)\""), "\(path)") }
            for path in ["/entry", "/status", "/projects", "/contest", "/audit"] { #expect(!anonymous.contains("href=\"\(path)\""), "\(path)") }
            let admin = try await nav(InProcessServer.admin)
            for path in ["/league", "/entry", "/status", "/projects", "/contest", "/audit"] { #expect(admin.contains("href=\"\(path)\""), "\(path)") }
            let viewing = try await nav(["Authorization": "Bearer \(viewer)"])
            #expect(!viewing.contains("href=\"/entry\"") && viewing.contains("href=\"/status\"") && !viewing.contains("href=\"/audit\""))
            let owning = try await nav(["Authorization": "Bearer \(department)"])
            #expect(owning.contains("href=\"/entry\"") && !owning.contains("href=\"/status\""))
            // The pages left out ask for a sign-in.
            for path in ["/entry", "/status"] {
                try await app.testing().test(.GET, path) { response in
                    #expect(response.status == .seeOther, "\(path)")
                    #expect(response.headers.first(name: .location)?.hasPrefix("/signin?next=") == true, "\(path)")
                }
            }
        }
    }

    /// The register's search: `q` finds projects by name or code in any case, kept in the form.
    @Test func theProjectRegisterSearchesNamesAndCodes() async throws {
        try await InProcessServer.withApp { app, store in
            try await store.importCSV(.projects, text: """
                code,name,owner,category,list_level,total_investment,annual_plan
                p1,新能源项目,a,industry,province,120.50,30.0
                p2,学校,b,livelihood,county,2,1.5
                sf9,Solar Farm,b,industry,city,10,5

                """)
            try await Task.sleep(nanoseconds: 150_000_000)
            /// The projects the register lists for a query (the part of the page after its heading).
            func listed(_ query: String) async throws -> [String] {
                let response = try await app.testing().sendRequest(.GET, "/projects?period=2021-01" + query, headers: InProcessServer.admin)
                #expect(response.status == .ok, "\(query)")
                let register = try #require(response.body.string.components(separatedBy: "id=\"register\"").dropFirst().first, "\(query)")
                return ["p1", "p2", "sf9"].filter { register.contains("href=\"/projects/\($0)\"") }
            }
            let all = try await listed("")
            #expect(all == ["p1", "p2", "sf9"])
            let byName = try await listed("&q=SOLAR")
            #expect(byName == ["sf9"], "the name, in any case")
            let byCode = try await listed("&q=P2")
            #expect(byCode == ["p2"], "the code, in any case")
            let chinese = try await listed("&q=%E6%96%B0%E8%83%BD%E6%BA%90")
            #expect(chinese == ["p1"], "新能源")
            let combined = try await listed("&q=solar&owner=a")
            #expect(combined.isEmpty, "with the other filters: Solar Farm is 乙县's")
            let none = try await listed("&q=nothing-like-it")
            #expect(none.isEmpty)
            // The search stays in the form, beside the other filters.
            let page = try await app.testing().sendRequest(.GET, "/projects?period=2021-01&q=SOLAR", headers: InProcessServer.admin)
            #expect(page.body.string.contains("<input type=\"search\" name=\"q\" value=\"SOLAR\">"))
        }
    }
}
