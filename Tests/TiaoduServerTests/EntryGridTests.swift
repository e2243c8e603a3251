// The entry grid (#13): each row says what its value is, typed numbers are read leniently where
// unambiguous (「1,234.56」 is stored as 1234.56), a lock is said once by name, and after a save
// the page offers the next step — 报送, by /status's own form. The model as a plain value, then the
// route in process (InProcessServer).
import Foundation
import Testing
import TiaoduCore
import TiaoduStore
import VaporTesting
@testable import TiaoduServer

@Suite struct EntryGridModelTests {
    func unit(_ code: String) -> OrgUnit { PageFixture.workspace.tree[code]! }

    @Test func eachRowSaysWhatItsValueIs() {
        let september = Period.month(year: 2021, month: 9)
        #expect(EntryModel.takes(.flow, unit: "亿元", in: september, .zh) == "本月数")
        #expect(EntryModel.takes(.cumulative, unit: "亿元", in: september, .zh) == "1—9月累计")
        #expect(EntryModel.takes(.stock, unit: "亿元", in: september, .zh) == "9月末余额")
        #expect(EntryModel.takes(.flow, unit: "亿元", in: september, .en) == "this month")
        #expect(EntryModel.takes(.cumulative, unit: "亿元", in: september, .en) == "Jan–Sep total")
        #expect(EntryModel.takes(.stock, unit: "亿元", in: september, .en) == "balance at end of Sep")
        #expect(EntryModel.takes(.cumulative, unit: "亿元", in: .month(year: 2021, month: 1), .zh) == "本月数", "January's total is the month's own")
        #expect(EntryModel.takes(.cumulative, unit: "亿元", in: .quarter(year: 2021, quarter: 3), .zh) == "1—3季度累计")
        #expect(EntryModel.takes(.stock, unit: "亿元", in: .quarter(year: 2021, quarter: 3), .zh) == "3季度末余额")
        // A balance is an amount's: a rate or a count at the period's end is its level (末数).
        #expect(EntryModel.takes(.stock, unit: "%", in: september, .zh) == "9月末数")
        #expect(EntryModel.takes(.stock, unit: "个", in: september, .en) == "level at end of Sep")
        #expect(EntryModel.takes(.stock, unit: "‰", in: .quarter(year: 2021, quarter: 3), .zh) == "3季度末数")
        #expect(EntryModel.takes(.stock, unit: "户", in: .year(2021), .zh) == "年末数")

        let model = EntryModel(PageFixture.page(PageFixture.reporterA), unit: unit("a"), period: PageFixture.august, stored: [])
        #expect(model.lines.map(\.takes) == ["本月数", "本月数"])
        #expect(model.lines.allSatisfy { $0.takesGrowth }, "amounts take a published growth; a rate (changes in points) would not")
        #expect(model.computed == ["税收占比"], "the ratio of these rows is computed, not entered")
        let q3 = EntryModel(PageFixture.page(PageFixture.reporterA), unit: unit("a"), period: .quarter(year: 2021, quarter: 3), stored: [])
        #expect(q3.lines.map(\.takes) == ["1—3季度累计"])
        let html = EntryView.render(model, PageFixture.page(PageFixture.reporterA))
        #expect(html.contains("<td class=\"takes\" id=\"vt-sales\">本月数</td>"))
        #expect(html.contains("aria-describedby=\"vt-sales\""))
    }

    @Test func aLockIsSaidOnceByNameWithThePeriod() {
        let page = PageFixture.page(PageFixture.reporterA)
        let own = EntryModel(page, unit: unit("a"), period: PageFixture.august, stored: [], states: ["a": .approved])
        #expect(own.lockSentence == "甲县2021年8月的数据已审核通过，不能修改；如需修改，请审核员退回。")
        let above = EntryModel(page, unit: unit("a1"), period: PageFixture.august, stored: [], states: ["a": .submitted])
        #expect(above.lockSentence == "甲一镇2021年8月的数据已随甲县报送，不能修改。")
        #expect(!own.canSubmit && !above.canSubmit)

        // A save refused by the lock says nothing at the fields: the grid's sentence says it once.
        let names: (String) -> String? = { PageFixture.workspace.orgName($0, .zh) }
        func locked(_ line: Int) -> ImportIssue {
            ImportIssue(line: line, column: "period", reason: .locked(org: "a1", period: "2021-08", lockedBy: "a", status: "submitted"))
        }
        var refused = above
        refused.failed(with: [locked(1), locked(2)], typed: ["sales": ("1", ""), "tax": ("2", "")], codes: ["sales", "tax"], language: .zh, names: names)
        #expect(refused.lockedOnly == true && refused.otherMessages.isEmpty)
        #expect(refused.lines.allSatisfy { $0.valueMessage == nil && $0.growthMessage == nil })
        let refusedPage = EntryView.render(refused, page)
        #expect(refusedPage.contains("未保存任何数据。") && !refusedPage.contains("请修改标红的栏目"), "nothing to correct in the fields")

        // Without the grid's own lock (the store found one) it is said once, by name, as is a unit out of scope.
        var open = EntryModel(page, unit: unit("a1"), period: PageFixture.august, stored: [])
        let outside = { (line: Int) in ImportIssue(line: line, column: "org", reason: .outOfScope("a1")) }
        open.failed(with: [locked(1), locked(2), outside(1), outside(2)], typed: [:], codes: ["sales", "tax"], language: .zh, names: names)
        #expect(open.otherMessages == ["甲一镇2021年8月的数据已锁定（甲县已报送），需先撤回或退回", "无权录入甲一镇的数据（超出本账号的管辖范围）"])
        #expect(open.lockedOnly == false)
    }

