// The columns of a wide sheet that carry figures: for each indicator the sheet names, the column
// of its figure and the column of its growth, and the records a unit's row gives. The figure is
// the one the values import takes — a flow's period alone (本月), a cumulative indicator's year to
// date (累计), a stock's balance — so a 「1-9月累计」 column is never stored as September's sales;
// when a sheet has only the other span, the column is refused, saying what the indicator takes.
// Columns offices add (位次, 完成率, 序时, 目标…) are passed over; a title that names no indicator
// is an issue on the header row.
import TiaoduCore
import TiaoduSheets

struct WideColumns {
    struct IndicatorColumns {
        let indicator: String
        let frequency: Frequency
        /// 0-based columns
        var value: Int?
        var growth: Int?
    }

    typealias Found = (column: Int, kind: SubColumn)

    private(set) var indicators: [IndicatorColumns] = []
    private(set) var issues: [ImportIssue] = []

    /// `titles`: each column's header texts, top down (normalised); columns up to the units'
    /// column are not figures. `line`: the header's first row, where column issues are placed.
    init(titles: [[String]], after unitColumn: Int, indicators: [Indicator], period: Period?, language: Language, line: Int) {
        let matcher = IndicatorMatcher(indicators, language: language)
        var order: [String] = []
        var found: [String: [Found]] = [:]
        for column in titles.indices where column > unitColumn && !titles[column].isEmpty {
            let pieces = titles[column]
            if let match = matcher.match(pieces.map(HeaderText.key)) {
                if found[match.indicator] == nil { order.append(match.indicator) }
                found[match.indicator, default: []].append((column, match.kind))
                continue
            }
            let title = pieces.joined()
            if SubColumn.isAdded(title: HeaderText.key(title)) || pieces.contains(where: { SubColumn.isAdded(title: HeaderText.key($0)) }) { continue }
            issues.append(ImportIssue(line: line, column: CellRange.column(column + 1), reason: .unknownIndicator(title)))
        }
        let byCode = Dictionary(indicators.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for code in order {
            guard let indicator = byCode[code], let columns = found[code] else { continue }
            resolve(indicator, columns, titles: titles, period: period, language: language, line: line)
        }
    }

    private mutating func resolve(_ indicator: Indicator, _ columns: [Found], titles: [[String]], period sheetPeriod: Period?, language: Language, line: Int) {
        let period = sheetPeriod.map { Self.period($0, for: indicator.frequency) }
        // in January (the first quarter, a year) the period and the year to date are one figure
        let first = period.map(Self.isFirstOfYear) ?? true
        let (preferred, refused) = Self.spans(indicator.accumulation, first: first)
        var entry = IndicatorColumns(indicator: indicator.code, frequency: indicator.frequency)
        entry.value = pick(preferred, columns, line)
        if entry.value == nil, let refused, let period, let column = columns.first(where: { $0.kind == refused })?.column {
            let takes = Self.takes(indicator, period, language)
            issues.append(ImportIssue(line: line, column: CellRange.column(column + 1), reason: .badChoice(titles[column].joined(), allowed: [takes])))
        }
        // the growth stored is the year to date's; a period's own growth is that only in January
        entry.growth = pick(first ? [.growth, .periodGrowth] : [.growth], columns, line)
        if entry.value != nil || entry.growth != nil { indicators.append(entry) }
    }

    /// The kinds of column that hold the figure the indicator takes, most fitting first, and the
    /// kind that holds another span (refused when the sheet has nothing else).
    static func spans(_ accumulation: Accumulation, first: Bool) -> (preferred: [SubColumn], refused: SubColumn?) {
        switch accumulation {
        case .flow:
            if first { return ([.period, .value, .yearToDate], nil) }
            return ([.period, .value], .yearToDate)
        case .cumulative:
            if first { return ([.yearToDate, .value, .period], nil) }
            return ([.yearToDate, .value], .period)
        case .stock, .ratio:
            return ([.value, .period, .yearToDate], nil)
        }
    }

    /// The column of the first kind the sheet has, in order of preference; a second column of
    /// that kind for the same indicator is reported (which one is meant cannot be told).
    private mutating func pick(_ kinds: [SubColumn], _ columns: [Found], _ line: Int) -> Int? {
        for kind in kinds {
            let matching = columns.filter { $0.kind == kind }.map { $0.column }
            guard let first = matching.first else { continue }
            for extra in matching.dropFirst() {
                issues.append(ImportIssue(line: line, column: CellRange.column(extra + 1), reason: .duplicateColumn))
            }
            return first
        }
        return nil
    }

    /// What the indicator takes for the period, as the entry grid says it (「本月数」, 「1—9月累计」).
    static func takes(_ indicator: Indicator, _ period: Period, _ language: Language) -> String {
        switch (indicator.accumulation, period) {
        case (.cumulative, .month(_, let month)): PageText.format(.entryTakesMonthsTotal, language, String(month))
        case (.cumulative, .quarter(_, let quarter)): PageText.format(.entryTakesQuartersTotal, language, String(quarter))
        case (_, .quarter): PageText.text(.entryTakesQuarter, language)
        case (_, .year): PageText.text(.entryTakesYear, language)
        case (_, .month): PageText.text(.entryTakesMonth, language)
        }
    }

    /// A unit's records from its row: one per indicator with a figure or a growth in it
    /// (「—」, 「-」, 「/」 or nothing is none), the text as typed.
    func records(_ row: WideSheetLayout.Row, org: String, period: Period) -> [InputRecord] {
        indicators.compactMap { entry -> InputRecord? in
            let value = entry.value.map { Self.figure(row.cell($0)) } ?? ""
            let growth = entry.growth.map { Self.figure(row.cell($0)) }
            guard !value.isEmpty || !(growth ?? "").isEmpty else { return nil }
            var fields = ["org": org, "indicator": entry.indicator, "period": Self.period(period, for: entry.frequency).description, "value": value]
            if let growth { fields["growth"] = growth }
            return InputRecord(line: row.number, fields: fields)
        }
    }

    private static func figure(_ text: String) -> String {
        WideSheetLayout.blanks.contains(text) ? "" : text
    }

    /// The sheet's period as an indicator of another frequency reports it: a 1-9月 sheet carries
    /// the third quarter's GDP, a 1-12月 sheet the year's figures. Otherwise the sheet's period
    /// (the import then says it does not fit the indicator).
    static func period(_ sheet: Period, for frequency: Frequency) -> Period {
        switch (sheet, frequency) {
        case (.month(let year, let month), .quarterly) where month % 3 == 0: .quarter(year: year, quarter: month / 3)
        case (.month(let year, 12), .annual), (.quarter(let year, 4), .annual): .year(year)
        default: sheet
        }
    }

    static func isFirstOfYear(_ period: Period) -> Bool {
        switch period {
        case .month(_, 1), .quarter(_, 1), .year(_): true
        default: false
        }
    }
}
