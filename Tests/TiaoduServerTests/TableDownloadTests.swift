// The tables' Excel downloads in process, on InProcessServer's small workspace (市, 甲县 `a` named
// with markup, 乙县 `b`; 开票销售 `sales`): /league.xlsx, /projects.xlsx, /contest.xlsx and
// /cases.xlsx are each a workbook for the admin — the xlsx media type, a file name in UTF-8 that
// says what and when, the title row merged across the table, the page's header, and the figures
// of the page, the CSV or the JSON as numbers (read back as Excel shows them: 10.50 → 10.5) — and
// nothing but a sign-in or an error for who is not signed in. The page links to its download.
import Foundation
import Testing
import TiaoduCore
import TiaoduSheets
import TiaoduStore
import VaporTesting
@testable import TiaoduServer

@Suite(.serialized) struct TableDownloadTests {
    /// The download as a workbook, after checking it is one: 200, the xlsx type, an attachment
    /// with an ASCII name and a UTF-8 name containing `named`.
    static func download(_ app: Application, _ path: String, named: String) async throws -> Workbook {
        let response = try await app.testing().sendRequest(.GET, path, headers: InProcessServer.admin)
        #expect(response.status == .ok, "\(path): \(response.status)")
        #expect(response.headers.contentType?.serialize() == XLSXFile.mediaType, "\(path)")
        let disposition = response.headers.first(name: .contentDisposition) ?? ""
        #expect(disposition.hasPrefix("attachment; filename=\"") && disposition.contains("filename*=UTF-8''"), "\(path): \(disposition)")
        #expect(disposition.removingPercentEncoding?.contains(named) == true, "\(path): \(disposition)")
        return try Workbook(bytes: Data(buffer: response.body))
    }

    /// Rows and merges of a sheet (nil: the first).
    static func sheet(_ workbook: Workbook, _ name: String? = nil) throws -> (rows: [SheetRow], merges: [CellRange]) {
        try workbook.allRows(of: workbook.sheet(named: name))
    }

    /// Nobody signed in gets no file: a sign-in, or the page's error.
    static func noFile(_ app: Application, _ path: String) async throws {
        let response = try await app.testing().sendRequest(.GET, path)
        #expect(response.headers.contentType?.serialize() != XLSXFile.mediaType, "\(path): \(response.status)")
        #expect(response.headers.first(name: .contentDisposition) == nil, "\(path)")
        #expect(response.status != .ok || response.body.string.contains("<html"), "\(path)")
    }

    /// A cell of a row, "" past its last cell.
    static func cell(_ row: SheetRow, _ column: Int) -> String { column < row.cells.count ? row.cells[column] : "" }

    /// Two figures are the same when they are the same number (10.5 = 10.50), or both absent.
    static func same(_ a: String, _ b: String) -> Bool {
        if let x = Double(a), let y = Double(b) { return abs(x - y) < 1e-9 }
        return a == b
    }

    @Test func theLeagueIsTheTableOfThePage() async throws {
        try await InProcessServer.withApp { app in
            let book = try await Self.download(app, "/league.xlsx?indicator=sales&period=2021-01&lang=zh", named: "市-2021年1月-开票销售排名表.xlsx")
            let (rows, merges) = try Self.sheet(book)
            let title = try #require(rows.first?.cells.first)
            #expect(title.contains("开票销售 排名表") && title.contains("2021年1月") && title.contains("亿元"), "\(title)")
            #expect(title.hasSuffix(PageText.text(.draftWatermark, .zh)), "not accepted: a draft — \(title)")
            #expect(merges.contains { $0.top == 1 && $0.left == 1 && $0.right > 1 }, "the title spans the table")
            let header = try #require(rows.dropFirst().first?.cells)
            #expect(Array(header.prefix(4)) == ["地区", "累计", "同比%", "年度目标"], "\(header)")
            let city = try #require(rows.first { $0.cells.first == "市" })
            #expect(city.cells.dropFirst().first == "19.75", "10.50 + 9.25, a number: \(city.cells)")
            let county = try #require(rows.first { $0.cells.first == InProcessServer.countyName }, "the markup of a name is text")
            #expect(Self.cell(county, 1) == "10.5", "a number, not the text 10.50: \(county.cells)")
            // the growth and the completion as the page rounds them, as numbers
            let page = try await app.testing().sendRequest(.GET, "/league?indicator=sales&period=2021-01&lang=zh", headers: InProcessServer.admin).body.string
            let growth = Self.cell(county, 2), completion = Self.cell(county, header.firstIndex(of: "完成率%") ?? 0)
            #expect(page.contains("<td class=\"num\">\(growth)</td>") && page.contains("<td class=\"num\">\(completion)</td>"), "\(county.cells)")
            #expect(abs((Double(growth) ?? 0) - 31.25) < 0.06, "(10.50 − 8) / 8: \(growth)")
            #expect(page.contains("href=\"/league.xlsx?indicator=sales&amp;parent=city&amp;period=2021-01"), "the page links to its workbook")
            try await Self.noFile(app, "/league.xlsx?indicator=sales&period=2021-01")
        }
    }

