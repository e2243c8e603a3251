// The permission matrix: every demo role (and nobody) × every page and API route that shows a
// unit's figures × their own unit, another county and the city × an unpublished month
// (September) and a published one (August). Writes are in SecurityTests.
import Foundation
import Testing

@Suite(.serialized) struct PermissionMatrixTests {
    /// (login, the unit whose subtree they read) — nil login: nobody signed in.
    static let readers: [(login: String?, scope: String?)] = [
        (nil, nil), ("admin", nil), ("analyst", nil), ("hanjiang", "hanjiang"), ("hanjiang-approver", "hanjiang"),
        ("viewer", "hanjiang"), ("yizheng", "yizheng"), ("gongxin", "department"),
    ]
    /// (the route, whether it shows one indicator — sales, owned by 市工信局)
    static let routes: [(path: @Sendable (String) -> String, salesOnly: Bool)] = [
        ({ "/?parent=\($0)" }, false), ({ "/bulletin?parent=\($0)" }, false), ({ "/league?indicator=sales&parent=\($0)" }, true), ({ "/units/\($0)" }, false),
        ({ "/indicators/sales?org=\($0)" }, true), ({ "/api/v1/bulletin?parent=\($0)" }, false),
    ]

    @Test func whoReadsWhat() async throws {
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        var checked = 0
        for reader in Self.readers {
            let headers = try reader.login.map { ["Authorization": "Bearer \(try server.token(for: $0))"] } ?? [:]
            for unit in ["hanjiang", "yizheng", "yangzhou"] {
                for period in ["2021-08", "2021-09"] {
                    let published = period == "2021-08"
                    for route in Self.routes {
                        let expected: Int
                        if published || (reader.login != nil && reader.scope == nil) {
                            expected = 200
                        } else if reader.scope == "department" {
                            expected = route.salesOnly ? 200 : 403  // its own indicator, in every unit
                        } else if let scope = reader.scope {
                            expected = unit == scope ? 200 : 403
                        } else {
                            expected = 401
                        }
                        let path = route.path(unit) + "&period=" + period
                        let fixed = path.contains("?") ? path : path.replacingOccurrences(of: "&period=", with: "?period=")
                        let (status, _, _) = try await server.get(fixed, headers: headers)
                        #expect(status == expected, "\(reader.login ?? "nobody") GET \(fixed)")
                        checked += 1
                    }
                }
            }
            // The audit log: administrators only.
            let (audit, _, _) = try await server.get("/audit", headers: headers)
            if reader.login == "admin" { #expect(audit == 200) } else if reader.login != nil { #expect(audit == 403, "\(reader.login!) GET /audit") }
        }
        #expect(checked == Self.readers.count * 3 * 2 * Self.routes.count)
    }

    /// Derived figures: nothing a reader outside a unit receives — ranks, shares, tallies, group
    /// summaries, lists — moves when that unit's unpublished figures move. 高邮 (a draft in
    /// September) changes its tax and retail figures and a project's September investment; every
    /// page, API answer and CSV of every other reader stays byte for byte the same. (Before ranks
    /// were withheld, 仪征's scorecard ranked it against 高邮's drafts: 18 writes recovered a
    /// growth to three decimals.)
    @Test func derivedFiguresDoNotMoveWithOthersDrafts() async throws {
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        let readers: [(login: String, unit: String)] = [("yizheng", "yizheng"), ("hanjiang", "hanjiang"), ("viewer", "hanjiang"),
                                                        ("hanjiang-approver", "hanjiang"), ("gongxin", "yangzhou")]
        func paths(_ unit: String) -> [String] {
            ["/units/\(unit)?period=2021-09", "/?parent=\(unit)&period=2021-09", "/league?indicator=tax&parent=\(unit)&period=2021-09",
             "/league?indicator=sales&parent=\(unit)&period=2021-09", "/bulletin?parent=\(unit)&period=2021-09",
             "/api/v1/bulletin?parent=\(unit)&period=2021-09", "/api/v1/bulletin?parent=\(unit)&period=2021-09&format=csv",
             "/indicators/tax?org=\(unit)&period=2021-09", "/indicators/sales?org=yangzhou&period=2021-09", "/units/yangzhou?period=2021-09",
             "/projects?period=2021-09", "/api/v1/project-figures?period=2021-09", "/api/v1/project-figures?period=2021-09&format=csv",
             "/status?period=2021-09", "/api/v1/submissions?period=2021-09", "/api/v1/values?from=2021-09&to=2021-09", "/contest?q=2021Q3"]
        }
        func snapshot() async throws -> [String: (Int, String)] {
            var seen: [String: (Int, String)] = [:]
            for reader in readers {
                let token = try server.token(for: reader.login)
                for path in paths(reader.unit) {
                    let (status, body, _) = try await server.get(path, headers: ["Authorization": "Bearer \(token)"])
                    seen[reader.login + " " + path] = (status, body)
                }
            }
            return seen
        }
        let before = try await snapshot()
        let admin = try server.token(for: "admin")
        let (written, answer, _) = try await server.post("/api/v1/values", json: #"[{"org":"gaoyou","indicator":"tax","period":"2021-09","value":"0.5"},{"org":"gaoyou","indicator":"retail","period":"2021-09","value":"999"},{"org":"gaoyou","indicator":"tax","period":"2021-08","value":"0.4","growth":"-40"}]"#, token: admin)
        // August is published: its value cannot move (the lock); September's can.
        #expect(written == 400 && answer.contains("2021-08"), "\(answer)")
        let (ok, body, _) = try await server.post("/api/v1/values", json: #"[{"org":"gaoyou","indicator":"tax","period":"2021-09","value":"0.5"},{"org":"gaoyou","indicator":"retail","period":"2021-09","value":"999"}]"#, token: admin)
        #expect(ok == 200, "\(body)")
        let (projects, list, _) = try await server.get("/api/v1/projects?owner=gaoyou", headers: ["Authorization": "Bearer \(admin)"])
        #expect(projects == 200)
        let code = try #require(((try jsonObject(list) as? [[String: Any]])?.first { ($0["stage"] as? String) == "underConstruction" })?["code"] as? String)
        let (progress, text, _) = try await server.post("/api/v1/progress", json: #"[{"code":"\#(code)","period":"2021-09","investment":"77.7"}]"#, token: admin)
        #expect(progress == 200, "\(text)")
        let after = try await snapshot()
        var compared = 0
        for (key, first) in before {
            let second = try #require(after[key])
            #expect(first.0 == second.0, "\(key): status \(first.0) → \(second.0)")
            #expect(first.1 == second.1, "\(key) changed with 高邮's drafts")
            compared += 1
        }
        #expect(compared == before.count && compared > 80)
        // The admin, who reads 高邮, does see the change.
        let (_, city, _) = try await server.get("/api/v1/bulletin?period=2021-09", headers: ["Authorization": "Bearer \(admin)"])
        #expect(city.contains("\"org\":\"gaoyou\",\"indicator\":\"retail\""))
    }
}
