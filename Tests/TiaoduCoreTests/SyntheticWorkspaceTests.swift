import Foundation
import Testing
@testable import TiaoduCore
@testable import TiaoduDemo

@Suite struct SyntheticWorkspaceTests {
    @Test func cityScaleIsValidAndDeterministic() throws {
        let synthetic = SyntheticWorkspace(scale: .city)
        #expect(synthetic.orgs.count == 131)
        #expect(synthetic.indicators.count == 60)
        let orgs = try OrgImport.validate(ImportKind.orgs.table(synthetic.orgsCSV()).records, existing: [])
        let indicators = try IndicatorImport.validate(ImportKind.indicators.table(synthetic.indicatorsCSV()).records, existing: [])
        let byCode = Dictionary(uniqueKeysWithValues: indicators.map { ($0.code, $0) })
        var values: [String] = []
        synthetic.values { values.append($0) }
        var again: [String] = []
        SyntheticWorkspace(scale: .city).values { again.append($0) }
        #expect(values == again)
        let inputs = try ValueImport.validate(ImportKind.values.table(values.joined(separator: "\n")).records, orgs: Set(orgs.map(\.code)), indicators: byCode)
        #expect(inputs.count == values.count - 1)
        var targets: [String] = []
        synthetic.targets { targets.append($0) }
        #expect(targets.count - 1 == 131 * 60 * 3, "every unit × indicator × year")
        _ = try TargetImport.validate(ImportKind.targets.table(targets.joined(separator: "\n")).records, orgs: Set(orgs.map(\.code)), indicators: byCode)
    }

    @Test func provinceShape() {
        let synthetic = SyntheticWorkspace(scale: .province)
        #expect(synthetic.orgs.count == 1 + 13 + 95 + 1_300)
        #expect(synthetic.indicators.count == 100)
        #expect(Set(synthetic.indicators.map(\.accumulation)) == Set(Accumulation.allCases))
        #expect(synthetic.indicators.contains { $0.frequency == .quarterly })
    }
}
