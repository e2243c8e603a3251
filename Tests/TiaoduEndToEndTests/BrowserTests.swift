// Every page of the demo in headless Chromium (Debian's chromium and chromedriver, with
// fonts-noto-cjk): what each page shows, a data-entry form submitted valid and then invalid,
// the language switch remembered, and the phone layout. Screenshots of every page go to
// $TIAODU_SCREENSHOTS (default .build/screenshots) to be looked at.
import Foundation
import Testing

@Suite(.serialized) struct BrowserTests {
    static let screenshots: URL = {
        if let given = ProcessInfo.processInfo.environment["TIAODU_SCREENSHOTS"] { return URL(fileURLWithPath: given) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/screenshots")
    }()

    /// CI sets TIAODU_REQUIRE_BROWSER=1: there a missing browser is a failure, not a skip.
    static var available: Bool {
        Browser.isInstalled || ProcessInfo.processInfo.environment["TIAODU_REQUIRE_BROWSER"] == "1"
    }

    @Test(.enabled(if: available, "needs chromium and chromium-driver"))
    func everyPageInARealBrowser() async throws {
        try #require(Browser.isInstalled, "chromium and chromium-driver must be installed (apt-get install chromium chromium-driver fonts-noto-cjk)")
        try FileManager.default.createDirectory(at: Self.screenshots, withIntermediateDirectories: true)
        let server = try ServerProcess(["--demo"])
        defer { server.stop() }
        try await server.ready()
        let browser = try await Browser()
        do {
            try await pages(browser, server)
            try await dataEntry(browser, server)
            try await languageAndPhone(browser, server)
            try await projectProgress(browser, server)
        } catch {
            await browser.close()
            throw error
        }
        await browser.close()
    }

    func shoot(_ browser: Browser, _ name: String) async throws {
        try await browser.screenshot(to: Self.screenshots.appendingPathComponent("\(name).png"))
        try await browser.resize(width: 1366, height: 768)
    }

    func signIn(_ browser: Browser, _ server: ServerProcess, as login: String, expecting name: String) async throws {
        try await browser.open(server.base + "/signin")
        try await browser.type(login, into: "input[name=login]")
        try await browser.type("tiaodu-demo", into: "input[name=password]")
        try await browser.click("form.signin button[type=submit]")
        #expect(try await browser.text(containing: name).contains(name), "signed in as \(login)")
    }

    func pages(_ browser: Browser, _ server: ServerProcess) async throws {
        // Not signed in: the latest month the city has published (August).
        try await browser.open(server.base + "/")
        #expect(try await browser.title() == "扬州市 2021年1—8月 主要指标运行情况")
        try await signIn(browser, server, as: "analyst", expecting: "市统计局分析员")

        // The dashboard opens on what is behind: the tally (each number a link to its section), red
        // indicators first with their units' gaps charted and who is last in each peer group.
        try await browser.open(server.base + "/")
        var text = try await browser.text()
        #expect(try await browser.title() == "扬州市 2021年1—9月 主要指标运行情况")
        for expected in ["本期概况", "滞后", "正常", "规上工业开票销售", "5265.80", "末位：", "功能区", "仪征市", "演示数据"] {
            #expect(text.contains(expected), "dashboard shows \(expected)")
        }
        #expect(try await browser.script("return document.querySelector('.tally a').getAttribute('href')") as? String == "#status-red")
        #expect(try await browser.script("return document.querySelector('.dash-sec').id") as? String == "status-red")
        // The title, the tally and the first row of cards fit a laptop's screen.
        let firstRow = try await browser.script("return Math.ceil(document.querySelector('.dash .card').getBoundingClientRect().bottom) - window.innerHeight") as? Int
        #expect((firstRow ?? 1) <= 0, "the first row of cards ends \(firstRow ?? 0) px below a 1366×768 screen")
        try await shoot(browser, "1-dashboard")

        // The league table: the parent on top, unranked; sorting by a column link.
        try await browser.open(server.base + "/league?indicator=sales&period=2021-09")
        text = try await browser.text()
        #expect(text.contains("规上工业开票销售 排名表"))
        #expect(text.contains("不参与排名"))
        // By default the table is sorted by the ranking measure (完成率 for an amount target).
        #expect(try await browser.script("return document.querySelector('th[aria-sort]').innerText") as? String == "完成率% ▼")
        try await browser.click("a[href*='sort=growth']")
        for _ in 0..<50 where (try await browser.script("return location.search") as? String)?.contains("sort=growth") != true { try await Task.sleep(nanoseconds: 100_000_000) }
        _ = try await browser.text(containing: "▼")
        let sortedBy = try await browser.script("return document.querySelector('th[aria-sort]').innerText") as? String
        #expect(sortedBy?.hasPrefix("同比%") == true)
        #expect(try await browser.script("return location.search") as? String == "?period=2021-09&indicator=sales&sort=growth")
        try await shoot(browser, "2-league")

        // The unit scorecard: what lags, with the required pace, and the bulletin sentences.
        try await browser.open(server.base + "/units/hanjiang")
        text = try await browser.text()
        for expected in ["邗江区 2021年1—9月 单位看板", "落后于序时进度或全年目标的指标", "其余每期需完成", "1—9月，邗江区规上工业开票销售完成1084.99亿元", "下级单位", "杨寿镇"] {
            #expect(text.contains(expected), "scorecard shows \(expected)")
        }
        try await shoot(browser, "3-scorecard")

        // The indicator page: two charts drawn as SVG, the numbers behind them, the history.
        try await browser.open(server.base + "/indicators/sales?org=hanjiang")
        text = try await browser.text()
        #expect(try await browser.script("return document.querySelectorAll('svg.chart').length") as? Int == 2)
        #expect(try await browser.script("return document.querySelector('#trajectory-t').textContent") as? String == "邗江区 规上工业开票销售 累计进度：本年实际、目标轨迹与上年同期")
        for expected in ["指标说明", "目标轨迹", "上年同期", "各地完成率与序时进度", "序时进度 75.0%", "修改记录", "1084.99", "1765.26"] {
            #expect(text.contains(expected), "indicator page shows \(expected)")
        }
        try await shoot(browser, "4-indicator")

        // The printable bulletin as a 通报: masthead, the three parts (one paragraph per indicator), the
        // 附表 with a two-row head and its notes, the CSV link.
        try await browser.open(server.base + "/bulletin")
        text = try await browser.text()
        for expected in ["扬州市主要经济指标运行情况通报", "2021年第9期", "一、总体情况", "二、分指标情况", "三、存在问题",
                         "1—9月，扬州市规上工业开票销售完成5265.80亿元，同比增长10.1%，完成年度目标的70.5%，落后序时进度4.5个百分点。",
                         "附表", "扬州市主要经济指标完成情况表（2021年1—9月）", "完成率%", "本表采用上报数", "下载CSV"] {
            #expect(text.contains(expected), "bulletin shows \(expected)")
        }
        #expect(try await browser.script("return document.querySelectorAll('table.annex thead tr').length / document.querySelectorAll('table.annex').length") as? Int == 2,
                "every table of the 附表 has a two-row head")
        let paragraphs = try await browser.script("return document.querySelectorAll('.report p[id^=\"ind-\"]').length") as? Int
        let indicators = try await browser.script("return document.querySelectorAll('table.annex thead tr:first-child th:not([rowspan])').length") as? Int
        #expect(paragraphs != nil && paragraphs == indicators, "one paragraph per indicator of the 附表")
        try await shoot(browser, "6-bulletin")

        // Where the projects stand, the lists, the register; one project's record, chart and timeline.
        try await browser.open(server.base + "/projects")
        text = try await browser.text(containing: "重大项目库")
        for expected in ["重大项目推进情况", "开工率%", "分产业链", "投资落后序时的项目", "逾期未开工的项目", "本月未报进展的在建项目", "未解决的问题", "集中开工", "腾讯数据中心", "共92个项目", "本年完成（亿元）"] {
            #expect(text.contains(expected), "projects page shows \(expected)")
        }
        try await shoot(browser, "10-projects")
        try await browser.click("#register ~ .scroll a[href='/projects/yz-tencent']")
        text = try await browser.text(containing: "阶段记录")
        #expect(text.contains("竣工投产") && text.contains("仪征经济开发区") && text.contains("月度进展"))
        #expect(try await browser.script("return document.querySelectorAll('svg.chart path').length") as? Int ?? 0 >= 2, "actual and plan lines")
        try await shoot(browser, "11-project")

        // The contest's result sheet: peer groups, movement since Q2, the rules.
        try await browser.open(server.base + "/contest?q=2021Q3")
        text = try await browser.text(containing: "评比结果")
        for expected in ["2021年第三季度重大项目建设季度赛", "评比结果 · 县市区", "评比结果 · 功能区", "较上季度", "↑1", "评分规则"] {
            #expect(text.contains(expected), "contest sheet shows \(expected)")
        }
        try await shoot(browser, "12-contest")
    }

