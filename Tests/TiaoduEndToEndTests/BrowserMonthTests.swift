// A month end to end in headless Chromium, as the people who do it: the 邗江 reporter enters with
// a typo and fixes it, enters a figure that raises a 数据审核 warning and is refused submission
// until it has a note; the approver (on a phone, in English) reads the figure, the warning and the
// note and returns the month with a reason; the reporter reads why, corrects the figure and submits
// from the entry grid; the approver sees what changed since the submission and approves; the city
// submits, approves and accepts its own month, and the bulletin loses its 征求意见稿 mark.
// Screenshots at 1366 and 390 px go to $TIAODU_SCREENSHOTS (default .build/screenshots).
import Foundation
import Testing

extension BrowserTests {
    @Test(.enabled(if: available, "needs chromium and chromium-driver"))
    func aMonthEndToEndByEveryRole() async throws {
        try #require(Browser.isInstalled, "chromium and chromium-driver must be installed (apt-get install chromium chromium-driver fonts-noto-cjk)")
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        // The city's own month needs an approver of its own (nobody approves what they submitted).
        let added = try Harness.run(["user", "add", "city-approver", "--org", "yangzhou", "--role", "approver", "--database", server.database],
                                    in: server.directory, input: "city-approver-pw\n")
        #expect(added.status == 0, "\(added.stderr)")
        let browser = try await Browser()
        do {
            try await month(browser, server)
        } catch {
            await browser.close()
            throw error
        }
        await browser.close()
    }

    func look(_ browser: Browser, _ name: String, phone: Bool = false) async throws {
        if phone {
            try await browser.resize(width: 390, height: 844)
            try await browser.screenshot(to: Self.screenshots.appendingPathComponent("m-\(name)-390.png"))
            let overflow = try await browser.script("return document.documentElement.scrollWidth - window.innerWidth") as? Int
            #expect(overflow == 0, "\(name) fits a phone's width")
            try await browser.resize(width: 1366, height: 768)
        } else {
            try await browser.screenshot(to: Self.screenshots.appendingPathComponent("m-\(name)-1366.png"))
        }
    }

    func signOut(_ browser: Browser, _ server: ServerProcess) async throws {
        try await browser.open(server.base + "/account")
        try await browser.click("header form.signout button")
        _ = try await browser.text(containing: "登录")
    }

    func signIn(_ browser: Browser, _ server: ServerProcess, as login: String, password: String = "tiaodu-demo") async throws {
        try await browser.open(server.base + "/signin")
        try await browser.type(login, into: "input[name=login]")
        try await browser.type(password, into: "input[name=password]")
        try await browser.click("form.signin button[type=submit]")
        for _ in 0..<50 where (try await browser.script("return location.pathname") as? String) == "/signin" {
            try await Task.sleep(nanoseconds: 100_000_000)
        }
    }

    /// Clicks the move button of a form posting `action` and waits for the page it leads to.
    func move(_ browser: Browser, _ action: String, expecting: String) async throws -> String {
        try await browser.click("form.act:has(input[name=action][value=\(action)]) button")
        return try await browser.text(containing: expecting)
    }

