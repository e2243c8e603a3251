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
}

