// The case engine's command line through the built binary: a ledger imported all or nothing, the
// day's notices, the short ledger by colour on the demo, and a webhook delivered to a receiver on
// this machine that refuses the first POST — tried again, delivered, and the URL's key never shown.
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite(.serialized) struct CasesCLITests {
    static let ledger = """
        kind,type,title,org,raised,lead,due,answered,answer,rating,closed
        task,meeting,调度会交办：物流园道路建设,hanjiang,2021-09-22,hj-guazhou,2021-09-30,,,,
        grid,safety,消防通道堆放杂物,hj-guazhou-c1-g12,2021-08-09,hj-guazhou,,2021-08-10,已清理,,2021-08-11
        request,物流,物流园限行时段调整,hj-guazhou,2021-08-03,dept:市工信局,,2021-08-10,已调整限行时段,满意,

        """

    /// A workspace with the demo's tree and catalogue (its departments) and no cases.
    static func workspace(_ dir: URL) throws -> String {
        _ = try Harness.run(["demo", "--out", "csv"], in: dir)
        let database = "sqlite:" + dir.appendingPathComponent("w.sqlite").path
        for kind in ["orgs", "indicators"] {
            let result = try Harness.run(["import", kind, "csv/\(kind).csv", "--database", database], in: dir)
            #expect(result.status == 0, "\(kind): \(result.stderr)")
        }
        return database
    }

    @Test func aLedgerImportsWholeOrNotAtAll() throws {
        let dir = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let database = try Self.workspace(dir)
        try Self.ledger.write(to: dir.appendingPathComponent("cases.csv"), atomically: true, encoding: .utf8)
        let imported = try Harness.run(["import", "cases", "cases.csv", "--database", database], in: dir)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Imported cases: 3 rows, 3 new"))
        let all = try Harness.run(["cases", "list", "--today", "2021-09-29", "--database", database], in: dir)
        #expect(all.status == 0, "\(all.stderr)")
        let rows = all.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == 3)
        let task = try #require(rows.first { $0[0].hasPrefix("T2021-") })
        // replayed: handed out and signed for; a week without a progress report is behind its schedule
        #expect(task == [task[0], "in_progress", "hj-guazhou", "2021-09-30", "yellow"], "\(task)")
        #expect(rows.contains { $0[0].hasPrefix("G2021-") && $0[1] == "closed" })
        #expect(rows.contains { $0[0].hasPrefix("R2021-") && $0[1] == "closed" && $0[2] == "dept:市工信局" }, "rated 满意: closed")

        let bad = """
            kind,type,title,org,raised,lead,due,answered,answer,rating,closed
            task,meeting,一条好的督办,hanjiang,2021-09-22,hj-guazhou,2021-09-30,,,,
            planet,meeting,标题,hanjiang,2021-09-22,,,,,,
            request,land,标题,mars,2021-09-22,,,,,,
            task,meeting,标题,hanjiang,2021-09-22,hj-guazhou,,2021-09-25,答复,满意,

            """
        try bad.write(to: dir.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let refused = try Harness.run(["import", "cases", "bad.csv", "--database", database], in: dir)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("line 3, column kind: “planet” is not one of request|task|grid|blocker"), "\(refused.stderr)")
        #expect(refused.stderr.contains("line 4, column org: unknown org unit “mars”"))
        #expect(refused.stderr.contains("line 5, column kind"), "only requests are rated")
        // a department only the store knows of is checked there, in the same all-or-nothing way
        try "kind,type,title,org,raised,lead\ntask,meeting,好的一条,hanjiang,2021-09-22,hj-guazhou\ntask,meeting,标题,hanjiang,2021-09-22,dept:区环保局\n"
            .write(to: dir.appendingPathComponent("dept.csv"), atomically: true, encoding: .utf8)
        let unknown = try Harness.run(["import", "cases", "dept.csv", "--database", database], in: dir)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("line 3, column lead: unknown org unit “dept:区环保局”"), "\(unknown.stderr)")
        let after = try Harness.run(["cases", "list", "--database", database], in: dir)
        #expect(after.stderr.contains("3 of 3 cases"), "nothing of either bad file was written: \(after.stderr)")
        // only an administrator imports a ledger
        #expect(try Harness.run(["user", "add", "hj", "--org", "hanjiang", "--role", "reporter", "--database", database], in: dir, input: "password-1\n").status == 0)
        let notAdmin = try Harness.run(["import", "cases", "cases.csv", "--as", "hj", "--database", database], in: dir)
        #expect(notAdmin.status == 1)
    }

    @Test func theDemoHasCasesOfEveryColourAndItsNoticesAreMade() async throws {
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready(timeout: 120)
        let database = server.database
        func list(_ colour: String) throws -> [[String]] {
            let result = try Harness.run(["cases", "list", "--colour", colour, "--today", "2021-09-30", "--database", database], in: server.directory)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        }
        let red = try list("red")
        #expect(red.count >= 3 && red.allSatisfy { $0.last == "red" && $0[3] < "2021-09-30" }, "\(red)")
        for prefix in ["R2021-", "T2021-", "G2021-"] { #expect(red.contains { $0[0].hasPrefix(prefix) }, "a red \(prefix)") }
        let blue = try list("blue")
        #expect(blue.contains { $0[3] == "2021-10-08" }, "due on the first working day after the National Day holiday: \(blue)")
        #expect(blue.allSatisfy { $0.last == "blue" })
        let yellow = try list("yellow")
        #expect(yellow.contains { $0[0].hasPrefix("T2021-") }, "a task behind its schedule")
        #expect(yellow.contains { $0[0].hasPrefix("R2021-") }, "a request rated 不满意 and reopened")
        // the demo's day was swept when it loaded; a later day brings reminders and 催办
        let again = try Harness.run(["cases", "sweep", "--today", "2021-09-30", "--database", database], in: server.directory)
        #expect(again.status == 0 && again.stdout == "0 new notices\n", "\(again.stdout) \(again.stderr)")
        let later = try Harness.run(["cases", "sweep", "--today", "2021-10-08", "--database", database], in: server.directory)
        #expect(later.status == 0, "\(later.stderr)")
        #expect((Int(later.stdout.split(separator: " ").first ?? "") ?? 0) > 0, "\(later.stdout)")
        let types = try Harness.run(["cases", "types", "--database", database], in: server.directory)
        #expect(types.stdout.contains("request\tlogistics\tLogistics\taccept=2\tsignFor=1\tassist=3\tanswer=7"))
    }

    @Test func aWebhookRefusedOnceIsDeliveredOnTheNextTry() throws {
        let dir = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let database = try Self.workspace(dir)
        try Self.ledger.write(to: dir.appendingPathComponent("cases.csv"), atomically: true, encoding: .utf8)
        #expect(try Harness.run(["import", "cases", "cases.csv", "--database", database], in: dir).status == 0)
        let receiver = try WebhookReceiver(failing: 1)
        defer { receiver.stop() }
        let url = "http://127.0.0.1:\(receiver.port)/cgi-bin/webhook/send?key=robot-secret-key"
        let set = try Harness.run(["cases", "webhook", url, "--database", database], in: dir)
        #expect(set.status == 0 && set.stdout == "webhook set (127.0.0.1)\n", "\(set.stdout) \(set.stderr)")
        // the task is due 2021-09-30: on the 29th it is 1 working day away, a reminder
        let swept = try Harness.run(["cases", "sweep", "--today", "2021-09-29", "--database", database], in: dir)
        #expect(swept.stdout == "1 new notices\n", "\(swept.stdout) \(swept.stderr)")
        #expect(try Harness.run(["cases", "sweep", "--today", "2021-09-29", "--database", database], in: dir).stdout == "0 new notices\n", "once a day")

        let first = try Harness.run(["cases", "deliver", "--database", database], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "delivered 0, failed 1\n", "\(first.stdout)")
        let soon = try Harness.run(["cases", "deliver", "--database", database], in: dir)
        #expect(soon.stdout == "delivered 0, failed 0\n", "a failed delivery waits before it is tried again")
        // as of ten minutes on, its wait is over
        let later = Int64(Date().timeIntervalSince1970 * 1000) + 600_000
        let second = try Harness.run(["cases", "deliver", "--at", String(later), "--database", database], in: dir)
        #expect(second.stdout == "delivered 1, failed 0\n", "\(second.stdout) \(second.stderr)")
        let log = try Harness.run(["cases", "deliveries", "--database", database], in: dir)
        let entries = log.stdout.split(separator: "\n")
        #expect(entries.count == 1)
        #expect(entries.first?.contains("\tdelivered\tattempts 2\t") == true, "\(log.stdout)")

        let received = receiver.requests
        #expect(received.count == 2)
        for request in received {
            #expect(request.head.hasPrefix("POST /cgi-bin/webhook/send?key=robot-secret-key HTTP/1.1"))
            #expect(request.head.lowercased().contains("content-type: application/json"))
            #expect(request.body.contains("\"msgtype\":\"text\"") && request.body.contains("调度会交办：物流园道路建设"), "\(request.body)")
        }
        for output in [set, swept, first, second, log] {
            #expect(!(output.stdout + output.stderr).contains("robot-secret-key"), "the URL's key is never shown")
        }
    }
}

