// The figures the engine reports per unit and department for a period (WORKFLOWS.md): received,
// closed, the on-time closure rate (closed by the deadline ÷ closed), the average working days to
// close, open and overdue now by colour, satisfaction ((满意 + 基本满意) ÷ rated), reopened. Rates
// are exact fractions (Figure); a unit with nothing closed or rated has no rate — shown "—",
// never 0 %.

public struct CaseFigures: Hashable, Sendable {
    /// assigned to the unit in the period
    public var received = 0
    /// closed in the period, of which answered by the deadline in force, and their working days
    public var closed = 0
    public var closedOnTime = 0
    public var workDays = 0
    /// not closed on the as-of day; of which red, yellow, blue
    public var open = 0
    public var red = 0
    public var yellow = 0
    public var blue = 0
    /// ratings given in the period, of which 满意 or 基本满意
    public var rated = 0
    public var satisfied = 0
    /// 重办 in the period
    public var reopened = 0

    public init() {}

    /// closed on time ÷ closed, in per cent
    public var onTimeRate: Figure? { closed == 0 ? nil : Figure(Int128(closedOnTime) * 100, over: Int128(closed)) }
    /// (满意 + 基本满意) ÷ rated, in per cent
    public var satisfaction: Figure? { rated == 0 ? nil : Figure(Int128(satisfied) * 100, over: Int128(rated)) }
    /// working days from assignment to the answer, on average over the cases closed
    public var averageDays: Figure? { closed == 0 ? nil : Figure(Int128(workDays), over: Int128(closed)) }

    public mutating func add(_ other: CaseFigures) {
        received += other.received
        closed += other.closed
        closedOnTime += other.closedOnTime
        workDays += other.workDays
        open += other.open
        red += other.red
        yellow += other.yellow
        blue += other.blue
        rated += other.rated
        satisfied += other.satisfied
        reopened += other.reopened
    }

    public mutating func count(_ colour: CaseColour?) {
        switch colour {
        case .red: red += 1
        case .yellow: yellow += 1
        case .blue: blue += 1
        case nil: break
        }
    }

    /// The reference computation from whole records (the store computes the same in SQL; tests
    /// hold the two together). Ratings and reopenings are events, each counted for the lead unit
    /// the event names — the unit whose answer was rated or sent back — on the event's day.
    public static func compute(_ records: [CaseRecord], ratings: [(lead: CaseUnit?, day: Day, rating: Rating)], reopens: [(lead: CaseUnit?, day: Day)],
                               from: Day, to: Day, asOf: Day, calendar: WorkingCalendar) -> [CaseUnit: CaseFigures] {
        var figures: [CaseUnit: CaseFigures] = [:]
        for record in records {
            guard let lead = record.lead else { continue }
            var f = figures[lead] ?? CaseFigures()
            if let assigned = record.assigned, assigned >= from, assigned <= to { f.received += 1 }
            if record.state == .closed, let closed = record.closed, closed >= from, closed <= to {
                f.closed += 1
                if record.onTime == true { f.closedOnTime += 1 }
                f.workDays += record.workDays ?? 0
            }
            if !record.state.isFinal {
                f.open += 1
                f.count(CaseColour.of(record, on: asOf, calendar: calendar))
            }
            figures[lead] = f
        }
        for rating in ratings where rating.day >= from && rating.day <= to {
            guard let lead = rating.lead else { continue }
            figures[lead, default: CaseFigures()].rated += 1
            if rating.rating.isSatisfied { figures[lead, default: CaseFigures()].satisfied += 1 }
        }
        for reopen in reopens where reopen.day >= from && reopen.day <= to {
            guard let lead = reopen.lead else { continue }
            figures[lead, default: CaseFigures()].reopened += 1
        }
        // a unit with nothing in the period and nothing open has no figures (the store lists it not)
        return figures.filter { $0.value != CaseFigures() }
    }
}

/// A row of the league of units or departments: ranked by the on-time closure rate, then
/// satisfaction, then fewer overdue; a unit with nothing closed is listed last and not ranked.
public struct CaseLeagueRow: Hashable, Sendable {
    public let unit: CaseUnit
    public let figures: CaseFigures
    public let rank: Int?

    public init(unit: CaseUnit, figures: CaseFigures, rank: Int?) { (self.unit, self.figures, self.rank) = (unit, figures, rank) }

    /// The row without its rank: for a reader who may not read every case it is computed from.
    public var unranked: CaseLeagueRow { CaseLeagueRow(unit: unit, figures: figures, rank: nil) }

    public static func rank(_ figures: [CaseUnit: CaseFigures]) -> [CaseLeagueRow] {
        let ordered = figures.sorted { a, b in
            switch (a.value.onTimeRate, b.value.onTimeRate) {
            case (nil, nil): return a.key < b.key
            case (nil, _): return false
            case (_, nil): return true
            case let (x?, y?):
                if x != y { return x > y }
                let (sx, sy) = (a.value.satisfaction ?? -1, b.value.satisfaction ?? -1)
                if sx != sy { return sx > sy }
                if a.value.red != b.value.red { return a.value.red < b.value.red }
                return a.key < b.key
            }
        }
        var rows: [CaseLeagueRow] = []
        var previous: (Figure, Figure, Int)?
        var rank = 0
        for (index, entry) in ordered.enumerated() {
            guard let rate = entry.value.onTimeRate else {
                rows.append(CaseLeagueRow(unit: entry.key, figures: entry.value, rank: nil))
                continue
            }
            let key = (rate, entry.value.satisfaction ?? -1, entry.value.red)
            if previous.map({ $0 != key }) ?? true { rank = index + 1 }
            previous = key
            rows.append(CaseLeagueRow(unit: entry.key, figures: entry.value, rank: rank))
        }
        return rows
    }
}
