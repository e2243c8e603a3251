// Rows with a header, from whatever file they come (a CSV file's lines, a sheet's rows), into the
// records of the import contract: the first row added is the header; columns are matched by
// name, in any order; every required column must be there and no unknown one. Rows are kept in
// one flat array of fields (no per-row dictionary), which keeps a province's millions cheap.

public struct TableBuilder: Sendable {
    private var header: [String]?
    private var headerLine = 1
    private var flat: [String] = []
    private var lines: [Int] = []
    private var issues = IssueList()
    /// a sheet's rows may be shorter than the header (empty cells at the end are not stored)
    private let padShortRows: Bool

    public init(padShortRows: Bool = false) { self.padShortRows = padShortRows }

    /// The header (first call) or a row, with the line or row number an issue names.
    public mutating func add(line: Int, fields: [String]) {
        guard let names = header else {
            header = fields
            headerLine = line
            return
        }
        var fields = fields
        if padShortRows {
            if fields.count < names.count { fields += repeatElement("", count: names.count - fields.count) }
            // cells beyond the header are kept only if they hold something: that is a row too wide
            if fields.count > names.count, fields[names.count...].allSatisfy(\.isEmpty) { fields.removeLast(fields.count - names.count) }
        }
        if fields.count != names.count {
            issues.append(ImportIssue(line: line, column: nil, reason: .fieldCount(expected: names.count, found: fields.count)))
            return
        }
        flat.append(contentsOf: fields)
        lines.append(line)
    }

    public func finish(required: [String], optional: [String] = []) throws(ImportFailure) -> CSVTable {
        guard let header else { throw ImportFailure([ImportIssue(line: 1, column: nil, reason: .noHeader)]) }
        var issues = self.issues
        var seen: Set<String> = []
        for name in header {
            if !seen.insert(name).inserted { issues.append(ImportIssue(line: headerLine, column: name, reason: .duplicateColumn)) }
            if !required.contains(name) && !optional.contains(name) {
                issues.append(ImportIssue(line: headerLine, column: name, reason: .unknownColumn(allowed: required + optional)))
            }
        }
        for name in required where !seen.contains(name) {
            issues.append(ImportIssue(line: headerLine, column: name, reason: .missingColumn))
        }
        if !issues.isEmpty { throw ImportFailure(issues) }
        let columns = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let width = header.count
        var records: [InputRecord] = []
        records.reserveCapacity(lines.count)
        for (row, line) in lines.enumerated() {
            records.append(InputRecord(line: line, columns: columns, values: flat[row * width..<(row + 1) * width]))
        }
        return CSVTable(header: header, records: records)
    }
}
