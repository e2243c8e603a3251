// The rules of every transition: who, from which state, with what, by when. Pure: given the case,
// the command, who acts (as which parties), the day and the calendar, it returns the case after
// the event and the event to append — or refuses with a CaseError and changes nothing.

public struct CaseActor: Sendable, Hashable {
    public let login: String
    /// the unit they act for: their org, or dept:NAME
    public let unit: String
    public let parties: Set<CaseParty>

    public init(login: String, unit: String, parties: Set<CaseParty>) {
        (self.login, self.unit, self.parties) = (login, unit, parties)
    }
}

public struct CaseMachine: Sendable {
    public let calendar: WorkingCalendar
    public let limits: CaseLimits

    public init(calendar: WorkingCalendar, limits: CaseLimits) {
        (self.calendar, self.limits) = (calendar, limits)
    }

    /// The events that keep the case's lead unit: its assignment, and the rating and reopening
    /// that judge that unit's answer (the figures count them for it, even if the case moves on).
    public static let leadKept: Set<CaseAction> = [.assign, .rate, .reopen]

    /// A new case (its first event). `id` and `code` come from the store.
    public func raise(_ draft: CaseDraft, id: Int64, code: String, by actor: CaseActor, today: Day, at: Int64) throws(CaseError) -> (CaseRecord, CaseEvent) {
        var record = CaseRecord(id: id, code: code, kind: draft.kind, type: draft.type, title: draft.title.trimmingCharacters(in: .whitespaces),
                                detail: draft.detail, org: draft.org, enterprise: draft.enterprise, project: draft.project,
                                raisedBy: actor.login, raised: today, urgent: draft.urgent)
        if let due = draft.due {
            if due < today { throw .dueBeforeToday(due) }
            if draft.kind != .blocker, try !isWorkingDay(due) { throw .dueNotWorkingDay(due) }
            record.due = due
        }
        if draft.kind == .request || draft.kind == .grid {
            record.acceptDue = try days(draft.urgent ? 0 : limits.accept, after: today)
        }
        record.version = 1
        let event = CaseEvent(caseID: id, seq: 1, action: .raise, actor: actor.login, actorUnit: actor.unit, at: at, day: today,
                              note: draft.detail, attachment: draft.attachment, from: nil, to: .raised, due: record.due)
        return (record, event)
    }

