// The projects' progress template (/projects/template.xlsx) in the round trip: an owner unit's
// projects under way in the month with their stage, plan and the year's investment before, only the
// month's investment and the progress on site open, the hidden metadata naming it a progress
// template; filled in and uploaded it becomes the month's progress with no mapping, a bad number is
// refused at the template's own column title, and nobody gets another unit's template.
import Foundation
import Testing
import TiaoduCore
import TiaoduSheets
import TiaoduStore
import VaporTesting
@testable import TiaoduServer

@Suite(.serialized) struct ProgressTemplateTests {
    /// The template's sheets read back, with `investment` (and `progress`) typed into `code`'s row.
    static func filled(_ template: Data, code: String, investment: String, progress: String? = nil) throws -> Data {
        let workbook = try Workbook(bytes: template)
        var sheets: [Worksheet] = []
        for info in workbook.sheets {
            var rows = try workbook.allRows(of: info).rows.map { row in row.cells.map { SheetCell.text($0) } }
            if info.name == "进度填报", let index = rows.firstIndex(where: { $0.first?.value == .text(code) }) {
                while rows[index].count < ProgressTemplate.columns.progress { rows[index].append(SheetCell(.empty)) }
                rows[index][ProgressTemplate.columns.investment - 1] = SheetCell(.number(investment))
                if let progress { rows[index][ProgressTemplate.columns.progress - 1] = SheetCell(.text(progress)) }
            }
            var sheet = Worksheet(name: info.name, rows: rows)
            sheet.hidden = info.hidden
            sheets.append(sheet)
        }
        return try XLSXFile.data(sheets)
    }

    /// Two projects of county `a` (one under way, one in reserve) and one of `b`; January reported.
    static func register(_ store: Store) async throws {
        try await store.importCSV(.projects, text: """
            code,name,owner,category,list_level,total_investment,annual_plan,stage
            p1,新能源项目,a,industry,province,120.50,30.0,started
            p2,储备项目,a,livelihood,county,2,1.5,
            p3,学校,b,livelihood,county,2,1.5,started

            """)
        try await store.importCSV(.progress, text: "code,period,investment,progress\np1,2021-01,1.5,基础施工\n")
    }

    @Test func theTemplateComesBackAsTheMonthsProgress() async throws {
        try await InProcessServer.withApp { app, store in
            try await Self.register(store)
            let reporter = try await CasePageTests.session(store, login: "rep-a", org: "a", roles: [.reporter])
            try await Task.sleep(nanoseconds: 150_000_000)
            let response = try await CasePageTests.get(app, "/projects/template.xlsx?owner=a&period=2021-02&lang=zh", reporter)
            #expect(response.status == .ok && response.headers.contentType?.serialize() == XLSXFile.mediaType)
            let disposition = response.headers.first(name: .contentDisposition)?.removingPercentEncoding ?? ""
            #expect(disposition.contains("2021年2月-重大项目进度填报模板.xlsx"), "\(disposition)")
            let template = Data(buffer: response.body)
            let workbook = try Workbook(bytes: template)
            #expect(workbook.sheets.map(\.name) == ["进度填报", "说明", "_tiaodu"] && workbook.sheets.map(\.hidden) == [false, false, true])
            let meta = try #require(try TemplateImport.metadata(workbook))
            #expect(meta.kind == .progress && meta.org == "a" && meta.period == "2021-02")
            #expect(meta.columns == ["code": 1, "investment": ProgressTemplate.columns.investment, "progress": ProgressTemplate.columns.progress])
            let rows = try workbook.allRows(of: workbook.sheet(named: "进度填报")).rows
            let head = try #require(rows.first { $0.number == ProgressTemplate.firstRow - 1 })
            #expect(head.cells == ["项目代码", "项目名称", "阶段", "年度计划投资（亿元）", "2021年1月累计完成投资（亿元）", "本月完成投资（亿元，填写）", "形象进度（填写）"],
                    "\(head.cells)")
            let projects = rows.filter { $0.number >= ProgressTemplate.firstRow }
            #expect(projects.map { $0.cells.first } == ["p1"], "a's project under way only: \(projects.map(\.cells))")
            let p1 = try #require(projects.first)
            #expect(p1.cells[1] == "新能源项目" && p1.cells[2] == Catalogue.stage(.started, .zh) && p1.cells[3] == "30" && p1.cells[4] == "1.5",
                    "the plan and January's investment for reference: \(p1.cells)")

