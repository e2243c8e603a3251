// RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM tolerated. Each record
// remembers the line it starts on, so errors can name it. Parsed byte by byte into one flat
// array of fields; a record is a slice of it (no per-row dictionary), which keeps a province's
// seven million rows cheap.
import Foundation

public struct CSVTable: Sendable {
    public let header: [String]
    public let records: [InputRecord]
}

public enum CSV {
    /// Splits text into rows of fields with the line each starts on. Blank lines are skipped.
    public static func rows(_ text: String) throws(ImportFailure) -> [(line: Int, fields: [String])] {
        var rows: [(Int, [String])] = []
        try scan(text) { line, fields in rows.append((line, fields)) }
        return rows
    }

    /// Calls `row` with each row's starting line and fields (trimmed of surrounding spaces only
    /// when `trim` is set), reading the UTF-8 bytes in place.
    static func scan(_ text: String, trim: Bool = false, row: (Int, [String]) -> Void) throws(ImportFailure) {
        var text = text
        var failure: ImportFailure?
        text.withUTF8 { all in
            var bytes = all[...]
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            var fields: [String] = []
            var line = 1, rowLine = 1
            var index = bytes.startIndex
            let end = bytes.endIndex
            func string(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> String {
                var s = slice
                if trim {
                    while let first = s.first, first == 0x20 || first == 0x09 { s = s.dropFirst() }
                    while let last = s.last, last == 0x20 || last == 0x09 { s = s.dropLast() }
                }
                return String(decoding: UnsafeBufferPointer(rebasing: s), as: UTF8.self)
            }
            var quotedRow = false
            while index < end {
                // One field.
                var field: String
                if bytes[index] == 0x22 {  // a quoted field
                    quotedRow = true
                    var buffer: [UInt8] = []
                    index += 1
                    var closed = false
                    while index < end {
                        let b = bytes[index]
                        if b == 0x22 {
                            if index + 1 < end && bytes[index + 1] == 0x22 { buffer.append(0x22); index += 2; continue }
                            index += 1
                            closed = true
                            break
                        }
                        if b == 0x0A { line += 1 }
                        buffer.append(b)
                        index += 1
                    }
                    if !closed { failure = ImportFailure([ImportIssue(line: rowLine, column: nil, reason: .unterminatedQuote)]); return }
                    field = String(decoding: buffer, as: UTF8.self)
                    // Anything between the closing quote and the separator is kept, as most tools do.
                    let start = index
                    while index < end, bytes[index] != 0x2C, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                    if index > start { field += string(bytes[start..<index]) }
                } else {
                    let start = index
                    while index < end, bytes[index] != 0x2C, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                    field = string(bytes[start..<index])
                }
                fields.append(field)
                if index < end && bytes[index] == 0x2C {
                    index += 1
                    if index == end { fields.append("") }
                    continue
                }
                // End of the row.
                if index < end && bytes[index] == 0x0D { index += 1 }
                if index < end && bytes[index] == 0x0A { index += 1 }
                if !(fields.count == 1 && fields[0].isEmpty && !quotedRow) { row(rowLine, fields) }
                fields.removeAll(keepingCapacity: true)
                quotedRow = false
                line += 1
                rowLine = line
                // Blank lines.
                while index < end, bytes[index] == 0x0A || bytes[index] == 0x0D {
                    if bytes[index] == 0x0A { line += 1; rowLine = line }
                    index += 1
                }
            }
            if !fields.isEmpty && !(fields.count == 1 && fields[0].isEmpty && !quotedRow) { row(rowLine, fields) }
        }
        if let failure { throw failure }
    }

    /// Parses a file with a header row; columns are matched by name, in any order.
    /// Every required column must be there; a column neither required nor optional is an error.
    public static func table(_ text: String, required: [String], optional: [String] = []) throws(ImportFailure) -> CSVTable {
        var builder = TableBuilder()
        try scan(text, trim: true) { line, fields in builder.add(line: line, fields: fields) }
        return try builder.finish(required: required, optional: optional)
    }

    /// One line of a file people open in a spreadsheet program: a text field that such a
    /// program would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets
    /// a leading apostrophe, which makes it text; numbers (-1.4) stay numbers.
    public static func exportLine(_ fields: [String]) -> String {
        line(fields.map(neutralised))
    }

    static func neutralised(_ field: String) -> String {
        guard let first = field.utf8.first, [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D].contains(first),
              field != "-", DecimalText.canonical(field) == nil else { return field }
        return "'" + field
    }

    /// One CSV line, quoting fields that need it (the import contract's files: no neutralising).
    public static func line(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }
}
