// The data-entry grid for one unit and one period: the indicators of the period's frequency as
// rows, value and published growth as columns, pre-filled with the stored text, next to last
// period's and last year's values; each row says what its value is (this month's, the total from
// January, the balance at the month's end: the indicator's accumulation); the plausibility
// warnings of 数据审核 (Core's Plausibility) are said at their rows, never refusing: they are
// explained on /review before the month is submitted. A closed grid says once, by name, whose state
// closed it; after a save it says what comes next (报送, when the reader may submit). After a failed
// submission it carries what was typed and each field's message.
// Built from the page's plain context, the stored values, the cycle's states and due days.
import TiaoduCore
import TiaoduStore

struct EntryModel {
    struct Line {
        let code, name, unit: String
        /// what the value is, by the indicator's accumulation: 「本月数」, 「1—9月累计」, 「9月末余额」
        /// (an amount's balance) or 「9月末数」 (a rate's or a count's level)
        let takes: String
        /// whether the line takes a published growth: a rate or ratio (`Indicator.changesInPoints`)
        /// moves in points and has no 公布增速, so its growth field is not offered
        let takesGrowth: Bool
        var value: String
        var growth: String
        let lastPeriod: String?
        let lastYear: String?
        /// the indicator's own due date when its department's differs from the workspace's
        var due: String? = nil
        /// the plausibility warnings on the figure as shown, as sentences
        var warnings: [String]
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
    /// how many published growths the last save cleared, their values having changed (computed now)
    var clearedGrowths = 0
    /// the month was returned to the unit: the approver's reason
    var returnedReason: String? = nil
    var failed = false
    /// the save was refused only because the figures are locked (nothing to correct in the fields)
    var lockedOnly: Bool? = nil
    /// the unit whose state closes these figures (the unit itself or one above), if any
    let lock: (org: String, name: String, status: SubmissionStatus)?
    /// the lock said once for the whole grid, as a sentence with the names and the period
    let lockSentence: String?
    /// the unit's figures for the period are a draft the reader may submit (a reporter of the unit)
    let canSubmit: Bool
    /// the ratios of these rows' indicators: computed from them, never entered
    let computed: [String]
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
        let lock = policy.lockingUnit(for: unit.code, states: states).map { (org: $0.org, name: p.workspace.orgName($0.org, p.language), status: $0.status) }
        self.lock = lock
        let named = p.name(unit)
        lockSentence = lock.map { Self.lockSentence(unit: named, period: period, by: $0.name, own: $0.org == unit.code, status: $0.status, p.language) }
        due = ReportingSchedule.dueText(period, day: dueDay)
        self.saved = saved
        let principal = p.principal
        // The unit's own draft, its reporter: the grid offers to submit it (the /status move).
        var mayReport = false
        if let principal, case .success = policy.apply(.submit, to: states[unit.code] ?? .draft, org: unit.code, by: principal, reason: nil) {
            mayReport = true
        }
        canSubmit = lock == nil && !readOnly && period.frequency == .monthly && mayReport
        let isDepartment = principal?.roles.contains(.department) == true
        units = p.workspace.tree.units.filter { unit in
            ![.grid, .microgrid].contains(unit.kind)
                && (isDepartment || principal.map { readOnly ? policy.canRead($0, org: unit.code) : policy.canEnter($0, org: unit.code) } == true)
        }
        // A department enters its own indicators wherever it is not the unit's reporter.
        let wholeUnit = readOnly || (principal.map { policy.canEnter($0, org: unit.code) } ?? false)
        struct Key: Hashable { let indicator: String, period: String }
        let byKey = Dictionary(stored.map { (Key(indicator: $0.indicator, period: $0.period), $0) }, uniquingKeysWith: { first, _ in first })
        let previous = period.previous.description, yearBefore = period.yearBefore.description
        let entered = workspace.indicators.filter { indicator in
            indicator.frequency == period.frequency && indicator.accumulation != .ratio
                && (wholeUnit || principal.map { policy.owns($0, indicator: indicator.code) } == true)
        }
        let enteredCodes = Set(entered.map(\.code))
        computed = workspace.indicators.filter { indicator in
            indicator.accumulation == .ratio && indicator.frequency == period.frequency
                && [indicator.numerator, indicator.denominator].contains { part in part.map { enteredCodes.contains($0) } == true }
        }.map { workspace.indicatorName($0.code, p.language) }
        let language = p.language
        let shown = Self.warnings(p, unit: unit.code, period: period,
                                  shown: entered.map { ($0.code, byKey[Key(indicator: $0.code, period: period.description)].map { ($0.value, $0.growth) }) })
        lines = entered.map { indicator in
            let now = byKey[Key(indicator: indicator.code, period: period.description)]
            let before = byKey[Key(indicator: indicator.code, period: yearBefore)]?.value
            // Indicator sets with a due day of their own (by department) say so on their rows.
            let own = indicator.department.flatMap { departmentDueDays[$0] }.map { ReportingSchedule.dueText(period, day: $0) }
            return Line(code: indicator.code, name: workspace.indicatorName(indicator.code, language), unit: indicator.unit,
                        takes: Self.takes(indicator.accumulation, unit: indicator.unit, in: period, language), takesGrowth: !indicator.changesInPoints, value: now?.value ?? "", growth: now?.growth ?? "", lastPeriod: byKey[Key(indicator: indicator.code, period: previous)]?.value,
                        lastYear: before, due: own, warnings: shown[indicator.code] ?? [])
        }
    }

