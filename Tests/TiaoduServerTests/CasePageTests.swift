// The case pages in process: a request raised by a unit's reporter and a task registered and
// handed out by the centre (through store.cases); every page answers a signed-in reader in Chinese
// and English; an outsider is told a case does not exist; a step taken on a stale version is
// refused with the conflict message and the note typed kept; the CSV export starts with a BOM
// and neutralises a title a spreadsheet would run as a formula.
import Foundation
import Testing
import TiaoduCore
import TiaoduStore
import VaporTesting
@testable import TiaoduServer

@Suite(.serialized) struct CasePageTests {
    typealias Session = (cookie: HTTPHeaders, csrf: String, principal: Principal)

    /// A signed-in browser session for a new user of `org`.
    static func session(_ store: Store, login: String, org: String, roles: Set<Role>) async throws -> Session {
        try await store.accounts.createUser(login: login, name: login, org: org, roles: roles, passwordHash: "x", actor: "test", source: .cli)
        let secret = "case-session-\(login)-0123456789abcdef", csrf = "case-csrf-\(login)-0123456789"
        try await store.accounts.createSession(id: Secrets.digest(secret), login: login, csrf: csrf)
        return (["Cookie": "\(SessionCookie.name)=\(secret)"], csrf, Principal(login: login, name: login, org: org, roles: roles))
    }

    static func post(_ app: Application, _ path: String, _ who: Session, _ fields: [(String, String)]) async throws -> TestingHTTPResponse {
        var headers = who.cookie
        headers.contentType = .urlEncodedForm
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = ([("_csrf", who.csrf), ("lang", "zh")] + fields)
            .map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.1)" }.joined(separator: "&")
        return try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    static func get(_ app: Application, _ path: String, _ who: Session) async throws -> TestingHTTPResponse {
        try await app.testing().sendRequest(.GET, path, headers: who.cookie)
    }