    /// A county reporter reports a month's progress through the project page's form.
    func projectProgress(_ browser: Browser, _ server: ServerProcess) async throws {
        try await browser.resize(width: 1366, height: 768)
        try await browser.open(server.base + "/?lang=zh")
        try await browser.click("header form.signout button")
        _ = try await browser.text(containing: "登录")
        try await signIn(browser, server, as: "yizheng", expecting: "仪征市填报员")
        try await browser.open(server.base + "/projects/yz-beidou")
        _ = try await browser.text(containing: "填报月度进展")
        _ = try await browser.script("document.querySelectorAll('details').forEach(d => d.open = true)")
        try await browser.type("1.25", into: "form[action$='/progress'] input[name=investment]")
        try await browser.type("设备安装调试完成", into: "form[action$='/progress'] input[name=progress]")
        try await browser.click("form[action$='/progress'] button")
        let text = try await browser.text(containing: "设备安装调试完成")
        #expect(text.contains("1.25"))
        try await shoot(browser, "13-project-progress")
    }

    func dataEntry(_ browser: Browser, _ server: ServerProcess) async throws {
        let analyst = try server.token(for: "analyst")
        func stored(_ indicator: String) async throws -> String? {
            let (_, body, _) = try await server.get("/api/v1/values?org=hanjiang&indicator=\(indicator)&from=2021-09&to=2021-09",
                                                    headers: ["Authorization": "Bearer \(analyst)"])
            guard let items = try jsonObject(body) as? [[String: Any]], let value = items.first?["value"] as? NSNumber else { return nil }
            return value.stringValue
        }
        // Entering data needs signing in (as a reporter); the sign-in page brings the user back to the form.
        try await browser.click("header form.signout button")
        _ = try await browser.text(containing: "登录")
        try await browser.open(server.base + "/entry?org=hanjiang&period=2021-09")
        var text = try await browser.text(containing: "登录调度系统")
        #expect(text.contains("演示账号"))
        try await shoot(browser, "5-signin")
        try await browser.type("hanjiang", into: "input[name=login]")
        try await browser.type("tiaodu-demo", into: "input[name=password]")
        try await browser.click("form.signin button[type=submit]")
        text = try await browser.text(containing: "邗江区填报员")
        #expect(text.contains("邗江区 2021年1—9月 数据录入"))
        #expect(text.contains("邗江区填报员"), "the header names who is signed in")
        #expect(try await browser.script("return document.querySelector('#v-sales').value") as? String == "137.82", "pre-filled with the stored text")

        // Valid: saved, and the next page says so; a value far above last year is not refused (only flagged: PageModelTests).
        try await browser.type("1500", into: "#v-sales")
        try await browser.type("4.5", into: "#v-revenue")
        try await browser.click("form.entry button[type=submit]")
        text = try await browser.text(containing: "已保存")
        #expect(text.contains("已保存2项数据"))
        #expect(try await stored("sales") == "1500")
        #expect(try await stored("revenue") == "4.5")
        try await shoot(browser, "5-entry-saved")

        // Invalid: nothing is saved, the bad field says why, what was typed stays.
        try await browser.type("12abc", into: "#v-sales")
        try await browser.type("3.75", into: "#v-tax")
        try await browser.click("form.entry button[type=submit]")
        text = try await browser.text(containing: "有错误")
        #expect(text.contains("有错误，未保存任何数据"))
        #expect(try await browser.script("return document.querySelector('#vm-sales').innerText") as? String == "“12abc”不是数字（如 629.0）")
        #expect(try await browser.script("return document.querySelector('#v-tax').value") as? String == "3.75")
        #expect(try await stored("sales") == "1500")
        #expect(try await stored("tax") == "4.01", "the valid field of a refused form is not saved either")
        try await shoot(browser, "5-entry-invalid")

        // Reporting: the reporter submits September from the status page; the form is then closed.
        try await browser.open(server.base + "/status?period=2021-09")
        _ = try await browser.text(containing: "数据报送与审核进度")
        try await browser.click("#st-hanjiang form.act button")
        text = try await browser.text(containing: "已报送，等待审核")
        #expect(try await browser.script("return document.querySelector('#st-hanjiang td').innerText") as? String == "已报送")
        try await shoot(browser, "9-status")
        try await browser.open(server.base + "/entry?org=hanjiang&period=2021-09")
        _ = try await browser.text(containing: "不能修改")
        #expect(try await browser.script("return document.querySelector('#v-sales').disabled") as? Bool == true)
    }

