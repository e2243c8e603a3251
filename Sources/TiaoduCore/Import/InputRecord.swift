// One row of input, whatever it came from: a line of a CSV file, an item of a JSON array, or a
// page's form. Validators read fields by column name; `line` is what an issue names (the CSV
// line, the header being line 1, or the JSON item number).

public struct InputRecord: Sendable {
    /// 1-based line number in the file (the header is line 1), or item number of a JSON array
    public let line: Int
    private let columns: [String: Int]
    private let values: ArraySlice<String>

    public init(line: Int, fields: [String: String]) {
        self.line = line
        let names = Array(fields.keys)
        self.columns = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        self.values = ArraySlice(names.map { fields[$0]! })
    }

    init(line: Int, columns: [String: Int], values: ArraySlice<String>) {
        self.line = line
        self.columns = columns
        self.values = values
    }

    /// The field of a column, trimmed; nil when the column is not in the file.
    public subscript(column: String) -> String? {
        guard let index = columns[column] else { return nil }
        return values[values.startIndex + index]
    }

    /// Calls `body` with each column and its field.
    func forEachField(_ body: (String, String) -> Void) {
        for (column, index) in columns { body(column, values[values.startIndex + index]) }
    }

    public var fields: [String: String] {
        Dictionary(uniqueKeysWithValues: columns.map { ($0.key, values[values.startIndex + $0.value]) })
    }
}
