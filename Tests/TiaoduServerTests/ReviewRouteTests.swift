// 数据审核 end to end in process: a figure three times last year's is entered; submitting is
// refused until the warning has a note; the approver sees the figure, the warning and the note,
// returns the month with a reason; the reporter sees the reason, corrects the figure, and both see
// what changed since the submission.
import Foundation
import Testing
import TiaoduCore
import TiaoduStore
import VaporTesting
@testable import TiaoduServer

@Suite(.serialized) struct ReviewRouteTests {
    /// A signed-in browser session for a new user: its cookie and CSRF token.
    static func session(_ store: Store, login: String, roles: Set<Role>) async throws -> (cookie: HTTPHeaders, csrf: String) {
        try await store.accounts.createUser(login: login, name: login, org: "a", roles: roles, passwordHash: "x", actor: "test", source: .cli)
        let secret = "review-session-\(login)-0123456789abcdef", csrf = "review-csrf-\(login)-0123456789"
        try await store.accounts.createSession(id: Secrets.digest(secret), login: login, csrf: csrf)
        return (["Cookie": "\(SessionCookie.name)=\(secret)"], csrf)
    }

    static func post(_ app: Application, _ path: String, _ who: (cookie: HTTPHeaders, csrf: String), _ fields: [(String, String)]) async throws -> TestingHTTPResponse {
        var headers = who.cookie
        headers.contentType = .urlEncodedForm
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = ([("_csrf", who.csrf), ("lang", "zh")] + fields)
            .map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.1)" }.joined(separator: "&")
        return try await app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    static func page(_ app: Application, _ location: String, _ who: (cookie: HTTPHeaders, csrf: String)) async throws -> String {
        try await app.testing().sendRequest(.GET, location, headers: who.cookie).body.string
    }

    @Test func aWarningNeedsANoteTheApproverSeesItAndTheChangesSinceTheSubmission() async throws {
        try await InProcessServer.withApp { app, store in
            let reporter = try await Self.session(store, login: "rep", roles: [.reporter])
            let approver = try await Self.session(store, login: "appr", roles: [.approver])
            try await Task.sleep(nanoseconds: 150_000_000)
            // 30 against 8 in January 2020: 3.75 times.
            let saved = try await Self.post(app, "/entry", reporter, [("org", "a"), ("period", "2021-01"), ("v_sales", "30"), ("g_sales", "")])
            #expect(saved.status == .seeOther, "\(saved.body.string)")

            let refused = try await Self.post(app, "/status", reporter, [("org", "a"), ("period", "2021-01"), ("action", "submit")])
            let back = try #require(refused.headers.first(name: .location))
            #expect(back.hasPrefix("/review?org=a&period=2021-01&error=notes"))
            var html = try await Self.page(app, back, reporter)
            #expect(html.contains("本期数据有提示尚未填写说明，不能报送"))
            #expect(html.contains("累计数30.00亿元是上年同期（8.00亿元）的3.8倍，请核对。"))
            #expect(html.contains("name=\"note-sales-tripled\""))
            #expect(try await store.cycle.submissions(period: .month(year: 2021, month: 1)).isEmpty, "nothing submitted")

            let noted = try await Self.post(app, "/review/notes", reporter, [("org", "a"), ("period", "2021-01"), ("note-sales-tripled", "新企业投产，属实")])
            #expect(noted.headers.first(name: .location)?.contains("saved=1") == true)
            let submitted = try await Self.post(app, "/status", reporter, [("org", "a"), ("period", "2021-01"), ("action", "submit"), ("back", "review")])
            #expect(submitted.headers.first(name: .location)?.contains("moved=submit") == true)

            // The approver: the figure beside last year's, the warning, the note, and the moves to make.
            html = try await Self.page(app, "/review?org=a&period=2021-01", approver)
            #expect(html.contains("<td class=\"num\" data-label=\"数值\">30.00</td>") && html.contains("<td class=\"num\" data-label=\"上年同期\">8.00</td>"))
            #expect(html.contains("新企业投产，属实") && !html.contains("<textarea"))
            #expect(html.contains("<input type=\"hidden\" name=\"action\" value=\"approve\">"))
            #expect(html.contains("<input type=\"hidden\" name=\"action\" value=\"reject\">"))
            let returned = try await Self.post(app, "/status", approver, [("org", "a"), ("period", "2021-01"), ("action", "reject"), ("reason", "请核实新企业开票数"), ("back", "review")])
            #expect(returned.headers.first(name: .location)?.contains("moved=reject") == true)

            // The reporter reads why, corrects the figure; what changed since the submission is shown.
            html = try await Self.page(app, "/review?org=a&period=2021-01", reporter)
            #expect(html.contains("请核实新企业开票数"))
            _ = try await Self.post(app, "/entry", reporter, [("org", "a"), ("period", "2021-01"), ("v_sales", "12"), ("g_sales", "")])
            html = try await Self.page(app, "/review?org=a&period=2021-01", reporter)
            #expect(html.contains("原为30"), "the figure as submitted")
            #expect(!html.contains("3.8倍"), "the correction cleared the warning")
            // Notes are only for warnings the figures raise now, and only from who may enter them.
            let stale = try await Self.post(app, "/review/notes", reporter, [("org", "a"), ("period", "2021-01"), ("note-sales-tripled", "旧说明")])
            #expect(stale.headers.first(name: .location)?.contains("error=stale") == true)
            let foreign = try await Self.post(app, "/review/notes", approver, [("org", "a"), ("period", "2021-01"), ("note-sales-tripled", "x")])
            #expect(foreign.headers.first(name: .location)?.contains("error=notPermitted") == true)
            // Nobody signed in is sent to sign in.
            #expect(try await app.testing().sendRequest(.GET, "/review?org=a&period=2021-01").status == .seeOther)
        }
    }

