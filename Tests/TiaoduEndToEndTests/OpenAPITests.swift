// The OpenAPI document served at /api/v1/openapi.json names exactly the JSON routes the server
// registers (`tiaodu routes`), with their methods.
import Foundation
import Testing

@Suite struct OpenAPITests {
    @Test func theDocumentMatchesTheRoutes() async throws {
        let dir = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let routes = try Harness.run(["routes"], in: dir)
        #expect(routes.status == 0)
        let served = Set(routes.stdout.split(separator: "\n").map(String.init).filter { $0.contains(" /api/") || $0.hasSuffix(" /healthz") })
        let server = try ServerProcess(["--database", "sqlite:" + dir.appendingPathComponent("empty.sqlite").path])
        defer { server.stop() }
        try await server.ready()
        let (status, text, headers) = try await server.get("/api/v1/openapi.json")
        #expect(status == 200)
        #expect(headers["content-type"]?.hasPrefix("application/json") == true)
        let document = try #require(try jsonObject(text) as? [String: Any])
        #expect(document["openapi"] as? String == "3.0.3")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        // OpenAPI writes a path parameter {code}; the router :code.
        let documented = Set(paths.flatMap { path, operations in
            operations.keys.map { "\($0.uppercased()) " + path.replacingOccurrences(of: "{", with: ":").replacingOccurrences(of: "}", with: "") }
        })
        #expect(documented == served, "documented but not served: \(documented.subtracting(served)); served but not documented: \(served.subtracting(documented))")
        // Every reference points at a schema or response that exists.
        let components = try #require(document["components"] as? [String: [String: Any]])
        for reference in text.matches(of: /"\$ref": "#\/components\/(\w+)\/(\w+)"/) {
            #expect(components[String(reference.1)]?[String(reference.2)] != nil, "\(reference.0)")
        }
    }
}
