// A workbook opened for reading (.xlsx, as Excel, WPS, LibreOffice and openpyxl write it): its
// sheets in order, and any sheet's rows streamed one at a time, so a sheet of a million rows is
// read in memory that does not grow with it. Only the small parts are held: the workbook, its
// relationships, the styles and the shared strings.
import Foundation

/// One sheet of a workbook, as the workbook lists it.
public struct SheetInfo: Sendable, Hashable {
    public let name: String
    public let hidden: Bool
    let part: String
}

public struct Workbook {
    private let package: ZipPackage
    public let sheets: [SheetInfo]
    private let date1904: Bool
    /// Excel's own limit; a reader may set a lower one
    public var maxRows = 1_048_576

    public init(path: String, limits: ZipLimits = .standard) throws(SheetError) {
        try self.init(package: ZipPackage(path: path, limits: limits))
    }

    public init(bytes: Data, limits: ZipLimits = .standard) throws(SheetError) {
        try self.init(package: ZipPackage(bytes: bytes, limits: limits))
    }

    private init(package: ZipPackage) throws(SheetError) {
        self.package = package
        guard package.has("xl/workbook.xml") else { throw .missingPart("xl/workbook.xml") }
        var workbook = WorkbookHandler()
        try package.scan("xl/workbook.xml", cap: 64 << 20, into: &workbook)
        var relationships = RelationshipsHandler()
        if package.has("xl/_rels/workbook.xml.rels") { try package.scan("xl/_rels/workbook.xml.rels", cap: 16 << 20, into: &relationships) }
        date1904 = workbook.date1904
        sheets = workbook.sheets.enumerated().map { index, sheet in
            let target = relationships.targets[sheet.id] ?? "worksheets/sheet\(index + 1).xml"
            // targets are relative to xl/, or absolute from the package's root
            let part = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            return SheetInfo(name: sheet.name, hidden: sheet.hidden, part: part)
        }
        guard !sheets.isEmpty else { throw .noSheet("", available: []) }
    }

    /// The sheet of that name, or the first visible one.
    public func sheet(named name: String?) throws(SheetError) -> SheetInfo {
        guard let name else { return sheets.first { !$0.hidden } ?? sheets[0] }
        if let sheet = sheets.first(where: { $0.name == name }) ?? sheets.first(where: { $0.name.trimmingSpaces == name.trimmingSpaces }) {
            return sheet
        }
        throw .noSheet(name, available: sheets.map(\.name))
    }

    /// Calls `body` with each row that has anything in it, in order; returns the sheet's merged ranges.
    @discardableResult
    public func rows(of sheet: SheetInfo, _ body: @escaping (SheetRow) throws(SheetError) -> Void) throws(SheetError) -> [CellRange] {
        let strings = try sharedStrings()
        let styles = try dateStyles()
        var handler = SheetRowsHandler(strings: strings, dateStyles: styles, date1904: date1904, maxRows: maxRows, deliver: body)
        try package.scan(sheet.part, into: &handler)
        return handler.merges
    }

    /// All the rows of a sheet (for small sheets and tests).
    public func allRows(of sheet: SheetInfo) throws(SheetError) -> (rows: [SheetRow], merges: [CellRange]) {
        final class Box: @unchecked Sendable { var rows: [SheetRow] = [] }
        let box = Box()
        let merges = try rows(of: sheet) { row in box.rows.append(row) }
        return (box.rows, merges)
    }

    private func sharedStrings() throws(SheetError) -> [String] {
        let path = "xl/sharedStrings.xml"
        guard package.has(path) else { return [] }
        var handler = SharedStringsHandler()
        try package.scan(path, cap: package.limits.sharedStringBytes, into: &handler)
        return handler.strings
    }

    private func dateStyles() throws(SheetError) -> [DateShape?] {
        let path = "xl/styles.xml"
        guard package.has(path) else { return [] }
        var handler = StylesHandler()
        try package.scan(path, cap: 64 << 20, into: &handler)
        return handler.dateStyles
    }
}