/// An HTTP receiver on a free port of this machine: answers the first `failing` requests with 500,
/// the rest with 200, and keeps what it was sent.
final class WebhookReceiver: @unchecked Sendable {
    struct Received {
        let head: String
        let body: String
    }

    let port: Int
    private let socketFD: Int32
    private let lock = NSLock()
    private var received: [Received] = []
    private var failing: Int

    init(failing: Int) throws {
        socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(socketFD, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let fd = socketFD
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        guard bound == 0, listen(fd, 16) == 0 else { throw ServerFailed(log: "the receiver could not listen") }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) } }
        port = Int(UInt16(bigEndian: address.sin_port))
        self.failing = failing
        let thread = Thread { [self] in self.serve() }
        thread.start()
    }

    var requests: [Received] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    func stop() {
        shutdown(socketFD, Int32(SHUT_RDWR))
        close(socketFD)
    }

    private func serve() {
        while true {
            let client = accept(socketFD, nil, nil)
            guard client >= 0 else { return }
            var data: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 4096)
            var head = "", body: [UInt8] = []
            while true {
                let n = recv(client, &buffer, buffer.count, 0)
                guard n > 0 else { break }
                data += buffer[0..<n]
                guard let end = Self.headEnd(data) else { continue }
                head = String(decoding: data[0..<end], as: UTF8.self)
                body = Array(data[(end + 4)...])
                if body.count >= Self.contentLength(head) { break }
            }
            lock.lock()
            received.append(Received(head: head, body: String(decoding: body, as: UTF8.self)))
            let fail = failing > 0
            if fail { failing -= 1 }
            lock.unlock()
            let response = "HTTP/1.1 \(fail ? "500 Internal Server Error" : "200 OK")\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"
            let bytes = Array(response.utf8)
            _ = bytes.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            close(client)
        }
    }

    /// Where the header ends (the index of its blank line's CR LF CR LF).
    static func headEnd(_ data: [UInt8]) -> Int? {
        guard data.count >= 4 else { return nil }
        for index in 0...(data.count - 4) where data[index] == 13 && data[index + 1] == 10 && data[index + 2] == 13 && data[index + 3] == 10 {
            return index
        }
        return nil
    }

    static func contentLength(_ head: String) -> Int {
        for line in head.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "content-length" { return Int(parts[1].trimmingCharacters(in: .whitespaces)) ?? 0 }
        }
        return 0
    }
}
