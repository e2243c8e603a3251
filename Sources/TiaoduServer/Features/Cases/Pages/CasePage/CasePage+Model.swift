// One case as its page shows it: the record (kind, type, details, unit, enterprise, raised, lead
// and assisting units, deadlines with the working days left, state, colour, rating), the timeline
// of its events (who, when, the action in the kind's words, the note, the attachment's name), and
// the actions the reader may take now (CaseWorkflow.actions for the parties they are), each a
// form; after a refused action, its message at that form with what the user typed kept.
import TiaoduCore
import TiaoduStore

/// A refused action: its message, the field at fault, and what the user typed (shown again).
struct CaseFormFailure: Sendable {
    let action: CaseAction
    let message: String
    let field: String?
    let values: [String: String]
    let assisting: [String]
}

struct CasePageModel {
    struct Field {
        let label: String
        let value: String
        /// a sentence beside the value (「还剩1个工作日」), flagged when overdue
        let note: String?
        let flagged: Bool

        init(_ label: String, _ value: String, note: String? = nil, flagged: Bool = false) {
            (self.label, self.value, self.note, self.flagged) = (label, value, note, flagged)
        }
    }

    struct Event {
        let when: String
        let who: String
        let action: String
        /// 待受理 → 已受理, when the state changed
        let move: String?
        let details: [String]
        let note: String
        let attachment: String?
    }

    let code: String
    let title: String
    let kind: CaseKind
    let detail: String
    let colour: CaseColour?
    let state: String
    let fields: [Field]
    let events: [Event]
    let actions: [CaseAction]
    let version: Int
    /// the units an assignment may name
    let units: [(value: String, text: String)]
    let message: String?
    let failure: CaseFormFailure?
    /// the refused action is no longer open to the reader: what they typed, shown to copy
    let lostNote: String?

