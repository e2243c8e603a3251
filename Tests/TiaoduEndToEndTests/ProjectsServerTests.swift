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
        #expect(all.count == 92, "the article's 13 and the generated portfolio")
        let tencent = try #require(all.first { $0["code"] as? String == "yz-tencent" })
        #expect(tencent["sizeTier"] as? String == "hundredYi" && tencent["stage"] as? String == "completed")
        let (_, own, _) = try await server.get("/api/v1/projects", headers: reporter)
        let owners = (try jsonObject(own) as? [[String: Any]])?.compactMap { $0["owner"] as? String } ?? []
        #expect(owners.count == 31 && Set(owners) == ["hanjiang"], "邗江区's 31 projects (the article)")
        #expect(try await server.get("/api/v1/projects").0 == 401)

        let (_, list, _) = try await server.get("/projects", headers: analyst)
        #expect(list.contains("重大项目库") && list.contains("腾讯数据中心") && list.contains("百亿级"))
        let (_, page, _) = try await server.get("/projects/yz-mobile", headers: analyst)
        #expect(page.contains("中国移动数据中心") && page.contains("阶段记录") && page.contains("签约"))
        #expect(try await server.get("/projects/yz-mobile", headers: reporter).0 == 404, "another county's project")
        #expect(try await server.get("/projects/hj-kunyuan", headers: reporter).0 == 200)

        // Moving stages: the owner's reporter, one step at a time; refusals change nothing.
        let token = try server.token(for: "hanjiang")
        func move(_ code: String, _ stage: String, token: String?) async throws -> Int {
            try await server.post("/api/v1/projects/\(code)/stage", json: #"{"stage":"\#(stage)","note":"竣工验收"}"#, token: token).0
        }
        #expect(try await move("hj-kunyuan", "atFullOutput", token: token) == 409, "skips completion")
        #expect(try await move("hj-kunyuan", "completed", token: token) == 200)
        #expect(try await move("hj-kunyuan", "completed", token: token) == 409)
        #expect(try await move("yz-mobile", "started", token: token) == 403, "another county's project")
        #expect(try await move("nope", "started", token: token) == 404)
        #expect(try await move("hj-kunyuan", "atFullOutput", token: nil) == 401)
        let (_, after, _) = try await server.get("/projects/hj-kunyuan", headers: reporter)
        #expect(after.contains("在建 → 竣工投产") && after.contains("竣工验收"))
        #expect(after.contains("推进到下一阶段") == false, "a token is not a browser session: no form")
    }
}