    @Test func aNewValueWithItsOldGrowthLeftInPlaceHasTheGrowthComputedInstead() async throws {
        try await InProcessServer.withApp { app, store in
            let reporter = try await Self.session(store, login: "rep2", roles: [.reporter])
            try await Task.sleep(nanoseconds: 150_000_000)
            _ = try await Self.post(app, "/entry", reporter, [("org", "a"), ("period", "2021-01"), ("v_sales", "10.50"), ("g_sales", "31.3")])
            // The value changes; the growth field still holds the old 31.3.
            let saved = try await Self.post(app, "/entry", reporter, [("org", "a"), ("period", "2021-01"), ("v_sales", "12"), ("g_sales", "31.3")])
            let location = try #require(saved.headers.first(name: .location))
            #expect(location.contains("cleared=1"))
            let stored = try await store.figures.values(org: "a", indicator: "sales", from: Period("2021-01"), to: Period("2021-01"))
            #expect(stored.map(\.value) == ["12"] && stored.first?.growth == nil, "the stale growth is not kept beside the new value")
            #expect(try await Self.page(app, location, reporter).contains("原填增速已清除，改按数值计算"))
            // A growth typed with the value is kept.
            _ = try await Self.post(app, "/entry", reporter, [("org", "a"), ("period", "2021-01"), ("v_sales", "12.5"), ("g_sales", "56.3")])
            let kept = try await store.figures.values(org: "a", indicator: "sales", from: Period("2021-01"), to: Period("2021-01"))
            #expect(kept.first?.growth == "56.3")
        }
    }

    @Test func theAPIListsWarningsTakesNotesAndRefusesASubmissionWithoutThem() async throws {
        try await InProcessServer.withApp { app, store in
            try await store.importCSV(.values, text: "org,indicator,period,value\na,sales,2021-01,30\n")
            var headers = InProcessServer.admin
            headers.contentType = .json
            let move = #"{"org":"a","period":"2021-01","action":"submit"}"#
            let refused = try await app.testing().sendRequest(.POST, "/api/v1/submissions", headers: headers, body: ByteBuffer(string: move))
            #expect(refused.status == .conflict && refused.body.string.contains("3.8倍"), "\(refused.body.string)")
            let listed = try await app.testing().sendRequest(.GET, "/api/v1/review?org=a&period=2021-01", headers: InProcessServer.admin)
            #expect(listed.body.string.contains(#""indicator":"sales","flag":"tripled""#) && listed.body.string.contains(#""note":null"#))
            let note = #"{"org":"a","period":"2021-01","notes":[{"indicator":"sales","flag":"tripled","note":"新企业投产"}]}"#
            let saved = try await app.testing().sendRequest(.POST, "/api/v1/notes", headers: headers, body: ByteBuffer(string: note))
            #expect(saved.body.string == #"{"saved":1,"openWarnings":0}"#)
            let stale = #"{"org":"a","period":"2021-01","notes":[{"indicator":"sales","flag":"share-over-100","note":"x"}]}"#
            #expect(try await app.testing().sendRequest(.POST, "/api/v1/notes", headers: headers, body: ByteBuffer(string: stale)).status == .conflict)
            #expect(try await app.testing().sendRequest(.POST, "/api/v1/submissions", headers: headers, body: ByteBuffer(string: move)).status == .ok)
        }
    }
}
