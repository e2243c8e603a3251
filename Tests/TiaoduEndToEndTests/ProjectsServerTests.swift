// The demo's project register through the API and the pages, scoped like everything else.
import Foundation
import Testing

@Suite struct ProjectsServerTests {
    @Test func theRegisterIsReadWithinScope() async throws {
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        let analyst = ["Authorization": "Bearer \(try server.token(for: "analyst"))", "Accept-Language": "zh-CN"]
        let reporter = ["Authorization": "Bearer \(try server.token(for: "hanjiang"))", "Accept-Language": "zh-CN"]
        let (status, body, _) = try await server.get("/api/v1/projects", headers: analyst)
        #expect(status == 200)
        let all = try #require(try jsonObject(body) as? [[String: Any]])
        #expect(all.count == 13)
        let tencent = try #require(all.first { $0["code"] as? String == "yz-tencent" })
        #expect(tencent["sizeTier"] as? String == "hundredYi" && tencent["stage"] as? String == "completed")
        let (_, own, _) = try await server.get("/api/v1/projects", headers: reporter)
        #expect((try jsonObject(own) as? [[String: Any]])?.compactMap { $0["owner"] as? String } == ["hanjiang", "hanjiang"])
        #expect(try await server.get("/api/v1/projects").0 == 401)

        let (_, list, _) = try await server.get("/projects", headers: analyst)
        #expect(list.contains("重大项目库") && list.contains("腾讯数据中心") && list.contains("百亿级"))
        let (_, page, _) = try await server.get("/projects/yz-mobile", headers: analyst)
        #expect(page.contains("中国移动数据中心") && page.contains("阶段记录") && page.contains("签约"))
        #expect(try await server.get("/projects/yz-mobile", headers: reporter).0 == 404, "another county's project")
        #expect(try await server.get("/projects/hj-kunyuan", headers: reporter).0 == 200)
    }
}
