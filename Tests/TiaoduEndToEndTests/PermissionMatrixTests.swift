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
}
