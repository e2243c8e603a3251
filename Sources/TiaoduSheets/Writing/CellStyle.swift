// How a cell looks in the written workbook: its number format, font weight and size, the header
// look (grey fill, centred, wrapped, bold), borders, alignment and indent, and whether it stays
// editable when its sheet is protected. Plain values: the writer turns the distinct styles used
// into the workbook's deduplicated cell formats (StyleTable).

public struct CellStyle: Hashable, Sendable {
    public enum Alignment: Sendable, Hashable { case general, left, centre, right }

    /// An Excel format code ("0.00", "#,##0.0", "0.0%"); nil is General.
    public var numberFormat: String?
    public var bold = false
    /// The header look: light grey fill, thin border, centred, wrapped text, bold.
    public var header = false
    /// A thin border all round.
    public var border = true
    public var alignment: Alignment = .general
    /// Left indent in levels, for units under their parent (0…15).
    public var indent = 0
    public var wrap = false
    /// false: the cell stays editable when the sheet is protected (a template's input column).
    public var locked = true
    /// nil is 11 points; a title row uses 14 and bold.
    public var fontSize: Double? = nil

    public init(
        numberFormat: String? = nil, bold: Bool = false, header: Bool = false, border: Bool = true,
        alignment: Alignment = .general, indent: Int = 0, wrap: Bool = false, locked: Bool = true,
        fontSize: Double? = nil
    ) {
        self.numberFormat = numberFormat
        self.bold = bold
        self.header = header
        self.border = border
        self.alignment = alignment
        self.indent = indent
        self.wrap = wrap
        self.locked = locked
        self.fontSize = fontSize
    }

    /// The workbook's default format (index 0): General, 11 points, no border.
    public static let plain = CellStyle(border: false)
    /// A sheet's title row: bold, 14 points, no border.
    public static let title = CellStyle(bold: true, border: false, fontSize: 14)
    /// A table's header cell.
    public static let headerCell = CellStyle(header: true)
    /// A table's text cell: bordered.
    public static let text = CellStyle()

    /// A table's number cell with a fixed count of decimals: "0", "0.0", "0.00"…
    public static func number(decimals: Int) -> CellStyle {
        CellStyle(numberFormat: decimalFormat(decimals))
    }

    /// A template's input cell: a number cell left editable under sheet protection.
    public static func input(decimals: Int) -> CellStyle {
        var style = number(decimals: decimals)
        style.locked = false
        return style
    }

    /// "0" for no decimals, else "0." and one "0" per decimal (at most 30, as Excel allows).
    static func decimalFormat(_ decimals: Int) -> String {
        let count = min(max(decimals, 0), 30)
        return count == 0 ? "0" : "0." + String(repeating: "0", count: count)
    }
}
