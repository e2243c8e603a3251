// One sheet to write: its rows of cells and how Excel should show and print it — merged cells,
// frozen panes, column widths (given, or fitted to the contents), repeated print rows, page
// orientation, hidden state, protection and input rules.

public struct Worksheet: Sendable {
    /// Sanitised by the writer: at most 31 characters, none of []:*?/\, unique in the workbook, not empty.
    public var name: String
    public var rows: [[SheetCell]]
    public var merges: [CellRange] = []
    public var frozenRows = 0, frozenColumns = 0
    /// Widths in characters per column from A; nil: fitted to contents (CJK and full-width
    /// characters count 2, others 1, plus 2, at least 6, at most 50; cells under a merge spanning
    /// several columns do not widen a column).
    public var columnWidths: [Double]? = nil
    /// Rows 1…n repeated on every printed page.
    public var printTitleRows = 0
    /// A4, fitted to one page wide and any number of pages tall; landscape or portrait.
    public var landscape = true
    /// Hidden (a template's metadata sheet); the writer keeps at least one sheet visible.
    public var hidden = false
    /// Protected with no password: only cells whose style is not locked can be edited.
    public var protected = false
    public var validations: [DataValidation] = []

    public init(name: String, rows: [[SheetCell]] = []) {
        self.name = name
        self.rows = rows
    }
}
