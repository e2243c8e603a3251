// The reader against workbooks laid out as other programs write them — parts written here by
// hand, the way Excel, WPS, LibreOffice and openpyxl do: shared strings with rich text and
// phonetic guides, inline strings, numbers as doubles (0.1+0.2), dates by built-in and custom
// formats in both date systems, formulas by their cached values, namespace prefixes, gaps in a
// row, empty rows, hidden sheets, merged ranges; and broken ones: not a ZIP, a truncated one, a
// part missing, a ZIP bomb, bad XML, a DOCTYPE.
import Foundation
import Testing
@testable import TiaoduSheets

@Suite struct WorkbookReaderTests {
    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>
        """

    /// A package of the given sheets (name, xml, hidden) with optional shared strings and styles.
    static func workbook(_ sheets: [(String, String, Bool)], strings: String? = nil, styles: String? = nil, date1904: Bool = false,
                         prefix: String = "") throws -> Data {
        var parts: [(path: String, bytes: [UInt8])] = [("[Content_Types].xml", Array(contentTypes.utf8))]
        let list = sheets.enumerated().map { index, sheet in
            "<\(prefix)sheet name=\"\(sheet.0)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"\(sheet.2 ? " state=\"hidden\"" : "")/>"
        }.joined()
        let ns = prefix.isEmpty ? "xmlns" : "xmlns:\(prefix.dropLast())"
        parts.append(("xl/workbook.xml", Array("""
            <?xml version="1.0" encoding="UTF-8"?><\(prefix)workbook \(ns)="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><\(prefix)workbookPr\(date1904 ? " date1904=\"1\"" : "")/>\
            <\(prefix)sheets>\(list)</\(prefix)sheets></\(prefix)workbook>
            """.utf8)))
        let rels = sheets.indices.map { "<Relationship Id=\"rId\($0 + 1)\" Type=\"worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
        parts.append(("xl/_rels/workbook.xml.rels", Array("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>".utf8)))
        if let strings { parts.append(("xl/sharedStrings.xml", Array(strings.utf8))) }
        if let styles { parts.append(("xl/styles.xml", Array(styles.utf8))) }
        for (index, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", Array("""
                <?xml version="1.0" encoding="UTF-8"?><\(prefix)worksheet \(ns)="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\(sheet.1)</\(prefix)worksheet>
                """.utf8)))
        }
        return try ZipPackage.write(parts)
    }

    static func rows(_ data: Data, sheet: String? = nil) throws -> [SheetRow] {
        let workbook = try Workbook(bytes: data)
        return try workbook.allRows(of: workbook.sheet(named: sheet)).rows
    }

    @Test func cellsAsAUserSeesThem() throws {
        let strings = """
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
            <si><t>单位</t></si><si><r><rPr><b/></rPr><t>开票</t></r><r><t xml:space="preserve">销售 </t></r></si>
            <si><t>邗江区</t><rPh sb="0" eb="3"><t>ハンコウ</t></rPh></si><si><t>A &amp; B _x0009_tab _x005F_x0041_</t></si></sst>
            """
        let styles = """
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2">
            <numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="165" formatCode="0.00_ "/></numFmts>
            <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
            <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="22"/></cellXfs></styleSheet>
            """
        let sheet = """
            <sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>备注</t></is></c></row>
            <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>0.30000000000000004</v></c><c r="C2" s="1"><v>44469</v></c><c r="D2" t="s"><v>3</v></c></row>
            <row r="3"><c r="A3" t="str"><f>A2&amp;"区"</f><v>邗江区区</v></c><c r="B3" s="3"><f>B2*2</f><v>12.300000000000001</v></c><c r="C3" s="2"><v>44440</v></c></row>
            <row r="4"/>
            <row r="6"><c r="A6" t="b"><v>1</v></c><c r="B6" t="e"><v>#DIV/0!</v></c><c r="C6" s="4"><v>44469.5</v></c><c r="E6"><v>1.5E-7</v></c></row>
            <row r="7"><c r="B7"><v>123456789012345678</v></c><c r="C7"><v>-0</v></c><c r="D7"><v>007.50</v></c></row>
            </sheetData><mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>
            """
        let data = try Self.workbook([("2021年9月", sheet, false)], strings: strings, styles: styles)
        let workbook = try Workbook(bytes: data)
        let (rows, merges) = try workbook.allRows(of: workbook.sheet(named: nil))
        #expect(rows.map(\.number) == [1, 2, 3, 6, 7], "an empty row is left out; numbers as Excel shows them")
        #expect(rows[0].cells == ["单位", "开票销售 ", "", "备注"], "rich text joined, a gap filled")
        #expect(rows[1].cells == ["邗江区", "0.3", "2021-09-30", "A & B \ttab _x0041_"], "no phonetic guide; 0.1+0.2 is 0.3; a date")
        #expect(rows[2].cells == ["邗江区区", "12.3", "2021-09"], "formulas by their cached values; a year-and-month format reads as a month")
        #expect(rows[3].cells == ["TRUE", "#DIV/0!", "2021-09-30", "", "0.00000015"])
        #expect(rows[4].cells == ["", "123456789012346000", "0", "7.5"], "15 significant digits, no exponent, no -0")
        #expect(merges == [CellRange(top: 1, left: 1, bottom: 2, right: 1)])
    }

    @Test func sheetsByNameHiddenAndPrefixed() throws {
        let one = "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>甲</x:t></x:is></x:c></x:row></x:sheetData>"
        let two = "<x:sheetData><x:row><x:c t=\"inlineStr\"><x:is><x:t>乙</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row></x:sheetData>"
        let data = try Self.workbook([("元数据", one, true), ("填报", two, false)], prefix: "x:")
        let workbook = try Workbook(bytes: data)
        #expect(workbook.sheets.map(\.name) == ["元数据", "填报"] && workbook.sheets.map(\.hidden) == [true, false])
        #expect(try workbook.sheet(named: nil).name == "填报", "the first visible sheet")
        #expect(try Self.rows(data, sheet: "元数据").map(\.cells) == [["甲"]], "a hidden sheet by its name")
        #expect(try Self.rows(data).map(\.cells) == [["乙", "2"]], "cells without references follow each other")
        #expect(throws: SheetError.noSheet("9月", available: ["元数据", "填报"])) { try workbook.sheet(named: "9月") }
    }

    @Test func theDateSystems() throws {
        let styles = "<styleSheet><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"
        let sheet = "<sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>1</v></c><c r=\"C1\" s=\"1\"><v>59</v></c><c r=\"D1\" s=\"1\"><v>61</v></c></row></sheetData>"
        #expect(try Self.rows(Self.workbook([("s", sheet, false)], styles: styles)).first?.cells == ["1899-12-31", "1900-01-01", "1900-02-28", "1900-03-01"])
        #expect(try Self.rows(Self.workbook([("s", sheet, false)], styles: styles, date1904: true)).first?.cells == ["1904-01-01", "1904-01-02", "1904-02-29", "1904-03-02"])
        #expect(DateShape.of(formatID: 0, code: "General") == nil && DateShape.of(formatID: 0, code: "0.00E+00") == nil)
        #expect(DateShape.of(formatID: 0, code: "[Red]0.0;\"d\"0") == nil, "a d inside quotes or brackets is no day")
        #expect(DateShape.of(formatID: 0, code: "yyyy/m/d") == .day && DateShape.of(formatID: 0, code: "h:mm") == nil)
    }

    @Test func numbersAsExcelShowsThem() {
        let cases: [(String, String)] = [("0.1", "0.1"), ("0.30000000000000004", "0.3"), ("1234.5", "1234.5"), ("-2.5E-3", "-0.0025"),
                                         ("1E+20", "100000000000000000000"), ("3217.3600000000001", "3217.36"), ("12", "12"),
                                         ("12.0", "12"), ("-0.0", "0"), ("0.1234567890123456789", "0.123456789012346"), ("abc", "abc")]
        for (raw, shown) in cases { #expect(CellNumber.text(raw) == shown, "\(raw)") }
    }

    @Test func brokenWorkbooksAreRefusedWithWhatIsWrong() throws {
        #expect(throws: SheetError.self) { try Workbook(bytes: Data("org,indicator\n".utf8)) }
        let good = try Self.workbook([("s", "<sheetData/>", false)])
        do {
            _ = try Workbook(bytes: good.prefix(good.count / 2))
            Issue.record("a truncated package was opened")
        } catch {
            guard case .notAWorkbook = error else { Issue.record("\(error)"); return }
        }
        let noWorkbook = try ZipPackage.write([("[Content_Types].xml", Array(Self.contentTypes.utf8))])
        #expect(throws: SheetError.missingPart("xl/workbook.xml")) { try Workbook(bytes: noWorkbook) }
        let doctype = try Self.workbook([("s", "<!DOCTYPE lol [<!ENTITY a \"aaaa\">]><sheetData/>", false)])
        let badXML = try Self.workbook([("s", "<sheetData><row><c><v>1</v></c></row", false)])
        for data in [doctype, badXML] {
            do {
                _ = try Self.rows(data)
                Issue.record("bad XML was read")
            } catch {
                guard case .badXML? = error as? SheetError else { Issue.record("\(error)"); return }
            }
        }
        let missing = try Self.workbook([("s", "<sheetData><row><c t=\"s\"><v>5</v></c></row></sheetData>", false)], strings: "<sst><si><t>a</t></si></sst>")
        #expect(throws: SheetError.badSharedString(cell: "A1", index: 5)) { try Self.rows(missing) }
    }

    @Test func aZipBombStopsAtItsLimit() throws {
        // 16 MB of one repeated row compresses to a few dozen kilobytes: far past 200 to 1
        let row = Array("<row><c><v>1</v></c></row>".utf8)
        var xml = Array("<worksheet><sheetData>".utf8)
        xml.reserveCapacity(16 << 20)
        while xml.count < 16 << 20 { xml += row }
        xml += Array("</sheetData></worksheet>".utf8)
        var parts = try ZipPackageTests.parts(of: Self.workbook([("s", "<sheetData/>", false)]))
        parts = parts.map { $0.path == "xl/worksheets/sheet1.xml" ? ($0.path, xml) : $0 }
        let bomb = try ZipPackage.write(parts)
        #expect(bomb.count < 1 << 20)
        let workbook = try Workbook(bytes: bomb, limits: ZipLimits(slack: 1 << 20))
        #expect(ZipLimits.standard.ratio == 200)
        var read = 0
        do {
            try workbook.rows(of: workbook.sheet(named: nil)) { _ in read += 1 }
            Issue.record("the bomb was read whole")
        } catch {
            guard case .tooLarge = error else { Issue.record("\(error)"); return }
        }
        #expect(read < 100_000, "stopped early: \(read) rows")
    }

    @Test func whatTheWriterWritesReadsBack() throws {
        var sheet = Worksheet(name: "通报", rows: [
            [.text("扬州市主要经济指标", .title)],
            [.text("单位", .headerCell), .text("开票销售（亿元）", .headerCell), .text("同比%", .headerCell)],
            [.text("=HYPERLINK(\"x\")"), .number("3217.36", decimals: 2), .number("-2.7", decimals: 1)],
            [.text(" 邗江区\t"), .number(nil, decimals: 2), SheetCell(.number("0.1"))],
        ])
        sheet.merges = [CellRange(top: 1, left: 1, bottom: 1, right: 3)]
        sheet.frozenRows = 2
        let workbook = try Workbook(bytes: XLSXFile.data([sheet, Worksheet(name: "元数据", rows: [[.text("v1")]])]))
        #expect(workbook.sheets.map(\.name) == ["通报", "元数据"])
        let (rows, merges) = try workbook.allRows(of: workbook.sheet(named: "通报"))
        #expect(rows.map(\.cells) == [["扬州市主要经济指标"], ["单位", "开票销售（亿元）", "同比%"],
                                      ["=HYPERLINK(\"x\")", "3217.36", "-2.7"], [" 邗江区\t", "", "0.1"]], "a formula-like text stays text")
        #expect(merges == [CellRange(top: 1, left: 1, bottom: 1, right: 3)])
    }

    @Test func aRowLimit() throws {
        let sheet = "<sheetData>" + (1...20).map { "<row r=\"\($0)\"><c><v>\($0)</v></c></row>" }.joined() + "</sheetData>"
        var workbook = try Workbook(bytes: Self.workbook([("s", sheet, false)]))
        workbook.maxRows = 10
        #expect(throws: SheetError.tooManyRows(limit: 10)) { try workbook.allRows(of: workbook.sheet(named: nil)) }
    }
}

/// The parts of a package, for tests that change one.
enum ZipPackageTests {
    static func parts(of data: Data) throws -> [(path: String, bytes: [UInt8])] {
        let package = try ZipPackage(bytes: data, limits: .standard)
        return try package.paths.map { ($0, try package.read($0)) }
    }
}