    init(_ p: PageContext, record r: CaseRecord, events: [CaseEvent], parties: Set<CaseParty>, actions: [CaseAction], calendar: WorkingCalendar, names: [String: String],
         types: [CaseType], enterprises: [Enterprise], departments: [String], message: String?, failure: CaseFormFailure?) {
        let l = p.language, today = p.today
        let enterpriseNames = Dictionary(enterprises.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
        code = r.code
        title = r.title
        kind = r.kind
        detail = r.detail
        colour = CaseColour.of(r, on: today, calendar: calendar)
        let stateName = Catalogue.stateName(r.state, r.kind, l)
        state = stateName
        version = r.version
        self.message = message
        self.failure = failure
        func text(_ label: PageLabel) -> String { p.text(label) }
        func dayLeft(_ due: Day?) -> (String?, Bool) {
            guard let due, r.state.clockRuns else { return (nil, false) }
            let days = try? calendar.count(from: today, to: due)
            return (CaseCells.daysLeft(days, due: due, today: today, l), due < today)
        }
        var fields: [Field] = [
            Field(text(.caseCode), r.code),
            Field(text(.caseKind), Catalogue.kindName(r.kind, l)),
            Field(text(.caseType), CaseCells.typeName(r.kind, r.type, types: types, l)),
            Field(text(.caseOrg), p.workspace.orgName(r.org, l)),
        ]
        if let enterprise = r.enterprise { fields.append(Field(text(.caseEnterprise), enterpriseNames[enterprise] ?? enterprise)) }
        if let project = r.project { fields.append(Field(text(.caseProject), project)) }
        fields.append(Field(text(.caseRaised), r.raised.description + PageText.format(.inParens, l, names[r.raisedBy] ?? r.raisedBy)))
        if r.urgent { fields.append(Field(text(.caseUrgent), text(.caseYes))) }
        fields.append(Field(text(.caseLead), r.lead.map { CaseCells.unitName($0, p) } ?? text(.caseNotAssigned)))
        if !r.assisting.isEmpty {
            let said = r.assisting.map { unit in
                CaseCells.unitName(unit, p) + (r.assistReported.contains(unit) ? PageText.format(.inParens, l, text(.caseReported)) : "")
            }
            fields.append(Field(text(.caseAssisting), said.joined(separator: p.text(.listSeparator))))
        }
        // Each deadline, and the working days left to the one the clock runs against now.
        let clock = r.clockDue
        if let due = r.acceptDue, r.kind == .request || r.kind == .grid {
            let (left, late) = clock == due ? dayLeft(due) : (nil, false)
            fields.append(Field(text(.caseAcceptDue), due.description, note: left, flagged: late))
        }
        if let due = r.signDue {
            let (left, late) = r.state == .assigned ? dayLeft(due) : (nil, false)
            fields.append(Field(text(.caseSignDue), due.description, note: left, flagged: late))
        }
        if let due = r.assistDue {
            let waiting = r.assisting.contains { !r.assistReported.contains($0) }
            let (left, late) = waiting ? dayLeft(due) : (nil, false)
            fields.append(Field(text(.caseAssistDue), due.description, note: left, flagged: late))
        }
        if let due = r.due {
            let (left, late) = clock == due ? dayLeft(due) : (nil, false)
            fields.append(Field(text(.caseDue), due.description, note: left, flagged: late))
        }
        if let asked = r.extensionAsked { fields.append(Field(text(.caseExtension), PageText.format(.caseExtensionPending, l, String(asked)))) }
        fields.append(Field(text(.caseState), stateName))
        if let progress = r.progress, r.kind == .task || r.kind == .blocker { fields.append(Field(text(.caseProgress), "\(progress)%")) }
        if let rating = r.rating { fields.append(Field(text(.caseRating), Catalogue.ratingName(rating, l) + (r.rated.map { PageText.format(.inParens, l, $0.description) } ?? ""))) }
        if let closed = r.closed {
            let timely = r.onTime.map { text($0 ? .caseClosedOnTime : .caseClosedLate) }
            fields.append(Field(text(.caseClosedOn), closed.description, note: timely, flagged: r.onTime == false))
        }
        if r.reopened > 0 { fields.append(Field(text(.caseReopened), PageText.format(.caseReopenedTimes, l, String(r.reopened)))) }
        self.fields = fields

        let time = Timestamp()
        self.events = events.map { e -> Event in
            var details: [String] = []
            let colon = p.text(.colon)
            if let lead = e.lead { details.append(text(.caseLead) + colon + CaseCells.unitName(lead, p)) }
            if !e.assisting.isEmpty { details.append(text(.caseAssisting) + colon + CaseCells.unitNames(e.assisting, p)) }
            if let days = e.days { details.append(PageText.format(.caseExtensionDays, l, String(days))) }
            if let due = e.due { details.append(text(.caseDue) + colon + due.description) }
            if let rating = e.rating { details.append(text(.caseRating) + colon + Catalogue.ratingName(rating, l)) }
            if let percent = e.percent { details.append(text(.caseProgress) + colon + "\(percent)%") }
            let unit: String
            if e.actorUnit.hasPrefix("enterprise:") {
                let code = String(e.actorUnit.dropFirst("enterprise:".count))
                unit = enterpriseNames[code] ?? code
            } else {
                unit = CaseUnit(e.actorUnit).map { CaseCells.unitName($0, p) } ?? e.actorUnit
            }
            let who = (names[e.actor] ?? e.actor) + (unit.isEmpty ? "" : PageText.format(.inParens, l, unit))
            let move = e.from.flatMap { from -> String? in
                from == e.to ? nil : Catalogue.stateName(from, r.kind, l) + " → " + Catalogue.stateName(e.to, r.kind, l)
            }
            // the business day the step counts for; the clock time too when it was done that day
            let stamp = time.text(e.at)
            let when = stamp.hasPrefix(e.day.description) ? stamp : e.day.description
            return Event(when: when, who: who, action: Catalogue.actionName(e.action, r.kind, l), move: move, details: details,
                         note: e.note, attachment: e.attachment)
        }
        let open = actions
        self.actions = open
        units = CaseCells.unitOptions(under: r.org, departments: departments, p, keeping: r.units)
        if let failure, !open.contains(failure.action), let note = failure.values["note"], !note.isEmpty {
            lostNote = note
        } else {
            lostNote = nil
        }
    }
}
