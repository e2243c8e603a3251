// The downloads of the remaining table pages in process, on InProcessServer's small workspace (市,
// 甲县 `a` named with markup, 乙县 `b`; 开票销售 `sales`, January 2021 not yet accepted): the
// dashboard (/dashboard.xlsx, .csv), a unit's scorecard (/units/CODE/table.xlsx, .csv) and the
// reporting status (/status.xlsx, .csv). Each is a file with the right type and a UTF-8 name that
// says what and when; the CSV starts with a UTF-8 BOM and holds the page's figures as plain
// numbers (the same as Core's bulletin CSV), the workbook the same figures as numbers under the
// title and the header; the page links to both. Who may not read the page gets no file: nobody
// signed in, a reporter of another county — and a reporter's status file holds their unit alone.
import Foundation
import Testing
import TiaoduCore
import TiaoduSheets
import TiaoduStore
import VaporTesting
@testable import TiaoduServer

@Suite(.serialized) struct PageDownloadTests {
    /// The CSV download's fields, after checking it is one: 200, `text/csv; charset=utf-8`, an
    /// attachment with the ASCII name `fallback` and a UTF-8 name containing `named`, a BOM first.
    static func csv(_ app: Application, _ path: String, headers: HTTPHeaders = InProcessServer.admin,
                    named: String, fallback: String) async throws -> [[String]] {
        let response = try await app.testing().sendRequest(.GET, path, headers: headers)
        #expect(response.status == .ok, "\(path): \(response.status)")
        #expect(response.headers.contentType?.serialize() == "text/csv; charset=utf-8", "\(path)")
        let disposition = response.headers.first(name: .contentDisposition) ?? ""
        #expect(disposition.hasPrefix("attachment; filename=\"\(fallback)\"; filename*=UTF-8''"), "\(path): \(disposition)")
        #expect(disposition.removingPercentEncoding?.contains(named) == true, "\(path): \(disposition)")
        let bytes = Array(Data(buffer: response.body))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(path): a UTF-8 BOM, so that Excel on Chinese Windows reads UTF-8")
        return try CSV.rows(String(decoding: bytes.dropFirst(3), as: UTF8.self)).map { $0.fields }
    }

    static func page(_ app: Application, _ path: String, headers: HTTPHeaders = InProcessServer.admin) async throws -> String {
        try await app.testing().sendRequest(.GET, path, headers: headers).body.string
    }

    /// A field of a line, "" past its end.
    static func field(_ fields: [String], _ column: Int) -> String { column < fields.count ? fields[column] : "" }

    @Test func theDashboardIsItsIndicators() async throws {
        try await InProcessServer.withApp { app in
            let book = try await TableDownloadTests.download(app, "/dashboard.xlsx?period=2021-01&lang=zh", named: "市-2021年1月-主要指标运行情况.xlsx")
            let (rows, merges) = try TableDownloadTests.sheet(book)
            let title = try #require(rows.first?.cells.first)
            #expect(title.hasPrefix("市 2021年1月 主要指标运行情况") && title.hasSuffix(PageText.text(.draftWatermark, .zh)), "\(title)")
            #expect(merges.contains { $0.top == 1 && $0.left == 1 && $0.right > 1 }, "the title spans the table")
            let header = try #require(rows.dropFirst().first?.cells)
            #expect(Array(header.prefix(8)) == ["指标", "单位", "累计", "同比%", "年度目标", "完成率%", "序时%", "与序时或目标差（百分点）"], "\(header)")
            let sales = try #require(rows.first { $0.cells.first == "开票销售" })
            #expect(TableDownloadTests.cell(sales, 1) == "亿元" && TableDownloadTests.cell(sales, 2) == "19.75", "10.50 + 9.25, a number: \(sales.cells)")

            let lines = try await Self.csv(app, "/dashboard.csv?period=2021-01&lang=zh", named: "市-2021年1月-主要指标运行情况.csv",
                                           fallback: "dashboard-city-2021-01.csv")
            #expect(lines.first == header, "the workbook's header: \(lines.first ?? [])")
            #expect(lines.count == 2, "one indicator, one line: \(lines)")
            let fields = try #require(lines.first { $0.first == "开票销售" })
            #expect(Self.field(fields, 2) == "19.75")
            for column in 2..<header.count {
                #expect(TableDownloadTests.same(TableDownloadTests.cell(sales, column), Self.field(fields, column)), "\(header[column]): \(sales.cells) ≠ \(fields)")
            }
            // the scope's figures as Core's bulletin CSV has them: YTD, growth, target, completion, 序时, gap
            let bulletin = try await app.testing().sendRequest(.GET, "/api/v1/bulletin?period=2021-01&parent=city&format=csv&lang=zh", headers: InProcessServer.admin)
            let city = try #require(try CSV.rows(bulletin.body.string).map { $0.fields }.first { $0.count > 11 && $0[2] == "city" && $0[3] == "sales" })
            #expect(Array(fields[2...7]) == Array(city[6...11]), "\(fields) against \(city)")

            let html = try await Self.page(app, "/?period=2021-01&lang=zh")
            #expect(html.contains("19.75"))
            #expect(html.contains("href=\"/dashboard.xlsx?parent=city&amp;period=2021-01&amp;lang=zh\""), "the page links to its workbook")
            #expect(html.contains("href=\"/dashboard.csv?parent=city&amp;period=2021-01&amp;lang=zh\""), "and to its CSV file")
            // Nobody signed in: the month is not published, so no file.
            try await TableDownloadTests.noFile(app, "/dashboard.xlsx?period=2021-01")
            try await TableDownloadTests.noFile(app, "/dashboard.csv?period=2021-01")
        }
    }

