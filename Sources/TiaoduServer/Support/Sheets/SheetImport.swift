// An import file that is a workbook (.xlsx) rather than CSV: its sheet's rows become the same
// records a CSV file's lines do, and go through the same pipeline (all or nothing, every bad row
// named — by its sheet and row). Cells are read as the user sees them (TiaoduSheets) and trimmed
// of surrounding spaces; a row shorter than the header has empty cells at its end.
import Foundation
import TiaoduCore
import TiaoduSheets

public enum SheetImport {
    /// A ZIP package (every .xlsx is one) starts with these bytes; a CSV file never does.
    public static func isWorkbook(_ prefix: some Sequence<UInt8>) -> Bool {
        Array(prefix.prefix(4)) == [0x50, 0x4B, 0x03, 0x04]
    }

    /// Whether the file at `path` is a workbook, by its first bytes.
    public static func isWorkbook(path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return isWorkbook((try? handle.read(upToCount: 4)) ?? Data())
    }

    /// The records of `kind` from a sheet of `workbook` — or, from a filled-in template of ours
    /// (it has the hidden metadata sheet), from the template's own sheet with no mapping.
    public static func table(_ kind: ImportKind, _ workbook: Workbook, sheet: SheetInfo) throws -> CSVTable {
        if let template = try TemplateImport.metadata(workbook) { return try TemplateImport.table(kind, workbook, template) }
        final class Rows: @unchecked Sendable { var builder = TableBuilder(padShortRows: true) }
        let rows = Rows()
        try workbook.rows(of: sheet) { row in
            rows.builder.add(line: row.number, fields: row.cells.map(\.trimmingSurroundingSpaces))
        }
        return try rows.builder.finish(required: kind.requiredColumns, optional: kind.optionalColumns)
    }

    /// What the workbook calls the records' columns, where it calls them otherwise (a template's
    /// 「本期数值」 for value): for the problems' messages.
    public static func columnTitles(_ workbook: Workbook) -> [String: String] {
        guard let template = try? TemplateImport.metadata(workbook) else { return [:] }
        return (try? TemplateImport.columnTitles(workbook, template)) ?? [:]
    }
}

extension String {
    /// Without spaces (also the full-width 　), tabs and line breaks at either end.
    var trimmingSurroundingSpaces: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              Self.isSpace(first) || Self.isSpace(last) else { return self }
        let scalars = unicodeScalars.drop(while: Self.isSpace).reversed().drop(while: Self.isSpace).reversed()
        return String(String.UnicodeScalarView(scalars))
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{3000}" || scalar == "\u{00A0}"
    }
}
