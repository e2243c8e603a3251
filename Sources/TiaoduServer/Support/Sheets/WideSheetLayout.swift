// An office sheet's rows as its reader sees them on screen: each merged range's text spread over
// every cell it covers (a horizontal merge under every column it spans, a vertical merge's top
// text in the cells below it, which the file leaves empty), and each row above the table told
// apart as a title row or a header row. The rows as the file has them (`raw`) are kept too: a
// title or a note merged across the sheet is one cell there.
import TiaoduSheets

struct WideSheetLayout {
    struct Row {
        /// the sheet's row number (1-based)
        let number: Int
        /// the cells as the file has them, trimmed
        let raw: [String]
        /// the cells with the merges spread
        var cells: [String]

        func cell(_ column: Int) -> String { cells.indices.contains(column) ? cells[column] : "" }

        /// Columns (0-based) with something in them in the file.
        var filledColumns: [Int] { raw.indices.filter { !raw[$0].isEmpty } }
    }

    private(set) var rows: [Row]
    let width: Int

    /// Cells a sheet's merges may fill in all: a hostile file's overlapping merges stop here.
    static let spreadBudget = 4_000_000

    init(_ sheetRows: [SheetRow], merges: [CellRange]) {
        var rows = sheetRows.sorted { $0.number < $1.number }.map { row in
            let cells = row.cells.map(\.trimmingSurroundingSpaces)
            return Row(number: row.number, raw: cells, cells: cells)
        }
        let width = rows.map(\.raw.count).max() ?? 0
        var budget = Self.spreadBudget
        for merge in merges where merge.left <= width {
            guard let top = Self.index(of: merge.top, in: rows), rows[top].number == merge.top else { continue }
            let text = rows[top].raw.indices.contains(merge.left - 1) ? rows[top].raw[merge.left - 1] : ""
            guard !text.isEmpty else { continue }
            let right = min(merge.right, width)
            var index = top
            while index < rows.count, rows[index].number <= merge.bottom, budget > 0 {
                if rows[index].cells.count < right { rows[index].cells += Array(repeating: "", count: right - rows[index].cells.count) }
                for column in (merge.left - 1)..<right { rows[index].cells[column] = text }
                budget -= right - merge.left + 1
                index += 1
            }
        }
        self.rows = rows
        self.width = width
    }

    /// The position of the first row numbered `number` or more.
    private static func index(of number: Int, in rows: [Row]) -> Int? {
        var low = 0, high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].number < number { low = middle + 1 } else { high = middle }
        }
        return low < rows.count ? low : nil
    }

    // MARK: rows above the table

    enum Above: Equatable {
        /// a title: one cell (in column A, or merged across), beside lines like 「单位：亿元」 at most
        case title
        /// a header row: its texts are the columns' titles
        case header
        /// a row numbering the columns (甲, 乙, 1, 2, 3…): neither
        case numbering
    }

    /// How a line beside a title's caption starts: the unit of measure, who reports, when — with
    /// its colon, so that a units' column headed 「单位」 stays a header.
    static let titleLineWords = ["单位:", "计量单位:", "金额单位:", "填报单位:", "报送单位:", "编制单位:", "制表单位:", "填报日期:", "日期:", "unit:", "units:"]

    static func kind(of row: Row) -> Above {
        let texts = row.filledColumns.map { HeaderText.key(row.raw[$0]) }
        if texts.filter({ !HeaderText.starts($0, withAnyOf: titleLineWords) }).count <= 1 { return .title }
        if texts.allSatisfy(isColumnNumber) { return .numbering }
        return .header
    }

    /// 甲, 乙, 丙, 丁, a column number or a column letter.
    private static func isColumnNumber(_ key: String) -> Bool {
        if ["甲", "乙", "丙", "丁"].contains(key) { return true }
        if key.count == 1, let character = key.first, character.isASCII, character.isLetter { return true }
        return (1...3).contains(key.count) && key.allSatisfy { $0.isASCII && $0.isNumber }
    }

    // MARK: the table's rows

    /// Where a unit's name stands in a row: the first cell whose text `names` a unit, plain
    /// numbers before it passed over (a 序号 column; a unit's code may be a number too); nil when
    /// the first other text names none.
    static func unitCell(of row: Row, names: (String) -> Bool) -> (column: Int, text: String)? {
        for column in row.cells.indices where !row.cells[column].isEmpty {
            let text = row.cells[column]
            if names(text) { return (column, text) }
            if !text.allSatisfy({ $0.isASCII && $0.isNumber }) { return nil }
        }
        return nil
    }

    /// Words a note under the table starts with; the table ends there.
    static let noteWords = ["注", "说明", "备注", "填报人", "审核人", "制表", "数据来源", "资料来源", "note", "source"]

    static func isNote(_ row: Row) -> Bool {
        guard let first = row.raw.first(where: { !$0.isEmpty }) else { return false }
        return HeaderText.starts(HeaderText.key(first), withAnyOf: noteWords)
    }

    /// 「—」, 「-」, 「/」 or nothing: no figure.
    static let blanks: Set<String> = ["", "—", "——", "-", "--", "－", "–", "/", "／", "\\"]

    /// Whether the text looks like a figure (digits with a sign, a point, separators): a row
    /// with one is data, whatever its first cell says.
    static func looksLikeFigure(_ text: String) -> Bool {
        let normalised = HeaderText.normalised(text)
        return normalised.contains { $0.isASCII && $0.isNumber }
            && normalised.allSatisfy { ($0.isASCII && $0.isNumber) || ".,-+%".contains($0) }
    }
}
