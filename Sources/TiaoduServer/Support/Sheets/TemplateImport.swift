// A filled-in template coming back — a unit's values (EntryTemplate) or its projects' progress
// (ProgressTemplate): its hidden metadata sheet says which template it is, whose and which period,
// and where the figures are, so its rows become the import's records with no mapping — for values
// each row's indicator code, value and published growth at the unit and period the template was
// made for; for progress each row's project code, the month's investment and the progress on site
// in the template's month (the import pipeline still checks the writer's scope and the locks).
// Rows left empty are not reported. Problems name the template's own column titles.
import TiaoduCore
import TiaoduSheets

enum TemplateImport {
    struct Metadata: Equatable {
        let kind: ImportKind
        let org: String
        let period: String
        let sheet: String
        let firstRow: Int
        /// the record's fields by the template's columns (1-based): indicator, value, growth for
        /// values; code, investment, progress for progress
        let columns: [String: Int]
        /// the header row's titles as the template was made (nil: a template made before they were kept)
        var header: [String]? = nil
    }

    /// What each template's metadata names: the kind it imports as, and which metadata key holds
    /// the column of which record field.
    private static let layouts: [String: (kind: ImportKind, columns: [(key: String, field: String)])] = [
        "entry": (.values, [("code_column", "indicator"), ("value_column", "value"), ("growth_column", "growth")]),
        "progress": (.progress, [("code_column", "code"), ("investment_column", "investment"), ("progress_column", "progress")]),
    ]

    /// The template's metadata, or nil when the workbook is no template of ours.
    static func metadata(_ workbook: Workbook) throws(SheetError) -> Metadata? {
        guard let info = workbook.sheets.first(where: { $0.name == EntryTemplate.metadataSheet }) else { return nil }
        var pairs: [String: String] = [:]
        for row in try workbook.allRows(of: info).rows where row.cells.count >= 2 { pairs[row.cells[0]] = row.cells[1] }
        guard let layout = pairs["template"].flatMap({ layouts[$0] }), let kind = pairs["kind"].flatMap(ImportKind.init(rawValue:)),
              kind == layout.kind, let org = pairs["org"], let period = pairs["period"], let sheet = pairs["sheet"],
              let firstRow = pairs["first_row"].flatMap({ Int($0) }) else { return nil }
        var columns: [String: Int] = [:]
        for (key, field) in layout.columns {
            guard let index = pairs[key].flatMap(Self.column) else { return nil }
            columns[field] = index
        }
        return Metadata(kind: kind, org: org, period: period, sheet: sheet, firstRow: firstRow, columns: columns,
                        header: pairs["header"].map { $0.components(separatedBy: "\t") })
    }

    private static func column(_ letters: String) -> Int? { CellRange.parse(letters + "1")?.column }

    /// The template's own titles of the record's columns (「本期数值」 for value…), for messages.
    static func columnTitles(_ workbook: Workbook, _ meta: Metadata) throws(SheetError) -> [String: String] {
        let sheet = try workbook.sheet(named: meta.sheet)
        guard let head = try workbook.allRows(of: sheet).rows.first(where: { $0.number == meta.firstRow - 1 }) else { return [:] }
        func title(_ column: Int) -> String? { head.cells.indices.contains(column - 1) ? head.cells[column - 1] : nil }
        var titles: [String: String] = [:]
        for (field, column) in meta.columns { titles[field] = title(column) }
        return titles
    }

    /// The records of the template's rows.
    static func table(_ kind: ImportKind, _ workbook: Workbook, _ meta: Metadata) throws -> CSVTable {
        guard kind == meta.kind else {
            throw ImportFailure([ImportIssue(line: 1, column: nil, reason: .badChoice(kind.rawValue, allowed: [meta.kind.rawValue]))])
        }
        let sheet = try workbook.sheet(named: meta.sheet)
        var builder = TableBuilder()
        builder.add(line: meta.firstRow - 1, fields: meta.kind == .progress ? ["code", "period", "investment", "progress"]
                                                                            : ["org", "indicator", "period", "value", "growth"])
        let rows = try workbook.allRows(of: sheet).rows
        // columns inserted, deleted or moved: the figures would be read from the wrong ones
        if let expected = meta.header {
            let found = rows.first { $0.number == meta.firstRow - 1 }?.cells.map(\.trimmingSurroundingSpaces) ?? []
            for (index, title) in expected.enumerated() where (found.indices.contains(index) ? found[index] : "") != title {
                let was = found.indices.contains(index) ? found[index] : ""
                throw ImportFailure([ImportIssue(line: meta.firstRow - 1, column: nil,
                                                 reason: .templateHeader(column: CellRange.column(index + 1), expected: title, found: was))])
            }
        }
        for row in rows where row.number >= meta.firstRow {
            func cell(_ field: String) -> String {
                guard let column = meta.columns[field], row.cells.indices.contains(column - 1) else { return "" }
                return row.cells[column - 1].trimmingSurroundingSpaces
            }
            if let fields = record(meta, cell) { builder.add(line: row.number, fields: fields) }
        }
        return try builder.finish(required: kind.requiredColumns, optional: kind.optionalColumns)
    }

    /// One row's record, in the order of the header `table` gives; nil for a row left empty.
    private static func record(_ meta: Metadata, _ cell: (String) -> String) -> [String]? {
        switch meta.kind {
        case .progress:
            // A row with only the progress on site typed is kept: the import then asks for the investment.
            let code = cell("code"), investment = cell("investment"), progress = cell("progress")
            guard !code.isEmpty, !(investment.isEmpty && progress.isEmpty) else { return nil }
            return [code, meta.period, investment, progress]
        default:
            let code = cell("indicator")
            var growth = cell("growth")
            if growth == "—" { growth = "" }  // a rate's row: no growth to publish
            let value = cell("value")
            guard !code.isEmpty, !(value.isEmpty && growth.isEmpty) else { return nil }
            return [meta.org, code, meta.period, value, growth]
        }
    }
}
