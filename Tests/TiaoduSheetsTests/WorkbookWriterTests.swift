// The .xlsx writer's parts, checked as text: column letters and references, sheet names, the
// escaping of cell text (XML entities, OOXML's _xHHHH_, a literal _x0041_), the shared strings
// table, numbers written exactly, formula-like text kept as text, deduplicated styles, empty
// styled cells, the worksheet's elements in schema order, the workbook's sheets, hidden state
// and print titles, input rules, fitted column widths, and the same bytes for the same input.
// Reading the parts back through the reader, openpyxl and LibreOffice is checked elsewhere.
import Testing
@testable import TiaoduSheets

@Suite struct WorkbookWriterTests {
    typealias Parts = [(path: String, bytes: [UInt8])]

    func text(_ parts: Parts, _ path: String) -> String {
        guard let found = parts.first(where: { $0.path == path }) else { return "" }
        return String(decoding: found.bytes, as: UTF8.self)
    }

    func sheetXML(_ parts: Parts, _ number: Int = 1) -> String { text(parts, "xl/worksheets/sheet\(number).xml") }
    func sharedStrings(_ parts: Parts) -> String { text(parts, "xl/sharedStrings.xml") }

    /// The UTF-8 offset where `marker` first occurs in `text` at or after `start`, or nil.
    func offset(of marker: String, in text: String, from start: Int = 0) -> Int? {
        let haystack = Array(text.utf8)
        let needle = Array(marker.utf8)
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for i in start...(haystack.count - needle.count) where haystack[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }

    func has(_ text: String, _ marker: String) -> Bool { offset(of: marker, in: text) != nil }

    /// Whether every marker occurs, each after the one before.
    func inOrder(_ text: String, _ markers: [String]) -> Bool {
        var start = 0
        for marker in markers {
            guard let found = offset(of: marker, in: text, from: start) else { return false }
            start = found + marker.utf8.count
        }
        return true
    }

    func sheet(_ rows: [[SheetCell]]) -> Worksheet { Worksheet(name: "表", rows: rows) }
    func sheet(_ name: String, _ rows: [[SheetCell]]) -> Worksheet { Worksheet(name: name, rows: rows) }

    // MARK: references

    @Test func columnLetters() {
        #expect(CellRange.column(1) == "A")
        #expect(CellRange.column(2) == "B")
        #expect(CellRange.column(26) == "Z")
        #expect(CellRange.column(27) == "AA")
        #expect(CellRange.column(52) == "AZ")
        #expect(CellRange.column(53) == "BA")
        #expect(CellRange.column(702) == "ZZ")
        #expect(CellRange.column(703) == "AAA")
        #expect(CellRange.column(16384) == "XFD")
    }

    @Test func rangeReferences() {
        #expect(CellRange(top: 1, left: 1, bottom: 1, right: 6).reference == "A1:F1")
        #expect(CellRange(top: 3, left: 2, bottom: 3, right: 2).reference == "B3")
        #expect(CellRange(top: 2, left: 27, bottom: 100, right: 28).reference == "AA2:AB100")
        #expect(CellRange(top: 3, left: 6, bottom: 1, right: 1).reference == "A1:F3", "corners put in order")
        #expect(CellRange(top: 0, left: -4, bottom: 0, right: 0).reference == "A1", "kept inside the grid")
        #expect(CellRange(top: 1, left: 1, bottom: 2_000_000, right: 20_000).reference == "A1:XFD1048576")
    }

    // MARK: sheet names

    @Test func sheetNamesAreSanitisedAndUnique() {
        let names = SheetNames.sanitised([
            "2021/09 通报", "", "Data", "data", "A[1]:*?", "'引号'", "History", String(repeating: "长", count: 40),
            " 空格 ", "tab\there",
        ])
        #expect(names == [
            "2021_09 通报", "Sheet2", "Data", "data (2)", "A_1____", "引号", "History (2)",
            String(repeating: "长", count: 31), "空格", "tabhere",
        ])
        let long = String(repeating: "x", count: 31)
        #expect(SheetNames.sanitised([long, long.uppercased(), long]) == [
            long, String(repeating: "X", count: 27) + " (2)", String(repeating: "x", count: 27) + " (3)",
        ])
        #expect(SheetNames.sanitised(["Sheet2", ""]) == ["Sheet2", "Sheet2 (2)"])
        #expect(SheetNames.sanitised([String(repeating: "😀", count: 20)]) == [String(repeating: "😀", count: 15)],
                "31 UTF-16 units, never half a character")

        let parts = WorkbookWriter.parts([sheet("a/b", []), sheet("A_B", [])])
        let workbook = text(parts, "xl/workbook.xml")
        #expect(has(workbook, "<sheet name=\"a_b\" sheetId=\"1\" r:id=\"rId1\"/>"))
        #expect(has(workbook, "<sheet name=\"A_B (2)\" sheetId=\"2\" r:id=\"rId2\"/>"))
    }

    // MARK: text

    @Test func cellTextIsEscaped() {
        let texts = [
            "a & <b> \"c\"", "tab\there", "\u{1}bell", "_x0041_", "  lead", "line\nbreak", "\u{FFFF}", "cr\r",
            "_x12_", "_xZZZZ_", "_x00e9_x0042_", "中文 &amp;",
        ]
        let parts = WorkbookWriter.parts([sheet([texts.map { SheetCell.text($0) }])])
        let strings = sharedStrings(parts)
        #expect(has(strings, "<si><t>a &amp; &lt;b&gt; &quot;c&quot;</t></si>"))
        #expect(has(strings, "<si><t xml:space=\"preserve\">tab\there</t></si>"))
        #expect(has(strings, "<si><t>_x0001_bell</t></si>"))
        #expect(has(strings, "<si><t>_x005F_x0041_</t></si>"), "a literal _x0041_ reads back as typed")
        #expect(has(strings, "<si><t xml:space=\"preserve\">  lead</t></si>"))
        #expect(has(strings, "<si><t xml:space=\"preserve\">line\nbreak</t></si>"))
        #expect(has(strings, "<si><t>_xFFFF_</t></si>"))
        #expect(has(strings, "<si><t xml:space=\"preserve\">cr_x000D_</t></si>"))
        #expect(has(strings, "<si><t>_x12_</t></si>"))
        #expect(has(strings, "<si><t>_xZZZZ_</t></si>"))
        #expect(has(strings, "<si><t>_x005F_x00e9_x005F_x0042_</t></si>"))
        #expect(has(strings, "<si><t>中文 &amp;amp;</t></si>"))
        #expect(!has(strings, "\u{1}"))
        #expect(!has(strings, "\r"))
    }

    @Test func attributesAndNumbersInTheByteBuffer() {
        var xml = XMLBytes()
        xml.attribute("a\"b<c>&\n\t\r\u{2}d\u{FFFE}e")
        #expect(String(decoding: xml.bytes, as: UTF8.self) == "a&quot;b&lt;c&gt;&amp;&#10;&#9;&#13;de")

        var numbers = XMLBytes()
        numbers.int(0)
        numbers.raw(" ")
        numbers.int(-12)
        numbers.raw(" ")
        numbers.int(1_048_576)
        numbers.raw(" ")
        numbers.decimal(14)
        numbers.raw(" ")
        numbers.decimal(12.5)
        #expect(String(decoding: numbers.bytes, as: UTF8.self) == "0 -12 1048576 14 12.5")
        #expect(XMLBytes.digits(2001) == Array("2001".utf8))
    }

    @Test func sharedStringsCountReferencesAndUniqueEntries() {
        let parts = WorkbookWriter.parts([
            sheet("一", [[.text("甲"), .text("乙")], [.text("甲")]]),
            sheet("二", [[.text("乙"), .text("é"), .text("e\u{301}")]]),
        ])
        let strings = sharedStrings(parts)
        #expect(has(strings, "count=\"6\" uniqueCount=\"4\""), "é typed two ways stays two entries")
        let first = sheetXML(parts, 1)
        #expect(has(first, "<c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\" t=\"s\"><v>1</v></c>"))
        #expect(has(first, "<c r=\"A2\" s=\"1\" t=\"s\"><v>0</v></c>"))
        #expect(has(sheetXML(parts, 2), "<c r=\"A1\" s=\"1\" t=\"s\"><v>1</v></c>"), "one table for the workbook")

        let empty = sharedStrings(WorkbookWriter.parts([sheet([[.number("1", decimals: 0)]])]))
        #expect(has(empty, "count=\"0\" uniqueCount=\"0\"/>"))
    }

    @Test func formulaLikeTextStaysText() {
        let hostile = ["=SUM(A1:A2)", "+1", "-1+2", "@cmd", "\tx", "\rx", "=HYPERLINK(\"http://x\")"]
        let parts = WorkbookWriter.parts([sheet([hostile.map { SheetCell.text($0) }])])
        let xml = sheetXML(parts)
        for (column, _) in hostile.enumerated() {
            let reference = CellRange.column(column + 1) + "1"
            #expect(has(xml, "<c r=\"\(reference)\" s=\"1\" t=\"s\"><v>\(column)</v></c>"))
        }
        #expect(!has(xml, "<f>"))
        #expect(!has(xml, "<f "))
        let strings = sharedStrings(parts)
        #expect(has(strings, "<t>=SUM(A1:A2)</t>"))
        #expect(has(strings, "<t>=HYPERLINK(&quot;http://x&quot;)</t>"))
        #expect(has(strings, "<t xml:space=\"preserve\">_x000D_x</t>"))
    }

    // MARK: numbers

    @Test func plainDecimals() {
        for good in ["0", "12", "-0.5", "3217.36", "12.30", "007", "-12345678901234567890.5"] {
            #expect(CellValue.isPlainDecimal(good), "\(good)")
        }
        for bad in ["", "-", ".5", "12.", "1,234", "1e5", "+3", " 12", "12 ", "１２", "1.2.3", "--1", "NaN", "0x1F"] {
            #expect(!CellValue.isPlainDecimal(bad), "\(bad)")
        }
    }

    @Test func numbersAreWrittenExactlyAndOthersAsText() {
        let values: [CellValue] = [
            .number("3217.36"), .number("12.30"), .number("-0.5"), .number("007"), .number("1,234"), .number("1e5"),
            .number("12."), .number(" 12"), .bool(true), .bool(false), .number(""),
        ]
        let parts = WorkbookWriter.parts([sheet([values.map { SheetCell($0) }])])
        let xml = sheetXML(parts)
        #expect(has(xml, "<c r=\"A1\"><v>3217.36</v></c>"))
        #expect(has(xml, "<c r=\"B1\"><v>12.30</v></c>"), "digits as given, never through a Double")
        #expect(has(xml, "<c r=\"C1\"><v>-0.5</v></c>"))
        #expect(has(xml, "<c r=\"D1\"><v>007</v></c>"))
        #expect(has(xml, "<c r=\"E1\" t=\"s\"><v>0</v></c>"))
        #expect(has(xml, "<c r=\"H1\" t=\"s\"><v>3</v></c>"))
        #expect(has(xml, "<c r=\"I1\" t=\"b\"><v>1</v></c>"))
        #expect(has(xml, "<c r=\"J1\" t=\"b\"><v>0</v></c>"))
        #expect(!has(xml, "r=\"K1\""), "an empty number with the default style is not written")
        let strings = sharedStrings(parts)
        #expect(has(strings, "<t>1,234</t>"))
        #expect(has(strings, "<t>1e5</t>"))
        #expect(has(strings, "<t>12.</t>"))
        #expect(has(strings, "<t xml:space=\"preserve\"> 12</t>"))
    }

    // MARK: styles

    @Test func stylePresets() {
        #expect(CellStyle.number(decimals: 0).numberFormat == "0")
        #expect(CellStyle.number(decimals: 3).numberFormat == "0.000")
        #expect(CellStyle.number(decimals: -1).numberFormat == "0")
        #expect(CellStyle.input(decimals: 1).locked == false)
        #expect(CellStyle.input(decimals: 1).numberFormat == "0.0")
        #expect(CellStyle.plain.border == false)
        #expect(CellStyle.text.border)
        #expect(CellStyle.title.bold && CellStyle.title.fontSize == 14)
        #expect(CellStyle.headerCell.header)
        #expect(SheetCell.number(nil, decimals: 2) == SheetCell(.empty, style: .number(decimals: 2)))
        #expect(SheetCell.number("1.50", decimals: 2).value == .number("1.50"))
        #expect(SheetCell.text("x").style == .text)
    }

    @Test func stylesAreDeduplicatedInOrderOfFirstUse() {
        var table = StyleTable()
        #expect(table.index(of: .plain) == 0)
        #expect(table.index(of: .text) == 1)
        #expect(table.index(of: .number(decimals: 2)) == 2)
        #expect(table.index(of: .text) == 1)
        #expect(table.index(of: CellStyle(numberFormat: "0.00")) == 2)
        #expect(table.index(of: .number(decimals: 1)) == 3)
        #expect(table.index(of: .headerCell) == 4)
        #expect(table.index(of: CellStyle(bold: true, header: true, wrap: true)) == 4, "the same look, the same format")
        #expect(table.index(of: .input(decimals: 1)) == 5)
        #expect(table.index(of: .title) == 6)
        #expect(table.index(of: CellStyle(fontSize: Double.nan)) == 1, "a size that is no number is 11")
        #expect(table.index(of: CellStyle(fontSize: Double.nan)) == 1)
        #expect(table.index(of: CellStyle(border: false, indent: 2)) == 7)
        #expect(table.index(of: CellStyle(numberFormat: "#,##0.0")) == 8)
        #expect(table.index(of: CellStyle(numberFormat: "General")) == 1)
        #expect(table.formats.count == 9)
        #expect(table.customNumberFormats.map { $0.id } == [164, 165])
        #expect(table.customNumberFormats.map { $0.code } == ["0.0", "#,##0.0"])

        let xml = String(decoding: table.part(), as: UTF8.self)
        #expect(inOrder(xml, [
            "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.0\"/><numFmt numFmtId=\"165\" formatCode=\"#,##0.0\"/></numFmts>",
            "<fonts count=\"3\"><font><sz val=\"11\"/>", "<font><b/><sz val=\"11\"/>", "<font><b/><sz val=\"14\"/>",
            "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>",
            "<fgColor rgb=\"FFF2F2F2\"/>", "<fgColor rgb=\"FFFFF2CC\"/>",
            "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style=\"thin\">",
            "<cellStyleXfs count=\"1\">",
            "<cellXfs count=\"9\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\"/>",
            "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\"/>",
            "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\"/>",
            "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>",
            "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"3\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyFill=\"1\" applyBorder=\"1\" applyProtection=\"1\"><protection locked=\"0\"/></xf>",
            "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>",
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment horizontal=\"left\" indent=\"2\"/></xf>",
            "</cellXfs>",
            "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>",
            "</styleSheet>",
        ]))
        #expect(!has(xml, "numFmtId=\"2\" formatCode"), "built-in formats are not declared")
    }

    @Test func cellsCarryTheirStyleIndex() {
        let parts = WorkbookWriter.parts([sheet([[.text("a"), .number("1", decimals: 2)]])])
        let xml = sheetXML(parts)
        #expect(has(xml, "<c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"2\"><v>1</v></c>"))
        #expect(has(text(parts, "xl/styles.xml"), "<cellXfs count=\"3\">"))
    }

    @Test func emptyCellsAreWrittenOnlyWhenStyled() {
        let rows: [[SheetCell]] = [
            [], [], [],
            [SheetCell(.empty), SheetCell(.empty, style: .text), .number(nil, decimals: 1), SheetCell(.text(""))],
            [SheetCell(.empty), SheetCell(.text(""))],
        ]
        let xml = sheetXML(WorkbookWriter.parts([sheet(rows)]))
        #expect(has(xml, "<sheetData><row r=\"4\"><c r=\"B4\" s=\"1\"/><c r=\"C4\" s=\"2\"/></row></sheetData>"))
        #expect(!has(xml, "r=\"A4\""))
        #expect(!has(xml, "<row r=\"5\""))
        #expect(has(xml, "<dimension ref=\"A1:D5\"/>"))

        let blank = sheetXML(WorkbookWriter.parts([sheet([])]))
        #expect(has(blank, "<dimension ref=\"A1\"/>"))
        #expect(has(blank, "<sheetData/>"))
        #expect(!has(blank, "<cols>"))
    }

    // MARK: worksheet layout

    func laidOutSheet() -> Worksheet {
        var sheet = Worksheet(name: "通报", rows: [
            [.text("扬州市 2021年1-9月", .title), SheetCell(.empty), SheetCell(.empty)],
            [.text("单位", .headerCell), .text("类别", .headerCell), .text("本月", .headerCell)],
            [.text("邗江区"), .text("区县"), SheetCell(.number("12.5"), style: .input(decimals: 1))],
        ])
        sheet.merges = [CellRange(top: 1, left: 1, bottom: 1, right: 3)]
        sheet.frozenRows = 2
        sheet.frozenColumns = 1
        sheet.columnWidths = [10, 12.5, 8]
        sheet.printTitleRows = 2
        sheet.protected = true
        sheet.validations = [
            DataValidation(range: CellRange(top: 3, left: 3, bottom: 3, right: 3), rule: .decimal, prompt: "填数字", error: "不是数字"),
            DataValidation(range: CellRange(top: 3, left: 2, bottom: 3, right: 2), rule: .list(["区县", "市直"])),
        ]
        return sheet
    }

    @Test func worksheetElementsInSchemaOrder() {
        let xml = sheetXML(WorkbookWriter.parts([laidOutSheet()]))
        #expect(inOrder(xml, [
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"",
            "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>",
            "<dimension ref=\"A1:C3\"/>",
            "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">",
            "<pane xSplit=\"1\" ySplit=\"2\" topLeftCell=\"B3\" activePane=\"bottomRight\" state=\"frozen\"/>",
            "<selection pane=\"bottomRight\" activeCell=\"B3\" sqref=\"B3\"/>",
            "</sheetViews>",
            "<sheetFormatPr",
            "<cols><col min=\"1\" max=\"1\" width=\"10\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"12.5\" customWidth=\"1\"/>",
            "</cols>",
            "<sheetData>",
        ]))
        #expect(has(xml, "<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c></row>"),
                "the title's empty neighbours have the default style and are not written")
        #expect(inOrder(xml, [
            "<sheetPr>", "<dimension", "<sheetViews>", "<sheetFormatPr", "<cols>", "<sheetData>",
            "<row r=\"3\"><c r=\"A3\" s=\"3\" t=\"s\"><v>4</v></c><c r=\"B3\" s=\"3\" t=\"s\"><v>5</v></c><c r=\"C3\" s=\"4\"><v>12.5</v></c></row>",
            "</sheetData>",
            "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\"",
            "<mergeCells count=\"1\"><mergeCell ref=\"A1:C1\"/></mergeCells>",
            "<dataValidations count=\"2\">",
            "<dataValidation type=\"decimal\" operator=\"between\" allowBlank=\"1\" showInputMessage=\"1\" prompt=\"填数字\" showErrorMessage=\"1\" error=\"不是数字\" sqref=\"C3\"><formula1>-999999999999999</formula1><formula2>999999999999999</formula2></dataValidation>",
            "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" sqref=\"B3\"><formula1>&quot;区县,市直&quot;</formula1></dataValidation>",
            "</dataValidations>",
            "<pageMargins ",
            "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>",
            "</worksheet>",
        ]))
        #expect(has(xml, "<row r=\"2\"><c r=\"A2\" s=\"2\" t=\"s\"><v>1</v></c>"))
    }

    @Test func frozenPanesAndPageOrientation() {
        var rowsOnly = sheet([[.text("a")]])
        rowsOnly.frozenRows = 1
        rowsOnly.landscape = false
        let rowsXML = sheetXML(WorkbookWriter.parts([rowsOnly]))
        #expect(has(rowsXML, "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(has(rowsXML, "orientation=\"portrait\""))

        var columnsOnly = sheet([[.text("a")]])
        columnsOnly.frozenColumns = 2
        let columnsXML = sheetXML(WorkbookWriter.parts([columnsOnly]))
        #expect(has(columnsXML, "<pane xSplit=\"2\" topLeftCell=\"C1\" activePane=\"topRight\" state=\"frozen\"/>"))

        var none = sheet([[.text("a")]])
        none.frozenRows = -3
        let noneXML = sheetXML(WorkbookWriter.parts([none]))
        #expect(!has(noneXML, "<pane"))
        #expect(has(noneXML, "<sheetView tabSelected=\"1\" workbookViewId=\"0\"/>"))
        #expect(!has(noneXML, "<sheetProtection"))
        #expect(!has(noneXML, "<mergeCells"))
        #expect(!has(noneXML, "<dataValidations"))
    }

    @Test func mergesOfOneCellOrOverlappingAreLeftOut() {
        var merged = sheet([[.text("a")]])
        merged.merges = [
            CellRange(top: 1, left: 1, bottom: 1, right: 3), CellRange(top: 2, left: 2, bottom: 2, right: 2),
            CellRange(top: 1, left: 3, bottom: 2, right: 4), CellRange(top: 2, left: 1, bottom: 3, right: 1),
        ]
        let xml = sheetXML(WorkbookWriter.parts([merged]))
        #expect(has(xml, "<mergeCells count=\"2\"><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"A2:A3\"/></mergeCells>"))
    }

    // MARK: input rules

    @Test func validations() {
        var rules = sheet([[.text("a")]])
        let long = (1...60).map { "单位\($0)" }
        rules.validations = [
            DataValidation(range: CellRange(top: 2, left: 1, bottom: 9, right: 1), rule: .list(["区县", "市直, 部门", "say \"hi\"", ""])),
            DataValidation(range: CellRange(top: 2, left: 2, bottom: 9, right: 2), rule: .wholeNumber, error: "请填整数"),
            DataValidation(range: CellRange(top: 2, left: 4, bottom: 2, right: 4), rule: .list(long), prompt: "从单位表中选"),
            DataValidation(range: CellRange(top: 2, left: 5, bottom: 2, right: 5), rule: .list(long)),
            DataValidation(range: CellRange(top: 2, left: 6, bottom: 2, right: 6), rule: .decimal,
                           prompt: String(repeating: "长", count: 300), error: "a\nb"),
        ]
        let xml = sheetXML(WorkbookWriter.parts([rules]))
        #expect(has(xml, "<dataValidations count=\"4\">"), "a list too long for Excel and with no message is left out")
        #expect(has(xml, "<formula1>&quot;区县,市直， 部门,say &quot;&quot;hi&quot;&quot;&quot;</formula1>"))
        #expect(has(xml, "<dataValidation type=\"whole\" operator=\"between\" allowBlank=\"1\" showErrorMessage=\"1\" error=\"请填整数\" sqref=\"B2:B9\">"))
        #expect(has(xml, "<dataValidation allowBlank=\"1\" showInputMessage=\"1\" prompt=\"从单位表中选\" sqref=\"D2\"/>"))
        #expect(has(xml, "prompt=\"" + String(repeating: "长", count: 255) + "\""))
        #expect(has(xml, "error=\"a&#10;b\""))
        #expect(DataValidation.listFormula(["", ""]) == nil)
        #expect(DataValidation.listFormula(["是", "否"]) == "\"是,否\"")
    }

    // MARK: column widths

    @Test func columnWidthsFitTheContents() {
        var fitted = sheet([
            [.text(String(repeating: "标", count: 30), .title)],
            [.text("单位", .headerCell), .text("开票销售（亿元）", .headerCell), .text("x"), .text(String(repeating: "a", count: 80))],
            [.text("邗江区"), .number("12345.67", decimals: 2)],
        ])
        fitted.merges = [CellRange(top: 1, left: 1, bottom: 1, right: 3)]
        let xml = sheetXML(WorkbookWriter.parts([fitted]))
        #expect(has(xml, "<cols><col min=\"1\" max=\"1\" width=\"8\" customWidth=\"1\"/>"), "the merged title does not widen A")
        #expect(has(xml, "<col min=\"2\" max=\"2\" width=\"18\" customWidth=\"1\"/>"))
        #expect(has(xml, "<col min=\"3\" max=\"3\" width=\"6\" customWidth=\"1\"/>"))
        #expect(has(xml, "<col min=\"4\" max=\"4\" width=\"50\" customWidth=\"1\"/></cols>"))

        #expect(ColumnFitting.textWidth("开票销售（亿元）") == 16)
        #expect(ColumnFitting.textWidth("ab\n中文中文") == 8, "the longest line")
        #expect(ColumnFitting.numberWidth("1234567.8", format: "#,##0.0") == 11)
        #expect(ColumnFitting.numberWidth("-3.25", format: "0.00") == 5)
        #expect(ColumnFitting.numberWidth("3217.36", format: nil) == 7)
        #expect(ColumnFitting.displayWidth(SheetCell(.text("ab"), style: CellStyle(fontSize: 22))) == 4)
    }

    // MARK: workbook

    @Test func partsInZipOrderWithTheirRelationships() {
        var meta = sheet("meta", [[.text("v1")]])
        meta.hidden = true
        let parts = WorkbookWriter.parts([sheet("通报", []), meta])
        #expect(parts.map { $0.path } == [
            "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
            "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
        ])
        let types = text(parts, "[Content_Types].xml")
        #expect(has(types, "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"))
        #expect(has(types, "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"))
        for part in ["/xl/workbook.xml", "/xl/styles.xml", "/xl/sharedStrings.xml", "/docProps/app.xml", "/docProps/core.xml",
                     "/xl/worksheets/sheet1.xml", "/xl/worksheets/sheet2.xml"] {
            #expect(has(types, "<Override PartName=\"\(part)\""), "\(part)")
        }
        let root = text(parts, "_rels/.rels")
        #expect(has(root, "relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"))
        let relationships = text(parts, "xl/_rels/workbook.xml.rels")
        #expect(inOrder(relationships, [
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>",
            "<Relationship Id=\"rId2\"", "Target=\"worksheets/sheet2.xml\"/>",
            "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>",
            "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>",
        ]))
        let core = text(parts, "docProps/core.xml")
        #expect(has(core, "<dc:creator>Tiaodu</dc:creator>"))
        #expect(!has(core, "dcterms:created"), "no clock in the bytes unless given")
    }

    @Test func workbookListsSheetsHiddenStateAndPrintTitles() {
        var bulletin = sheet("通报", [[.text("a")]])
        bulletin.printTitleRows = 3
        var quoted = sheet("O'Brien & Co", [[.text("b")]])
        quoted.printTitleRows = 2
        var meta = sheet("meta", [[.text("c")]])
        meta.hidden = true
        let workbook = text(WorkbookWriter.parts([bulletin, quoted, meta]), "xl/workbook.xml")
        #expect(inOrder(workbook, [
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">",
            "<bookViews><workbookView activeTab=\"0\"/></bookViews>",
            "<sheets><sheet name=\"通报\" sheetId=\"1\" r:id=\"rId1\"/>",
            "<sheet name=\"O'Brien &amp; Co\" sheetId=\"2\" r:id=\"rId2\"/>",
            "<sheet name=\"meta\" sheetId=\"3\" state=\"hidden\" r:id=\"rId3\"/></sheets>",
            "<definedNames><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'通报'!$1:$3</definedName>",
            "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'O''Brien &amp; Co'!$1:$2</definedName></definedNames>",
            "</workbook>",
        ]))
    }

    @Test func oneSheetAlwaysStaysVisible() {
        var first = sheet("a", [])
        first.hidden = true
        var second = sheet("b", [])
        second.hidden = true
        let allHidden = WorkbookWriter.parts([first, second])
        let workbook = text(allHidden, "xl/workbook.xml")
        #expect(has(workbook, "<sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/>"))
        #expect(has(workbook, "<sheet name=\"b\" sheetId=\"2\" state=\"hidden\" r:id=\"rId2\"/>"))

        let firstHidden = WorkbookWriter.parts([first, sheet("c", [])])
        #expect(has(text(firstHidden, "xl/workbook.xml"), "<workbookView activeTab=\"1\"/>"))
        #expect(!has(sheetXML(firstHidden, 1), "tabSelected"))
        #expect(has(sheetXML(firstHidden, 2), "tabSelected=\"1\""))

        let none = WorkbookWriter.parts([])
        #expect(has(text(none, "xl/workbook.xml"), "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>"))
        #expect(none.count == 9)
    }

    @Test func creationTimeOnlyWhenGivenInW3CDTF() {
        func created(_ stamp: String) -> String { text(WorkbookWriter.parts([], created: stamp), "docProps/core.xml") }
        #expect(has(created("2021-10-05"), "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2021-10-05T00:00:00Z</dcterms:created>"))
        #expect(has(created("2021-10-05T08:30:00"), ">2021-10-05T08:30:00Z</dcterms:created>"))
        #expect(has(created("2021-10-05T08:30:00Z"), ">2021-10-05T08:30:00Z</dcterms:modified>"))
        #expect(has(created("2021-10-05T08:30:00+08:00"), ">2021-10-05T08:30:00+08:00</dcterms:created>"))
        #expect(!has(created("yesterday"), "dcterms:created"))
        #expect(!has(created("2021-10-05T08:30"), "dcterms:created"))
        #expect(!has(created("2021-10-05<x/>"), "dcterms:created"))
    }

    // MARK: determinism and size

    @Test func sameInputSameBytes() {
        var hidden = sheet("meta", [[.text("unit"), .text("321003")]])
        hidden.hidden = true
        let sheets = [laidOutSheet(), hidden, sheet("二", [[.text("甲"), .number("3.5", decimals: 1), SheetCell(.bool(true))]])]
        let once = WorkbookWriter.parts(sheets, created: "2021-10-05")
        let twice = WorkbookWriter.parts(sheets, created: "2021-10-05")
        #expect(once.count == twice.count)
        for (a, b) in zip(once, twice) {
            #expect(a.path == b.path)
            #expect(a.bytes == b.bytes, "\(a.path)")
        }
    }

    @Test func aLargerSheet() {
        let rows: [[SheetCell]] = (1...2000).map { r in
            [SheetCell.text("单位\(r % 50)")] + (1...11).map { c in SheetCell.number("\(r).\(c)", decimals: 1) }
        }
        let parts = WorkbookWriter.parts([sheet(rows)])
        let xml = sheetXML(parts)
        #expect(has(xml, "<dimension ref=\"A1:L2000\"/>"))
        #expect(has(xml, "<row r=\"2000\"><c r=\"A2000\" s=\"1\" t=\"s\"><v>49</v></c><c r=\"B2000\" s=\"2\"><v>2000.1</v></c>"))
        #expect(has(xml, "<c r=\"L2000\" s=\"2\"><v>2000.11</v></c></row></sheetData>"))
        #expect(has(sharedStrings(parts), "count=\"2000\" uniqueCount=\"50\""))
    }
}
