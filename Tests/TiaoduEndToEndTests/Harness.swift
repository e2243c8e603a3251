// Drives the built `tiaodu` binary: commands with their output and exit status, and servers on
// free ports of this machine. Nothing here is mocked.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif

struct CommandResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

enum Harness {
    /// The binary next to this test bundle (`swift build --build-tests` builds both), or $TIAODU_BINARY.
    static let binary: URL = {
        if let given = ProcessInfo.processInfo.environment["TIAODU_BINARY"] { return URL(fileURLWithPath: given) }
        let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let beside = bundleDir.appendingPathComponent("tiaodu")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/tiaodu")
    }()

    static let postgresURL = ProcessInfo.processInfo.environment["TIAODU_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tiaodu-e2e-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Runs `tiaodu ARGS` to completion in `directory`.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:], input: String? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["TIAODU_DATABASE"] = nil
        env["LANG"] = "C"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try? stdin.fileHandleForWriting.close()
        // Read both pipes while the process runs, so a large output cannot block it.
        nonisolated(unsafe) var errData = Data()
        let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A port nobody listens on right now.
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// `tiaodu serve …` on a free port, stopped when the test is done.
final class ServerProcess: @unchecked Sendable {
    let process = Process()
    let port: Int
    let directory: URL
    let log: URL

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        directory = try Harness.temporaryDirectory()
        port = Harness.freePort()
        log = directory.appendingPathComponent("server.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.executableURL = Harness.binary
        process.arguments = ["serve", "--port", String(port)] + arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["TIAODU_DATABASE"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
    }

    var base: String { "http://127.0.0.1:\(port)" }

    /// The database the server uses: its --database, else the demo's file in its directory.
    var database: String {
        let arguments = process.arguments ?? []
        if let index = arguments.firstIndex(of: "--database"), index + 1 < arguments.count { return arguments[index + 1] }
        return "sqlite:" + directory.appendingPathComponent("tiaodu-demo.sqlite").path
    }

    /// A new API token for `login`, made with the CLI against the server's database.
    func token(for login: String) throws -> String {
        let result = try Harness.run(["token", "add", login, "--name", "test", "--database", database], in: directory)
        guard result.status == 0 else { throw ServerFailed(log: "token add failed: \(result.stderr)") }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Signs `login` in through the sign-in form (demo password): the session cookie and its CSRF token.
    func session(for login: String, password: String = "tiaodu-demo") async throws -> (cookie: String, csrf: String) {
        func csrf(_ html: String) -> String? {
            html.range(of: #"name="_csrf" value="[^"]+""#, options: .regularExpression).map { String(html[$0].dropFirst(20).dropLast()) }
        }
        var request = URLRequest(url: URL(string: base + "/signin")!)
        request.httpMethod = "GET"
        let (data, response) = try await URLSession(configuration: .ephemeral).data(for: request)
        let setCookie = (response as! HTTPURLResponse).value(forHTTPHeaderField: "Set-Cookie") ?? ""
        guard let formToken = csrf(String(decoding: data, as: UTF8.self)) else { throw ServerFailed(log: "no sign-in form") }
        let (_, _, headers) = try await postForm("/signin", [("_csrf", formToken), ("login", login), ("password", password)], cookies: String(setCookie.split(separator: ";")[0]))
        guard let cookie = headers["set-cookie"]?.components(separatedBy: ", ").first(where: { $0.hasPrefix("tiaodu_session=") })?.split(separator: ";").first.map(String.init) else {
            throw ServerFailed(log: "sign-in failed for \(login)")
        }
        let (_, account, _) = try await get("/account", headers: ["Cookie": cookie])
        guard let token = csrf(account) else { throw ServerFailed(log: "no CSRF token on /account") }
        return (cookie, token)
    }

    /// Waits until /healthz answers (the demo loads first).
    func ready(timeout: TimeInterval = 60) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !process.isRunning { throw ServerFailed(log: (try? String(contentsOf: log, encoding: .utf8)) ?? "") }
            if let (status, _, _) = try? await get("/healthz"), status == 200 { return }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        throw ServerFailed(log: "timed out: " + ((try? String(contentsOf: log, encoding: .utf8)) ?? ""))
    }

    func get(_ path: String, headers: [String: String] = [:]) async throws -> (Int, String, [String: String]) {
        var request = URLRequest(url: URL(string: base + path)!)
        for (key, value) in headers { request.setValue(value, forHTTPHeaderField: key) }
        return try await send(request)
    }

    func post(_ path: String, json: String, token: String? = nil) async throws -> (Int, String, [String: String]) {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        request.httpBody = Data(json.utf8)
        return try await send(request)
    }

    /// Any request: method, headers and body as given; redirects are not followed.
    func request(_ method: String, _ path: String, headers: [String: String] = [:], body: String? = nil) async throws -> (Int, String, [String: String]) {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        for (key, value) in headers { request.setValue(value, forHTTPHeaderField: key) }
        request.httpBody = body.map { Data($0.utf8) }
        return try await send(request, followRedirects: false)
    }

    /// A form POST with the given cookies; redirects are not followed.
    func postForm(_ path: String, _ fields: [(String, String)], cookies: String? = nil) async throws -> (Int, String, [String: String]) {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        if let cookies { request.setValue(cookies, forHTTPHeaderField: "Cookie") }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        request.httpBody = Data(fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&").utf8)
        return try await send(request, followRedirects: false)
    }

    private func send(_ request: URLRequest, followRedirects: Bool = true) async throws -> (Int, String, [String: String]) {
        let session = followRedirects ? URLSession.shared : URLSession(configuration: .ephemeral, delegate: NoRedirects(), delegateQueue: nil)
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields { headers[String(describing: key).lowercased()] = String(describing: value) }
        return (http.statusCode, String(decoding: data, as: UTF8.self), headers)
    }

    func stop() {
        if process.isRunning {
            process.interrupt()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: directory)
    }
}

/// Hands redirects back to the test instead of following them.
final class NoRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}

struct ServerFailed: Error, CustomStringConvertible {
    let log: String
    var description: String { "server did not start:\n\(log)" }
}

func jsonObject(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
}

/// JSONSerialization reads numbers through binary floating point, so test figures it parsed are
/// compared to a millionth (the server's own JSON literals are exact decimals).
func nearlyEqual(_ a: Decimal?, _ b: Decimal) -> Bool {
    guard let a else { return false }
    return abs(a - b) < Decimal(string: "0.000001")!
}
