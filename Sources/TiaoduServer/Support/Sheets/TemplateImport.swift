// A filled-in template (EntryTemplate) coming back: its hidden metadata sheet says whose and which
// period it is and where the figures are, so its rows become the values import's records with no
// mapping — each row's indicator code, value and published growth, at the unit and period the
// template was made for (the import pipeline still checks the writer's scope and the locks). Rows
// left empty are not reported. Problems name the template's own column titles.
import TiaoduCore
import TiaoduSheets

enum TemplateImport {
    struct Metadata: Equatable {
        let kind: ImportKind
        let org: String
        let period: String
        let sheet: String
        let firstRow: Int
        let code: Int, value: Int, growth: Int
    }

    /// The template's metadata, or nil when the workbook is no template of ours.
    static func metadata(_ workbook: Workbook) throws(SheetError) -> Metadata? {
        guard let info = workbook.sheets.first(where: { $0.name == EntryTemplate.metadataSheet }) else { return nil }
        var pairs: [String: String] = [:]
        for row in try workbook.allRows(of: info).rows where row.cells.count >= 2 { pairs[row.cells[0]] = row.cells[1] }
        guard pairs["template"] == "entry", let kind = pairs["kind"].flatMap(ImportKind.init(rawValue:)), let org = pairs["org"],
              let period = pairs["period"], let sheet = pairs["sheet"], let firstRow = pairs["first_row"].flatMap({ Int($0) }),
              let code = pairs["code_column"].flatMap(column), let value = pairs["value_column"].flatMap(column),
              let growth = pairs["growth_column"].flatMap(column) else { return nil }
        return Metadata(kind: kind, org: org, period: period, sheet: sheet, firstRow: firstRow, code: code, value: value, growth: growth)
    }

    private static func column(_ letters: String) -> Int? { CellRange.parse(letters + "1")?.column }

    /// The template's own titles of the record's columns (「本期数值」 for value…), for messages.
    static func columnTitles(_ workbook: Workbook, _ meta: Metadata) throws(SheetError) -> [String: String] {
        let sheet = try workbook.sheet(named: meta.sheet)
        guard let head = try workbook.allRows(of: sheet).rows.first(where: { $0.number == meta.firstRow - 1 }) else { return [:] }
        func title(_ column: Int) -> String? { head.cells.indices.contains(column - 1) ? head.cells[column - 1] : nil }
        var titles: [String: String] = [:]
        for (field, column) in [("indicator", meta.code), ("value", meta.value), ("growth", meta.growth)] { titles[field] = title(column) }
        return titles
    }

    /// The records of the template's rows.
    static func table(_ kind: ImportKind, _ workbook: Workbook, _ meta: Metadata) throws -> CSVTable {
        guard kind == meta.kind else {
            throw ImportFailure([ImportIssue(line: 1, column: nil, reason: .badChoice(kind.rawValue, allowed: [meta.kind.rawValue]))])
        }
        let sheet = try workbook.sheet(named: meta.sheet)
        var builder = TableBuilder()
        builder.add(line: meta.firstRow - 1, fields: ["org", "indicator", "period", "value", "growth"])
        for row in try workbook.allRows(of: sheet).rows where row.number >= meta.firstRow {
            func cell(_ column: Int) -> String { row.cells.indices.contains(column - 1) ? row.cells[column - 1].trimmingSurroundingSpaces : "" }
            let code = cell(meta.code)
            var growth = cell(meta.growth)
            if growth == "—" { growth = "" }  // a rate's row: no growth to publish
            let value = cell(meta.value)
            guard !code.isEmpty, !(value.isEmpty && growth.isEmpty) else { continue }
            builder.add(line: row.number, fields: [meta.org, code, meta.period, value, growth])
        }
        return try builder.finish(required: kind.requiredColumns, optional: kind.optionalColumns)
    }
}
