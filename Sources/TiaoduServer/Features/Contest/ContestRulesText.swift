// A quarter's contest rules as a county reads them: one whole sentence per rule, each a catalogue
// entry with its figures filled in — 「年度计划投资10亿元以上的项目每个加20分。」, 「省重大项目每个加20分。」,
// 「进度分不设上限，超过年度计划的按比例多得分。」 — never the configuration (「⩾10: 20」). Rules worth
// nothing are left unsaid.
import Foundation
import TiaoduCore

enum ContestRulesText {
    static func sentences(_ r: ContestRules, _ l: Language) -> [String] {
        func say(_ label: PageLabel, _ values: String...) -> String { PageText.format(label, l, values) }
        func points(_ value: Figure) -> String { value.jsonLiteral }
        // A plan threshold, entered in 亿元, with its unit: 「10亿元」; "1 billion yuan" (every digit kept).
        func plan(_ value: Figure) -> String {
            l == .zh ? value.jsonLiteral + "亿元" : (value * Figure(1, over: 10)).jsonLiteral + " billion yuan"
        }
        var lines: [String] = []
        // What scores at all: a project that has not started scores only its stage's points.
        let stagePoints: [(stage: ProjectStage, points: Figure)] = ProjectStage.allCases.compactMap { stage in
            guard let value = r.stagePoints[stage], !value.isZero else { return nil }
            return (stage: stage, points: value)
        }
        lines.append(say(stagePoints.isEmpty ? .ruleStartedOnly : .ruleStartedOnlyButStage))
        if !r.newStartPoints.isZero { lines.append(say(.ruleNewStart, points(r.newStartPoints))) }
        if !r.continuingPoints.isZero { lines.append(say(.ruleContinuing, points(r.continuingPoints))) }
        for band in r.planBands where !band.points.isZero {
            switch (band.atLeast.isZero, band.below) {
            case (false, .none): lines.append(say(.rulePlanTop, plan(band.atLeast), points(band.points)))
            case (false, .some(let below)): lines.append(say(.rulePlanBand, plan(band.atLeast), plan(below), points(band.points)))
            case (true, .some(let below)): lines.append(say(.rulePlanBelow, plan(below), points(band.points)))
            case (true, .none): lines.append(say(.rulePlanAll, points(band.points)))
            }
        }
        for category in ProjectCategory.allCases {
            if let value = r.categoryPoints[category], !value.isZero { lines.append(say(.ruleCategory, Catalogue.category(category, l), points(value))) }
        }
        for tier in SizeTier.allCases {
            if let value = r.sizeTierPoints[tier], !value.isZero { lines.append(say(.ruleSizeTier, Catalogue.tier(tier, l), points(value))) }
        }
        if !r.progressFactor.isZero {
            lines.append(say(.ruleProgress, points(r.progressFactor)))
            lines.append(r.progressCap.map { say(.ruleProgressCap, points($0)) } ?? say(.ruleProgressNoCap))
        }
        if !r.provinceLevelBonus.isZero { lines.append(say(.ruleProvince, points(r.provinceLevelBonus))) }
        if !r.inProductionBonus.isZero { lines.append(say(.ruleProduction, points(r.inProductionBonus))) }
        if !r.listedPoints.isZero { lines.append(say(.ruleListed, points(r.listedPoints))) }
        for (stage, value) in stagePoints { lines.append(say(.ruleStage, Catalogue.stage(stage, l), points(value))) }
        if !r.concentratedStartBonus.isZero, r.concentratedStartsPerYear > 0 {
            lines.append(say(.ruleBatch, points(r.concentratedStartBonus), String(r.concentratedStartsPerYear)))
        }
        if !r.deductionPerCriticism.isZero { lines.append(say(.ruleDeduction, points(r.deductionPerCriticism))) }
        if !r.panelWeight.isZero { lines.append(say(.rulePanel, r.panelWeight.jsonLiteral)) }
        return lines
    }
}