    func month(_ browser: Browser, _ server: ServerProcess) async throws {
        let review = server.base + "/review?org=hanjiang&period=2021-09"
        // The reporter: a typo is refused at its field, nothing saved.
        try await signIn(browser, server, as: "hanjiang")
        try await browser.open(server.base + "/entry?org=hanjiang&period=2021-09&lang=zh")
        _ = try await browser.text(containing: "数据录入")
        try await browser.type("1O5.3", into: "#v-sales")
        try await browser.click("form.entry button[type=submit]")
        var text = try await browser.text(containing: "未保存任何数据")
        #expect(try await browser.script("return document.querySelector('#vm-sales').innerText") as? String == "“1O5.3”不是数字（如 629.0）")
        try await look(browser, "1-entry-typo")
        // Fixed — to a figure far above last year's: saved, and the row says so in a sentence.
        try await browser.type("4000", into: "#v-sales")
        try await browser.click("form.entry button[type=submit]")
        text = try await browser.text(containing: "已保存")
        #expect(text.contains("倍，请核对。"), "the warning at its row")
        #expect(text.contains("报送前须逐条说明"), "the next step is the notes")
        try await look(browser, "2-entry-warning")
        try await look(browser, "2-entry-warning", phone: true)

        // Submitting from the status page is refused until the warning has a note.
        try await browser.open(server.base + "/status?period=2021-09")
        text = try await move(browser, "submit", expecting: "不能报送")
        #expect(try await browser.script("return location.pathname") as? String == "/review")
        try await browser.type("九月新投产企业集中开票，已核实", into: "textarea[name='note-sales-tripled']")
        try await browser.click("form[action='/review/notes'] button[type=submit]")
        _ = try await browser.text(containing: "说明已保存")
        text = try await move(browser, "submit", expecting: "已报送，等待审核")
        try await look(browser, "3-review-submitted")

        // The approver, on a phone and in English: the figure, the warning and the note; returned with a reason.
        try await signOut(browser, server)
        try await signIn(browser, server, as: "hanjiang-approver")
        try await browser.resize(width: 390, height: 844)
        try await browser.open(review + "&lang=en")
        text = try await browser.text(containing: "review")
        #expect(text.contains("九月新投产企业集中开票，已核实"))
        #expect(text.contains("times the same period last year"))
        try await look(browser, "4-review-approver-en", phone: true)
        try await browser.resize(width: 390, height: 844)
        try await browser.type("Please check September's invoices again", into: "form.act:has(input[value=reject]) input[name=reason]")
        text = try await move(browser, "reject", expecting: "Returned to the reporting unit")
        try await browser.resize(width: 1366, height: 768)

        // The reporter reads why, corrects the figure, and submits from the entry grid.
        try await signOut(browser, server)
        try await signIn(browser, server, as: "hanjiang")
        try await browser.open(review + "&lang=zh")
        text = try await browser.text(containing: "退回")
        #expect(text.contains("Please check September's invoices again"))
        try await browser.open(server.base + "/status?period=2021-09")
        text = try await browser.text(containing: "已退回")
        #expect(text.contains("原因：Please check September's invoices again"), "the list says the month was returned, and why")
        try await browser.open(server.base + "/entry?org=hanjiang&period=2021-09")
        text = try await browser.text(containing: "本月数据已被退回")
        try await look(browser, "4b-entry-returned", phone: true)
        try await browser.type("152.6", into: "#v-sales")
        try await browser.click("form.entry button[type=submit]")
        text = try await browser.text(containing: "全部填好后请报送")
        #expect(!text.contains("倍，请核对。"), "the correction cleared the warning")
        _ = try await move(browser, "submit", expecting: "已报送，等待审核")

        // The approver sees what changed since the returned submission, and approves.
        try await signOut(browser, server)
        try await signIn(browser, server, as: "hanjiang-approver")
        try await browser.open(review + "&lang=zh")
        text = try await browser.text(containing: "数据审核")
        #expect(text.contains("原为4000"), "the figure as it was submitted before")
        try await look(browser, "5-review-changes")
        text = try await move(browser, "approve", expecting: "已审核通过")

        // The city: its own month submitted (notes on any warning), approved, accepted.
        try await signOut(browser, server)
        try await signIn(browser, server, as: "admin")
        try await browser.open(server.base + "/bulletin?period=2021-09")
        #expect(try await browser.script("return document.querySelectorAll('.watermark').length") as? Int == 1, "征求意见稿 before acceptance")
        try await browser.open(server.base + "/review?org=yangzhou&period=2021-09&lang=zh")
        _ = try await browser.text(containing: "数据审核")
        let notes = try await browser.script("return Array.from(document.querySelectorAll('textarea')).map(t => t.name)") as? [String] ?? []
        for name in notes { try await browser.type("已与统计局核对", into: "textarea[name='\(name)']") }
        if !notes.isEmpty {
            try await browser.click("form[action='/review/notes'] button[type=submit]")
            _ = try await browser.text(containing: "说明已保存")
        }
        _ = try await move(browser, "submit", expecting: "已报送，等待审核")
        try await signOut(browser, server)
        try await signIn(browser, server, as: "city-approver", password: "city-approver-pw")
        try await browser.open(server.base + "/review?org=yangzhou&period=2021-09&lang=zh")
        _ = try await move(browser, "approve", expecting: "已审核通过")
        try await signOut(browser, server)
        try await signIn(browser, server, as: "analyst")
        try await browser.open(server.base + "/review?org=yangzhou&period=2021-09&lang=zh")
        text = try await move(browser, "accept", expecting: "已确认，数据正式发布")
        try await browser.open(server.base + "/bulletin?period=2021-09")
        text = try await browser.text()
        #expect(try await browser.script("return document.querySelectorAll('.watermark').length") as? Int == 0, "no 征求意见稿 once accepted")
        #expect(!text.contains("初步数据"))
        try await look(browser, "6-bulletin-accepted")
        try await browser.open(server.base + "/bulletin?period=2021-09&lang=en")
        try await look(browser, "6-bulletin-accepted-en", phone: true)
    }
}
