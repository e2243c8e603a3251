// /projects: where the projects stand as of the month — the headline rates, per area and per
// chain (counts by stage, 开工率/竣工率/投产率, investment against plan and 序时, share of the
// city, rank in the peer group), the lists that need attention, the year's concentrated starts,
// and the register.
import TiaoduCore
import TiaoduStore

enum ProjectsOverviewView {
    static func percent(_ value: Figure?) -> String { value.map { $0.fixed(1) } ?? "-" }

    static func render(_ overview: ProjectOverview, _ p: PageRequest, canRegister: Bool, batchUnits: [OrgUnit]) -> String {
        let l = p.language
        let portfolio = overview.portfolio
        func t(_ label: ProjectLabel) -> String { HTML.escape(p.text(label)) }
        let principal = p.request.principal!
        let policy = p.access.policy
        var html = "<h1>\(t(.figuresTitle)) <span class=\"unit\">\(HTML.escape(Catalogue.periodHeading(p.period, l)))</span></h1>"
        html += Fragments.pickers(action: "/projects", language: l, selects: [Fragments.periodSelect(p)])
        html += "<p class=\"actions\">"
        if canRegister { html += "<a href=\"/projects/new\">\(t(.newProject))</a>" }
        html += "<a href=\"/contest\">\(HTML.escape(p.text(.navContest)))</a>"
        html += "<a href=\"/api/v1/project-figures\(HTML.query([("period", p.period.description), ("format", "csv"), ("lang", l.rawValue)]))\" download>\(HTML.escape(p.text(.downloadCSV)))</a></p>"
        let city = portfolio.city
        if policy.canRead(principal, org: city.key) {
            html += "<ul class=\"tally\"><li>\(t(.projectsCount)) <strong>\(city.projects)</strong></li>"
            html += "<li>\(t(.startRate)) <strong>\(percent(city.startRate))</strong> (\(city.started)/\(city.plannedStarts))</li>"
            html += "<li>\(t(.completionRate)) <strong>\(percent(city.completionRate))</strong> (\(city.completed)/\(city.plannedCompletions))</li>"
            html += "<li>\(t(.productionRate)) <strong>\(percent(city.productionRate))</strong> (\(city.inProduction)/\(city.plannedProduction))</li>"
            html += "<li>\(t(.investmentCompletion)) <strong>\(percent(city.investmentCompletion))</strong> · \(HTML.escape(p.text(.schedule))) \(percent(city.schedule)) · \(gapCell(city.gap, tag: "span"))</li></ul>"
        }
        let units = portfolio.units.filter { policy.canRead(principal, org: $0.key) && p.workspace.tree[$0.key]?.parent == p.workspace.tree.root?.code }
        let showCity = policy.canRead(principal, org: city.key)
        html += table(caption: p.text(.byCounty), rows: (showCity ? [city] : []) + units, ranks: portfolio.ranks, p: p) { code in
            p.workspace.orgName(code, l)
        }
        let readableChains = showCity ? portfolio.chains : []
        if !readableChains.isEmpty {
            html += table(caption: p.text(.byChain), rows: readableChains, ranks: nil, p: p) { $0 }
        }
        html += lists(overview, p)
        html += batches(overview, p, units: batchUnits)
        return html
    }

    static func gapCell(_ gap: Figure?, tag: String = "td") -> String {
        guard let gap else { return "<\(tag) class=\"num\">-</\(tag)>" }
        let text = (gap > 0 ? "+" : "") + gap.fixed(1)
        return "<\(tag) class=\"num\(gap < 0 ? " flag" : "")\">\(HTML.escape(text))</\(tag)>"
    }

