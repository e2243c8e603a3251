// The admin's form for a quarter's rule set and the counties' panel scores and criticisms.
import TiaoduCore

enum ContestRulesForm {
    static func render(_ rules: ContestRules, inputs: [String: ContestCountyInput], year: Int, quarter: Int, _ p: PageContext, csrf: String,
                       typed: [String: String]? = nil, issues: [ImportIssue] = []) -> Node {
        let l = p.language
        func tp(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let values = typed ?? ContestRulesInput.fields(rules)
        // Each field says in words what it scores; the sentences above the form say the whole rule.
        let labels: [String: PageLabel] = [
            "new_start": .ruleFormNewStart, "continuing": .ruleFormContinuing, "plan_tiers": .ruleFormPlanTiers,
            "progress_factor": .ruleFormProgress, "progress_cap": .ruleFormProgressCap, "listed": .ruleFormListed, "province": .provinceBonus,
            "production": .productionBonus, "batch_bonus": .batchBonus, "batch_cap": .batchCap, "deduction": .deductionPoints, "panel_weight": .ruleFormPanelWeight,
        ]
        let placeholders: [String: PageLabel] = ["plan_tiers": .tiersHint, "progress_cap": .ruleNoCap]
        let messages = Dictionary(grouping: issues, by: { $0.column ?? "" }).mapValues { $0.map { $0.reason.message(l) } }
        var controls: [Node] = [.hidden("_csrf", csrf), .hidden("q", "\(year)Q\(quarter)")]
        for field in ContestRulesInput.ruleFields {
            let label: String
            switch field {
            case "cat_industry": label = PageText.format(.ruleFormCategory, l, Catalogue.category(.industry, l))
            case "cat_livelihood": label = PageText.format(.ruleFormCategory, l, Catalogue.category(.livelihood, l))
            case "cat_infrastructure": label = PageText.format(.ruleFormCategory, l, Catalogue.category(.infrastructure, l))
            default:
                if let tier = SizeTier(rawValue: String(field.dropFirst(5))), field.hasPrefix("tier_") {
                    label = PageText.format(.ruleFormSizeTier, l, Catalogue.tier(tier, l))
                } else if let stage = ProjectStage(rawValue: String(field.dropFirst(6))), field.hasPrefix("stage_") {
                    label = PageText.format(.ruleFormStage, l, Catalogue.stage(stage, l))
                } else {
                    label = labels[field].map { p.text($0) } ?? field
                }
            }
            let input = Node.input().name(field).value(values[field] ?? "").attr("placeholder", placeholders[field].map { p.text($0) })
            let notes: [Node] = (messages[field] ?? []).map { Node.span(.text($0)).class("msg") }
            controls.append(Node.label([.text(label), input] + notes).class(messages[field] != nil ? "invalid" : nil))
        }
        controls.append(Node.h3(tp(.countyInputs)).style("grid-column:1/-1"))
        for county in competitors(p) {
            let panel = typed?["panel_\(county.code)"] ?? inputs[county.code]?.panel?.jsonLiteral ?? ""
            let criticisms = typed?["criticisms_\(county.code)"] ?? inputs[county.code].map { String($0.criticisms) } ?? "0"
            controls.append(.label("\(p.name(county)) · \(p.text(.panelScore))",
                                   Node.input().name("panel_\(county.code)").value(panel).attr("inputmode", "decimal")))
            controls.append(.label("\(p.name(county)) · \(p.text(.criticisms))",
                                   Node.input().name("criticisms_\(county.code)").value(criticisms).attr("inputmode", "numeric")))
        }
        controls.append(Node.p(.button(tp(.saveRules)).type("submit")).class("actions"))
        return .group([
            .h2(tp(.ruleSet)).id("rules"),
            issues.isEmpty ? .empty : .div(.ul(issues.map { Node.li(.text($0.describe(l))) })).class("error").role("alert"),
            .form(controls).class("register").method("post").action("/contest"),
        ])
    }

    /// The counties that compete: the root's children in a peer group.
    static func competitors(_ p: PageContext) -> [OrgUnit] {
        guard let root = p.workspace.tree.root else { return [] }
        return p.workspace.tree.children(of: root.code).filter { $0.peerGroup != nil }
    }
}
