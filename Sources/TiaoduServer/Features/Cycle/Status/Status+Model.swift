// Who has reported what for a period: every unit's state in the monthly cycle, its due date and
// whether it is overdue (by the page's today), and the moves the signed-in user may make. Built
// from the page's plain context, the stored states and the due day; the outcome of the last move
// (from the redirect's query) is passed in.
import Foundation
import TiaoduCore
import TiaoduStore

struct StatusModel {
    struct Line {
        let code, name: String
        let depth: Int
        let status: SubmissionStatus
        /// the unit above whose state covers this one's figures (its county approved, the city
        /// accepted), when the unit has none of its own: its figures are closed with them
        var coveredBy: String? = nil
        let overdue: Bool
        let lastChange: String?
        let actions: [ApprovalAction]
        /// returned to the unit (its last move a return): why, by whom, when
        var returned: String? = nil
    }

    let period: Period
    let due: String
    let lines: [Line]
    /// what the last move did (from its redirect)
    let message: String?
    /// why the last move was refused
    let failure: String?

    /// Overdue is judged by `p.today` (the server's one clock; the demo stands on 2021-09-30).
    /// `lastMoves`: each unit's last move (a returned month says why); `names`: users' names by
    /// login; `moved`: the action the last move took; `error`: why it was refused (notFrom,
    /// notPermitted, reason, own, notes) — what the move's redirect says.
    init(_ p: PageContext, period: Period, submissions: [StoredSubmission], dueDay: Int, lastMoves: [String: CycleMove] = [:],
         names: [String: String] = [:], moved: String? = nil, error: String? = nil) {
        self.period = period
        due = ReportingSchedule.dueText(period, day: dueDay)
        let byOrg = Dictionary(submissions.map { ($0.org, $0) }, uniquingKeysWith: { first, _ in first })
        let states = byOrg.mapValues(\.status)
        let tree = p.workspace.tree
        let policy = p.policy
        let today = p.today
        let time = Timestamp()
        // Depth first, so each unit's row is followed by the rows of the units below it.
        var ordered: [OrgUnit] = []
        func visit(_ unit: OrgUnit) {
            guard unit.kind.reportsFigures else { return }
            ordered.append(unit)
            tree.children(of: unit.code).forEach(visit)
        }
        tree.root.map(visit)
        // Only the units the reader may read: a state and who moved it are theirs to see.
        let principal = p.principal
        lines = ordered.filter { unit in principal.map { policy.canRead($0, org: unit.code) } ?? false }.map { unit in
            let stored = byOrg[unit.code]
            // A unit with no state of its own whose figures a unit above has closed shows that
            // state, not 「填报中 已逾期」 under an accepted city.
            let (status, cover) = policy.shownState(of: unit.code, states: states)
            let actions = cover != nil ? [] : principal.map { principal in
                ApprovalAction.allCases.filter {
                    if case .success = policy.apply($0, to: status, org: unit.code, by: principal, reason: "-") { return true }
                    return false
                }
            } ?? []
            // A month returned is a draft again with no submission row: its last move says why.
            let last = lastMoves[unit.code]
            let returned = status == .draft && cover == nil && last?.action == .reject
                ? PageText.format(.returnedBy, p.language, [names[last!.actor] ?? last!.actor, time.text(last!.at), last!.reason ?? ""]) : nil
            return Line(code: unit.code, name: p.name(unit), depth: tree.ancestry(of: unit.code).count - 1, status: status,
                        coveredBy: cover.map { p.workspace.orgName($0, p.language) },
                        overdue: ReportingSchedule.isOverdue(period, status: status, today: today, day: dueDay),
                        lastChange: stored.map { "\(time.text($0.changedAt)) \(names[$0.changedBy] ?? $0.changedBy)" }
                            ?? last.map { "\(time.text($0.at)) \(names[$0.actor] ?? $0.actor)" },
                        actions: actions, returned: returned)
        }
        message = moved.flatMap(ApprovalAction.init).map { PageText.moved($0, p.language) }
        failure = error.flatMap(CyclePages.refusal).map { p.text($0) }
    }

}