    func languageAndPhone(_ browser: Browser, _ server: ServerProcess) async throws {
        // The switch shows the same page in English and is remembered.
        try await browser.open(server.base + "/units/hanjiang")
        try await browser.click("header nav a.lang")
        #expect(try await browser.text(containing: "Scorecard").contains("Hanjiang District Jan–Sep 2021 Scorecard"))
        try await browser.open(server.base + "/")
        #expect(try await browser.title() == "Hanjiang District Jan–Sep 2021 Key indicators", "a county's reporter starts at their county")
        try await shoot(browser, "7-dashboard-en")
        try await browser.open(server.base + "/?lang=zh")

        // A phone: one column of cards, nothing wider than the screen but scrollable tables.
        try await browser.resize(width: 390, height: 844)
        try await browser.open(server.base + "/")
        let overflow = try await browser.script("return document.documentElement.scrollWidth - window.innerWidth") as? Int
        #expect(overflow == 0, "the dashboard fits a phone's width")
        let screens = try await browser.script("return Math.ceil(100 * document.documentElement.scrollHeight / window.innerHeight)") as? Int
        #expect((screens ?? 500) <= 400, "the dashboard is under four phone screens (\(screens ?? 0)% of one)")
        try await browser.screenshot(to: Self.screenshots.appendingPathComponent("8-dashboard-phone.png"), fullPage: false)
        try await browser.resize(width: 1366, height: 768)
    }
}
