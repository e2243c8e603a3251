// A request end to end in headless Chromium, as the people who handle it (企业吹哨、政府报到): the
// enterprise raises it on a phone; 邗江's approver (the centre) finds it in the inbox, accepts it and
// assigns it to 瓜洲镇; 瓜洲's reporter signs for it and answers; the enterprise reads the answer on
// its phone and rates it 满意, which closes it. Then every case page is opened — the ledger with a
// colour filter, the figures with the departments' league, a task's 督办单, the inbox in English —
// at 1366 px and on a 390 px phone, each screenshot to $TIAODU_SCREENSHOTS (default .build/screenshots).
import Foundation
import Testing

extension BrowserTests {
    @Test(.enabled(if: available, "needs chromium and chromium-driver"))
    func aRequestFromTheEnterpriseToItsRating() async throws {
        try #require(Browser.isInstalled, "chromium and chromium-driver must be installed (apt-get install chromium chromium-driver fonts-noto-cjk)")
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        let browser = try await Browser()
        do {
            try await request(browser, server)
            try await casePages(browser, server)
        } catch {
            await browser.close()
            throw error
        }
        await browser.close()
    }

    /// Fills a case page's action form by script (it sits folded in a <details>) and posts it.
    func act(_ browser: Browser, _ action: String, fields: [String: String] = [:], expecting: String) async throws -> String {
        var source = "const f = document.querySelector('#act-\(action)'); f.closest('details') && (f.closest('details').open = true);"
        for (name, value) in fields {
            source += "f.querySelector('[name=\(name)]').value = \(Self.jsString(value));"
        }
        source += "f.querySelector('button[type=submit]').click();"
        _ = try await browser.script(source)
        return try await browser.text(containing: expecting)
    }

    static func jsString(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    func request(_ browser: Browser, _ server: ServerProcess) async throws {
        // The enterprise, on its phone: one column, nothing wider than the screen.
        try await browser.resize(width: 390, height: 844)
        try await signIn(browser, server, as: "qiye")
        try await browser.open(server.base + "/cases/new?lang=zh")
        var text = try await browser.text(containing: "企业诉求")
        #expect(!text.contains("重大项目"), "an enterprise's navigation has no projects")
        try await look(browser, "c1-raise", phone: true)
        try await browser.type("冷库扩建审批卡在消防验收", into: "input[name=title]")
        try await browser.type("新建冷库已完工，消防验收排队两个月未安排。", into: "textarea[name=detail]")
        try await browser.click("form.raise button[type=submit]")
        text = try await browser.text(containing: "已提交，编号")
        let path = try #require(try await browser.script("return location.pathname") as? String)
        #expect(path.hasPrefix("/cases/R2021-"), "raised to its own page, not \(path)")
        #expect(text.contains("待受理") && text.contains("冷库扩建审批卡在消防验收"))
        try await signOut(browser, server)
        try await browser.resize(width: 1366, height: 768)

        // The centre: the new request waits in the inbox; accepted, then assigned to 瓜洲镇.
        try await signIn(browser, server, as: "hanjiang-approver")
        try await browser.open(server.base + "/inbox?lang=zh")
        text = try await browser.text(containing: "我的待办")
        #expect(text.contains("冷库扩建审批卡在消防验收"), "the centre's inbox has the new request")
        try await look(browser, "c2-inbox-centre")
        try await browser.open(server.base + path + "?lang=zh")
        _ = try await act(browser, "accept", expecting: "已受理。")
        text = try await act(browser, "assign", fields: ["lead": "hj-guazhou", "note": "请瓜洲镇牵头协调消防验收。"], expecting: "已分派。")
        #expect(text.contains("已分派") && text.contains("瓜洲"))
        try await look(browser, "c3-case-assigned")
        try await signOut(browser, server)

        // 瓜洲's reporter signs for it and answers.
        try await signIn(browser, server, as: "guazhou")
        try await browser.open(server.base + path + "?lang=zh")
        _ = try await act(browser, "sign_for", expecting: "已签收。")
        text = try await act(browser, "answer", fields: ["note": "已协调区消防大队，定于10月11日验收。"], expecting: "已答复。")
        #expect(text.contains("已答复"))
        try await signOut(browser, server)

        // The enterprise reads the answer on its phone and rates it: closed.
        try await browser.resize(width: 390, height: 844)
        try await signIn(browser, server, as: "qiye")
        try await browser.open(server.base + "/inbox?lang=zh")
        text = try await browser.text(containing: "我的待办")
        #expect(text.contains("冷库扩建审批卡在消防验收"), "the enterprise is asked to rate the answer")
        try await browser.open(server.base + path + "?lang=zh")
        _ = try await browser.script("document.querySelector('#act-rate input[name=rating][value=satisfied]').checked = true")
        text = try await act(browser, "rate", expecting: "已回访评价。")
        #expect(text.contains("已办结") && text.contains("满意") && text.contains("已协调区消防大队"))
        try await look(browser, "c4-case-rated", phone: true)
        // Another enterprise's request is not found (its existence is not told).
        try await browser.open(server.base + "/cases/R2021-000042?lang=zh")
        text = try await browser.text()
        #expect(!text.contains("工业集中区道路破损"), "an enterprise reads only its own requests")
        try await signOut(browser, server)
        try await browser.resize(width: 1366, height: 768)
    }

    func casePages(_ browser: Browser, _ server: ServerProcess) async throws {
        try await signIn(browser, server, as: "hanjiang-approver")
        // The ledger, red only: every row red; sortable; the CSV link keeps the filter.
        try await browser.open(server.base + "/cases?colour=red&lang=zh")
        var text = try await browser.text(containing: "案件台账")
        #expect(text.contains("红色（超期）"))
        #expect((try await browser.script("return document.querySelectorAll('table .c-red').length") as? Int ?? 0) > 0)
        #expect((try await browser.script("return document.querySelectorAll('table .c-blue, table .c-yellow').length") as? Int) == 0, "red rows only")
        #expect((try await browser.script("return document.querySelector('a[href*=\"cases.csv\"]').getAttribute('href')") as? String)?.contains("colour=red") == true)
        try await look(browser, "c5-ledger-red")
        try await look(browser, "c5-ledger-red", phone: true)
        // The figures: both leagues; 「—」 where nothing was closed or rated.
        try await browser.open(server.base + "/cases/figures?lang=zh")
        text = try await browser.text(containing: "按期办结率")
        #expect(text.contains("部门") && text.contains("满意率") && text.contains("—"))
        try await look(browser, "c6-figures")
        try await look(browser, "c6-figures", phone: true)
        // A task's 督办单, printable.
        try await browser.open(server.base + "/cases?kind=task&lang=zh")
        let task = try #require(try await browser.script("return document.querySelector('table a[href^=\"/cases/T\"]').getAttribute('href')") as? String)
        try await browser.open(server.base + task.split(separator: "?").first.map(String.init)! + "/print?lang=zh")
        text = try await browser.text(containing: "督办通知单")
        #expect(text.contains("主办单位") && text.contains("办结时限"))
        try await look(browser, "c7-sheet")
        // The inbox in English on a phone: most urgent first, days left in words.
        try await browser.open(server.base + "/inbox?lang=en")
        text = try await browser.text(containing: "My inbox")
        #expect(text.contains("working day") && text.contains("overdue"))
        try await look(browser, "c8-inbox-en", phone: true)
        // The dashboard's cases line links to the red ones.
        try await browser.open(server.base + "/?lang=zh")
        #expect((try await browser.script("return document.querySelector('.cases-tally a[href*=\"colour=red\"]') !== null") as? Bool) == true)
    }
}
