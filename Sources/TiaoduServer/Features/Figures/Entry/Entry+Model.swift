// The data-entry grid for one unit and one period: the indicators of the period's frequency as
// rows, value and published growth as columns, pre-filled with the stored text, next to last
// period's and last year's values; a value more than 3× or under ⅓ of last year's is flagged
// (never refused). After a failed submission it carries what was typed and each field's message.
// Built from the page's plain context, the stored values, the cycle's states and due days.
import TiaoduCore
import TiaoduStore

struct EntryModel {
    struct Line {
        let code, name, unit: String
        var value: String
        var growth: String
        let lastPeriod: String?
        let lastYear: String?
        /// the indicator's own due date when its department's differs from the workspace's
        var due: String? = nil
        var implausible: Bool
        var valueMessage: String?
        var growthMessage: String?
    }

    let unit: OrgUnit
    let unitName: String
    let period: Period
    let periods: [Period]
    let units: [OrgUnit]
    var lines: [Line]
    /// how many values the last save changed (after the redirect of a save), if any
    let saved: Int?
    var failed = false
    /// the unit whose state closes these figures (the unit itself or one above), if any
    let lock: (name: String, status: SubmissionStatus)?
    /// the workspace's due date for the period
    let due: String
    /// the reader may read the unit but not enter its figures (an approver checking before they
    /// approve, a viewer): the grid is shown with its fields closed and no save button
    let readOnly: Bool
    var otherMessages: [String] = []

    /// `states`: the cycle's state of each unit for the period; `dueDay`: the workspace's due day;
    /// `departmentDueDays`: the due day of each department that has its own; `saved`: how many
    /// values the save just made changed.
    init(_ p: PageContext, unit: OrgUnit, period: Period, stored: [StoredValue], states: [String: SubmissionStatus] = [:],
         dueDay: Int = ReportingSchedule.defaultDueDay, departmentDueDays: [String: Int] = [:], saved: Int? = nil, readOnly: Bool = false) {
        self.readOnly = readOnly
        let workspace = p.workspace
        self.unit = unit
        unitName = p.name(unit)
        self.period = period
        // The next month (the one usually being reported), the months shown elsewhere, the quarters.
        let next = Period.month(year: p.latest.endMonth == 12 ? p.latest.year + 1 : p.latest.year, month: p.latest.endMonth % 12 + 1)
        let quarters = (1...4).reversed().compactMap { Period(quarter: $0, of: p.latest.year) }.filter { $0.endMonth <= p.latest.endMonth + 3 }
        // Never a period that has not come (by the one clock, plus the schedule's grace).
        var periods = ([next] + p.months + quarters).filter { Period.month(year: $0.year, month: $0.startMonth) <= p.access.latestWritable }
        if !periods.contains(period) { periods.insert(period, at: 0) }
        self.periods = periods
        // The units this user may enter figures for.
        let policy = AccessPolicy(tree: p.workspace.tree, indicators: p.workspace.indicators)
        lock = policy.lockingUnit(for: unit.code, states: states).map { (p.workspace.orgName($0.org, p.language), $0.status) }
        due = ReportingSchedule.dueText(period, day: dueDay)
        self.saved = saved
        let principal = p.principal
        let isDepartment = principal?.roles.contains(.department) == true
        units = p.workspace.tree.units.filter { unit in
            ![.grid, .microgrid].contains(unit.kind)
                && (isDepartment || principal.map { readOnly ? policy.canRead($0, org: unit.code) : policy.canEnter($0, org: unit.code) } == true)
        }
        // A department enters its own indicators wherever it is not the unit's reporter.
        let wholeUnit = readOnly || (principal.map { policy.canEnter($0, org: unit.code) } ?? false)
        struct Key: Hashable { let indicator: String, period: String }
        let byKey = Dictionary(stored.map { (Key(indicator: $0.indicator, period: $0.period), $0) }, uniquingKeysWith: { first, _ in first })
        let previous = period.previous.description, yearBefore = Self.sameLastYear(period).description
        lines = workspace.indicators.filter { indicator in
            indicator.frequency == period.frequency && indicator.accumulation != .ratio
                && (wholeUnit || principal.map { policy.owns($0, indicator: indicator.code) } == true)
        }.map { indicator in
            let now = byKey[Key(indicator: indicator.code, period: period.description)]
            let before = byKey[Key(indicator: indicator.code, period: yearBefore)]?.value
            // Indicator sets with a due day of their own (by department) say so on their rows.
            let own = indicator.department.flatMap { departmentDueDays[$0] }.map { ReportingSchedule.dueText(period, day: $0) }
            return Line(code: indicator.code, name: workspace.indicatorName(indicator.code, p.language), unit: indicator.unit,
                        value: now?.value ?? "", growth: now?.growth ?? "", lastPeriod: byKey[Key(indicator: indicator.code, period: previous)]?.value,
                        lastYear: before, due: own, implausible: Self.implausible(now?.value, against: before))
        }
    }

    static func sameLastYear(_ period: Period) -> Period {
        switch period {
        case .month(let y, let m): return .month(year: y - 1, month: m)
        case .quarter(let y, let q): return .quarter(year: y - 1, quarter: q)
        case .year(let y): return .year(y - 1)
        }
    }

    /// More than 3× or less than ⅓ of the same period last year (both positive).
    static func implausible(_ value: String?, against base: String?) -> Bool {
        guard let value, let base, let v = Figure(value), let b = Figure(base), v > 0, b > 0 else { return false }
        return v > b * 3 || v * 3 < b
    }

    /// Puts the typed text back and each issue next to its field. `codes` are the indicators
    /// in the order they were submitted (issue lines count from 1).
    mutating func failed(with issues: [ImportIssue], typed: [String: (String, String)], codes: [String], language: Language) {
        failed = true
        for index in lines.indices {
            if let text = typed[lines[index].code] { (lines[index].value, lines[index].growth) = text }
            lines[index].implausible = Self.implausible(lines[index].value, against: lines[index].lastYear)
        }
        for issue in issues {
            let message = issue.reason.message(language)
            guard issue.line >= 1, issue.line <= codes.count, let index = lines.firstIndex(where: { $0.code == codes[issue.line - 1] }) else {
                otherMessages.append(message)
                continue
            }
            if issue.column == "growth" {
                lines[index].growthMessage = message
            } else if issue.column == "value" || issue.column == nil {
                lines[index].valueMessage = message
            } else {
                otherMessages.append(lines[index].name + ": " + message)
            }
        }
    }
}
