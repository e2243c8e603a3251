// /contest: a quarter's result sheet (printable A4): per peer group the counties by rank with
// their project points, concentrated starts, deductions, panel points, total and movement
// since last quarter; the rules it was scored by; the points by project. Admins set the rules
// and inputs and publish; a published sheet is the stored one and no longer changes.
import Foundation
import TiaoduCore
import TiaoduStore

enum ContestPageView {
    static func render(_ reading: ContestReading, year: Int, quarter: Int, _ p: PageRequest, isAdmin: Bool, message: String? = nil) -> String {
        let l = p.language
        func tp(_ label: ProjectLabel) -> String { HTML.escape(p.text(label)) }
        let quarterName = Catalogue.quarterName(year: year, quarter: quarter, l)
        let title = Catalogue.format(.contestTitle, l, quarterName)
        var html = "<h1>\(HTML.escape(title))</h1>"
        var choices = reading.quarters.map { (year: $0.year, quarter: $0.quarter) }
        if !choices.contains(where: { $0.year == year && $0.quarter == quarter }) { choices.insert((year, quarter), at: 0) }
        html += "<form class=\"pickers\" method=\"get\" action=\"/contest\">"
        html += Fragments.select(name: "q", label: p.text(.quarterWord), options: choices.map { ("\($0.year)Q\($0.quarter)", Catalogue.quarterName(year: $0.year, quarter: $0.quarter, l)) },
                                 selected: "\(year)Q\(quarter)")
        html += "<input type=\"hidden\" name=\"lang\" value=\"\(l.rawValue)\"><button type=\"submit\">\(HTML.escape(p.text(.show)))</button></form>"
        if let message { html += "<p class=\"ok\" role=\"status\">\(HTML.escape(message))</p>" }
        if let published = reading.published {
            html += "<p class=\"muted\">\(HTML.escape(Catalogue.format(.publishedOn, l, Day(millisecondsSince1970: published.at).description + " · " + published.by)))</p>"
            html += sheetTable(published.rows.map { row in (row.org, row.peerGroup, row.rank, row.score, reading.sheet?.rows.first { $0.org == row.org }) }, p, live: false)
        } else if let sheet = reading.sheet {
            html += "<p class=\"notice\">\(tp(.preview))</p>"
            html += sheetTable(sheet.rows.map { ($0.org, $0.peerGroup, $0.rank, $0.score, $0) }, p)
        } else if reading.rules == nil {
            html += "<p class=\"muted\">\(tp(.noRules))</p>"
        } else {
            // Signed in: the sheet comes with the quarter's acceptance; signed out: sign in first.
            let note = p.request.principal != nil ? Catalogue.format(.contestNotReady, l, Period.month(year: year, month: quarter * 3).description) : p.text(.notPublished)
            html += "<p class=\"muted\">\(HTML.escape(note))</p>"
        }
        if let rules = reading.rules { html += rulesSummary(rules, p) }
        if let sheet = reading.sheet { html += breakdown(sheet, p) }
        if isAdmin, let csrf = p.location.signedIn?.session?.csrf {
            if reading.published != nil {
                html += "<p class=\"muted\">\(tp(.frozenNote))</p>"
            } else {
                if reading.rules != nil {
                    html += "<form class=\"actions\" method=\"post\" action=\"/contest/publish\"><input type=\"hidden\" name=\"_csrf\" value=\"\(HTML.escape(csrf))\">"
                    html += "<input type=\"hidden\" name=\"q\" value=\"\(year)Q\(quarter)\"><button type=\"submit\">\(tp(.publish))</button></form>"
                }
                html += ContestRulesForm.render(reading.rules ?? .example, inputs: reading.inputs, year: year, quarter: quarter, p, csrf: csrf)
            }
        }
        // The sheet's foot, as a printed result is signed: who issues it and when.
        let issuer = p.workspace.tree.root.map { p.name($0) } ?? p.text(.appName)
        let issued = reading.published.map { Day(millisecondsSince1970: $0.at).description } ?? p.text(.preview)
        html += "<div class=\"sheet-sign\"><span>\(HTML.escape(issuer)) · \(HTML.escape(quarterName))</span><span>\(HTML.escape(issued))</span></div>"
        return Layout.page(title: title, at: p.location, current: .contest, body: html, printable: true)
    }

    /// `live`: a preview, which may show the live count of concentrated starts beside the points; a
    /// published sheet shows only what was frozen.
    static func sheetTable(_ rows: [(org: String, group: String, rank: Int, score: CountyScore, live: ContestRow?)], _ p: PageRequest, live: Bool = true) -> String {
        let l = p.language
        func tp(_ label: ProjectLabel) -> String { HTML.escape(p.text(label)) }
        var html = ""
        // Peer groups in the order of the tree (县市区 before 功能区).
        let order = ContestRulesForm.competitors(p).compactMap(\.peerGroup)
        var groups: [String] = []
        for group in order + rows.map(\.group) where !groups.contains(group) && rows.contains(where: { $0.group == group }) { groups.append(group) }
        for group in groups {
            html += "<div class=\"scroll\"><table class=\"compact\"><caption>\(tp(.contestSheet)) · \(HTML.escape(group))</caption><thead><tr>"
            html += [ProjectLabel.rankLabel].map { "<th scope=\"col\">\(tp($0))</th>" }.joined() + "<th scope=\"col\">\(HTML.escape(p.text(.org)))</th>"
            html += [ProjectLabel.projectPoints, .batchPoints, .deductions, .panelPoints, .totalPoints, .rankMovement].map { "<th scope=\"col\">\(tp($0))</th>" }.joined()
            html += "</tr></thead><tbody>"
            for row in rows where row.group == group {
                let s = row.score
                html += "<tr><td class=\"num\">\(row.rank)</td><th scope=\"row\">\(HTML.escape(p.workspace.orgName(row.org, l)))</th>"
                html += "<td class=\"num\">\(s.projects.fixed(2))</td><td class=\"num\">\(s.concentratedStarts.fixed(0))\(live ? row.live.map { $0.concentratedStarts > 0 ? " (\($0.concentratedStarts))" : "" } ?? "" : "")</td>"
                html += "<td class=\"num\">\(s.deductions.isZero ? "0" : "−" + s.deductions.fixed(0))</td><td class=\"num\">\(s.panel.fixed(2))</td><td class=\"num\"><strong>\(s.total.fixed(2))</strong></td>"
                html += "<td class=\"num\">\(movement(row.live?.previousRank.map { $0 - row.rank }, l))</td></tr>"
            }
            html += "</tbody></table></div>"
        }
        return html
    }

