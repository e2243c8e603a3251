// Validates project rows — the register of PROJECTS.md — with the same all-or-nothing rules as
// values: a known owner unit, choices from their lists, exact amounts in 亿元, month periods, no
// duplicate codes; a stored project's stage is never changed by an import.

public struct ProjectInput: Sendable, Hashable {
    public let project: Project
    /// the amounts as entered, stored as such
    public let totalText: String
    public let planText: String
}

public enum ProjectImport {
    /// `stages`: the stored projects' stages by code.
    public static func validate(_ records: [InputRecord], orgs: Set<String>, stages: [String: ProjectStage]) throws(ImportFailure) -> [ProjectInput] {
        var issues = IssueList()
        var result: [ProjectInput] = []
        var duplicates = DuplicateGuard<String>()
        for record in records {
            var reader = FieldReader(record)
            let code = reader.code("code")
            let name = reader.required("name")
            let owner = reader.required("owner")
            let category = reader.choice("category", ProjectCategory.self)
            let level = reader.choice("list_level", ListLevel.self)
            let total = reader.decimal("total_investment", required: true, unit: "亿元")
            let plan = reader.decimal("annual_plan", required: true, unit: "亿元")
            let start = reader.text("planned_start").map { _ in reader.month("planned_start") } ?? nil
            let finish = reader.text("planned_finish").map { _ in reader.month("planned_finish") } ?? nil
            let listed = reader.text("listed_in_statistics").map { _ in reader.month("listed_in_statistics") } ?? nil
            let stage = reader.choice("stage", ProjectStage.self, default: code.flatMap { stages[$0] } ?? .reserve)
            if let owner, !orgs.contains(owner) { reader.fail("owner", .unknownOrg(owner)) }
            if let code, let stored = stages[code], let stage, stage != stored { reader.fail("stage", .stageByImport(code: code, stored: stored.rawValue)) }
            if let code, let first = duplicates.repeatOf(code, line: record.line) { reader.fail("code", .duplicateKey(firstLine: first)) }
            issues += reader.issues
            if reader.issues.isEmpty, let code, let name, let owner, let category, let level, let total, let plan, let stage {
                result.append(ProjectInput(
                    project: Project(code: code, name: name, owner: owner, industry: reader.text("industry"), chain: reader.text("chain"),
                                     category: category, listLevel: level, totalInvestment: total.value, annualPlan: plan.value,
                                     plannedStart: start, plannedFinish: finish, stage: stage, listedInStatistics: listed,
                                     responsibleUnit: reader.text("responsible_unit"), leader: reader.text("leader"),
                                     taskForce: reader.text("task_force"), landStatus: reader.text("land_status")),
                    totalText: total.text, planText: plan.text))
            }
        }
        if !issues.isEmpty { throw ImportFailure(issues) }
        return result
    }
}

extension ProjectImport: ImportContract {
    public static let kind = ImportKind.projects
    public static let requiredColumns = ["code", "name", "owner", "category", "list_level", "total_investment", "annual_plan"]
    public static let optionalColumns = ["industry", "chain", "planned_start", "planned_finish", "responsible_unit", "leader", "task_force",
                                         "land_status", "listed_in_statistics", "stage"]
    public static let basisParts: Set<BasisPart> = [.projects]

    public static func validate(_ records: [InputRecord], against basis: ImportBasis) throws(ImportFailure) -> [ProjectInput] {
        try validate(records, orgs: basis.orgCodes, stages: basis.stages)
    }

    /// The owner named, and a stored project's present owner: a project changes hands only by
    /// someone who may enter both units' figures.
    public static func scopes(of row: ProjectInput, in basis: ImportBasis) -> [RowScope] {
        var scopes: [RowScope] = [.unit(row.project.owner, column: "owner")]
        if let present = basis.owners[row.project.code] { scopes.append(.unit(present, column: "code")) }
        return scopes
    }

    public static func key(of row: ProjectInput) -> String { row.project.code }
}