    @Test func everyPageAnswersAStaleStepIsRefusedWithTheNoteKeptAndTheCSVIsSafe() async throws {
        try await InProcessServer.withApp { app, store in
            let centre = try await Self.session(store, login: "centre", org: "city", roles: [.admin])
            let reporter = try await Self.session(store, login: "rep-a", org: "a", roles: [.reporter])
            let outsider = try await Self.session(store, login: "rep-b", org: "b", roles: [.reporter])
            try await Task.sleep(nanoseconds: 150_000_000)
            let today = try #require(Day("2021-02-10"))
            let request = try await store.cases.raise(CaseDraft(kind: .request, type: "logistics", title: "物流车辆通行受限", detail: "园区货车夜间无法进出。", org: "a"),
                                                      by: reporter.principal, today: today)
            let task = try await store.cases.raise(CaseDraft(kind: .task, type: "meeting", title: "=1+1", detail: "按调度会要求推进。", org: "a",
                                                             due: Day("2021-03-10")), by: centre.principal, today: today)
            _ = try await store.cases.act(task.code, CaseCommand(.assign, note: "每周报告进展", lead: .org("a")), by: centre.principal, today: today)

            // Every page, in both languages, for the centre; the reporter's own pages too.
            let pages = ["/cases", "/cases/\(request.code)", "/cases/\(task.code)", "/cases/new", "/inbox", "/cases/figures",
                         "/cases/figures?from=2021-01-01&to=2021-02-10", "/cases/\(task.code)/print", "/cases.csv",
                         "/cases?kind=task&open=1&sort=raised&order=desc", "/cases/new?kind=task"]
            for path in pages {
                for lang in ["zh", "en"] {
                    let located = path + (path.contains("?") ? "&" : "?") + "lang=\(lang)"
                    let response = try await Self.get(app, located, centre)
                    #expect(response.status == .ok, "\(located): \(response.status)")
                }
            }
            for path in ["/cases", "/cases/\(request.code)", "/cases/\(task.code)", "/cases/new", "/inbox", "/cases/figures", "/cases/\(task.code)/print"] {
                #expect(try await Self.get(app, path, reporter).status == .ok, "\(path) for the reporter")
            }
            var html = try await Self.get(app, "/cases?lang=zh", centre).body.string
            #expect(html.contains("案件台账") && html.contains(request.code) && html.contains("href=\"/cases/new?lang=zh\""))
            html = try await Self.get(app, "/cases?lang=en", centre).body.string
            #expect(html.contains("Case ledger") && html.contains("href=\"/inbox\""))
            html = try await Self.get(app, "/cases/\(task.code)?lang=zh", centre).body.string
            #expect(html.contains("=1+1") && html.contains("打印督办通知单") && html.contains("每周报告进展"))
            html = try await Self.get(app, "/cases/\(task.code)/print?lang=zh", centre).body.string
            #expect(html.contains("督办通知单") && html.contains("督办编号：\(task.code)") && html.contains("2021年3月10日"))
            html = try await Self.get(app, "/cases/\(request.code)?lang=zh", reporter).body.string
            #expect(html.contains("物流车辆通行受限") && html.contains("name=\"version\" value=\"1\""))

            // Not the outsider's: the case does not exist for them.
            #expect(try await Self.get(app, "/cases/\(request.code)", outsider).status == .notFound)
            #expect(try await Self.get(app, "/cases/\(task.code)/print", outsider).status == .notFound)
            let othersLedger = try await Self.get(app, "/cases?lang=zh", outsider).body.string
            #expect(!othersLedger.contains(request.code), "not in the outsider's ledger either")

            // The centre accepts meanwhile; the reporter's comment on the version it saw is refused and kept.
            _ = try await store.cases.act(request.code, CaseCommand(.accept, version: 1), by: centre.principal, today: today)
            let stale = try await Self.post(app, "/cases/\(request.code)/act", reporter,
                                            [("action", "comment"), ("version", "1"), ("note", "补充：夜间22点后需通行")])
            #expect(stale.status == .conflict)
            #expect(stale.body.string.contains(CaseError.conflict(seen: 1, current: 2).message(.zh)))
            #expect(stale.body.string.contains("补充：夜间22点后需通行</textarea>"), "the note typed is kept")
            #expect(try await store.cases.events(of: request).count == 2, "nothing of the refused step written")
            // On the current version it is taken, and the page says so.
            let taken = try await Self.post(app, "/cases/\(request.code)/act", reporter,
                                            [("action", "comment"), ("version", "2"), ("note", "补充：夜间22点后需通行")])
            #expect(taken.status == .seeOther)
            let back = try #require(taken.headers.first(name: .location))
            #expect(back.contains("done=comment"))
            #expect(try await Self.get(app, back, reporter).body.string.contains("已补充说明。"))
            // A step the reporter is no party to: 403, the page again.
            let foreign = try await Self.post(app, "/cases/\(request.code)/act", reporter, [("action", "assign"), ("version", "3"), ("lead", "a")])
            #expect(foreign.status == .forbidden)

            // Raising from the form: back on the case's page, with its number.
            let raised = try await Self.post(app, "/cases/new", reporter,
                                             [("kind", "request"), ("type", "land"), ("title", "用地指标"), ("detail", "扩建需新增用地"), ("org", "a")])
            #expect(raised.status == .seeOther)
            let created = try #require(raised.headers.first(name: .location))
            #expect(try await Self.get(app, created, reporter).body.string.contains("已提交，编号R2021-"))
            let refused = try await Self.post(app, "/cases/new", reporter, [("kind", "request"), ("type", "land"), ("title", " "), ("detail", "留着")])
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("留着</textarea>"))

            // The CSV: a BOM, the header in the request's language, a formula neutralised, named by the day.
            let csv = try await Self.get(app, "/cases.csv?lang=zh", centre)
            #expect(csv.body.getBytes(at: 0, length: 3) == [0xEF, 0xBB, 0xBF])
            let text = csv.body.string
            #expect(text.contains("编号,种类,类别,标题"))
            #expect(text.contains(",'=1+1,") && !text.contains(",=1+1,"))
            let disposition = csv.headers.first(name: .contentDisposition) ?? ""
            #expect(disposition.contains("filename*=UTF-8''" + Link.segment("案件台账-2021-02-10.csv")))
            #expect(try await Self.get(app, "/cases.csv?lang=en", centre).body.string.contains("Number,Kind,Type,Title"))

            // Nobody signed in is sent to sign in.
            #expect(try await app.testing().sendRequest(.GET, "/cases").status == .seeOther)
        }
    }
}