    @Test func theScorecardIsItsTableOfFiguresAndRanks() async throws {
        try await InProcessServer.withApp { app, store in
            let named = "\(InProcessServer.countyName)-2021年1月-单位看板"
            let book = try await TableDownloadTests.download(app, "/units/a/table.xlsx?period=2021-01&lang=zh", named: named + ".xlsx")
            let (rows, merges) = try TableDownloadTests.sheet(book)
            let title = try #require(rows.first?.cells.first)
            #expect(title.hasPrefix("\(InProcessServer.countyName) 2021年1月 单位看板"), "the markup of a name is text: \(title)")
            #expect(merges.contains { $0.top == 1 && $0.left == 1 && $0.right > 1 })
            let header = try #require(rows.dropFirst().first?.cells)
            #expect(Array(header.prefix(10)) == ["指标", "单位", "累计", "同比%", "年度目标", "完成率%", "序时%", "超序时（百分点）", "总量位次", "位次变化"], "\(header)")
            let sales = try #require(rows.first { $0.cells.first == "开票销售" })
            #expect(TableDownloadTests.cell(sales, 2) == "10.5" && TableDownloadTests.cell(sales, 4) == "120", "numbers: \(sales.cells)")
            #expect(TableDownloadTests.cell(sales, 8) == "1", "10.50 > 9.25: first among the counties, a number — \(sales.cells)")

            let lines = try await Self.csv(app, "/units/a/table.csv?period=2021-01&lang=zh", named: named + ".csv", fallback: "scorecard-a-2021-01.csv")
            #expect(lines.first == header)
            let fields = try #require(lines.first { $0.first == "开票销售" })
            #expect(Self.field(fields, 2) == "10.50" && Self.field(fields, 4) == "120.00", "as the page rounds them: \(fields)")
            #expect(abs((Double(Self.field(fields, 3)) ?? 0) - 31.25) < 0.06, "(10.50 − 8) / 8: \(fields)")
            for column in 2..<header.count {
                #expect(TableDownloadTests.same(TableDownloadTests.cell(sales, column), Self.field(fields, column)), "\(header[column]): \(sales.cells) ≠ \(fields)")
            }
            let html = try await Self.page(app, "/units/a?period=2021-01&lang=zh")
            for column in 2...7 where !Self.field(fields, column).isEmpty {
                #expect(html.contains("<td class=\"num\">\(Self.field(fields, column))</td>"), "\(header[column]) \(Self.field(fields, column)) as on the page")
            }
            #expect(html.contains("href=\"/units/a/table.xlsx?period=2021-01&amp;lang=zh\"") && html.contains("href=\"/units/a/table.csv?period=2021-01&amp;lang=zh\""))

            // A reporter of 乙县: 甲县's file is refused as the page is; their own has no ranks
            // before publication (ranks among the readable units alone would mislead).
            let reporter = try await CasePageTests.session(store, login: "rep-b", org: "b", roles: [.reporter])
            let refused = try await app.testing().sendRequest(.GET, "/units/a/table.csv?period=2021-01", headers: reporter.cookie)
            #expect(refused.status == .forbidden && refused.headers.first(name: .contentDisposition) == nil, "\(refused.status)")
            let own = try await Self.csv(app, "/units/b/table.csv?period=2021-01&lang=zh", headers: reporter.cookie,
                                         named: "乙县-2021年1月-单位看板.csv", fallback: "scorecard-b-2021-01.csv")
            #expect(own.first.map { !$0.contains("总量位次") } == true && own.contains { $0.first == "开票销售" && Self.field($0, 2) == "9.25" }, "\(own)")
            try await TableDownloadTests.noFile(app, "/units/a/table.xlsx?period=2021-01")
            try await TableDownloadTests.noFile(app, "/units/a/table.csv?period=2021-01")
            let unknown = try await app.testing().sendRequest(.GET, "/units/nowhere/table.csv", headers: InProcessServer.admin)
            #expect(unknown.status == .notFound)
        }
    }