    /// Rows by area (`ranks` given: the city first, ranks in peer groups) or by chain.
    static func table(caption: String, rows: [PortfolioFigures], ranks: [String: Int]?, p: PageRequest, name: (String) -> String) -> String {
        func t(_ label: ProjectLabel) -> String { HTML.escape(p.text(label)) }
        let first = ranks == nil ? p.text(.industryChain) : p.text(.org)
        var html = "<div class=\"scroll\"><table><caption>\(HTML.escape(caption))</caption><thead><tr><th scope=\"col\">\(HTML.escape(first))</th><th scope=\"col\">\(t(.projectsCount))</th>"
        html += ProjectStage.allCases.map { "<th scope=\"col\">\(HTML.escape(Catalogue.stage($0, p.language)))</th>" }.joined()
        html += [ProjectLabel.startRate, .completionRate, .productionRate, .planSum, .invested, .investmentCompletion].map { "<th scope=\"col\">\(t($0))</th>" }.joined()
        html += "<th scope=\"col\">\(HTML.escape(p.text(.schedule)))</th><th scope=\"col\">\(t(.gapShort))</th><th scope=\"col\">\(t(.shareOfCity))</th>"
        if ranks != nil { html += "<th scope=\"col\">\(t(.rankInGroup))</th>" }
        html += "</tr></thead><tbody>"
        for (index, f) in rows.enumerated() {
            let isCity = ranks != nil && index == 0 && f.key == p.workspace.tree.root?.code
            html += "<tr\(isCity ? " class=\"parent\"" : "")><th scope=\"row\">\(HTML.escape(name(f.key)))</th><td class=\"num\">\(f.projects)</td>"
            html += ProjectStage.allCases.map { "<td class=\"num\">\(f.byStage[$0] ?? 0)</td>" }.joined()
            html += [f.startRate, f.completionRate, f.productionRate].map { "<td class=\"num\">\(percent($0))</td>" }.joined()
            html += "<td class=\"num\">\(f.annualPlan.fixed(2))</td><td class=\"num\">\(f.invested.fixed(2))</td><td class=\"num\">\(percent(f.investmentCompletion))</td>"
            html += "<td class=\"num\">\(percent(f.schedule))</td>\(gapCell(f.gap))<td class=\"num\">\(percent(f.share))</td>"
            if let ranks { html += "<td class=\"num\">\(isCity ? "" : ranks[f.key].map(String.init) ?? "-")</td>" }
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }

    /// The day a page looks from: today for the latest month, else the end of the month shown
    /// (a past month shows the blockers open then).
    static func asOfDay(_ p: PageRequest) -> Day {
        let today = p.reader.context.today
        return p.period >= p.latest ? today : min(today, Day.end(of: p.period))
    }

    static func projectLink(_ project: Project) -> String {
        "<a href=\"/projects/\(HTML.percentEncoded(project.code))\">\(HTML.escape(project.name))</a>"
    }

    static func lists(_ overview: ProjectOverview, _ p: PageRequest) -> String {
        let l = p.language
        func t(_ label: ProjectLabel) -> String { HTML.escape(p.text(label)) }
        let readable = overview.readable
        var html = "<h2>\(t(.behindList))</h2>"
        let behind = overview.portfolio.behindSchedule.filter { readable[$0.project.code] != nil }
        if behind.isEmpty { html += "<p class=\"muted\">\(t(.noneListed))</p>" } else {
            // The furthest behind first; the rest folded away.
            let head = "<div class=\"scroll\"><table class=\"compact\"><thead><tr><th scope=\"col\">\(HTML.escape(p.text(.navProjects)))</th><th scope=\"col\">\(HTML.escape(p.text(.projectOwner)))</th>"
                + "<th scope=\"col\">\(HTML.escape(p.text(.annualPlan)))</th><th scope=\"col\">\(t(.invested))</th><th scope=\"col\">\(t(.investmentCompletion))</th><th scope=\"col\">\(t(.gapShort))</th></tr></thead><tbody>"
            func rows(_ list: ArraySlice<ProjectStanding>) -> String {
                list.map { s in
                    "<tr><th scope=\"row\">\(projectLink(s.project))</th><td>\(HTML.escape(p.workspace.orgName(s.project.owner, l)))</td>"
                        + "<td class=\"num\">\(s.project.annualPlan.fixed(2))</td><td class=\"num\">\(s.invested.fixed(2))</td><td class=\"num\">\(percent(s.completion))</td>\(gapCell(s.gap))</tr>"
                }.joined()
            }
            html += head + rows(behind.prefix(15)) + "</tbody></table></div>"
            if behind.count > 15 {
                html += "<details><summary>\(HTML.escape(Catalogue.format(.moreProjects, l, String(behind.count - 15))))</summary>" + head + rows(behind.dropFirst(15)) + "</tbody></table></div></details>"
            }
        }
        html += "<h2>\(t(.notStartedList))</h2>"
        let late = overview.portfolio.notStarted.filter { readable[$0.code] != nil }
        if late.isEmpty { html += "<p class=\"muted\">\(t(.noneListed))</p>" } else {
            html += "<ul>" + late.map { x in
                "<li>\(projectLink(x)) · \(HTML.escape(p.workspace.orgName(x.owner, l))) · \(t(.plannedStartShort)) \(HTML.escape(x.plannedStart.map { Catalogue.periodName($0, l) } ?? "-")) · \(HTML.escape(Catalogue.stage(x.stage, l)))</li>"
            }.joined() + "</ul>"
        }
        html += "<h2>\(t(.unreportedList))</h2>"
        let silent = overview.portfolio.unreported.filter { readable[$0.code] != nil }
        if silent.isEmpty { html += "<p class=\"muted\">\(t(.noneListed))</p>" } else {
            // Grouped by area: who has to report.
            let byOwner = Dictionary(grouping: silent, by: \.owner)
            html += "<ul>" + p.workspace.tree.units.compactMap { unit in
                byOwner[unit.code].map { list in
                    "<li><strong>\(HTML.escape(p.name(unit)))</strong> (\(list.count)): " + list.map(projectLink).joined(separator: "、") + "</li>"
                }
            }.joined() + "</ul>"
        }
        html += "<h2>\(t(.openBlockers))</h2>"
        let today = asOfDay(p)
        let open = overview.blockers.filter { $0.isOpen(on: today) }.sorted { ($0.raised, $0.id) < ($1.raised, $1.id) }
        if open.isEmpty { html += "<p class=\"muted\">\(t(.noneListed))</p>" } else {
            html += BlockerTable.render(open, p, projects: overview.all, today: today, resolveForm: false)
        }
        return html
    }