    /// ↑2 (moved up two places), ↓1, – (held), - (no last quarter).
    static func movement(_ change: Int?, _ l: Language) -> String {
        guard let change else { return "-" }
        if change == 0 { return "–" }
        let word = Catalogue.text(change > 0 ? .up : .down, l)
        return "<span class=\"mv-\(change > 0 ? "up" : "down")\" title=\"\(HTML.escape(word)) \(abs(change))\">\(change > 0 ? "↑" : "↓")\(abs(change))</span>"
    }

    static func rulesSummary(_ r: ContestRules, _ p: PageRequest) -> String {
        func tp(_ label: ProjectLabel) -> String { HTML.escape(p.text(label)) }
        let categories = ProjectCategory.allCases.map { (r.categoryPoints[$0] ?? 0).jsonLiteral }.joined(separator: "/")
        let l = p.language
        let tiers: [String] = SizeTier.allCases.compactMap { t in r.sizeTierPoints[t].map { Catalogue.tier(t, l) + " " + $0.jsonLiteral } }
        let stages: [String] = ProjectStage.allCases.compactMap { s in r.stagePoints[s].map { Catalogue.stage(s, l) + " " + $0.jsonLiteral } }
        let planTiers: [String] = r.planTiers.map { "≥" + $0.atLeast.jsonLiteral + ": " + $0.points.jsonLiteral }
        var items: [(ProjectLabel, String)] = [
            (.newStartPoints, r.newStartPoints.jsonLiteral), (.continuingPoints, r.continuingPoints.jsonLiteral),
            (.planTiers, planTiers.joined(separator: ", ")),
            (.categoryPointsLabel, categories), (.progressFactor, r.progressFactor.jsonLiteral), (.progressCap, r.progressCap?.jsonLiteral ?? "-"),
        ]
        items += [
            (.listedPoints, r.listedPoints.jsonLiteral), (.provinceBonus, r.provinceLevelBonus.jsonLiteral), (.productionBonus, r.inProductionBonus.jsonLiteral),
            (.batchBonus, r.concentratedStartBonus.jsonLiteral), (.batchCap, String(r.concentratedStartsPerYear)), (.deductionPoints, r.deductionPerCriticism.jsonLiteral),
            (.panelWeight, r.panelWeight.jsonLiteral),
            (.sizeTierPointsLabel, tiers.isEmpty ? "-" : tiers.joined(separator: ", ")), (.stagePointsLabel, stages.isEmpty ? "-" : stages.joined(separator: ", ")),
        ]
        return "<h2>\(tp(.ruleSet))</h2><dl class=\"meta\">" + items.map { "<dt>\(tp($0.0))</dt><dd>\(HTML.escape($0.1))</dd>" }.joined() + "</dl>"
    }

    static func breakdown(_ sheet: ContestSheet, _ p: PageRequest) -> String {
        let l = p.language
        func tp(_ label: ProjectLabel) -> String { HTML.escape(p.text(label)) }
        var html = "<details><summary>\(tp(.projectBreakdown))</summary>"
        // Points by project only for the areas whose projects the reader may read.
        let principal = p.request.principal
        for row in sheet.rows where !row.projects.isEmpty && principal.map({ p.access.policy.canRead($0, org: row.org) }) == true {
            html += "<div class=\"scroll\"><table class=\"compact\"><caption>\(HTML.escape(p.workspace.orgName(row.org, l)))</caption><thead><tr><th scope=\"col\">\(HTML.escape(p.text(.navProjects)))</th>"
            html += [ProjectLabel.newStartPoints, .planTiers, .categoryPointsLabel, .progressFactor, .provinceBonus, .productionBonus, .listedPoints,
                     .sizeTierPointsLabel, .stagePointsLabel, .totalPoints]
                .map { "<th scope=\"col\">\(tp($0))</th>" }.joined() + "</tr></thead><tbody>"
            for s in row.projects {
                html += "<tr><th scope=\"row\"><a href=\"/projects/\(HTML.percentEncoded(s.code))\">\(HTML.escape(s.code))</a></th>"
                html += [s.start, s.plan, s.category, s.progress, s.provinceLevel, s.inProduction, s.listed, s.tier, s.stage, s.total].map { "<td class=\"num\">\($0.fixed(2))</td>" }.joined() + "</tr>"
            }
            html += "</tbody></table></div>"
        }
        return html + "</details>"
    }
}