    @Test func theStatusIsEveryUnitsStateDueDateAndOverdueMark() async throws {
        try await InProcessServer.withApp { app, store in
            let book = try await TableDownloadTests.download(app, "/status.xlsx?period=2021-01&lang=zh", named: "2021年1月-数据报送与审核进度.xlsx")
            let (rows, merges) = try TableDownloadTests.sheet(book)
            #expect(rows.first?.cells.first == "2021年1月 数据报送与审核进度", "\(rows.first?.cells ?? [])")
            #expect(merges.contains { $0.top == 1 && $0.left == 1 && $0.right > 1 })
            let header = try #require(rows.dropFirst().first?.cells)
            #expect(header == ["地区", "单位代码", "报送状态", "截止日期", "是否逾期", "最近操作", "退回情况"], "no projects: no project columns — \(header)")
            let county = try #require(rows.first { TableDownloadTests.cell($0, 1) == "a" })
            #expect(county.cells.first == InProcessServer.countyName && TableDownloadTests.cell(county, 3) == "2021-02-05", "\(county.cells)")

            let lines = try await Self.csv(app, "/status.csv?period=2021-01&lang=zh", named: "2021年1月-数据报送与审核进度.csv", fallback: "status-2021-01.csv")
            #expect(lines.first == header)
            #expect(lines.dropFirst().map { Self.field($0, 1) } == ["city", "a", "b"], "the page's order: \(lines)")
            let a = try #require(lines.first { Self.field($0, 1) == "a" })
            #expect(Array(a.prefix(5)) == [InProcessServer.countyName, "a", "填报中", "2021-02-05", "是"], "a draft past its due day (today 2021-02-10): \(a)")
            let html = try await Self.page(app, "/status?period=2021-01&lang=zh")
            #expect(html.contains("截止日期：2021-02-05") && html.contains("<span class=\"s-red\">已逾期</span>"), "the page says the same")
            #expect(html.contains("href=\"/status.xlsx?period=2021-01&amp;lang=zh\"") && html.contains("href=\"/status.csv?period=2021-01&amp;lang=zh\""))

            // A reporter reads the state of their own unit alone.
            let reporter = try await CasePageTests.session(store, login: "rep-b", org: "b", roles: [.reporter])
            let own = try await Self.csv(app, "/status.csv?period=2021-01&lang=zh", headers: reporter.cookie,
                                         named: "2021年1月-数据报送与审核进度.csv", fallback: "status-2021-01.csv")
            #expect(own.dropFirst().map { Self.field($0, 1) } == ["b"], "\(own)")
            try await TableDownloadTests.noFile(app, "/status.xlsx?period=2021-01")
            try await TableDownloadTests.noFile(app, "/status.csv?period=2021-01")

            // Accepted by the city: the counties are closed with it, and nothing is overdue.
            try await store.cycle.setSubmission(org: "city", period: .month(year: 2021, month: 1), status: .accepted, actor: "test")
            try await Task.sleep(nanoseconds: 150_000_000)
            let accepted = try await Self.csv(app, "/status.csv?period=2021-01&lang=zh", named: "2021年1月", fallback: "status-2021-01.csv")
            let closed = try #require(accepted.first { Self.field($0, 1) == "a" })
            #expect(Self.field(closed, 2) == "已确认（锁定）（随市）" && Self.field(closed, 4) == "", "\(closed)")
        }
    }
}
