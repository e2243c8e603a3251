// What can be wrong with a workbook before any of its rows is read, as a value: the CLI and the
// server say it in zh or en from the catalogue (this module has no words of its own).
public enum SheetError: Error, Hashable, Sendable {
    /// not a ZIP package at all (a CSV renamed .xlsx, an old binary .xls, a truncated download)
    case notAWorkbook(detail: String)
    /// a ZIP package without the part every workbook has
    case missingPart(String)
    /// a part expands beyond the limit, or far beyond its compressed size: a ZIP bomb or worse
    case tooLarge(part: String, limit: Int64)
    /// the XML of a part cannot be read
    case badXML(part: String, detail: String)
    /// no sheet of that name; the names there are
    case noSheet(String, available: [String])
    /// a cell points at a shared string the workbook does not have
    case badSharedString(cell: String, index: Int)
    /// more rows than a sheet can hold (1,048,576) or than the limit set
    case tooManyRows(limit: Int)
}
