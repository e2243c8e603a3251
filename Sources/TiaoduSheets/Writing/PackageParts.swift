// The package's bookkeeping parts: [Content_Types].xml (Default for rels and xml, an Override for
// every part), the package relationships (_rels/.rels), xl/workbook.xml (the sheets in order with
// their hidden state, the active tab, print titles as _xlnm.Print_Titles defined names) and its
// relationships (xl/_rels/workbook.xml.rels: the sheets as rId1…rIdN, then styles and shared strings).

enum PackageParts {
    /// A sheet as the workbook lists it.
    struct SheetEntry {
        let name: String
        let hidden: Bool
        let printTitleRows: Int
    }

    static func contentTypes(sheetCount: Int) -> [UInt8] {
        var xml = XMLBytes(capacity: 1536 + sheetCount * 160)
        xml.raw(XMLBytes.declaration)
        xml.raw("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        xml.raw("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        xml.raw("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        xml.raw("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>")
        xml.raw("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>")
        xml.raw("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
        xml.raw("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
        xml.raw("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
        for index in 0..<sheetCount {
            xml.raw("<Override PartName=\"/")
            xml.plain(worksheetPath(index))
            xml.raw("\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
        }
        xml.raw("</Types>")
        return xml.bytes
    }

    static func packageRelationships() -> [UInt8] {
        var xml = XMLBytes(capacity: 1024)
        xml.raw(XMLBytes.declaration)
        xml.raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        xml.raw("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>")
        xml.raw("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>")
        xml.raw("<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>")
        xml.raw("</Relationships>")
        return xml.bytes
    }

    static func workbook(_ sheets: [SheetEntry], activeTab: Int) -> [UInt8] {
        var xml = XMLBytes(capacity: 1024 + sheets.count * 160)
        xml.raw(XMLBytes.declaration)
        xml.raw("<workbook xmlns=\"")
        xml.raw(XMLBytes.mainNamespace)
        xml.raw("\" xmlns:r=\"")
        xml.raw(XMLBytes.relationshipsNamespace)
        xml.raw("\"><bookViews><workbookView activeTab=\"")
        xml.int(activeTab)
        xml.raw("\"/></bookViews><sheets>")
        for (index, sheet) in sheets.enumerated() {
            xml.raw("<sheet name=\"")
            xml.attribute(sheet.name)
            xml.raw("\" sheetId=\"")
            xml.int(index + 1)
            xml.raw(sheet.hidden ? "\" state=\"hidden\" r:id=\"rId" : "\" r:id=\"rId")
            xml.int(index + 1)
            xml.raw("\"/>")
        }
        xml.raw("</sheets>")
        let titled = sheets.enumerated().filter { $0.element.printTitleRows > 0 }
        if !titled.isEmpty {
            xml.raw("<definedNames>")
            for (index, sheet) in titled {
                let rows = min(sheet.printTitleRows, CellRange.maxRow)
                xml.raw("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"")
                xml.int(index)
                xml.raw("\">")
                xml.attribute(SheetNames.quoted(sheet.name))
                xml.raw("!$1:$")
                xml.int(rows)
                xml.raw("</definedName>")
            }
            xml.raw("</definedNames>")
        }
        xml.raw("</workbook>")
        return xml.bytes
    }

    static func workbookRelationships(sheetCount: Int) -> [UInt8] {
        var xml = XMLBytes(capacity: 1024 + sheetCount * 160)
        xml.raw(XMLBytes.declaration)
        xml.raw("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        for index in 0..<sheetCount {
            xml.raw("<Relationship Id=\"rId")
            xml.int(index + 1)
            xml.raw("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
            xml.int(index + 1)
            xml.raw(".xml\"/>")
        }
        xml.raw("<Relationship Id=\"rId")
        xml.int(sheetCount + 1)
        xml.raw("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
        xml.raw("<Relationship Id=\"rId")
        xml.int(sheetCount + 2)
        xml.raw("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        xml.raw("</Relationships>")
        return xml.bytes
    }

    /// The path of the sheet at `index` (0-based) inside the package: xl/worksheets/sheet1.xml…
    static func worksheetPath(_ index: Int) -> String {
        "xl/worksheets/sheet" + String(index + 1) + ".xml"
    }
}
