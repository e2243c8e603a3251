// The reporting schedule: a period's figures are due on a day of the month after it ends (the
// 5th unless the workspace or a department's indicator set says otherwise). Only a day of the
// month: it knows no holidays (the name "calendar" is kept for a working-day calendar).
public enum ReportingSchedule {
    public static let defaultDueDay = 5

    /// The due date of a period's figures.
    public static func due(_ period: Period, day: Int = defaultDueDay) -> Day {
        let end = period.endMonth
        let (year, month) = end == 12 ? (period.year + 1, 1) : (period.year, end + 1)
        // Days 1–28 exist in every month (the setting is checked to be in that range).
        return Day(year: year, month: month, day: min(max(day, 1), 28))!
    }

    public static func dueText(_ period: Period, day: Int = defaultDueDay) -> String { due(period, day: day).description }

    /// Overdue: still a draft after its due date.
    public static func isOverdue(_ period: Period, status: SubmissionStatus, today: Day, day: Int = defaultDueDay) -> Bool {
        status == .draft && due(period, day: day) < today
    }
}
