// The synthetic workspace's major projects, for the benchmark's project pages: 40 per unit of
// the first level below the root (counties of a city, cities of a province…), planned starts
// spread over the last two years, and monthly investment of the last year to September.
import TiaoduCore

extension SyntheticWorkspace {
    static let projectsPerUnit = 40

    private var projectOwners: [OrgUnit] { orgs.filter { $0.parent == "r" } }

    public func projects(_ emit: (String) -> Void) {
        emit("code,name,owner,chain,category,list_level,total_investment,annual_plan,planned_start,planned_finish,stage")
        let year = years.upperBound
        let stages: [ProjectStage] = [.reserve, .signed, .started, .underConstruction, .underConstruction, .completed]
        let categories: [ProjectCategory] = [.industry, .industry, .livelihood, .infrastructure]
        for (u, unit) in projectOwners.enumerated() {
            for p in 0..<Self.projectsPerUnit {
                let seed = u * 131 + p * 17
                let total = 100 + seed % 9_000  // hundredths of 亿元
                let stage = stages[(seed / 7) % stages.count]
                let start = stage >= .started ? "\(year - (p % 2))-\(String(format: "%02d", 1 + p % 9))" : "\(year)-\(String(format: "%02d", 4 + p % 9))"
                emit(CSV.line(["pj\(u + 1)-\(p + 1)", "项目\(u + 1)-\(p + 1)", unit.code, "链\(1 + p % 6)", categories[p % 4].rawValue,
                               ["province", "city", "county"][p % 3], cents(total), cents(total / 3 + 10), start, "\(year + 1 + p % 2)-12", stage.rawValue]))
            }
        }
    }

    public func progress(_ emit: (String) -> Void) {
        emit("code,period,investment,progress")
        let year = years.upperBound
        for (u, _) in projectOwners.enumerated() {
            for p in 0..<Self.projectsPerUnit where [2, 3, 4, 5].contains(((u * 131 + p * 17) / 7) % 6) {
                let total = 100 + (u * 131 + p * 17) % 9_000
                for month in 1...9 {
                    emit("pj\(u + 1)-\(p + 1),\(year)-\(String(format: "%02d", month)),\(cents((total / 3 + 10) * (60 + (p * month) % 50) / 1_200)),施工")
                }
            }
        }
    }

    private func cents(_ hundredths: Int) -> String { "\(hundredths / 100).\(String(format: "%02d", hundredths % 100))" }
}