    @Test func theProjectFiguresAreTheRowsOfTheCSV() async throws {
        try await InProcessServer.withApp { app, store in
            try await store.importCSV(.projects, text: """
                code,name,owner,category,list_level,total_investment,annual_plan
                p1,新能源项目,a,industry,province,120.50,30.0
                p2,学校,b,livelihood,county,2,1.5

                """)
            try await Task.sleep(nanoseconds: 150_000_000)
            let book = try await Self.download(app, "/projects.xlsx?period=2021-01&lang=zh", named: "市-2021年1月-重大项目推进情况.xlsx")
            #expect(book.sheets.map(\.name).contains("重大项目库"), "\(book.sheets.map(\.name))")
            let (rows, merges) = try Self.sheet(book, "分地区")
            #expect(rows.first?.cells.first?.contains("重大项目推进情况") == true)
            #expect(merges.contains { $0.top == 1 && $0.left == 1 && $0.right > 1 })
            let header = try #require(rows.dropFirst().first?.cells)
            #expect(header.first == "地区" && header.contains("年度计划（亿元）"), "\(header)")

            let csv = try await app.testing().sendRequest(.GET, "/api/v1/project-figures?period=2021-01&format=csv&lang=zh", headers: InProcessServer.admin)
            let lines = try CSV.rows(csv.body.string).map { $0.fields }
            let csvHeader = try #require(lines.first)
            let areas = lines.dropFirst().filter { $0.count > 3 && $0[1] == "area" }
            #expect(areas.count == 3, "the city and both counties")
            let figures = Array(rows.dropFirst(2))
            #expect(figures.count == areas.count, "\(figures.map(\.cells))")
            for fields in areas {
                let row = try #require(figures.first { $0.cells.first == fields[3] }, "\(fields[3])")
                for (column, name) in header.enumerated().dropFirst() {
                    guard let index = csvHeader.firstIndex(of: name) else { continue }
                    #expect(Self.same(Self.cell(row, column), fields[index]), "\(fields[3]) \(name): \(Self.cell(row, column)) ≠ \(fields[index])")
                }
            }
            let city = try #require(figures.first { $0.cells.first == "市" })
            #expect(Self.cell(city, header.firstIndex(of: "年度计划（亿元）") ?? 0) == "31.5", "30.0 + 1.5, a number: \(city.cells)")

            let register = try Self.sheet(book, "重大项目库").rows
            let p1 = try #require(register.first { $0.cells.first == "新能源项目" })
            #expect(Self.cell(p1, 1) == "p1" && p1.cells.contains("120.5"), "\(p1.cells)")
            // the register as the page filters it
            let filtered = try await Self.download(app, "/projects.xlsx?period=2021-01&q=%E5%AD%A6%E6%A0%A1", named: "2021")
            let names = try Self.sheet(filtered, "重大项目库").rows.dropFirst(2).compactMap(\.cells.first)
            #expect(names == ["学校"], "\(names)")
            let page = try await app.testing().sendRequest(.GET, "/projects?period=2021-01&lang=zh", headers: InProcessServer.admin).body.string
            #expect(page.contains("href=\"/projects.xlsx?period=2021-01&amp;lang=zh\""))
            try await Self.noFile(app, "/projects.xlsx?period=2021-01")
        }
    }

