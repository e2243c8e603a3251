// A quarter's rule set and county inputs as entered in a form (or any name → text map): every
// number exact, plan tiers as `10:20 5:10 1:6 0:3`; each bad field is reported by name.

public enum ContestRulesInput {
    /// The form's field names of a rule set.
    public static let ruleFields = ["new_start", "continuing", "plan_tiers", "cat_industry", "cat_livelihood", "cat_infrastructure", "progress_factor",
                                    "progress_cap", "listed", "province", "production", "batch_bonus", "batch_cap", "deduction", "panel_weight"]
        + SizeTier.allCases.map { "tier_\($0.rawValue)" } + ProjectStage.allCases.map { "stage_\($0.rawValue)" }

    /// The fields of a rule set, for a form to show.
    public static func fields(_ r: ContestRules) -> [String: String] {
        [
            "new_start": r.newStartPoints.jsonLiteral, "continuing": r.continuingPoints.jsonLiteral,
            "plan_tiers": r.planTiers.map { "\($0.atLeast.jsonLiteral):\($0.points.jsonLiteral)" }.joined(separator: " "),
            "cat_industry": (r.categoryPoints[.industry] ?? 0).jsonLiteral, "cat_livelihood": (r.categoryPoints[.livelihood] ?? 0).jsonLiteral,
            "cat_infrastructure": (r.categoryPoints[.infrastructure] ?? 0).jsonLiteral, "progress_factor": r.progressFactor.jsonLiteral,
            "progress_cap": r.progressCap?.jsonLiteral ?? "", "listed": r.listedPoints.jsonLiteral, "province": r.provinceLevelBonus.jsonLiteral,
            "production": r.inProductionBonus.jsonLiteral, "batch_bonus": r.concentratedStartBonus.jsonLiteral, "batch_cap": String(r.concentratedStartsPerYear),
            "deduction": r.deductionPerCriticism.jsonLiteral, "panel_weight": r.panelWeight.jsonLiteral,
        ].merging(SizeTier.allCases.map { ("tier_\($0.rawValue)", r.sizeTierPoints[$0]?.jsonLiteral ?? "") }) { a, _ in a }
         .merging(ProjectStage.allCases.map { ("stage_\($0.rawValue)", r.stagePoints[$0]?.jsonLiteral ?? "") }) { a, _ in a }
    }

    /// Parses a rule set and, for each of `orgs`, `panel_<org>` (0–100, may be empty) and
    /// `criticisms_<org>` (a count, empty = 0).
    public static func parse(_ form: [String: String], orgs: [String]) throws(ImportFailure) -> (ContestRules, [String: ContestCountyInput]) {
        var reader = FieldReader(InputRecord(line: 1, fields: form))
        func number(_ name: String) -> Figure? {
            guard let value = reader.decimal(name, required: true)?.value else { return nil }
            if value.isNegative { reader.fail(name, .outOfRange(value.jsonLiteral, allowed: "≥ 0")); return nil }
            return value
        }
        let newStart = number("new_start"), continuing = number("continuing")
        var planTiers: [PlanTier] = []
        if let raw = reader.required("plan_tiers") {
            for part in raw.split(whereSeparator: { $0 == " " || $0 == "," }) {
                let pair = part.split(separator: ":")
                guard pair.count == 2, let atLeast = DecimalText.parse(pair[0]), let points = DecimalText.parse(pair[1]), !atLeast.isNegative else {
                    reader.fail("plan_tiers", .notNumber(String(part))); continue
                }
                planTiers.append(PlanTier(atLeast: atLeast, points: points))
            }
        }
        let industry = number("cat_industry"), livelihood = number("cat_livelihood"), infrastructure = number("cat_infrastructure")
        let factor = number("progress_factor")
        let cap = reader.decimal("progress_cap", required: false)?.value
        let listed = number("listed"), province = number("province"), production = number("production"), batch = number("batch_bonus")
        let batchCap = reader.integer("batch_cap", in: 0...12)
        let deduction = number("deduction"), weight = number("panel_weight")
        // Optional tables: an empty field is no points.
        func optional(_ name: String) -> Figure? {
            guard let value = reader.decimal(name, required: false)?.value else { return nil }
            if value.isNegative { reader.fail(name, .outOfRange(value.jsonLiteral, allowed: "≥ 0")); return nil }
            return value
        }
        var tiers: [SizeTier: Figure] = [:], stages: [ProjectStage: Figure] = [:]
        for tier in SizeTier.allCases { if let points = optional("tier_\(tier.rawValue)") { tiers[tier] = points } }
        for stage in ProjectStage.allCases { if let points = optional("stage_\(stage.rawValue)") { stages[stage] = points } }
        var inputs: [String: ContestCountyInput] = [:]
        for org in orgs {
            var input = ContestCountyInput()
            if let panel = reader.decimal("panel_\(org)", required: false)?.value {
                if panel.isNegative || panel > 100 { reader.fail("panel_\(org)", .outOfRange(panel.jsonLiteral, allowed: "0–100")) }
                input.panel = panel
            }
            input.criticisms = reader.integer("criticisms_\(org)", in: 0...99, default: 0) ?? 0
            if input.panel != nil || input.criticisms > 0 { inputs[org] = input }
        }
        guard reader.issues.isEmpty, let newStart, let continuing, !planTiers.isEmpty, let industry, let livelihood, let infrastructure, let factor,
              let listed, let province, let production, let batch, let batchCap, let deduction, let weight else {
            throw ImportFailure(reader.issues.isEmpty ? [ImportIssue(line: 1, column: "plan_tiers", reason: .required)] : reader.issues)
        }
        var rules = ContestRules(newStartPoints: newStart, continuingPoints: continuing, planTiers: planTiers,
                                 categoryPoints: [.industry: industry, .livelihood: livelihood, .infrastructure: infrastructure],
                                 progressFactor: factor, progressCap: cap, provinceLevelBonus: province, inProductionBonus: production,
                                 concentratedStartBonus: batch, concentratedStartsPerYear: batchCap, deductionPerCriticism: deduction, panelWeight: weight)
        rules.listedPoints = listed
        rules.sizeTierPoints = tiers
        rules.stagePoints = stages
        return (rules, inputs)
    }
}
