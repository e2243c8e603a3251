// One cell of a worksheet to write: its value and its style, with the two shapes tables use most —
// a bordered text cell and a number cell with the indicator's decimals as its format.

public struct SheetCell: Hashable, Sendable {
    public var value: CellValue
    public var style: CellStyle

    public init(_ value: CellValue, style: CellStyle = .plain) {
        self.value = value
        self.style = style
    }

    /// A text cell, bordered unless another style is given.
    public static func text(_ s: String, _ style: CellStyle = .text) -> SheetCell {
        SheetCell(.text(s), style: style)
    }

    /// A number cell formatted with `decimals` decimals; nil is an empty cell with the same style
    /// (the table's border stays).
    public static func number(_ s: String?, decimals: Int) -> SheetCell {
        SheetCell(s.map { CellValue.number($0) } ?? .empty, style: .number(decimals: decimals))
    }
}
