// A sheet's rows as they stream out of its part: each row with its number and its cells as text,
// by column (gaps filled with ""), rows with nothing in them left out. A cell reads as a user sees
// it: shared and inline strings as typed, numbers by CellNumber (15 significant digits), dates
// as dates, a formula by its cached value, TRUE/FALSE, an error value (#DIV/0!) as its text.
// The merged ranges, which a sheet lists after its rows, are collected on the way.

/// One row of a sheet: its number (1-based, as Excel shows it) and its cells' text by column.
public struct SheetRow: Sendable, Hashable {
    public let number: Int
    public let cells: [String]
}

struct SheetRowsHandler: XMLHandler {
    let strings: [String]
    let dateStyles: [DateShape?]
    let date1904: Bool
    let maxRows: Int
    let deliver: (SheetRow) throws(SheetError) -> Void
    var merges: [CellRange] = []

    private var rowNumber = 0
    private var cells: [String] = []
    private var column = 0
    private var type = ""
    private var style = 0
    private var reference = ""
    private var value: [UInt8] = []
    private var inValue = false, inInline = false, inText = false, inPhonetic = false, inCell = false

    init(strings: [String], dateStyles: [DateShape?], date1904: Bool, maxRows: Int, deliver: @escaping (SheetRow) throws(SheetError) -> Void) {
        (self.strings, self.dateStyles, self.date1904, self.maxRows, self.deliver) = (strings, dateStyles, date1904, maxRows, deliver)
    }

    mutating func start(_ tag: XMLTag, selfClosing: Bool) throws(SheetError) {
        if tag.is("c") {
            inCell = true
            column += 1
            if let ref = tag.attributeBytes("r"), let parsed = CellRange.parse(XMLText.decode(ref)) { column = parsed.column }
            reference = CellRange.column(column) + String(rowNumber)
            type = tag.attribute("t") ?? "n"
            style = tag.attribute("s").flatMap { Int($0) } ?? 0
            value.removeAll(keepingCapacity: true)
            if selfClosing { inCell = false }
        } else if tag.is("v") {
            inValue = inCell
        } else if tag.is("is") {
            inInline = inCell
        } else if tag.is("rPh") {
            inPhonetic = true
        } else if tag.is("t") {
            inText = inInline && !inPhonetic
        } else if tag.is("row") {
            rowNumber = tag.attribute("r").flatMap { Int($0) } ?? rowNumber + 1
            if rowNumber > maxRows { throw .tooManyRows(limit: maxRows) }
            cells.removeAll(keepingCapacity: true)
            column = 0
        } else if tag.is("mergeCell"), let ref = tag.attribute("ref"), let range = CellRange(reference: ref) {
            merges.append(range)
        }
    }

    mutating func end(_ name: ArraySlice<UInt8>) throws(SheetError) {
        if XMLScanner.equal(name, "c") {
            guard inCell else { return }
            inCell = false
            let text = try cellText()
            guard !text.isEmpty else { return }
            if cells.count < column { cells.append(contentsOf: repeatElement("", count: column - cells.count)) }
            cells[column - 1] = text
        } else if XMLScanner.equal(name, "v") {
            inValue = false
        } else if XMLScanner.equal(name, "is") {
            inInline = false
        } else if XMLScanner.equal(name, "rPh") {
            inPhonetic = false
        } else if XMLScanner.equal(name, "t") {
            inText = false
        } else if XMLScanner.equal(name, "row") {
            if cells.contains(where: { !$0.isEmpty }) { try deliver(SheetRow(number: rowNumber, cells: cells)) }
            cells.removeAll(keepingCapacity: true)
        }
    }

    mutating func text(_ bytes: ArraySlice<UInt8>) throws(SheetError) {
        if inValue || inText { value.append(contentsOf: bytes) }
    }

    private func cellText() throws(SheetError) -> String {
        switch type {
        case "s":
            let raw = XMLText.decode(value[...]).trimmingSpaces
            guard let index = Int(raw), strings.indices.contains(index) else {
                if raw.isEmpty { return "" }
                throw .badSharedString(cell: reference, index: Int(raw) ?? -1)
            }
            return strings[index]
        case "inlineStr", "str":
            return XMLText.cell(value[...])
        case "b":
            let raw = XMLText.decode(value[...]).trimmingSpaces
            return raw.isEmpty ? "" : (raw == "1" || raw.lowercased() == "true" ? "TRUE" : "FALSE")
        case "e":
            return XMLText.decode(value[...])
        case "d":
            let raw = XMLText.decode(value[...]).trimmingSpaces
            return String(raw.prefix(10))
        default:
            let raw = XMLText.decode(value[...]).trimmingSpaces
            if raw.isEmpty { return "" }
            if dateStyles.indices.contains(style), let shape = dateStyles[style], let serial = Double(raw),
               let date = DateShape.text(serial: serial, date1904: date1904, shape: shape) {
                return date
            }
            return CellNumber.text(raw)
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let first = s.first, first.isWhitespace { s = s.dropFirst() }
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
