// The writer's entry point: worksheets in, the OOXML parts of the workbook out — each part's path
// inside the package and its bytes, in the order they should be zipped. The sheets' names are
// sanitised, one sheet at least stays visible (the first, if all were hidden) and the first
// visible one is the active tab; styles and texts are shared across the sheets. Same input, same
// bytes: nothing depends on the clock or on hashing order.

public struct WorkbookWriter: Sendable {
    /// The OOXML parts of the workbook, in the order they should be zipped: [Content_Types].xml,
    /// _rels/.rels, docProps/app.xml, docProps/core.xml (creator "Tiaodu", no timestamps that vary
    /// unless given), xl/workbook.xml, xl/_rels/workbook.xml.rels, xl/styles.xml,
    /// xl/sharedStrings.xml, xl/worksheets/sheet1.xml … An empty list makes one empty sheet, "Sheet1".
    public static func parts(_ sheets: [Worksheet], created: String? = nil) -> [(path: String, bytes: [UInt8])] {
        let sheets = sheets.isEmpty ? [Worksheet(name: "Sheet1")] : sheets
        let names = SheetNames.sanitised(sheets.map(\.name))
        var hidden = sheets.map(\.hidden)
        if !hidden.contains(false) { hidden[0] = false }
        let active = hidden.firstIndex(of: false) ?? 0

        var styles = StyleTable()
        var strings = SharedStrings()
        var worksheets: [[UInt8]] = []
        worksheets.reserveCapacity(sheets.count)
        for (index, sheet) in sheets.enumerated() {
            worksheets.append(WorksheetPart(sheet).bytes(selected: index == active, styles: &styles, strings: &strings))
        }
        let entries = sheets.indices.map { index in
            PackageParts.SheetEntry(name: names[index], hidden: hidden[index], printTitleRows: sheets[index].printTitleRows)
        }

        var parts: [(path: String, bytes: [UInt8])] = [
            (path: "[Content_Types].xml", bytes: PackageParts.contentTypes(sheetCount: sheets.count)),
            (path: "_rels/.rels", bytes: PackageParts.packageRelationships()),
            (path: "docProps/app.xml", bytes: DocumentProperties.app()),
            (path: "docProps/core.xml", bytes: DocumentProperties.core(created: created)),
            (path: "xl/workbook.xml", bytes: PackageParts.workbook(entries, activeTab: active)),
            (path: "xl/_rels/workbook.xml.rels", bytes: PackageParts.workbookRelationships(sheetCount: sheets.count)),
            (path: "xl/styles.xml", bytes: styles.part()),
            (path: "xl/sharedStrings.xml", bytes: strings.part()),
        ]
        for (index, bytes) in worksheets.enumerated() {
            parts.append((path: PackageParts.worksheetPath(index), bytes: bytes))
        }
        return parts
    }
}
