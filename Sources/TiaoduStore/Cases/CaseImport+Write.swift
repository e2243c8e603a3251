// Writing a cases ledger (CaseImport) in one transaction: each line read again against what the
// store holds (types, units, departments, enterprises, projects, today), every case raised and
// its steps replayed through CaseMachine on their days in memory, and only when every line went
// through are the cases and their events written — any bad line writes nothing. Administrators'
// alone. No notices are made for past events: the daily sweep brings the open cases' reminders.
import SQLKit
import TiaoduCore

extension CaseImport: StoredImport {
    /// `tiaodu import cases FILE.csv` (the pipeline checks the writer is an administrator and audits it).
    static func write(_ rows: [CaseImportRow], into db: any SQLDatabase, _ context: inout WriteContext) async throws -> ImportSummary {
        try await Store.writeCases(db, rows, actor: context.auditActor, today: Day(millisecondsSince1970: Store.now()))
    }
}

extension CasesRepository {
    /// Imports a ledger's rows (CaseImport.validate) for an administrator; no day after the store's today.
    @discardableResult
    public func importCases(_ rows: [CaseImportRow], by principal: Principal, source: WriteSource) async throws -> ImportSummary {
        guard principal.isAdmin else {
            throw ImportFailure([ImportIssue(line: rows.first?.line ?? 1, column: nil, reason: .notPermitted(ImportKind.cases.rawValue))])
        }
        let today = store.clock.today
        return try await transaction { db in
            let summary = try await Store.writeCases(db, rows, actor: principal.login, today: today)
            let keys = rows.prefix(50).map(CaseImport.key(of:))
            try await Store.audit(db, actor: principal.login, action: .write(.cases), object: "\(summary.rows) rows",
                                  after: "new \(summary.inserted) · " + keys.joined(separator: ", ") + (rows.count > keys.count ? " … +\(rows.count - keys.count)" : ""),
                                  source: source)
            return summary
        }
    }
}

extension Store {
    /// Checks, replays and writes the rows inside the caller's transaction.
    static func writeCases(_ db: any SQLDatabase, _ rows: [CaseImportRow], actor login: String, today: Day) async throws -> ImportSummary {
        let types = try await Store.caseTypes(db)
        let enterprises = try await db.raw("SELECT code FROM enterprises").all().map { try $0.decode(column: "code", as: String.self) }
        let projects = try await db.raw("SELECT code FROM projects").all().map { try $0.decode(column: "code", as: String.self) }
        let basis = CaseImportBasis(orgs: Set(try await Store.orgs(db).map(\.code)), types: types, enterprises: Set(enterprises),
                                    departments: try await Store.departments(db), projects: Set(projects), today: today)
        let checked = try CaseImport.validate(rows, basis: basis)
        let calendar = try await Store.calendar(db)
        let everyone = Set(CaseParty.allCases)
        let at = Store.now()
        var nextID = (try await db.raw("SELECT MAX(id) AS n FROM cases").first()?.decode(column: "n", as: Int64?.self) ?? 0) + 1
        var planned: [(record: CaseRecord, events: [CaseEvent])] = []
        var issues: [ImportIssue] = []
        for row in checked {
            let id = nextID
            nextID += 1
            let limits = types.first { $0.kind == row.draft.kind && $0.code == row.draft.type }?.limits ?? .standard
            let machine = CaseMachine(calendar: calendar, limits: limits)
            var column = "raised"
            var day = row.raised
            do throws(CaseError) {
                let raiser = CaseActor(login: login, unit: row.draft.enterprise.map { "enterprise:\($0)" } ?? row.draft.org, parties: everyone)
                let raised = try machine.raise(row.draft, id: id, code: caseCode(row.draft.kind, year: row.raised.year, id: id), by: raiser,
                                               today: row.raised, at: at)
                var record = raised.0
                var events = [raised.1]
                for step in row.steps {
                    (column, day) = (step.column, step.day)
                    let actor = CaseActor(login: login, unit: importUnit(step.command.action, record), parties: everyone)
                    let (after, event) = try machine.apply(step.command, to: record, by: actor, today: step.day, at: at)
                    record = after
                    events.append(event)
                }
                planned.append((record, events))
            } catch {
                issues.append(importIssue(error, line: row.line, column: column, day: day, calendar: calendar))
            }
        }
        if !issues.isEmpty { throw ImportFailure(issues) }
        for (record, events) in planned {
            try await saveCase(db, record, isNew: true, calendar: calendar)
            for event in events { try await appendEvent(db, event) }
        }
        return ImportSummary(kind: .cases, rows: rows.count, inserted: planned.count, changed: 0, unchanged: 0)
    }

    /// The unit an imported step is recorded as acting for: the lead unit for its own steps, the
    /// enterprise for its rating, the case's unit (its centre) for the rest.
    static func importUnit(_ action: CaseAction, _ record: CaseRecord) -> String {
        switch action {
        case .signFor, .answer, .progress: return record.lead?.description ?? record.org
        case .rate: return record.enterprise.map { "enterprise:\($0)" } ?? record.org
        default: return record.org
        }
    }

    /// A step the machine refused, as the line's issue (CaseImport.validate catches nearly all first).
    static func importIssue(_ error: CaseError, line: Int, column: String, day: Day, calendar: WorkingCalendar) -> ImportIssue {
        switch error {
        case .required(let field): return ImportIssue(line: line, column: field == "note" ? column : field, reason: .required)
        case .tooLong(let field, let limit): return ImportIssue(line: line, column: field == "note" ? "answer" : field, reason: .tooLong(limit: limit))
        case .unknownType(_, let code): return ImportIssue(line: line, column: "type", reason: .badChoice(code, allowed: []))
        case .unknownUnit(let unit): return ImportIssue(line: line, column: column, reason: .unknownOrg(unit))
        case .leadAssisting(let unit): return ImportIssue(line: line, column: "assisting", reason: .listedTwice(unit))
        case .dueBeforeToday(let due): return ImportIssue(line: line, column: "due", reason: .outOfRange(due.description, allowed: "\(day)–"))
        case .calendar(.yearNotLoaded(_)):
            let years = calendar.years.sorted()
            let allowed = years.first.map { "\($0)–\(years.last ?? $0)" } ?? "—"
            return ImportIssue(line: line, column: column, reason: .outOfRange(day.description, allowed: allowed))
        default:
            return ImportIssue(line: line, column: column, reason: .outOfRange(day.description, allowed: error.message(.en)))
        }
    }
}
