// A small W3C WebDriver client for Debian's chromedriver driving headless Chromium: enough to
// open pages, read what they show, type into fields, click, resize and take screenshots.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct WebDriverError: Error, CustomStringConvertible {
    let description: String
}

final class Browser: @unchecked Sendable {
    static let chromium = "/usr/bin/chromium"
    static let chromedriver = "/usr/bin/chromedriver"
    static var isInstalled: Bool {
        FileManager.default.isExecutableFile(atPath: chromium) && FileManager.default.isExecutableFile(atPath: chromedriver)
    }

    private let driver = Process()
    private let port: Int
    private var session = ""

    /// Starts chromedriver on a free port and opens a headless Chromium session.
    init(width: Int = 1366, height: Int = 768, language: String = "zh-CN") async throws {
        port = Harness.freePort()
        driver.executableURL = URL(fileURLWithPath: Self.chromedriver)
        driver.arguments = ["--port=\(port)"]
        driver.standardOutput = FileHandle.nullDevice
        driver.standardError = FileHandle.nullDevice
        try driver.run()
        do { try await startSession(width: width, height: height, language: language) } catch {
            Self.stop(driver)
            throw error
        }
    }

    private func startSession(width: Int, height: Int, language: String) async throws {
        let deadline = Date().addingTimeInterval(20)
        while true {
            do {
                _ = try await call("GET", "/status")
                break
            } catch {
                guard Date() < deadline else { throw WebDriverError(description: "chromedriver did not start: \(error)") }
                try await Task.sleep(nanoseconds: 100_000_000)
            }
        }
        let options: [String: Any] = ["binary": Self.chromium, "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
            "--window-size=\(width),\(height)", "--lang=\(language)", "--force-device-scale-factor=1",
        ], "prefs": ["intl.accept_languages": language]]
        let created = try await call("POST", "/session", ["capabilities": ["alwaysMatch": ["browserName": "chrome", "goog:chromeOptions": options]]])
        guard let value = created as? [String: Any], let id = value["sessionId"] as? String else {
            throw WebDriverError(description: "no session: \(String(describing: created))")
        }
        session = id
    }

    func open(_ url: String) async throws { _ = try await call("POST", "/session/\(session)/url", ["url": url]) }

    /// What the page shows (rendered text, not markup).
    func text() async throws -> String { try await script("return document.body.innerText") as? String ?? "" }

    /// The page's text once it contains `expected` (a submitted form loads its answer).
    func text(containing expected: String, timeout: TimeInterval = 10) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = try await self.text()
        while !text.contains(expected) && Date() < deadline {
            try await Task.sleep(nanoseconds: 100_000_000)
            text = try await self.text()
        }
        return text
    }

    func title() async throws -> String { try await call("GET", "/session/\(session)/title") as? String ?? "" }

    func script(_ source: String) async throws -> Any? {
        try await call("POST", "/session/\(session)/execute/sync", ["script": source, "args": [Any]()])
    }

    func element(_ css: String) async throws -> String {
        let found = try await call("POST", "/session/\(session)/element", ["using": "css selector", "value": css])
        guard let reference = (found as? [String: Any])?.values.first as? String else { throw WebDriverError(description: "no element \(css)") }
        return reference
    }

    func type(_ text: String, into css: String) async throws {
        let id = try await element(css)
        _ = try await call("POST", "/session/\(session)/element/\(id)/clear", [:])
        _ = try await call("POST", "/session/\(session)/element/\(id)/value", ["text": text])
    }

    func click(_ css: String) async throws {
        let id = try await element(css)
        _ = try await call("POST", "/session/\(session)/element/\(id)/click", [:])
    }

    func resize(width: Int, height: Int) async throws {
        _ = try await call("POST", "/session/\(session)/window/rect", ["width": width, "height": height])
    }

    /// A PNG of the whole page at the current width, written to `file`.
    func screenshot(to file: URL, fullPage: Bool = true) async throws {
        if fullPage {
            let width = try await script("return window.outerWidth") as? Int ?? 1366
            let height = try await script("return Math.max(document.documentElement.scrollHeight, 600)") as? Int ?? 768
            try await resize(width: width, height: min(height + 120, 12_000))
        }
        guard let base64 = try await call("GET", "/session/\(session)/screenshot") as? String, let data = Data(base64Encoded: base64) else {
            throw WebDriverError(description: "no screenshot")
        }
        try data.write(to: file)
    }

    func close() async {
        if !session.isEmpty { _ = try? await call("DELETE", "/session/\(session)") }
        Self.stop(driver)
    }

    /// SIGTERM, then SIGKILL after five seconds (waitUntilExit spins on a thread without a run loop).
    static func stop(_ process: Process) {
        guard process.isRunning else { return }
        process.terminate()
        for _ in 0..<50 where process.isRunning { usleep(100_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// One WebDriver command; returns its `value`, throws its error.
    @discardableResult
    private func call(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any? {
        let payload = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let (status, data) = try RawHTTP.exchange(port: port, method: method, path: path, body: payload)
        let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) as? [String: Any]
        let value = object?["value"]
        if status >= 400 { throw WebDriverError(description: "\(method) \(path): \(String(describing: value))") }
        return value
    }
}

/// HTTP/1.1 over a plain socket: chromedriver writes headers without a space after the colon,
/// which Foundation's URLSession on Linux refuses.
enum RawHTTP {
    static func exchange(port: Int, method: String, path: String, body: Data?) throws -> (Int, Data) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw WebDriverError(description: "no socket") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw WebDriverError(description: "cannot connect to port \(port)") }
        let content = body ?? Data()
        var request = Data("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Type: application/json; charset=utf-8\r\n".utf8)
        request += Data("Content-Length: \(content.count)\r\nConnection: close\r\n\r\n".utf8) + content
        try request.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                let n = send(fd, raw.baseAddress! + sent, raw.count - sent, 0)
                guard n > 0 else { throw WebDriverError(description: "send failed") }
                sent += n
            }
        }
        // Read the head, then exactly Content-Length bytes of body (chromedriver keeps the
        // connection open).
        var response = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var expected: Int?
        var bodyStart = 0
        while expected.map({ response.count < bodyStart + $0 }) ?? true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n < 0 { throw WebDriverError(description: "no answer from chromedriver") }
            if n == 0 { break }
            response.append(contentsOf: buffer[0..<n])
            if expected == nil, let split = response.range(of: Data("\r\n\r\n".utf8)) {
                bodyStart = split.upperBound - response.startIndex
                let head = String(decoding: response[..<split.lowerBound], as: UTF8.self)
                let length = head.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-length:") }
                expected = length.flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            }
        }
        guard let split = response.range(of: Data("\r\n\r\n".utf8)),
              let statusLine = String(data: response[..<split.lowerBound], encoding: .utf8)?.split(separator: "\r\n").first,
              let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else {
            throw WebDriverError(description: "malformed answer from chromedriver")
        }
        return (status, response[split.upperBound...])
    }
}
