// The rows of a unit's progress template (ProgressTemplate) for a month: the projects the unit
// owns that report that month — under way at the month's end (started, not yet completed: the
// projects the overview lists as unreported until they report), and any that has a report for the
// month already — each with its stage then, its annual plan, the year's investment in the months
// before and, when there is one, the month's report as entered (so a template downloaded again
// shows what was sent, and importing it again changes nothing).
import TiaoduCore
import TiaoduStore

struct ProgressTemplateModel: Sendable {
    struct Row: Sendable {
        let code: String
        let name: String
        /// the stage at the month's end
        let stage: ProjectStage
        /// the year's planned investment, 亿元
        let annualPlan: Figure
        /// the investment of the year's months before this one, 亿元
        let before: Figure
        /// the month's investment as entered ("" when not reported)
        let investment: String
        /// the month's progress on site ("" when none)
        let progress: String
    }

    let unit: OrgUnit
    let unitName: String
    /// the month reported
    let month: Period
    let rows: [Row]

    /// `projects`: the register as it stood at the month's end (ProjectData.projects(on:)), in the
    /// register's order; `reports`: the progress reports of the month's year.
    init(unit: OrgUnit, month: Period, projects: [Project], reports: [StoredProgress], _ p: PageContext) {
        self.unit = unit
        unitName = p.name(unit)
        self.month = month
        var before: [String: Figure] = [:]
        var reported: [String: ProgressReport] = [:]
        for stored in reports where stored.report.period.year == month.year {
            guard case .month(_, let m) = stored.report.period else { continue }
            if m < month.endMonth { before[stored.report.code, default: 0] = before[stored.report.code, default: 0] + stored.report.investment }
            if m == month.endMonth { reported[stored.report.code] = stored.report }
        }
        rows = projects.filter { x in
            x.owner == unit.code && (reported[x.code] != nil || (x.stage.hasStarted && x.stage < .completed))
        }.map { x in
            Row(code: x.code, name: x.name, stage: x.stage, annualPlan: x.annualPlan, before: before[x.code] ?? 0,
                investment: reported[x.code]?.investmentText ?? "", progress: reported[x.code]?.progress ?? "")
        }
    }
}
