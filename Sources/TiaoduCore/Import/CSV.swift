import Foundation

// RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF, a UTF-8 BOM tolerated.
// Each record remembers the line it starts on, so errors can name it.

public struct CSVRecord: Sendable, Hashable {
    /// 1-based line number in the file (the header is line 1)
    public let line: Int
    public let fields: [String: String]

    public init(line: Int, fields: [String: String]) {
        self.line = line
        self.fields = fields
    }
}

public struct CSVTable: Sendable {
    public let header: [String]
    public let records: [CSVRecord]
}

public enum CSV {
    /// Splits text into rows of fields with the line each starts on. Blank lines are skipped.
    public static func rows(_ text: String) throws(ImportFailure) -> [(line: Int, fields: [String])] {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        var rows: [(Int, [String])] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1, rowLine = 1
        var inQuotes = false, quotedField = false
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func endRow() {
            fields.append(String(field))
            field = .init()
            if !(fields.count == 1 && fields[0].isEmpty && !quotedField) { rows.append((rowLine, fields)) }
            fields = []
            quotedField = false
        }
        while let ch = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if ch == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                    } else { inQuotes = false }
                } else {
                    if ch == "\n" { line += 1 }
                    field.append(ch)
                }
                continue
            }
            switch ch {
            case "\"" where field.isEmpty:
                inQuotes = true
                quotedField = true
            case ",":
                fields.append(String(field))
                field = .init()
            case "\r":
                if let next = iterator.next(), next != "\n" { pending = next }
                endRow(); line += 1; rowLine = line
            case "\n":
                endRow(); line += 1; rowLine = line
            default:
                field.append(ch)
            }
        }
        if inQuotes { throw ImportFailure([ImportIssue(line: rowLine, column: nil, reason: .unterminatedQuote)]) }
        if !field.isEmpty || !fields.isEmpty || quotedField { endRow() }
        return rows
    }

    /// Parses a file with a header row; columns are matched by name, in any order.
    /// Every required column must be there; a column neither required nor optional is an error.
    public static func table(_ text: String, required: [String], optional: [String] = []) throws(ImportFailure) -> CSVTable {
        let rows = try rows(text)
        guard let first = rows.first else { throw ImportFailure([ImportIssue(line: 1, column: nil, reason: .noHeader)]) }
        let header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var issues: [ImportIssue] = []
        var seen: Set<String> = []
        for name in header {
            if !seen.insert(name).inserted { issues.append(ImportIssue(line: 1, column: name, reason: .duplicateColumn)) }
            if !required.contains(name) && !optional.contains(name) {
                issues.append(ImportIssue(line: 1, column: name, reason: .unknownColumn(allowed: required + optional)))
            }
        }
        for name in required where !seen.contains(name) {
            issues.append(ImportIssue(line: 1, column: name, reason: .missingColumn))
        }
        var records: [CSVRecord] = []
        for row in rows.dropFirst() {
            if row.fields.count != header.count {
                issues.append(ImportIssue(line: row.line, column: nil, reason: .fieldCount(expected: header.count, found: row.fields.count)))
                continue
            }
            var fields: [String: String] = [:]
            for (name, value) in zip(header, row.fields) { fields[name] = value.trimmingCharacters(in: .whitespaces) }
            records.append(CSVRecord(line: row.line, fields: fields))
        }
        if !issues.isEmpty { throw ImportFailure(issues) }
        return CSVTable(header: header, records: records)
    }

    /// One CSV line, quoting fields that need it.
    public static func line(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }
}
