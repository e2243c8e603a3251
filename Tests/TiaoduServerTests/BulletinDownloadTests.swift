// The bulletin's downloads as files for Excel: the workbook (/bulletin.xlsx) read back through
// TiaoduSheets — one sheet per annex table, the caption and 征求意见稿 until accepted, the merged
// two-row head, figures as numbers with the indicator's decimals, a county named with markup kept
// as text — and the CSV (a UTF-8 BOM, a file name that says what and when, numbers without marks).
import Foundation
import Testing
import TiaoduCore
import TiaoduSheets
import VaporTesting
@testable import TiaoduServer

@Suite(.serialized) struct BulletinDownloadTests {
    @Test func theWorkbookIsTheAnnexWithNumbers() async throws {
        try await InProcessServer.withApp { app in
            try await app.testing().test(.GET, "/bulletin.xlsx?period=2021-01&lang=zh", headers: InProcessServer.admin) { response in
                #expect(response.status == .ok)
                #expect(response.headers.contentType?.serialize() == XLSXFile.mediaType)
                let disposition = response.headers.first(name: .contentDisposition) ?? ""
                #expect(disposition.hasPrefix("attachment; filename=\"bulletin-city-2021-01.xlsx\""), "\(disposition)")
                #expect(disposition.removingPercentEncoding?.contains("市-2021年1月-主要经济指标月度通报.xlsx") == true, "\(disposition)")
                let workbook = try Workbook(bytes: Data(buffer: response.body))
                #expect(workbook.sheets.map(\.name) == ["附表1"])
                let (rows, merges) = try workbook.allRows(of: workbook.sheet(named: nil))
                let title = try #require(rows.first?.cells.first)
                #expect(title.contains("2021年1月") && title.hasSuffix(PageText.text(.draftWatermark, .zh)), "not accepted: a draft — \(title)")
                #expect(rows.dropFirst().first?.cells.contains("开票销售（亿元）") == true)
                #expect(merges.contains { $0.top == 1 && $0.left == 1 && $0.right > 1 }, "the title spans the table")
                #expect(merges.contains { $0.top == 2 && $0.right > $0.left }, "an indicator spans its columns")
                let city = try #require(rows.first { $0.cells.first == "市" })
                #expect(city.cells.dropFirst().first == "19.75", "10.50 + 9.25, a number: \(city.cells)")
                let county = try #require(rows.first { $0.cells.first == InProcessServer.countyName }, "the markup of a name is text")
                #expect(county.cells.dropFirst().first == "10.5")
            }
        }
    }

    @Test func theCSVIsAFileForExcel() async throws {
        try await InProcessServer.withApp { app in
            try await app.testing().test(.GET, "/api/v1/bulletin?period=2021-01&format=csv&lang=zh", headers: InProcessServer.admin) { response in
                #expect(response.status == .ok)
                let bytes = Array(Data(buffer: response.body))
                #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "a UTF-8 BOM: Excel on Chinese Windows reads it as UTF-8")
                let disposition = response.headers.first(name: .contentDisposition) ?? ""
                #expect(disposition.removingPercentEncoding?.contains("市-2021年1月-主要经济指标月度通报.csv") == true, "\(disposition)")
                let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
                let header = try #require(text.split(separator: "\n").first)
                #expect(header.hasSuffix(",注,\(Catalogue.text(.dataStatus, .zh))"), "the marks and the status: columns of their own — \(header)")
                #expect(text.contains("2021-01,city,a,sales,开票销售（亿元）,") && text.contains(",10.50,"), "numbers without marks")
            }
        }
    }
}
