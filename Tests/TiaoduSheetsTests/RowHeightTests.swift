// Rows tall enough for their wrapped text: a header that takes three lines at its column's width
// gets three lines' height; a short one, a title under a merge and a plain row keep the default.
import Testing
@testable import TiaoduSheets

@Suite struct RowHeightTests {
    @Test func wrappedHeadersGetTheirLines() {
        var sheet = Worksheet(name: "s", rows: [
            [.text("一个很长的标题，横跨全部列，不换行也不加高", .title), SheetCell(.empty), SheetCell(.empty)],
            [.text("项目代码", .headerCell), .text("本月完成投资（亿元，填写）", .headerCell), .text("第一行\n第二行", .headerCell)],
            [.text("p1"), .number("1.25", decimals: 2), .text("短")],
        ])
        sheet.merges = [CellRange(top: 1, left: 1, bottom: 1, right: 3)]
        sheet.columnWidths = [10, 10, 10]
        let heights = RowHeights(sheet, widths: [10, 10, 10], merges: sheet.merges)
        #expect(heights.height(of: 0) == nil, "the title is under a merge across the table")
        // 「本月完成投资（亿元，填写）」 is 26 columns wide: 3 lines of 9; 「第一行\n第二行」: 2 lines
        #expect(heights.height(of: 1) == 3 * RowHeights.line + 2)
        #expect(heights.height(of: 2) == nil)
        var styles = StyleTable()
        var strings = SharedStrings()
        let xml = String(decoding: WorksheetPart(sheet).bytes(selected: true, styles: &styles, strings: &strings), as: UTF8.self)
        #expect(xml.contains("<row r=\"2\" ht=\"47\" customHeight=\"1\">") && xml.contains("<row r=\"3\">"))
    }
}