    @Test func theReporterOfADraftIsOfferedToSubmitAfterSaving() {
        let page = PageFixture.page(PageFixture.reporterA)
        let draft = EntryModel(page, unit: unit("a"), period: PageFixture.august, stored: [], saved: 2)
        #expect(draft.canSubmit)
        let html = EntryView.render(draft, page)
        #expect(html.contains("已保存2项数据。全部填好后请报送。"))
        #expect(html.contains("<form class=\"act\" method=\"post\" action=\"/status\"><input type=\"hidden\" name=\"_csrf\" value=\"csrf-token\">"))
        #expect(html.contains("<input type=\"hidden\" name=\"action\" value=\"submit\">"))
        // Who may not submit the unit (its approver, reading) is not offered to.
        let approver = EntryModel(PageFixture.page(PageFixture.approverA), unit: unit("a"), period: PageFixture.august, stored: [], saved: 0, readOnly: true)
        #expect(!approver.canSubmit)
    }
}

@Suite(.serialized) struct EntryGridRouteTests {
    /// A reporter signed in with a browser session (its CSRF token): the grid's form posts as a browser would.
    static func reporter(_ store: Store) async throws -> (cookie: HTTPHeaders, csrf: String) {
        try await store.accounts.createUser(login: "repa", name: "甲县填报员", org: "a", roles: [.reporter], passwordHash: "x", actor: "test", source: .cli)
        let secret = "entry-grid-session-0123456789abcdef", csrf = "entry-grid-csrf-0123456789"
        try await store.accounts.createSession(id: Secrets.digest(secret), login: "repa", csrf: csrf)
        try await Task.sleep(nanoseconds: 150_000_000)
        return (["Cookie": "\(SessionCookie.name)=\(secret)"], csrf)
    }

    static func post(_ app: Application, _ cookie: HTTPHeaders, _ fields: [(String, String)]) async throws -> TestingHTTPResponse {
        var headers = cookie
        headers.contentType = .urlEncodedForm
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $1)" }.joined(separator: "&")
        return try await app.testing().sendRequest(.POST, "/entry", headers: headers, body: ByteBuffer(string: body))
    }

    @Test func thousandsSeparatorsAreStoredAsThePlainDecimalAndTheNextStepIsOffered() async throws {
        try await InProcessServer.withApp { app, store in
            let (cookie, csrf) = try await Self.reporter(store)
            let saved = try await Self.post(app, cookie, [("_csrf", csrf), ("org", "a"), ("period", "2021-02"), ("lang", "zh"), ("v_sales", "1,234.56"), ("g_sales", "")])
            #expect(saved.status == .seeOther, "\(saved.body.string)")
            let stored = try await store.figures.values(org: "a", indicator: "sales", from: Period("2021-02"), to: Period("2021-02"))
            #expect(stored.map(\.value) == ["1234.56"])

            let location = try #require(saved.headers.first(name: .location))
            let page = try await app.testing().sendRequest(.GET, location, headers: cookie)
            let html = page.body.string
            #expect(html.contains("已保存1项数据。全部填好后请报送。"), "\(html)")
            #expect(html.contains("<form class=\"act\" method=\"post\" action=\"/status\"><input type=\"hidden\" name=\"_csrf\" value=\"\(csrf)\"><input type=\"hidden\" name=\"org\" value=\"a\"><input type=\"hidden\" name=\"period\" value=\"2021-02\"><input type=\"hidden\" name=\"action\" value=\"submit\">"))
            #expect(html.contains("<button type=\"submit\">报送</button>"))
            #expect(html.contains("<td class=\"takes\" id=\"vt-sales\">本月数</td>"))
        }
    }

    @Test func aScaleAfterTheNumberIsRefusedWithTheUnitToUseAndALockIsSaidOnce() async throws {
        try await InProcessServer.withApp { app, store in
            let (cookie, csrf) = try await Self.reporter(store)
            let refused = try await Self.post(app, cookie, [("_csrf", csrf), ("org", "a"), ("period", "2021-02"), ("lang", "zh"), ("v_sales", "12.3亿")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("“12.3亿”不是纯数字：请以“亿元”为单位填写数字，不要带“亿”字"))
            #expect(try await store.figures.values(org: "a", indicator: "sales", from: Period("2021-02"), to: Period("2021-02")).isEmpty)

            // Submitted: the grid says so once, with the unit's name and the period, and a save changes nothing.
            try await store.cycle.setSubmission(org: "a", period: .month(year: 2021, month: 2), status: .submitted, actor: "test")
            let locked = try await Self.post(app, cookie, [("_csrf", csrf), ("org", "a"), ("period", "2021-02"), ("lang", "zh"), ("v_sales", "9")])
            let html = locked.body.string
            #expect(locked.status == .unprocessableEntity)
            #expect(html.contains("2021年2月的数据已报送，不能修改"))
            #expect(html.components(separatedBy: "不能修改").count == 2, "said once for the grid, never at each field")
            #expect(!html.contains("已锁定") && html.contains("未保存任何数据。") && !html.contains("请修改标红的栏目"))
        }
    }
}
