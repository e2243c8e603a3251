// GET /entry?org=&period= shows the grid (GET /entry/template.xlsx: the same rows as a fill-in
// template for Excel); POST /entry validates and writes it through the one
// import pipeline — all or nothing, numbers read as NumberInput reads them (「1,234.56」) — then
// redirects to the grid (saved, with the next step: 报送 when the reader may submit), or shows
// the grid again with what was typed and a message at each bad field (nothing saved).
import Vapor
import TiaoduCore
import TiaoduSheets
import TiaoduStore

extension FiguresPages {
    func entry(_ request: Request) async throws -> Response {
        if request.principal == nil { return Self.signInFirst(request) }
        return try await context.page(request, path: "/entry") { p in
            var model = try await entryModel(p, saved: p.query("saved").flatMap { Int($0) })
            model.clearedGrowths = p.query("cleared").flatMap { Int($0) } ?? 0
            return p.respond(EntryView.render(model, p.page))
        }
    }

    /// GET /entry/template.xlsx?org=&period= — the grid's rows as a workbook to fill in and import back.
    func entryTemplate(_ request: Request) async throws -> Response {
        if request.principal == nil { return Self.signInFirst(request) }
        return try await context.page(request, path: "/entry/template.xlsx") { p in
            let model = try await entryModel(p)
            let data = try XLSXFile.data(EntryTemplate.sheets(model, p.page))
            return Download.file(data, type: Download.xlsx, name: EntryTemplate.fileName(model, p.page),
                                 fallback: "template-\(model.unit.code)-\(model.period).xlsx")
        }
    }

    func saveEntry(_ request: Request) async throws -> Response {
        guard request.signedIn != nil else { return Self.signInFirst(request) }
        // A form is only accepted from this site's own page: its session's CSRF token.
        let (signedIn, form) = try Self.checkedForm(request)
        let path = "/entry"
        return try await context.page(request, path: path) { p in
            var model = try await entryModel(p, org: form["org"], period: form["period"])
            var records: [InputRecord] = []
            var codes: [String] = []
            var typed: [String: (String, String)] = [:]
            var cleared = 0
            for line in model.lines {
                let value = (form["v_\(line.code)"] ?? "").trimmingCharacters(in: .whitespaces)
                // A rate or ratio takes no growth (it changes in points from its levels).
                var growth = line.takesGrowth ? (form["g_\(line.code)"] ?? "").trimmingCharacters(in: .whitespaces) : ""
                // A published growth belongs to the value it was published with: a new value with the
                // old growth left in its field would contradict it. For a nominal indicator the
                // growth is then computed from the values; a real or comparable one keeps the growth
                // and 数据审核 asks about it (METRICS.md).
                if value != line.value, !growth.isEmpty, growth == line.growth,
                   p.workspace.indicator(line.code)?.growthBasis == .nominal {
                    growth = ""
                    cleared += 1
                }
                typed[line.code] = (value, growth)
                guard !value.isEmpty || !growth.isEmpty else { continue }
                codes.append(line.code)
                records.append(InputRecord(line: records.count + 1, fields: ["org": model.unit.code, "indicator": line.code,
                                                                            "period": model.period.description, "value": value, "growth": growth]))
            }
            do {
                let summary = try await context.store.write(.values, records: records, actor: signedIn.principal.login, source: .form, principal: signedIn.principal)
                let saved = summary.inserted + summary.changed
                let target = "/entry" + Link.query([("org", model.unit.code), ("period", model.period.description), ("saved", String(saved))]
                                                   + (cleared > 0 ? [("cleared", String(cleared))] : []) + [("lang", p.language.rawValue)])
                return request.redirect(to: target, redirectType: .normal)
            } catch let failure as ImportFailure {
                // Units by their names in the messages (「无权录入邗江区的数据」), never their codes.
                let workspace = p.workspace, language = p.language
                model.failed(with: failure.issues, typed: typed, codes: codes, language: language,
                             names: { code in workspace.tree[code].map { _ in workspace.orgName(code, language) } })
                model.rewarn(p.page)
                return p.respond(EntryView.render(model, p.page), status: .unprocessableEntity)
            }
        }
    }

    /// The grid for the unit and period asked for (the form's, else the query's; the root and
    /// the latest month by default), pre-filled from the store.
    private func entryModel(_ p: PageRequest, org: String? = nil, period: String? = nil, saved: Int? = nil) async throws -> EntryModel {
        let code = org ?? p.query("org") ?? p.request.principal?.org ?? p.workspace.tree.root?.code ?? ""
        guard let unit = p.workspace.tree[code] else { throw APIError(status: .notFound, message: "unknown org unit “\(code)”") }
        // Who may read the unit but not enter its figures sees the grid read-only (an approver
        // checks what they approve); who may not read it is refused, by the unit's name.
        var readOnly = false
        if let principal = p.request.principal, !principal.roles.contains(.department) {
            let policy = AccessPolicy(tree: p.workspace.tree)
            if !policy.canEnter(principal, org: unit.code) {
                guard policy.canRead(principal, org: unit.code) else {
                    throw APIError(status: .forbidden, message: PageText.format(.cannotReadUnit, p.language, p.name(unit)))
                }
                readOnly = true
            }
        }
        // Without a period asked for, the month being reported (a department, who reads no unit of
        // its own, would otherwise open on the last published — closed — month).
        var chosen = p.query("period") == nil ? (p.access.currentMonth(p.workspace) ?? p.period) : p.period
        if let period {
            guard let parsed = Period(period) else { throw APIError(status: .badRequest, message: "bad period “\(period)”") }
            chosen = parsed
        }
        let from = chosen.yearBefore
        let stored = try await p.reader.values(org: unit.code, indicator: nil, from: min(from, chosen.previous), to: chosen)
        let states = Dictionary(try await context.store.cycle.submissions(period: chosen).map { ($0.org, $0.status) }, uniquingKeysWith: { first, _ in first })
        // Indicator sets with a due day of their own (by department) say so on their rows.
        let days = try await context.store.cycle.departmentDueDays()
        var model = EntryModel(p.page, unit: unit, period: chosen, stored: stored, states: states,
                               dueDay: try await context.store.cycle.dueDay(), departmentDueDays: days, saved: saved, readOnly: readOnly)
        // A month returned to the unit says why, above the grid.
        if states[unit.code] == nil, let last = try await context.store.cycle.moves(org: unit.code, period: chosen).last, last.action == .reject {
            model.returnedReason = last.reason
        }
        return model
    }
}