            // the CLI's file has the same rows
            let file = try await ProgressTemplate.file(store: store, org: "a", period: try #require(Period("2021-02")), language: .zh)
            let cli = try Workbook(bytes: file.data)
            let cliRows = try cli.allRows(of: cli.sheet(named: "进度填报")).rows.filter { $0.number >= ProgressTemplate.firstRow }
            #expect(cliRows.map(\.cells) == projects.map(\.cells) && file.name.hasSuffix("2021年2月-重大项目进度填报模板.xlsx"))

            // filled in and uploaded: the month's progress, as typed
            let filled = try Self.filled(template, code: "p1", investment: "2.25", progress: "主体结构封顶")
            let real = try await TemplateImportTests.upload(app, reporter, kind: "progress", file: filled, name: "甲县进度.xlsx", dryRun: false)
            #expect(real.status == .ok && real.body.string.contains("导入成功"), "\(real.body.string.prefix(600))")
            func february() async throws -> [ProgressReport] {
                try await store.projects.progress(year: 2021, code: "p1").map(\.report).filter { $0.period.description == "2021-02" }
            }
            var stored = try await february()
            #expect(stored.map(\.investmentText) == ["2.25"] && stored.map(\.progress) == ["主体结构封顶"])

            // a text in the investment cell: refused at the template's own column title, nothing written
            let bad = try Self.filled(template, code: "p1", investment: "12,3")
            let refused = try await TemplateImportTests.upload(app, reporter, kind: "progress", file: bad, name: "bad.xlsx", dryRun: false)
            #expect(refused.status == .badRequest)
            #expect(refused.body.string.contains("工作表“进度填报”第\(ProgressTemplate.firstRow)行，本月完成投资（亿元，填写）列"), "\(refused.body.string)")
            stored = try await february()
            #expect(stored.map(\.investmentText) == ["2.25"])
            // a progress template is not a values file
            let wrongKind = try await TemplateImportTests.upload(app, reporter, kind: "values", file: filled, name: "x.xlsx", dryRun: true)
            #expect(wrongKind.status == .badRequest)
        }
    }

    @Test func onlyWhoMayEnterTheUnitsProgressGetsItsTemplate() async throws {
        try await InProcessServer.withApp { app, store in
            try await Self.register(store)
            let reporter = try await CasePageTests.session(store, login: "rep-a", org: "a", roles: [.reporter])
            let outsider = try await CasePageTests.session(store, login: "rep-b", org: "b", roles: [.reporter])
            try await Task.sleep(nanoseconds: 150_000_000)
            let refused = try await CasePageTests.get(app, "/projects/template.xlsx?owner=a&period=2021-02&lang=zh", outsider)
            #expect(refused.status == .forbidden && refused.headers.contentType?.serialize() != XLSXFile.mediaType)
            let anonymous = try await app.testing().sendRequest(.GET, "/projects/template.xlsx?owner=a&period=2021-02")
            #expect(anonymous.headers.contentType?.serialize() != XLSXFile.mediaType)
            // the project's page links to its owner's template for the month shown
            let page = try await CasePageTests.get(app, "/projects/p1?period=2021-02&lang=zh", reporter)
            #expect(page.status == .ok && page.body.string.contains("href=\"/projects/template.xlsx?owner=a&amp;period=2021-02&amp;lang=zh\""))
            #expect(page.body.string.contains("下载进度填报模板"))
            let other = try await CasePageTests.get(app, "/projects/p3?period=2021-02&lang=zh", outsider)
            #expect(other.body.string.contains("owner=b&amp;period=2021-02") && !other.body.string.contains("owner=a&amp;"))
        }
    }
}