    /// The case after `command`, and the event recording it.
    public func apply(_ command: CaseCommand, to current: CaseRecord, by actor: CaseActor, today: Day, at: Int64) throws(CaseError) -> (CaseRecord, CaseEvent) {
        if let seen = command.version, seen != current.version { throw .conflict(seen: seen, current: current.version) }
        guard var to = CaseWorkflow.next(current.kind, current.state, command.action) else {
            throw .illegal(command.action, current.kind, current.state)
        }
        guard !CaseWorkflow.parties(command.action).isDisjoint(with: actor.parties) else { throw .notParty(command.action) }
        let note = command.note.trimmingCharacters(in: .whitespacesAndNewlines)
        if note.count > CaseDraft.textLimit { throw .tooLong(field: "note", limit: CaseDraft.textLimit) }
        if TextLimits.problem(note, limit: CaseDraft.textLimit) != nil { throw .badText(field: "note") }
        if let attachment = command.attachment {
            if attachment.count > TextLimits.name { throw .tooLong(field: "attachment", limit: TextLimits.name) }
            if TextLimits.problem(attachment, limit: TextLimits.name) != nil { throw .badText(field: "attachment") }
        }
        var record = current
        var due: Day?
        switch command.action {
        case .raise: throw .illegal(.raise, current.kind, current.state)
        case .accept, .comment, .urge, .signFor, .grantExtension:
            if command.action == .comment, note.isEmpty { throw .required(field: "note") }
            if command.action == .grantExtension {
                guard let asked = record.extensionAsked, let old = record.due else { throw .extensionNotAsked }
                record.due = try days(asked, after: old)
                record.extensionAsked = nil
                record.extensions += 1
                due = record.due
            }
        case .return, .object, .refuseExtension:
            if note.isEmpty { throw .required(field: "note") }
            if command.action == .object {
                let assigned = record.assigned ?? today
                if try count(assigned, today) > limits.objection { throw .objectionClosed(assigned: assigned, limit: limits.objection) }
                record.lead = nil
                record.assisting = []
                record.assistReported = []
                record.signDue = nil
                record.assistDue = nil
                record.extensionAsked = nil
                // the centre assigns again within its own limit, counted from the objection
                if current.kind == .request || current.kind == .grid {
                    record.acceptDue = try days(record.urgent ? 0 : limits.accept, after: today)
                }
            }
            if command.action == .refuseExtension {
                guard record.extensionAsked != nil else { throw .extensionNotAsked }
                record.extensionAsked = nil
            }
        case .assign:
            guard let lead = command.lead else { throw .required(field: "lead") }
            if command.assisting.contains(lead) { throw .leadAssisting(lead.description) }
            var assisting: [CaseUnit] = []
            for unit in command.assisting where !assisting.contains(unit) { assisting.append(unit) }
            if let explicit = command.due, explicit < today { throw .dueBeforeToday(explicit) }
            record.lead = lead
            record.assisting = assisting
            record.assistReported = []
            record.assigned = today
            record.signDue = try days(record.urgent ? 0 : limits.signFor, after: today)
            record.assistDue = assisting.isEmpty ? nil : try days(record.urgent ? 0 : limits.assist, after: today)
            // a task registered with its deadline keeps it unless the assignment sets another
            if let explicit = command.due ?? (current.kind == .task || current.kind == .blocker ? current.due : nil) {
                // a deadline registered earlier that has passed must be set anew at hand-out
                if explicit < today { throw .dueBeforeToday(explicit) }
                // a blocker's deadline is the owner's date as it was always entered (and migrated)
                if current.kind != .blocker {
                    if try !isWorkingDay(explicit) { throw .dueNotWorkingDay(explicit) }
                    if let sign = record.signDue, explicit < sign { throw .dueBeforeSigning(due: explicit, signDue: sign) }
                }
                record.due = explicit
            } else {
                record.due = try days(record.urgent ? 0 : limits.answer, after: today)
            }
            due = record.due
        case .askExtension:
            if record.extensionAsked != nil { throw .extensionPending }
            if record.extensions > 0 { throw .extensionUsed }
            guard let asked = command.days, asked >= 1 else { throw .required(field: "days") }
            if asked > limits.extensionMax { throw .extensionTooLong(asked: asked, max: limits.extensionMax) }
            if note.isEmpty { throw .required(field: "note") }
            if let deadline = record.due, try count(today, deadline) < limits.extensionNotice {
                throw .extensionTooLate(due: deadline, notice: limits.extensionNotice)
            }
            record.extensionAsked = asked
        case .assistReport:
            guard let unit = CaseUnit(actor.unit), record.assisting.contains(unit) || actor.parties.contains(.assisting) else { throw .notAssisting }
            if note.isEmpty { throw .required(field: "note") }
            if record.assisting.contains(unit), !record.assistReported.contains(unit) { record.assistReported.append(unit) }
        case .progress:
            if let percent = command.percent {
                guard (0...100).contains(percent) else { throw .percentRange(percent) }
                record.progress = percent
            } else if note.isEmpty { throw .required(field: "note") }
        case .answer:
            if note.isEmpty { throw .required(field: "note") }
            record.answered = today
            record.extensionAsked = nil
            if let deadline = record.due { record.onTime = today <= deadline }
            if let start = record.assigned { record.workDays = try count(start, today) }
            if record.kind == .task { record.progress = 100 }
        case .rate:
            guard let rating = command.rating else { throw .required(field: "rating") }
            record.rating = rating
            record.rated = today
            if !rating.isSatisfied {
                if note.isEmpty { throw .required(field: "note") }
                to = .answered  // the centre decides: 重办 (reopen) or close
            }
        case .verify:
            break
        case .reopen:
            if note.isEmpty { throw .required(field: "note") }
            record.reopened += 1
            record.rating = nil
            record.rated = nil
            record.answered = nil
            record.onTime = nil
            record.workDays = nil
            record.due = try days(record.urgent ? 0 : limits.answer, after: today)
            due = record.due
        case .close:
            if record.kind == .request, record.rating == .dissatisfied, note.isEmpty { throw .required(field: "note") }
            if record.answered == nil {
                // closed straight from work (a blocker confirmed solved): the closing is the answer
                if note.isEmpty { throw .required(field: "note") }
                record.answered = today
                if let deadline = record.due { record.onTime = today <= deadline }
                if let start = record.assigned { record.workDays = try count(start, today) }
            }
        }
        if to == .closed { record.closed = today }
        record.state = to
        record.version += 1
        let event = CaseEvent(caseID: record.id, seq: record.version, action: command.action, actor: actor.login, actorUnit: actor.unit, at: at, day: today,
                              note: note, attachment: command.attachment.flatMap { $0.isEmpty ? nil : $0 }, from: current.state, to: to,
                              lead: Self.leadKept.contains(command.action) ? record.lead : nil, assisting: command.action == .assign ? record.assisting : [],
                              due: due, rating: command.action == .rate ? record.rating : nil,
                              percent: command.action == .progress ? command.percent : nil,
                              days: command.action == .askExtension ? command.days : (command.action == .grantExtension ? current.extensionAsked : nil))
        return (record, event)
    }

    private func days(_ n: Int, after day: Day) throws(CaseError) -> Day {
        do { return try calendar.add(workingDays: n, to: day) } catch let error as CalendarError { throw .calendar(error) } catch { throw .calendar(.yearNotLoaded(day.year)) }
    }

    private func isWorkingDay(_ day: Day) throws(CaseError) -> Bool {
        do { return try calendar.isWorkingDay(day) } catch let error as CalendarError { throw .calendar(error) } catch { throw .calendar(.yearNotLoaded(day.year)) }
    }

    /// The actions of `candidates` still in time on `today`: an objection only within its window
    /// after the assignment, an extension only while it can still be asked before the deadline.
    public func inTime(_ candidates: [CaseAction], _ record: CaseRecord, today: Day) -> [CaseAction] {
        candidates.filter { action in
            switch action {
            case .object:
                guard let assigned = record.assigned, let gone = try? calendar.count(from: assigned, to: today) else { return true }
                return gone <= limits.objection
            case .askExtension:
                guard let due = record.due, let left = try? calendar.count(from: today, to: due) else { return true }
                return left >= limits.extensionNotice
            default:
                return true
            }
        }
    }

    private func count(_ from: Day, _ to: Day) throws(CaseError) -> Int {
        do { return try calendar.count(from: from, to: to) } catch let error as CalendarError { throw .calendar(error) } catch { throw .calendar(.yearNotLoaded(from.year)) }
    }
}
