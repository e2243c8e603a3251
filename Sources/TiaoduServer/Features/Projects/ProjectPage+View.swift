// /projects/CODE: one project — its record and this year's plan class, the investment chart
// (cumulative actual against the plan on schedule), the monthly progress reports, blockers,
// and the dated stage events; with forms for whoever may enter the owner unit's figures.
import Foundation
import TiaoduCore
import TiaoduStore

enum ProjectPageView {
    /// `message`: what a refused form's issues were, shown above the record.
    static func render(_ detail: ProjectDetail, _ p: PageContext, message: Node? = nil) -> String {
        let l = p.language, stored = detail.stored, x = stored.project
        func tp(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let year = p.period.year
        let canEnter = p.principal.map { p.access.policy.canEnter($0, org: x.owner) } ?? false
        let csrf = p.location.signedIn?.session?.csrf
        let edit: Node = canEnter && csrf != nil
            ? .group([" · ", .a(tp(.editProject)).href("/projects/\(Link.segment(x.code))/edit")]) : .empty
        var nodes: [Node] = [
            .h1(.text(x.name)),
            .p(.a("← \(p.text(.projectsTitle))").href("/projects"), edit),
        ]
        if let message { nodes.append(.div(message).class("error").role("alert")) }
        let fields: [(String, String?)] = [
            (p.text(.projectCode), x.code), (p.text(.projectOwner), p.workspace.orgName(x.owner, l)), (p.text(.industry), x.industry), (p.text(.industryChain), x.chain),
            (p.text(.projectCategory), Catalogue.category(x.category, l)), (p.text(.listLevel), Catalogue.level(x.listLevel, l)), (p.text(.sizeTier), Catalogue.tier(x.sizeTier, l)),
            (p.text(.totalInvestment), stored.totalText), (p.text(.annualPlan), stored.planText), (p.text(.plannedStart), x.plannedStart.map { Catalogue.periodName($0, l) }),
            (p.text(.plannedFinish), x.plannedFinish.map { Catalogue.periodName($0, l) }), (p.text(.stage), Catalogue.stage(x.stage, l)),
            (PageText.format(.yearPlanClass, l, String(year)), Catalogue.planClass(YearPlanClass(x, year: year), l)),
            (p.text(.responsibleUnit), x.responsibleUnit), (p.text(.leaderInCharge), x.leader), (p.text(.taskForce), x.taskForce), (p.text(.landStatus), x.landStatus),
            (p.text(.listedInStatistics), x.listedInStatistics.map { Catalogue.periodName($0, l) }),
        ]
        nodes.append(.dl(fields.flatMap { field -> [Node] in [.dt(.text(field.0)), .dd(.text(field.1 ?? BulletinCells.missing))] }).class("meta"))
        nodes.append(progress(detail, p, year: year, form: canEnter ? csrf : nil))
        nodes.append(.h2(tp(.openBlockers)))
        let today = ProjectsOverviewModel.asOfDay(p)
        let open = detail.blockers.filter { $0.isOpen(on: today) }
        nodes.append(open.isEmpty ? .p(tp(.noneListed)).class("muted") : BlockerTable.render(open, p, projects: nil, today: today, resolveForm: canEnter))
        let resolved = detail.blockers.filter { !$0.isOpen(on: today) && $0.raised <= today }
        if !resolved.isEmpty {
            let raisedWord = p.text(.raised), resolvedWord = p.text(.resolvedOn)
            nodes.append(.h3(tp(.resolvedList)))
            nodes.append(.ul(resolved.map { b in
                let kind = Catalogue.blockerKind(b.kind, l), on = b.resolved?.description ?? "", by = b.resolvedBy ?? "", how = b.resolution ?? ""
                return Node.li(.text("\(kind) · \(b.description) · \(raisedWord) \(b.raised) · \(resolvedWord) \(on) \(by)" + p.text(.colon) + how))
            }))
        }
        if canEnter, let csrf {
            let form = Node.form(
                .hidden("_csrf", csrf),
                Fragments.select(name: "kind", label: p.text(.blockerKind), options: BlockerKind.allCases.map { ($0.rawValue, Catalogue.blockerKind($0, l)) }, selected: nil),
                .label(tp(.blockerDescription), Node.input().name("description").flag("required").attr("maxlength", "300")),
                .label(tp(.solver), Node.input().name("solver").flag("required").attr("maxlength", "100")),
                .label(tp(.due), Node.input().name("due").type("date")),
                .button(tp(.raiseBlocker)).type("submit")
            ).class("pickers").method("post").action("/projects/\(Link.segment(x.code))/blockers")
            nodes.append(.details(.summary(tp(.raiseBlocker)), form))
        }
        nodes.append(timeline(detail, p, form: canEnter ? csrf : nil))
        nodes.append(history(detail, p))
        return Layout.page(title: x.name, at: p.location, current: .projects, body: .group(nodes))
    }

    static func progress(_ detail: ProjectDetail, _ p: PageContext, year: Int, form csrf: String?) -> Node {
        let l = p.language, x = detail.stored.project
        func tp(_ label: PageLabel) -> Node { .text(p.text(label)) }
        var byMonth: [Int: StoredProgress] = [:]
        for entry in detail.progress { if case .month(_, let m) = entry.report.period { byMonth[m] = entry } }
        let lastMonth = p.period.year == year ? p.period.endMonth : 12
        var nodes: [Node] = [.h2(tp(.progressTitle), " ", .span("\(year)").class("unit"))]
        // The chart: cumulative actual by month reported, against annual plan × m/12.
        var cumulative: Figure = 0
        var actual: [(month: Int, value: Double)] = []
        var rows: [Node] = []
        for month in 1...12 {
            let plan = (x.annualPlan * Figure(month)) / 12 ?? 0
            if let entry = byMonth[month] {
                cumulative = cumulative + entry.report.investment
                actual.append((month, cumulative.double))
            }
            guard month <= lastMonth || byMonth[month] != nil else { continue }
            let entry = byMonth[month]
            rows.append(.tr(
                .th(.text(Catalogue.monthName(month, l))).scope("row"),
                .td(.text(entry?.report.investmentText ?? BulletinCells.missing)).class("num"),
                .td(.text(entry == nil ? BulletinCells.missing : cumulative.fixed(2))).class("num"),
                .td(.text(plan.fixed(2))).class("num"),
                .td(.text(entry?.report.progress ?? "")).class("wrap").style("white-space:normal"),
                .td(.text(entry?.updatedBy ?? ""))
            ))
        }
        let planLine = (1...12).map { m in (month: m, value: (((x.annualPlan * Figure(m)) / 12) ?? 0).double) }
        let series = [LineChart.Series(name: p.text(.actualCumulative), points: actual, style: .solid),
                      LineChart.Series(name: p.text(.planTrajectory), points: planLine, style: .dashed)]
        let description = series.map { s in
            s.name + p.text(.colon) + s.points.map { "\(Catalogue.monthName($0.month, l)) \(String(format: "%.2f", $0.value))" }.joined(separator: p.text(.listSeparator))
        }.joined(separator: p.text(.clauseSeparator))
        let chart = LineChart(title: p.text(.investmentChart), description: description, unit: Catalogue.unitName("亿元", l), monthLabel: { Catalogue.monthName($0, l) }, series: series)
        // In a scroll box: on a phone the picture keeps readable words and scrolls (Stylesheet).
        nodes.append(.figure(.figcaption(tp(.investmentChart)), .div(chart.svg(id: "investment")).class("scroll")))
        if detail.progress.isEmpty { nodes.append(.p(tp(.noProgress)).class("muted")) }
        let head = Node.tr(
            .th(tp(.monthWord)).scope("col"), .th(tp(.monthInvestment)).scope("col"), .th(tp(.cumulativeInvestment)).scope("col"),
            .th(tp(.planTrajectory)).scope("col"), .th(tp(.physicalProgress)).scope("col"), .th(tp(.reportedBy)).scope("col")
        )
        nodes.append(.div(.table(.thead(head), .tbody(rows)).class("compact")).class("scroll"))
        if let csrf {
            let months = (1...lastMonth).reversed().map { (Period.month(year: year, month: $0).description, Catalogue.periodName(.month(year: year, month: $0), l)) }
            let form = Node.form(
                .hidden("_csrf", csrf),
                Fragments.select(name: "period", label: p.text(.monthWord), options: months, selected: p.period.description),
                .label(tp(.monthInvestment), Node.input().name("investment").attr("inputmode", "decimal").flag("required")),
                .label(tp(.physicalProgress), Node.input().name("progress").attr("maxlength", "300").attr("size", "40")),
                .button(tp(.saveProgress)).type("submit")
            ).class("pickers").method("post").action("/projects/\(Link.segment(x.code))/progress")
            nodes.append(Node.details(.summary(tp(.reportProgress)), form).flag("open", detail.progress.isEmpty))
            // every project of the owner at once: the month's template, filled in Excel and uploaded
            nodes.append(.p(ProgressTemplate.link(owner: x.owner, p),
                            .a(tp(.importLink)).href(Link.to("/import", [("kind", ImportKind.progress.rawValue), ("lang", l.rawValue)]))).class("actions"))
        }
        return .group(nodes)
    }

    /// Every change to the project, newest first: who, when, what it was, what it became.
    static func history(_ detail: ProjectDetail, _ p: PageContext) -> Node {
        guard !detail.history.isEmpty else { return .empty }
        func tp(_ label: PageLabel) -> Node { .text(p.text(label)) }
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let actions: [String: PageLabel] = ["project.edit": .historyEdit, "project.stage": .historyStage, "project.progress": .historyProgress,
                                               "project.blocker": .historyBlocker, "project.resolve": .historyResolve]
        let head = Node.tr(
            .th(t(.changedAt)).scope("col"), .th(t(.changedBy)).scope("col"), .th(t(.action)).scope("col"),
            .th(t(.before)).scope("col"), .th(t(.after)).scope("col")
        )
        let rows: [Node] = detail.history.map { entry in
            let when = Day(millisecondsSince1970: entry.at)
            return Node.tr(
                .td("\(when)"), .td(.text(entry.actor)), .td(.text(actions[entry.action].map { p.text($0) } ?? entry.action)),
                .td(.text(entry.before ?? "")).class("wrap").style("white-space:normal"), .td(.text(entry.after ?? "")).class("wrap").style("white-space:normal")
            )
        }
        return .details(
            .summary(tp(.historyTitle), .text(PageText.format(.inParens, p.language, String(detail.history.count)))),
            .div(.table(.thead(head), .tbody(rows)).class("compact")).class("scroll")
        )
    }

    static func timeline(_ detail: ProjectDetail, _ p: PageContext, form csrf: String?) -> Node {
        let l = p.language, x = detail.stored.project
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let events: [Node] = detail.events.map { event in
            // The day it took effect, and when it was recorded if that was another day.
            let recorded = Day(millisecondsSince1970: event.at)
            let when = event.on.map { $0 == recorded ? $0.description : $0.description + PageText.format(.inParens, l, PageText.format(.recordedOn, l, recorded.description)) } ?? recorded.description
            let move = (event.from.map { Catalogue.stage($0, l) + " → " } ?? "") + Catalogue.stage(event.to, l)
            // The first event is the registration (its stored note says so in English).
            let note = event.from == nil ? p.text(.registeredNote) : event.note
            let tail = note.map { " · " + $0 } ?? ""
            return Node.li(.strong(.text(move)), " · \(when) · \(event.by)\(tail)")
        }
        var nodes: [Node] = [.h2(t(.timeline)), .ol(events).class("timeline")]
        if let csrf, !x.stage.next.isEmpty {
            let today = p.today.description
            nodes.append(Node.form(
                .hidden("_csrf", csrf),
                Fragments.select(name: "stage", label: p.text(.stage), options: x.stage.next.map { ($0.rawValue, Catalogue.stage($0, l)) }, selected: nil),
                .label(.text(p.text(.effectiveDay)), Node.input().name("on").type("date").value(today).attr("max", today)),
                .label(t(.note), Node.input().name("note").attr("maxlength", "200")),
                .button(t(.moveStage)).type("submit")
            ).class("pickers").method("post").action("/projects/\(Link.segment(x.code))/stage"))
        }
        return .group(nodes)
    }
}
