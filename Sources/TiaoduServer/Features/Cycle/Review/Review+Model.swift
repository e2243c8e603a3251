// 数据审核: one unit's month as its approver judges it — every figure beside last month and the
// same month last year, its growth, the plausibility warnings with the unit's note on each, what
// changed since the last submission, the moves so far (who submitted, who returned it and why),
// and the moves the reader may make from here. The reporter sees the same page and writes the
// notes before submitting.
import TiaoduCore
import TiaoduStore

struct ReviewModel {
    struct Warning {
        let indicator: String
        let kind: String
        let message: String
        let note: String?
    }

    struct Line {
        let code, name, unit: String
        let value, lastPeriod, lastYear, growth: String
        let warnings: [Warning]
        /// what the figure was at the last submission, when it changed since
        let before: String?
    }

    struct Move {
        let when, actor, action: String
        let reason: String?
    }

    let org: String
    let name: String
    let period: Period
    let status: SubmissionStatus
    let coveredBy: String?
    let lines: [Line]
    let moves: [Move]
    /// when the unit last submitted before the present submission (the changes are since then)
    let changesSince: String?
    /// the reader may write notes (they may enter the unit's figures, and it is in draft)
    let canNote: Bool
    /// warnings with no note yet
    let open: Int
    let actions: [ApprovalAction]
    /// what the last move or save did
    let message: String?
    /// why the last move or save was refused
    let failure: String?

    init(_ p: PageContext, unit: OrgUnit, period: Period, states: [String: SubmissionStatus], warnings: [PlausibilityWarning],
         notes: [FigureNote], moves: [CycleMove], names: [String: String] = [:], changes: [ChangedFigure], message: String?, failure: String? = nil) {
        let workspace = p.workspace, l = p.language
        org = unit.code
        name = p.name(unit)
        self.period = period
        let shown = p.policy.shownState(of: unit.code, states: states)
        status = shown.0
        coveredBy = shown.1.map { workspace.orgName($0, l) }
        let noteBy = Dictionary(notes.map { ("\($0.indicator) \($0.flag)", $0.note) }, uniquingKeysWith: { first, _ in first })
        let changed = Dictionary(changes.map { ($0.indicator, $0) }, uniquingKeysWith: { first, _ in first })
        let warned = Dictionary(grouping: warnings, by: \.indicator)
        func cell(_ value: Figure?, _ indicator: Indicator) -> String { value.map { $0.fixed(indicator.decimals) } ?? "—" }
        lines = workspace.indicators.compactMap { indicator in
            guard indicator.accumulation != .ratio, indicator.frequency == period.frequency else { return nil }
            let now = workspace.observation(org: unit.code, indicator: indicator.code, period: period)
            let previous = workspace.observation(org: unit.code, indicator: indicator.code, period: period.previous)
            let lastYear = workspace.observation(org: unit.code, indicator: indicator.code, period: period.yearBefore)
            guard now != nil || previous != nil || lastYear != nil || changed[indicator.code] != nil else { return nil }
            let before = changed[indicator.code].map { change in
                [change.oldValue ?? "—", change.oldGrowth.map { "\($0)%" }].compactMap { $0 }.joined(separator: " / ")
            }
            return Line(code: indicator.code, name: workspace.indicatorName(indicator.code, l), unit: indicator.unit,
                        value: cell(now?.value, indicator), lastPeriod: cell(previous?.value, indicator), lastYear: cell(lastYear?.value, indicator),
                        growth: now?.growth.map { $0.fixed(BulletinCells.percentDecimals) + "%" } ?? "—",
                        warnings: (warned[indicator.code] ?? []).map { w in
                            Warning(indicator: w.indicator, kind: w.flag.kind, message: w.message(in: workspace, l), note: noteBy["\(w.indicator) \(w.flag.kind)"])
                        },
                        before: before)
        }
        let time = Timestamp()
        self.moves = moves.map { Move(when: time.text($0.at), actor: names[$0.actor] ?? $0.actor, action: PageText.action($0.action, l), reason: $0.reason) }
        changesSince = Self.baseline(moves, status: shown.0).map(time.text)
        let principal = p.principal
        canNote = status == .draft && shown.1 == nil && principal.map { p.policy.canEnter($0, org: unit.code) } == true
        open = lines.reduce(0) { $0 + $1.warnings.filter { $0.note == nil }.count }
        actions = shown.1 != nil ? [] : principal.map { principal in
            ApprovalAction.allCases.filter {
                if case .success = p.policy.apply($0, to: shown.0, org: unit.code, by: principal, reason: "-") { return true }
                return false
            }
        } ?? []
        self.message = message
        self.failure = failure
    }

    /// The submission the changes are counted from: while the unit edits again after a return,
    /// the one returned; once it has submitted again, the one before.
    static func baseline(_ moves: [CycleMove], status: SubmissionStatus) -> Int64? {
        let submissions = moves.filter { $0.action == .submit }.map(\.at)
        if status == .draft { return submissions.last }
        return submissions.count >= 2 ? submissions[submissions.count - 2] : nil
    }

    /// The last time the unit was returned, and why (the reporter reads it first).
    var lastReturn: Move? {
        moves.last.flatMap { $0.reason != nil && status == .draft ? $0 : nil }
    }
}