    static func batches(_ overview: ProjectOverview, _ p: PageRequest, units: [OrgUnit]) -> String {
        let l = p.language
        func t(_ label: ProjectLabel) -> String { HTML.escape(p.text(label)) }
        let year = p.period.year
        var html = "<h2 id=\"batches\">\(t(.batchesTitle)) <span class=\"unit\">\(year)</span></h2>"
        let batches = overview.starts.filter { $0.day.year == year }
        if batches.isEmpty { html += "<p class=\"muted\">\(t(.noBatches))</p>" } else {
            html += "<div class=\"scroll\"><table class=\"compact\"><thead><tr><th scope=\"col\">\(t(.batchDay))</th><th scope=\"col\">\(t(.batchName))</th><th scope=\"col\">\(t(.batchOrg))</th>"
            html += "<th scope=\"col\">\(t(.batchProjects))</th><th scope=\"col\">\(t(.batchTotal))</th></tr></thead><tbody>"
            for b in batches {
                let names = b.codes.map { code in overview.all[code].map { overview.readable[code] != nil ? projectLink($0) : HTML.escape($0.name) } ?? HTML.escape(code) }
                html += "<tr><td>\(b.day)</td><th scope=\"row\">\(HTML.escape(b.name))</th><td>\(HTML.escape(p.workspace.orgName(b.org, l)))</td>"
                html += "<td style=\"white-space:normal\">\(b.codes.count): \(names.joined(separator: "、"))</td><td class=\"num\">\((overview.startTotals[b.id] ?? 0).fixed(2))</td></tr>"
            }
            html += "</tbody></table></div>"
        }
        if let csrf = p.location.signedIn?.session?.csrf, !units.isEmpty {
            let candidates = overview.readable.values.map(\.project).filter { project in units.contains { p.workspace.tree.ancestry(of: project.owner).contains($0.code) } }
                .sorted { ($0.owner, $0.code) < ($1.owner, $1.code) }
            html += "<details><summary>\(t(.addBatch))</summary><form class=\"pickers\" method=\"post\" action=\"/projects/batches\">"
            html += "<input type=\"hidden\" name=\"_csrf\" value=\"\(HTML.escape(csrf))\">"
            html += Fragments.select(name: "org", label: p.text(.batchOrg), options: units.map { ($0.code, p.name($0)) }, selected: nil)
            html += "<label>\(t(.batchDay))<input name=\"day\" type=\"date\" required></label><label>\(t(.batchName))<input name=\"name\" required maxlength=\"100\"></label>"
            html += "<label>\(t(.batchProjects))<select name=\"codes\" multiple size=\"6\" required>"
            html += candidates.map { "<option value=\"\(HTML.escape($0.code))\">\(HTML.escape($0.name))</option>" }.joined()
            html += "</select></label><button type=\"submit\">\(t(.addBatch))</button></form></details>"
        }
        return html
    }
}
