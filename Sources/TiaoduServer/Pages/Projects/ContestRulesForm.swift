// The admin's form for a quarter's rule set and the counties' panel scores and criticisms.
import TiaoduCore

enum ContestRulesForm {
    static func render(_ rules: ContestRules, inputs: [String: ContestCountyInput], year: Int, quarter: Int, _ p: PageRequest, csrf: String,
                       typed: [String: String]? = nil, issues: [ImportIssue] = []) -> String {
        let l = p.language
        func tp(_ label: ProjectLabel) -> String { HTML.escape(p.text(label)) }
        let values = typed ?? ContestRulesInput.fields(rules)
        let labels: [String: ProjectLabel] = [
            "new_start": .newStartPoints, "continuing": .continuingPoints, "plan_tiers": .planTiers, "cat_industry": .categoryPointsLabel,
            "progress_factor": .progressFactor, "progress_cap": .progressCap, "listed": .listedPoints, "province": .provinceBonus, "production": .productionBonus,
            "batch_bonus": .batchBonus, "batch_cap": .batchCap, "deduction": .deductionPoints, "panel_weight": .panelWeight,
        ]
        let messages = Dictionary(grouping: issues, by: { $0.column ?? "" }).mapValues { $0.map { $0.reason.message(l) } }
        var html = "<h2 id=\"rules\">\(tp(.ruleSet))</h2>"
        if !issues.isEmpty { html += "<div class=\"error\" role=\"alert\"><ul>" + issues.map { "<li>\(HTML.escape($0.describe(l)))</li>" }.joined() + "</ul></div>" }
        html += "<form class=\"register\" method=\"post\" action=\"/contest\"><input type=\"hidden\" name=\"_csrf\" value=\"\(HTML.escape(csrf))\">"
        html += "<input type=\"hidden\" name=\"q\" value=\"\(year)Q\(quarter)\">"
        for field in ContestRulesInput.ruleFields {
            let label: String
            switch field {
            case "cat_industry": label = Catalogue.category(.industry, l)
            case "cat_livelihood": label = Catalogue.category(.livelihood, l)
            case "cat_infrastructure": label = Catalogue.category(.infrastructure, l)
            default:
                if let tier = SizeTier(rawValue: String(field.dropFirst(5))), field.hasPrefix("tier_") {
                    label = p.text(.sizeTierPointsLabel) + " · " + Catalogue.tier(tier, l)
                } else if let stage = ProjectStage(rawValue: String(field.dropFirst(6))), field.hasPrefix("stage_") {
                    label = p.text(.stagePointsLabel) + " · " + Catalogue.stage(stage, l)
                } else {
                    label = labels[field].map { p.text($0) } ?? field
                }
            }
            let hint = field == "plan_tiers" ? " placeholder=\"\(tp(.tiersHint))\"" : ""
            html += "<label\(messages[field] != nil ? " class=\"invalid\"" : "")>\(HTML.escape(label))<input name=\"\(field)\" value=\"\(HTML.escape(values[field] ?? ""))\"\(hint)>"
            for message in messages[field] ?? [] { html += "<span class=\"msg\">\(HTML.escape(message))</span>" }
            html += "</label>"
        }
        html += "<h3 style=\"grid-column:1/-1\">\(tp(.countyInputs))</h3>"
        for county in competitors(p) {
            let panel = typed?["panel_\(county.code)"] ?? inputs[county.code]?.panel?.jsonLiteral ?? ""
            let criticisms = typed?["criticisms_\(county.code)"] ?? inputs[county.code].map { String($0.criticisms) } ?? "0"
            html += "<label>\(HTML.escape(p.name(county))) · \(tp(.panelScore))<input name=\"panel_\(HTML.escape(county.code))\" value=\"\(HTML.escape(panel))\" inputmode=\"decimal\"></label>"
            html += "<label>\(HTML.escape(p.name(county))) · \(tp(.criticisms))<input name=\"criticisms_\(HTML.escape(county.code))\" value=\"\(HTML.escape(criticisms))\" inputmode=\"numeric\"></label>"
        }
        html += "<p class=\"actions\"><button type=\"submit\">\(tp(.saveRules))</button></p></form>"
        return html
    }

    /// The counties that compete: the root's children in a peer group.
    static func competitors(_ p: PageRequest) -> [OrgUnit] {
        guard let root = p.workspace.tree.root else { return [] }
        return p.workspace.tree.children(of: root.code).filter { $0.peerGroup != nil }
    }
}
