// A year's plan classifies each project (PROJECTS.md): 新开工 (to start this year), 竣工 (to be
// completed this year), 续建 (under way through the year), 预备 (to start later). Derived from the
// planned start and finish, so the plan and the register never disagree.

public enum YearPlanClass: String, Sendable, CaseIterable, Codable {
    case newStart, completion, continuing, preparatory

    public init(_ project: Project, year: Int) {
        let start = project.plannedStart?.year, finish = project.plannedFinish?.year
        if let finish, finish == year, (start ?? year) < year {
            self = .completion
        } else if start == year {
            self = .newStart
        } else if let start, start > year {
            self = .preparatory
        } else if start == nil {
            self = .preparatory
        } else {
            self = .continuing
        }
    }
}

extension Project {
    /// Planned to start in `year` (the denominator of 开工率).
    public func plannedToStart(in year: Int) -> Bool { plannedStart?.year == year }

    /// Planned to be completed in `year` (the denominator of 竣工率).
    public func plannedToComplete(in year: Int) -> Bool { plannedFinish?.year == year }

    /// Planned to go into production in `year` (the denominator of 投产率): industrial projects
    /// planned to be completed then — 民生 and 基础设施 projects are completed, not put into production.
    public func plannedToProduce(in year: Int) -> Bool { category == .industry && plannedToComplete(in: year) }
}