    @Test func theContestSheetHasTheFiguresOfTheAPI() async throws {
        try await InProcessServer.withApp { app, store in
            var rules = ContestRules.example
            rules.panelWeight = Figure("0.4")!
            let admin = Principal(login: "admin", name: "管理员", org: "city", roles: [.admin])
            try await store.contest.saveContest(year: 2021, quarter: 1, rules: rules, inputs: ["a": ContestCountyInput(panel: Figure("87.5")!, criticisms: 1)],
                                                by: admin, source: .api)
            let book = try await Self.download(app, "/contest.xlsx?q=2021Q1&lang=zh", named: "市-2021年第一季度重大项目建设季度赛.xlsx")
            let (rows, merges) = try Self.sheet(book)
            #expect(rows.first?.cells.first?.contains("2021年第一季度重大项目建设季度赛") == true, "\(rows.first?.cells ?? [])")
            #expect(merges.contains { $0.top == 1 && $0.left == 1 && $0.right > 1 })
            let header = try #require(rows.dropFirst().first?.cells)
            #expect(Array(header.prefix(2)) == ["名次", "地区"] && header.contains("较上季度"), "\(header)")

            let json = try await app.testing().sendRequest(.GET, "/api/v1/contest?q=2021Q1", headers: InProcessServer.admin).body.string
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let api = try #require(object["rows"] as? [[String: Any]])
            #expect(api.count == 2, "\(json)")
            for entry in api {
                let org = try #require(entry["org"] as? String)
                let name = org == "a" ? InProcessServer.countyName : "乙县"
                let row = try #require(rows.first { Self.cell($0, 1) == name }, "\(org)")
                #expect(Self.cell(row, 0) == "\(entry["rank"] as? Int ?? 0)", "\(row.cells)")
                for (key, column) in [("projects", 2), ("concentratedStarts", 3), ("panel", 5), ("total", 6)] {
                    let figure = (entry[key] as? NSNumber)?.doubleValue ?? .nan
                    #expect(abs((Double(Self.cell(row, column)) ?? .infinity) - figure) < 0.005, "\(org) \(key): \(row.cells)")
                }
                let deduction = (entry["deductions"] as? NSNumber)?.doubleValue ?? .nan
                #expect(abs((Double(Self.cell(row, 4)) ?? .infinity) + deduction) < 0.005, "deductions taken off: \(row.cells)")
            }
            let county = try #require(rows.first { Self.cell($0, 1) == InProcessServer.countyName })
            #expect(Self.cell(county, 6) == "30", "87.5 × 0.4 − 5, a number: \(county.cells)")
            let page = try await app.testing().sendRequest(.GET, "/contest?q=2021Q1&lang=zh", headers: InProcessServer.admin).body.string
            #expect(page.contains("href=\"/contest.xlsx?q=2021Q1&amp;lang=zh\""))
            try await Self.noFile(app, "/contest.xlsx?q=2021Q1")
        }
    }

    @Test func theCaseLedgerIsTheCSVWithNumbers() async throws {
        try await InProcessServer.withApp { app in
            var headers = InProcessServer.admin
            headers.contentType = .json
            let raised = try await app.testing().sendRequest(.POST, "/api/v1/cases", headers: headers,
                                                             body: ByteBuffer(string: #"{"kind":"request","type":"land","title":"=1+1 用地","org":"a"}"#))
            #expect(raised.status == .created, "\(raised.body.string)")
            let answer = try #require(try JSONSerialization.jsonObject(with: Data(raised.body.string.utf8)) as? [String: Any])
            let code = try #require(answer["code"] as? String)

            let book = try await Self.download(app, "/cases.xlsx?lang=zh", named: "案件台账-2021-02-10.xlsx")
            let (rows, merges) = try Self.sheet(book)
            #expect(rows.first?.cells.first == "案件台账（2021-02-10）", "\(rows.first?.cells ?? [])")
            #expect(merges.contains { $0.top == 1 && $0.left == 1 && $0.right > 1 })
            let header = try #require(rows.dropFirst().first?.cells)
            #expect(header == CaseLedgerCSV.headers.map { PageText.text($0, .zh) }, "\(header)")
            let row = try #require(rows.first { $0.cells.first == code })
            #expect(Self.cell(row, 3) == "=1+1 用地", "a title is text, never a formula: \(row.cells)")

            let csv = try await app.testing().sendRequest(.GET, "/cases.csv?lang=zh", headers: InProcessServer.admin).body.string
            let fields = try #require(try CSV.rows(csv).map { $0.fields }.first { $0.first == code })
            for (column, value) in fields.enumerated() where column != 3 {
                #expect(Self.same(Self.cell(row, column), value), "\(header[column]): \(Self.cell(row, column)) ≠ \(value)")
            }
            let daysLeft = try #require(header.firstIndex(of: PageText.text(.caseDaysLeftColumn, .zh)))
            #expect(Int(Self.cell(row, daysLeft)) != nil, "working days left, a number: \(row.cells)")
            let page = try await app.testing().sendRequest(.GET, "/cases?lang=zh", headers: InProcessServer.admin).body.string
            #expect(page.contains("href=\"/cases.xlsx?lang=zh\""))
            try await Self.noFile(app, "/cases.xlsx")
        }
    }
}