    /// The plausibility warnings on the figures as the grid shows them (stored, or as typed), by
    /// indicator. The workspace is copied only where what is shown is not what it holds.
    static func warnings(_ p: PageContext, unit: String, period: Period, shown: [(code: String, text: (value: String?, growth: String?)?)]) -> [String: [String]] {
        var workspace = p.workspace
        let differing: [Observation] = shown.compactMap { line in
            func read(_ text: String?) -> Figure? {
                guard let text, case .success(let number) = NumberInput.normalise(text) else { return nil }
                return number.value
            }
            let observation = Observation(org: unit, indicator: line.code, period: period, value: read(line.text?.value), growth: read(line.text?.growth))
            let held = workspace.observation(org: unit, indicator: line.code, period: period)
            return held?.value == observation.value && held?.growth == observation.growth ? nil : observation
        }
        if !differing.isEmpty { workspace.apply(observations: differing) }
        let found = Plausibility.warnings(org: unit, period: period, in: workspace)
        return Dictionary(grouping: found, by: \.indicator).mapValues { $0.map { $0.message(in: workspace, p.language) } }
    }

    /// The warnings again, on the values as now typed (after a refused save).
    mutating func rewarn(_ p: PageContext) {
        let found = Self.warnings(p, unit: unit.code, period: period, shown: lines.map { ($0.code, ($0.value, $0.growth)) })
        for index in lines.indices { lines[index].warnings = found[lines[index].code] ?? [] }
    }

    /// How many warnings the figures as shown raise.
    var warningCount: Int { lines.reduce(0) { $0 + $1.warnings.count } }

    /// What an indicator's value for the period is, by its accumulation: a flow's own period
    /// (「本月数」), a cumulative's total from the year's start (「1—9月累计」), a stock's balance at
    /// the period's end (「9月末余额」) — an amount's (its unit is in 元); a rate's (%, ‰) or a
    /// count's is its level then (「9月末数」). Ratios are computed, never entered.
    static func takes(_ accumulation: Accumulation, unit: String, in period: Period, _ language: Language) -> String {
        let zh = language == .zh
        let balance = unit.contains("元")
        switch (accumulation, period) {
        case (.stock, .month(_, let m)):
            return PageText.format(balance ? .entryTakesMonthEnd : .entryTakesMonthEndLevel, language, zh ? String(m) : Catalogue.monthName(m, language))
        case (.stock, .quarter(_, let q)): return PageText.format(balance ? .entryTakesQuarterEnd : .entryTakesQuarterEndLevel, language, String(q))
        case (.stock, .year): return PageText.text(balance ? .entryTakesYearEnd : .entryTakesYearEndLevel, language)
        case (.cumulative, .month(_, let m)) where m > 1:
            return PageText.format(.entryTakesMonthsTotal, language, zh ? String(m) : Catalogue.monthName(m, language))
        case (.cumulative, .quarter(_, let q)) where q > 1: return PageText.format(.entryTakesQuartersTotal, language, String(q))
        case (_, .month): return PageText.text(.entryTakesMonth, language)
        case (_, .quarter): return PageText.text(.entryTakesQuarter, language)
        case (_, .year): return PageText.text(.entryTakesYear, language)
        }
    }

    /// Whose state closes the grid, said once: the unit, the period (2021年9月), and the unit
    /// above whose state closed it with its own.
    static func lockSentence(unit: String, period: Period, by: String, own: Bool, status: SubmissionStatus, _ language: Language) -> String {
        let label: PageLabel
        switch status {
        case .accepted: label = own ? .entryLockAccepted : .entryLockAcceptedWith
        case .approved: label = own ? .entryLockApproved : .entryLockApprovedWith
        case .submitted, .draft: label = own ? .entryLockSubmitted : .entryLockSubmittedWith
        }
        return PageText.format(label, language, [unit, Catalogue.periodName(period, language), by])
    }

    /// Puts the typed text back and each issue next to its field, units named (never by code).
    /// A lock is said once for the grid, not at every field. `codes` are the indicators in the
    /// order they were submitted (issue lines count from 1); `names`: a unit's name by its code.
    mutating func failed(with issues: [ImportIssue], typed: [String: (String, String)], codes: [String], language: Language,
                         names: ((String) -> String?)? = nil) {
        failed = true
        for index in lines.indices {
            if let text = typed[lines[index].code] { (lines[index].value, lines[index].growth) = text }
        }
        for issue in issues {
            let message = issue.reason.message(language, names: names)
            if case .locked = issue.reason {
                // The grid's own lock sentence says it already when the cycle's state closed it.
                if lockSentence == nil, !otherMessages.contains(message) { otherMessages.append(message) }
                lockedOnly = lockedOnly ?? true
                continue
            }
            lockedOnly = false
            guard issue.line >= 1, issue.line <= codes.count, let index = lines.firstIndex(where: { $0.code == codes[issue.line - 1] }) else {
                otherMessages.append(message)
                continue
            }
            if issue.column == "growth" {
                lines[index].growthMessage = message
            } else if issue.column == "value" || issue.column == nil {
                lines[index].valueMessage = message
            } else if issue.column == "org" || issue.column == "period" {
                // The grid's unit and period are every row's: said once («无权录入邗江区的数据»).
                if !otherMessages.contains(message) { otherMessages.append(message) }
            } else {
                otherMessages.append(lines[index].name + PageText.text(.colon, language) + message)
            }
        }
    }
}
