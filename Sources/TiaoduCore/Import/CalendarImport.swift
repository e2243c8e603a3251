// Validates a working-day calendar (`tiaodu import calendar FILE.csv`): date,kind,name — a holiday
// or an adjusted working day (调休上班) per row, each date once. An import replaces the years it
// names (an operator loads a new year's State Council schedule, or corrects one); all or nothing.

public enum CalendarImport {
    public static func validate(_ records: [InputRecord]) throws(ImportFailure) -> [CalendarDay] {
        var issues = IssueList()
        var result: [CalendarDay] = []
        var duplicates = DuplicateGuard<Day>()
        for record in records {
            var reader = FieldReader(record)
            let text = reader.required("date")
            let kind = reader.choice("kind", DayKind.self)
            let name = reader.required("name")
            var day: Day?
            if let text {
                day = DateInput.day(text)
                if day == nil || !Period.yearRange.contains(day!.year) { reader.fail("date", .badDate(text)) }
            }
            if let day, let first = duplicates.repeatOf(day, line: record.line) { reader.fail("date", .duplicateKey(firstLine: first)) }
            issues += reader.issues
            if reader.issues.isEmpty, let day, let kind, let name { result.append(CalendarDay(day: day, kind: kind, name: name)) }
        }
        if !issues.isEmpty { throw ImportFailure(issues) }
        return result
    }
}

extension CalendarImport: ImportContract {
    public static let kind = ImportKind.calendar
    /// The calendar every deadline rests on is the administrators' to load.
    public static let administrative = true
    public static let requiredColumns = ["date", "kind", "name"]
    public static let optionalColumns: [String] = []

    public static func validate(_ records: [InputRecord], against basis: ImportBasis) throws(ImportFailure) -> [CalendarDay] {
        try validate(records)
    }

    public static func scopes(of row: CalendarDay, in basis: ImportBasis) -> [RowScope] { [] }

    public static func key(of row: CalendarDay) -> String { row.day.description }
}
