// /contest: a quarter's result sheet (printable A4): per peer group the counties by rank with
// their project points, concentrated starts, deductions, panel points, total and movement
// since last quarter; the rules it was scored by; the points by project. Admins set the rules
// and inputs and publish; a published sheet is the stored one and no longer changes.
import Foundation
import TiaoduCore
import TiaoduStore

enum ContestPageView {
    /// `rulesForm`: a refused save's rules form (what was typed, with its messages), shown where
    /// the admin's form goes, in place of it.
    static func render(_ reading: ContestReading, year: Int, quarter: Int, _ p: PageContext, isAdmin: Bool, message: String? = nil,
                       rulesForm: Node? = nil) -> String {
        let l = p.language
        func tp(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let quarterName = Catalogue.quarterName(year: year, quarter: quarter, l)
        let title = PageText.format(.contestTitle, l, quarterName)
        var choices = reading.quarters.map { (year: $0.year, quarter: $0.quarter) }
        if !choices.contains(where: { $0.year == year && $0.quarter == quarter }) { choices.insert((year, quarter), at: 0) }
        let quarterSelect = Fragments.select(name: "q", label: p.text(.quarterWord),
                                             options: choices.map { ("\($0.year)Q\($0.quarter)", Catalogue.quarterName(year: $0.year, quarter: $0.quarter, l)) },
                                             selected: "\(year)Q\(quarter)")
        var nodes: [Node] = [.h1(.text(title)), Fragments.pickers(action: "/contest", language: l, selects: [quarterSelect])]
        if let message { nodes.append(.p(.text(message)).class("ok").role("status")) }
        if !resultRows(reading).isEmpty {
            let query = [("q", "\(year)Q\(quarter)"), ("lang", l.rawValue)]
            nodes.append(.p(.a(tp(.downloadXLSX)).href(Link.to("/contest.xlsx", query)).flag("download")).class("actions"))
        }
        if let published = reading.published {
            let on = Day(millisecondsSince1970: published.at).description + " · " + published.by
            nodes.append(.p(.text(PageText.format(.publishedOn, l, on))).class("muted"))
            nodes.append(sheetTable(resultRows(reading), p, live: false))
        } else if reading.sheet != nil {
            nodes.append(.p(tp(.preview)).class("notice"))
            nodes.append(sheetTable(resultRows(reading), p))
        } else if reading.rules == nil {
            nodes.append(.p(tp(.noRules)).class("muted"))
        } else {
            // Signed in: the sheet comes with the quarter's acceptance; signed out: sign in first.
            let note = p.principal != nil ? PageText.format(.contestNotReady, l, Catalogue.periodName(Period.month(year: year, month: quarter * 3), l)) : p.text(.notPublished)
            nodes.append(.p(.text(note)).class("muted"))
        }
        if let rules = reading.rules { nodes.append(rulesSummary(rules, p)) }
        if let sheet = reading.sheet { nodes.append(breakdown(sheet, p)) }
        if let rulesForm {
            nodes.append(rulesForm)
        } else if isAdmin, let csrf = p.location.signedIn?.session?.csrf {
            if reading.published != nil {
                nodes.append(.p(tp(.frozenNote)).class("muted"))
            } else {
                if reading.rules != nil {
                    nodes.append(Node.form(.hidden("_csrf", csrf), .hidden("q", "\(year)Q\(quarter)"), .button(tp(.publish)).type("submit"))
                        .class("actions").method("post").action("/contest/publish"))
                }
                nodes.append(ContestRulesForm.render(reading.rules ?? .example, inputs: reading.inputs, year: year, quarter: quarter, p, csrf: csrf))
            }
        }
        // The sheet's foot, as a printed result is signed: who issues it and when.
        let issuer = p.workspace.tree.root.map { p.name($0) } ?? p.text(.appName)
        let issued = reading.published.map { Day(millisecondsSince1970: $0.at).description } ?? p.text(.preview)
        nodes.append(.div(.span("\(issuer) · \(quarterName)"), .span(.text(issued))).class("sheet-sign"))
        return Layout.page(title: title, at: p.location, current: .contest, body: .group(nodes), printable: true)
    }

    /// A county's line of the result: its peer group, rank and points, and the live sheet's row
    /// (last quarter's rank, the projects' points) where there is one.
    typealias ResultRow = (org: String, group: String, rank: Int, score: CountyScore, live: ContestRow?)

    /// The result's rows: as published, else the live preview (for readers of the whole city);
    /// none before there is a sheet. The page and the workbook show these.
    static func resultRows(_ reading: ContestReading) -> [ResultRow] {
        if let published = reading.published {
            return published.rows.map { row in (row.org, row.peerGroup, row.rank, row.score, reading.sheet?.rows.first { $0.org == row.org }) }
        }
        return (reading.sheet?.rows ?? []).map { ($0.org, $0.peerGroup, $0.rank, $0.score, $0) }
    }

    /// The peer groups that have rows, in the order of the tree (县市区 before 功能区).
    static func groups(_ rows: [ResultRow], _ p: PageContext) -> [String] {
        let order = ContestRulesForm.competitors(p).compactMap(\.peerGroup)
        var groups: [String] = []
        for group in order + rows.map(\.group) where !groups.contains(group) && rows.contains(where: { $0.group == group }) { groups.append(group) }
        return groups
    }

    /// `live`: a preview, which may show the live count of concentrated starts beside the points; a
    /// published sheet shows only what was frozen.
    static func sheetTable(_ rows: [ResultRow], _ p: PageContext, live: Bool = true) -> Node {
        let l = p.language
        func tp(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let groups = Self.groups(rows, p)
        var head: [Node] = [.th(tp(.rankLabel)).scope("col"), .th(.text(p.text(.org))).scope("col")]
        head += [PageLabel.projectPoints, .batchPoints, .deductions, .panelPoints, .totalPoints, .rankMovement].map { Node.th(tp($0)).scope("col") }
        let tables: [Node] = groups.map { group in
            let body: [Node] = rows.filter { $0.group == group }.map { row in
                let s = row.score
                let starts: String = live ? row.live.map { $0.concentratedStarts > 0 ? PageText.format(.inParens, l, String($0.concentratedStarts)) : "" } ?? "" : ""
                // Points taken off, with the one minus sign every figure uses (safe to paste into a spreadsheet).
                let deductions = s.deductions.isZero ? "0" : "-" + s.deductions.fixed(0)
                return Node.tr(
                    .td("\(row.rank)").class("num"), .th(.text(p.workspace.orgName(row.org, l))).scope("row"),
                    .td(.text(s.projects.fixed(2))).class("num"), .td(.text(s.concentratedStarts.fixed(0) + starts)).class("num"),
                    .td(.text(deductions)).class("num"), .td(.text(s.panel.fixed(2))).class("num"),
                    .td(.strong(.text(s.total.fixed(2)))).class("num"),
                    .td(movement(row.live?.previousRank.map { $0 - row.rank }, l)).class("num")
                )
            }
            let caption = Node.caption(tp(.contestSheet), .text(" · " + Catalogue.groupName(group, l)))
            return Node.div(.table(caption, .thead(.tr(head)), .tbody(body)).class("compact")).class("scroll")
        }
        return .group(tables)
    }

    /// ↑2 (moved up two places), ↓1, – (held), 「—」 (no last quarter).
    static func movement(_ change: Int?, _ l: Language) -> Node {
        guard let change else { return .text(BulletinCells.missing) }
        if change == 0 { return "–" }
        let word = PageText.text(change > 0 ? .up : .down, l)
        return .span("\(change > 0 ? "↑" : "↓")\(abs(change))").class("mv-\(change > 0 ? "up" : "down")").title("\(word) \(abs(change))")
    }

    /// The rules in sentences a county reads (「省重大项目每个加20分。」), not the configuration.
    static func rulesSummary(_ r: ContestRules, _ p: PageContext) -> Node {
        let sentences = ContestRulesText.sentences(r, p.language)
        return .group([.h2(.text(p.text(.ruleSet))), .ul(sentences.map { Node.li(.text($0)) }).class("rules")])
    }

    static func breakdown(_ sheet: ContestSheet, _ p: PageContext) -> Node {
        let l = p.language
        func tp(_ label: PageLabel) -> Node { .text(p.text(label)) }
        var nodes: [Node] = [.summary(tp(.projectBreakdown))]
        // Points by project only for the areas whose projects the reader may read.
        let principal = p.principal
        var head: [Node] = [.th(.text(p.text(.navProjects))).scope("col")]
        head += [PageLabel.contestStartColumn, .contestPlanColumn, .contestCategoryColumn, .contestProgressColumn, .provinceBonus, .productionBonus,
                 .listedPoints, .sizeTierPointsLabel, .stagePointsLabel, .totalPoints].map { Node.th(tp($0)).scope("col") }
        for row in sheet.rows where !row.projects.isEmpty && principal.map({ p.access.policy.canRead($0, org: row.org) }) == true {
            let body: [Node] = row.projects.map { s in
                let points = [s.start, s.plan, s.category, s.progress, s.provinceLevel, s.inProduction, s.listed, s.tier, s.stage, s.total]
                let link = Node.a(.text(s.code)).href("/projects/\(Link.segment(s.code))")
                let first: Node = .th(link).scope("row")
                return Node.tr([first] + points.map { Node.td(.text($0.fixed(2))).class("num") })
            }
            nodes.append(.div(.table(.caption(.text(p.workspace.orgName(row.org, l))), .thead(.tr(head)), .tbody(body)).class("compact")).class("scroll"))
        }
        return .details(nodes)
    }
}
