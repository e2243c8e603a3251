// An input rule on a range of a sheet: a decimal, a whole number, or one of a list (a dropdown),
// with the message shown when a cell is selected and the one shown when a value is refused.

public struct DataValidation: Hashable, Sendable {
    public enum Rule: Hashable, Sendable { case decimal, wholeNumber, list([String]) }

    public let range: CellRange
    public let rule: Rule
    /// The input message, shown when a cell of the range is selected (Excel keeps 255 characters).
    public let prompt: String?
    /// The message when a value is refused (Excel keeps 225 characters).
    public let error: String?

    public init(range: CellRange, rule: Rule, prompt: String? = nil, error: String? = nil) {
        self.range = range
        self.rule = rule
        self.prompt = prompt
        self.error = error
    }
}

extension DataValidation {
    /// Excel's limit on the text of a list rule, between its quotes.
    static let listLimit = 255

    /// The formula of a list rule — `"甲,乙,丙"` — or nil when the items cannot make one: none left
    /// after dropping empty ones, or more than Excel's 255 characters. Excel splits the list on
    /// commas, so a comma inside an item becomes a full-width 「，」; a quote is doubled.
    static func listFormula(_ items: [String]) -> String? {
        var joined = ""
        for item in items where !item.isEmpty {
            if !joined.isEmpty { joined.append(",") }
            for character in item {
                switch character {
                case ",": joined.append("，")
                case "\"": joined.append("\"\"")
                default: joined.append(character)
                }
            }
        }
        guard !joined.isEmpty, joined.utf16.count <= listLimit else { return nil }
        return "\"" + joined + "\""
    }
}
