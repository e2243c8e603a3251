// The Excel round trip in the browser's routes: a unit's fill-in template (/entry/template.xlsx) —
// its rows, the open cells, the hidden metadata — filled in and imported back with no mapping; the
// import page taking a workbook and a CSV file by upload (multipart), a dry run that writes
// nothing, refusals named by sheet, row and the template's own column title, and a reporter kept
// to their own unit.
import Foundation
import Testing
import TiaoduCore
import TiaoduSheets
import TiaoduStore
import VaporTesting
@testable import TiaoduServer

@Suite(.serialized) struct TemplateImportTests {
    /// A multipart upload of the import page's form.
    static func upload(_ app: Application, _ who: CasePageTests.Session, kind: String, file: Data, name: String, dryRun: Bool,
                       sheet: String = "") async throws -> TestingHTTPResponse {
        let boundary = "----tiaodu-test-boundary"
        var body = Data()
        func field(_ name: String, _ value: String) {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        field("_csrf", who.csrf)
        field("kind", kind)
        field("sheet", sheet)
        if dryRun { field("dry_run", "1") }
        body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8))
        body.append(file)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        var headers = who.cookie
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await app.testing().sendRequest(.POST, "/import?lang=zh", headers: headers, body: ByteBuffer(data: body))
    }

    /// The template's sheets read back, with `value` typed into the value cell of `code`'s row.
    static func filled(_ template: Data, code: String, value: String) throws -> Data {
        let workbook = try Workbook(bytes: template)
        var sheets: [Worksheet] = []
        for info in workbook.sheets {
            var rows = try workbook.allRows(of: info).rows.map { row in row.cells.map { SheetCell.text($0) } }
            if info.name == "填报", let index = rows.firstIndex(where: { $0.first?.value == .text(code) }) {
                while rows[index].count < EntryTemplate.columns.value { rows[index].append(SheetCell(.empty)) }
                rows[index][EntryTemplate.columns.value - 1] = SheetCell(.number(value))
            }
            var sheet = Worksheet(name: info.name, rows: rows)
            sheet.hidden = info.hidden
            sheets.append(sheet)
        }
        return try XLSXFile.data(sheets)
    }

    @Test func theTemplateComesBackWithNoMapping() async throws {
        try await InProcessServer.withApp { app, store in
            let reporter = try await CasePageTests.session(store, login: "rep-a", org: "a", roles: [.reporter])
            let response = try await CasePageTests.get(app, "/entry/template.xlsx?org=a&period=2021-02&lang=zh", reporter)
            #expect(response.status == .ok && response.headers.contentType?.serialize() == XLSXFile.mediaType)
            let disposition = response.headers.first(name: .contentDisposition)?.removingPercentEncoding ?? ""
            #expect(disposition.contains("2021年2月-填报模板.xlsx"), "\(disposition)")
            let template = Data(buffer: response.body)
            let workbook = try Workbook(bytes: template)
            #expect(workbook.sheets.map(\.name) == ["填报", "说明", "_tiaodu"] && workbook.sheets.map(\.hidden) == [false, false, true])
            let rows = try workbook.allRows(of: workbook.sheet(named: "填报")).rows
            let head = try #require(rows.first { $0.number == EntryTemplate.firstRow - 1 })
            #expect(head.cells == ["指标代码", "指标", "单位", "填报口径", "上期数", "去年同期", "本期数值（填写）", "公布增速%（可选）"])
            let sales = try #require(rows.first { $0.cells.first == "sales" })
            #expect(sales.cells[1] == "开票销售" && sales.cells[4] == "10.5", "last month's figure for reference: \(sales.cells)")

            // filled in and uploaded: a dry run first (nothing written), then for real
            let filled = try Self.filled(template, code: "sales", value: "11.25")
            let dry = try await Self.upload(app, reporter, kind: "values", file: filled, name: "邗江.xlsx", dryRun: true)
            #expect(dry.status == .ok && dry.body.string.contains("试导入，未写入任何数据"), "\(dry.body.string.prefix(400))")
            #expect(try await store.figures.values(org: "a", from: Period("2021-02"), to: Period("2021-02")).isEmpty)
            let real = try await Self.upload(app, reporter, kind: "values", file: filled, name: "邗江.xlsx", dryRun: false)
            #expect(real.status == .ok && real.body.string.contains("导入成功"))
            let stored = try await store.figures.values(org: "a", from: Period("2021-02"), to: Period("2021-02"))
            #expect(stored.map(\.value) == ["11.25"] && stored.map(\.indicator) == ["sales"])

            // a text in the value cell: refused at the template's own column title, nothing written
            let bad = try Self.filled(template, code: "sales", value: "12,3")
            let refused = try await Self.upload(app, reporter, kind: "values", file: bad, name: "bad.xlsx", dryRun: false)
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("工作表“填报”第\(EntryTemplate.firstRow)行，本期数值（填写）列"), "\(refused.body.string)")
            #expect(try await store.figures.values(org: "a", from: Period("2021-02"), to: Period("2021-02")).map(\.value) == ["11.25"])
        }
    }

    @Test func aTemplateWithAColumnInsertedIsRefusedNotMisread() async throws {
        try await InProcessServer.withApp { app, store in
            let reporter = try await CasePageTests.session(store, login: "rep-a", org: "a", roles: [.reporter])
            let template = Data(buffer: try await CasePageTests.get(app, "/entry/template.xlsx?org=a&period=2021-02&lang=zh", reporter).body)
            let filled = try Self.filled(template, code: "sales", value: "11.25")
            // a column inserted before the figures (Excel lets anyone unprotect the sheet): every
            // column after it moves one to the right
            let workbook = try Workbook(bytes: filled)
            var sheets: [Worksheet] = []
            for info in workbook.sheets {
                var rows = try workbook.allRows(of: info).rows.map { row in row.cells.map { SheetCell.text($0) } }
                if info.name == "填报" { rows = rows.map { row in row.count > 2 ? Array(row.prefix(2)) + [SheetCell(.empty)] + Array(row.dropFirst(2)) : row } }
                var sheet = Worksheet(name: info.name, rows: rows)
                sheet.hidden = info.hidden
                sheets.append(sheet)
            }
            let moved = try await Self.upload(app, reporter, kind: "values", file: XLSXFile.data(sheets), name: "moved.xlsx", dryRun: false)
            #expect(moved.status == .badRequest)
            #expect(moved.body.string.contains("表头与模板不一致：C列应为“单位”"), "\(moved.body.string)")
            #expect(try await store.figures.values(org: "a", from: Period("2021-02"), to: Period("2021-02")).isEmpty, "nothing written")
        }
    }

    @Test func theImportPageTakesCSVAndKeepsAReporterToTheirUnit() async throws {
        try await InProcessServer.withApp { app, store in
            let reporter = try await CasePageTests.session(store, login: "rep-a", org: "a", roles: [.reporter])
            let page = try await CasePageTests.get(app, "/import?lang=zh", reporter)
            #expect(page.status == .ok && page.body.string.contains("enctype=\"multipart/form-data\""))
            #expect(!page.body.string.contains("value=\"orgs\""), "a reporter imports values and progress only")
            let csv = Data("\u{FEFF}org,indicator,period,value\nb,sales,2021-02,3\n".utf8)
            let outside = try await Self.upload(app, reporter, kind: "values", file: csv, name: "b.csv", dryRun: true)
            #expect(outside.status == .badRequest && outside.body.string.contains("第2行"), "another unit's figures are refused")
            let own = try await Self.upload(app, reporter, kind: "values", file: Data("org,indicator,period,value\na,sales,2021-02,3\n".utf8),
                                            name: "a.csv", dryRun: false)
            #expect(own.status == .ok && own.body.string.contains("新增1行"))
            let notAWorkbook = try await Self.upload(app, reporter, kind: "values", file: Data([0x50, 0x4B, 0x03, 0x04, 0, 0]), name: "x.xlsx", dryRun: true)
            #expect(notAWorkbook.status == .badRequest && notAWorkbook.body.string.contains("不是可以读取的Excel工作簿"))
            let orgs = try await Self.upload(app, reporter, kind: "orgs", file: csv, name: "o.csv", dryRun: true)
            #expect(orgs.status == .forbidden)
            var stale = reporter
            stale.csrf = "not-the-token"
            #expect(try await Self.upload(app, stale, kind: "values", file: csv, name: "b.csv", dryRun: true).status == .forbidden)
        }
    }
}
