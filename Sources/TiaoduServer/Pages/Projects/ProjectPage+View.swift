// /projects/CODE: one project — its record and this year's plan class, the investment chart
// (cumulative actual against the plan on schedule), the monthly progress reports, blockers,
// and the dated stage events; with forms for whoever may enter the owner unit's figures.
import Foundation
import TiaoduCore
import TiaoduStore

enum ProjectPageView {
    static func render(_ detail: ProjectDetail, _ p: PageRequest, message: String? = nil) -> String {
        let l = p.language, stored = detail.stored, x = stored.project
        func t(_ label: Label) -> String { HTML.escape(p.text(label)) }
        func tp(_ label: ProjectLabel) -> String { HTML.escape(p.text(label)) }
        let year = p.period.year
        let canEnter = p.request.principal.map { p.access.policy.canEnter($0, org: x.owner) } ?? false
        let csrf = p.location.signedIn?.session?.csrf
        var html = "<h1>\(HTML.escape(x.name))</h1><p><a href=\"/projects\">← \(t(.projectsTitle))</a>"
        if canEnter, csrf != nil { html += " · <a href=\"/projects/\(HTML.percentEncoded(x.code))/edit\">\(tp(.editProject))</a>" }
        html += "</p>"
        if let message { html += "<div class=\"error\" role=\"alert\">\(message)</div>" }
        html += "<dl class=\"meta\">"
        let fields: [(String, String?)] = [
            (p.text(.projectCode), x.code), (p.text(.projectOwner), p.workspace.orgName(x.owner, l)), (p.text(.industry), x.industry), (p.text(.industryChain), x.chain),
            (p.text(.projectCategory), Catalogue.category(x.category, l)), (p.text(.listLevel), Catalogue.level(x.listLevel, l)), (p.text(.sizeTier), Catalogue.tier(x.sizeTier, l)),
            (p.text(.totalInvestment), stored.totalText), (p.text(.annualPlan), stored.planText), (p.text(.plannedStart), x.plannedStart.map { Catalogue.periodName($0, l) }),
            (p.text(.plannedFinish), x.plannedFinish.map { Catalogue.periodName($0, l) }), (p.text(.stage), Catalogue.stage(x.stage, l)),
            ("\(year) \(p.text(.yearPlanClass))", Catalogue.planClass(YearPlanClass(x, year: year), l)),
            (p.text(.responsibleUnit), x.responsibleUnit), (p.text(.leaderInCharge), x.leader), (p.text(.taskForce), x.taskForce), (p.text(.landStatus), x.landStatus),
            (p.text(.listedInStatistics), x.listedInStatistics.map { Catalogue.periodName($0, l) }),
        ]
        for (label, value) in fields { html += "<dt>\(HTML.escape(label))</dt><dd>\(HTML.escape(value ?? "-"))</dd>" }
        html += "</dl>"
        html += progress(detail, p, year: year, form: canEnter ? csrf : nil)
        html += "<h2>\(tp(.openBlockers))</h2>"
        let today = ProjectsOverviewView.asOfDay(p)
        let open = detail.blockers.filter { $0.isOpen(on: today) }
        html += open.isEmpty ? "<p class=\"muted\">\(tp(.noneListed))</p>" : BlockerTable.render(open, p, projects: nil, today: today, resolveForm: canEnter)
        let resolved = detail.blockers.filter { !$0.isOpen(on: today) && $0.raised <= today }
        if !resolved.isEmpty {
            html += "<h3>\(tp(.resolvedList))</h3><ul>" + resolved.map { b in
                "<li>\(HTML.escape(Catalogue.blockerKind(b.kind, l))) · \(HTML.escape(b.description)) · \(tp(.raised)) \(b.raised) · \(tp(.resolvedOn)) \(b.resolved.map(\.description) ?? "") \(HTML.escape(b.resolvedBy ?? "")): \(HTML.escape(b.resolution ?? ""))</li>"
            }.joined() + "</ul>"
        }
        if canEnter, let csrf {
            html += "<details><summary>\(tp(.raiseBlocker))</summary><form class=\"pickers\" method=\"post\" action=\"/projects/\(HTML.percentEncoded(x.code))/blockers\">"
            html += "<input type=\"hidden\" name=\"_csrf\" value=\"\(HTML.escape(csrf))\">"
            html += Fragments.select(name: "kind", label: p.text(.blockerKind), options: BlockerKind.allCases.map { ($0.rawValue, Catalogue.blockerKind($0, l)) }, selected: nil)
            html += "<label>\(tp(.blockerDescription))<input name=\"description\" required maxlength=\"300\"></label><label>\(tp(.solver))<input name=\"solver\" required maxlength=\"100\"></label>"
            html += "<label>\(tp(.due))<input name=\"due\" type=\"date\"></label><button type=\"submit\">\(tp(.raiseBlocker))</button></form></details>"
        }
        html += timeline(detail, p, form: canEnter ? csrf : nil)
        html += history(detail, p)
        return Layout.page(title: x.name, at: p.location, current: .projects, body: html)
    }

