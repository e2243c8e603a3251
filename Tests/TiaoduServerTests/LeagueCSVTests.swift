// The league table's CSV (/league.csv): a file for Excel — the BOM, a file name that says what and
// when, the workbook's header, the scope's row first, figures as plain numbers, a county named
// with markup kept as text — and no file for who may not read the league.
import Foundation
import Testing
import TiaoduCore
import VaporTesting
@testable import TiaoduServer

@Suite(.serialized) struct LeagueCSVTests {
    @Test func theLeagueAsCSV() async throws {
        try await InProcessServer.withApp { app in
            let response = try await app.testing().sendRequest(.GET, "/league.csv?indicator=sales&period=2021-01&lang=zh", headers: InProcessServer.admin)
            #expect(response.status == .ok && response.headers.contentType?.subType == "csv")
            let bytes = Array(Data(buffer: response.body))
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            #expect(response.headers.first(name: .contentDisposition)?.removingPercentEncoding?.contains("市-2021年1月-开票销售") == true)
            let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\r\n").map(String.init)
            #expect(lines.first?.hasPrefix("地区,累计,") == true, "\(lines.first ?? "")")
            #expect(lines.dropFirst().first?.hasPrefix("市,19.75,") == true, "the scope first: \(lines)")
            #expect(lines.contains { $0.contains("10.50") }, "a county's figure as the page rounds it")
            let anonymous = try await app.testing().sendRequest(.GET, "/league.csv?indicator=sales&period=2021-01")
            #expect(anonymous.headers.contentType?.subType != "csv", "nobody signed in gets no file before publication")
        }
    }
}
