// 三色督办: a case's colour as of a day. Red — overdue; yellow — behind its own schedule (a task
// whose progress is behind the share of its time gone, like 序时 for tasks) or answered poorly
// (rated 不满意, or reopened for it); blue — 1 working day or less left. The worst applies
// (red, then yellow, then blue). Only cases whose clock runs, or answered and rated 不满意, have one.

public enum CaseColour: String, Sendable, CaseIterable, Codable, Comparable {
    case red, yellow, blue

    public var severity: Int {
        switch self {
        case .red: return 3
        case .yellow: return 2
        case .blue: return 1
        }
    }

    public static func < (a: CaseColour, b: CaseColour) -> Bool { a.severity < b.severity }

    /// Working days a case may have left and still be blue.
    public static let blueDays = 1

    /// The colour of `record` on `day` (nil: none).
    public static func of(_ record: CaseRecord, on day: Day, calendar: WorkingCalendar) -> CaseColour? {
        if record.state == .answered, record.rating == .dissatisfied { return .yellow }
        guard record.state.clockRuns, let due = record.clockDue else { return nil }
        if day > due { return .red }
        if let from = yellowFrom(record, calendar: calendar), day >= from { return .yellow }
        guard let edge = try? blueEdge(day, calendar: calendar) else { return nil }
        return due < edge ? .blue : nil
    }

    /// The first day a running case is yellow, if ever before its deadline: from its reopening
    /// for a reopened case; for a task, the first day its working days gone exceed its progress's
    /// share of all (done/100 < gone/all, counted from the assignment). The store keeps this day
    /// beside the case so that ledgers and figures find yellow cases without the calendar.
    public static func yellowFrom(_ record: CaseRecord, calendar: WorkingCalendar) -> Day? {
        guard record.state.clockRuns else { return nil }
        if record.reopened > 0 { return record.raised }  // it runs again only after the reopening: yellow throughout
        guard record.kind == .task, let start = record.assigned, let due = record.due,
              let all = try? calendar.count(from: start, to: due), all > 0 else { return nil }
        let gone = (record.progress ?? 0) * all / 100 + 1
        guard gone <= all else { return nil }
        return try? calendar.add(workingDays: gone, to: start)
    }

    /// On `day`, a deadline before this day has `blueDays` working days or fewer left:
    /// count(day, due) ≤ n exactly when due < add(day, n + 1).
    public static func blueEdge(_ day: Day, calendar: WorkingCalendar) throws -> Day {
        try calendar.add(workingDays: blueDays + 1, to: day)
    }

    /// Working days left to the deadline on `day` (negative: overdue by that many).
    public static func daysLeft(_ record: CaseRecord, on day: Day, calendar: WorkingCalendar) -> Int? {
        guard let due = record.clockDue else { return nil }
        return try? calendar.count(from: day, to: due)
    }
}