    static func monthName(_ month: Int, _ l: Language) -> String {
        l == .zh ? "\(month)月" : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]
    }

    static func progress(_ detail: ProjectDetail, _ p: PageRequest, year: Int, form csrf: String?) -> String {
        let l = p.language, x = detail.stored.project
        func tp(_ label: ProjectLabel) -> String { HTML.escape(p.text(label)) }
        var byMonth: [Int: StoredProgress] = [:]
        for entry in detail.progress { if case .month(_, let m) = entry.report.period { byMonth[m] = entry } }
        let lastMonth = p.period.year == year ? p.period.endMonth : 12
        var html = "<h2>\(tp(.progressTitle)) <span class=\"unit\">\(year)</span></h2>"
        // The chart: cumulative actual by month reported, against annual plan × m/12.
        var cumulative: Figure = 0
        var actual: [(month: Int, value: Double)] = []
        var rows = ""
        for month in 1...12 {
            let plan = (x.annualPlan * Figure(month)) / 12 ?? 0
            if let entry = byMonth[month] {
                cumulative = cumulative + entry.report.investment
                actual.append((month, cumulative.double))
            }
            guard month <= lastMonth || byMonth[month] != nil else { continue }
            let entry = byMonth[month]
            rows += "<tr><th scope=\"row\">\(HTML.escape(monthName(month, l)))</th><td class=\"num\">\(HTML.escape(entry?.report.investmentText ?? "-"))</td>"
            rows += "<td class=\"num\">\(entry == nil ? "-" : cumulative.fixed(2))</td><td class=\"num\">\(plan.fixed(2))</td>"
            rows += "<td style=\"white-space:normal\">\(HTML.escape(entry?.report.progress ?? ""))</td><td>\(HTML.escape(entry?.updatedBy ?? ""))</td></tr>"
        }
        let planLine = (1...12).map { m in (month: m, value: (((x.annualPlan * Figure(m)) / 12) ?? 0).double) }
        let series = [LineChart.Series(name: p.text(.actualCumulative), points: actual, style: .solid),
                      LineChart.Series(name: p.text(.planTrajectory), points: planLine, style: .dashed)]
        let description = series.map { s in s.name + ": " + s.points.map { "\(monthName($0.month, l)) \(String(format: "%.2f", $0.value))" }.joined(separator: ", ") }.joined(separator: "; ")
        html += "<figure><figcaption>\(tp(.investmentChart))</figcaption>"
        html += LineChart(title: p.text(.investmentChart), description: description, unit: "亿元", monthLabel: { monthName($0, l) }, series: series).svg(id: "investment")
        html += "</figure>"
        if detail.progress.isEmpty { html += "<p class=\"muted\">\(tp(.noProgress))</p>" }
        html += "<div class=\"scroll\"><table class=\"compact\"><thead><tr><th scope=\"col\">\(tp(.monthWord))</th><th scope=\"col\">\(tp(.monthInvestment))</th>"
        html += "<th scope=\"col\">\(tp(.cumulativeInvestment))</th><th scope=\"col\">\(tp(.planTrajectory))</th><th scope=\"col\">\(tp(.physicalProgress))</th><th scope=\"col\">\(tp(.reportedBy))</th></tr></thead><tbody>\(rows)</tbody></table></div>"
        if let csrf {
            let months = (1...lastMonth).reversed().map { (Period.month(year: year, month: $0).description, Catalogue.periodName(.month(year: year, month: $0), l)) }
            html += "<details\(detail.progress.isEmpty ? " open" : "")><summary>\(tp(.reportProgress))</summary><form class=\"pickers\" method=\"post\" action=\"/projects/\(HTML.percentEncoded(x.code))/progress\">"
            html += "<input type=\"hidden\" name=\"_csrf\" value=\"\(HTML.escape(csrf))\">"
            html += Fragments.select(name: "period", label: p.text(.monthWord), options: months, selected: p.period.description)
            html += "<label>\(tp(.monthInvestment))<input name=\"investment\" inputmode=\"decimal\" required></label>"
            html += "<label>\(tp(.physicalProgress))<input name=\"progress\" maxlength=\"300\" size=\"40\"></label><button type=\"submit\">\(tp(.saveProgress))</button></form></details>"
        }
        return html
    }

    /// Every change to the project, newest first: who, when, what it was, what it became.
    static func history(_ detail: ProjectDetail, _ p: PageRequest) -> String {
        guard !detail.history.isEmpty else { return "" }
        func tp(_ label: ProjectLabel) -> String { HTML.escape(p.text(label)) }
        func t(_ label: Label) -> String { HTML.escape(p.text(label)) }
        let actions: [String: ProjectLabel] = ["project.edit": .historyEdit, "project.stage": .historyStage, "project.progress": .historyProgress,
                                               "project.blocker": .historyBlocker, "project.resolve": .historyResolve]
        var html = "<details><summary>\(tp(.historyTitle)) (\(detail.history.count))</summary><div class=\"scroll\"><table class=\"compact\"><thead><tr>"
        html += "<th scope=\"col\">\(t(.changedAt))</th><th scope=\"col\">\(t(.changedBy))</th><th scope=\"col\">\(t(.action))</th><th scope=\"col\">\(t(.before))</th><th scope=\"col\">\(t(.after))</th></tr></thead><tbody>"
        for entry in detail.history {
            let when = Day(millisecondsSince1970: entry.at).description
            html += "<tr><td>\(when)</td><td>\(HTML.escape(entry.actor))</td><td>\(HTML.escape(actions[entry.action].map { p.text($0) } ?? entry.action))</td>"
            html += "<td style=\"white-space:normal\">\(HTML.escape(entry.before ?? ""))</td><td style=\"white-space:normal\">\(HTML.escape(entry.after ?? ""))</td></tr>"
        }
        return html + "</tbody></table></div></details>"
    }

    static func timeline(_ detail: ProjectDetail, _ p: PageRequest, form csrf: String?) -> String {
        let l = p.language, x = detail.stored.project
        func t(_ label: Label) -> String { HTML.escape(p.text(label)) }
        var html = "<h2>\(t(.timeline))</h2><ol class=\"timeline\">"
        for event in detail.events {
            // The day it took effect, and when it was recorded if that was another day.
            let recorded = Day(millisecondsSince1970: event.at)
            let when = event.on.map { $0 == recorded ? $0.description : "\($0) (" + Catalogue.format(.recordedOn, l, recorded.description) + ")" } ?? recorded.description
            let move = (event.from.map { Catalogue.stage($0, l) + " → " } ?? "") + Catalogue.stage(event.to, l)
            // The first event is the registration (its stored note says so in English).
            let note = event.from == nil ? p.text(.registeredNote) : event.note
            html += "<li><strong>\(HTML.escape(move))</strong> · \(HTML.escape(when)) · \(HTML.escape(event.by))\(note.map { " · " + HTML.escape($0) } ?? "")</li>"
        }
        html += "</ol>"
        if let csrf, !x.stage.next.isEmpty {
            html += "<form class=\"pickers\" method=\"post\" action=\"/projects/\(HTML.percentEncoded(x.code))/stage\"><input type=\"hidden\" name=\"_csrf\" value=\"\(HTML.escape(csrf))\">"
            html += Fragments.select(name: "stage", label: p.text(.stage), options: x.stage.next.map { ($0.rawValue, Catalogue.stage($0, l)) }, selected: nil)
            html += "<label>\(HTML.escape(p.text(.effectiveDay)))<input name=\"on\" type=\"date\" value=\"\(p.reader.context.today)\" max=\"\(p.reader.context.today)\"></label>"
            html += "<label>\(t(.note))<input name=\"note\" maxlength=\"200\"></label><button type=\"submit\">\(t(.moveStage))</button></form>"
        }
        return html
    }
}
