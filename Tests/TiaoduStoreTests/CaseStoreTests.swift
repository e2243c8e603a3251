// The case engine on both databases (issue #14): a request from the enterprise's whistle to its
// rating, every step an event appended in order and none changed or lost; two people acting on the
// same version at once — one wins, the other is told; who reads which cases (a county its subtree
// and what its units work on, an enterprise its own, an outsider nothing) and whose figures they
// see; the figures and the colour filters in SQL against the Core's computation on 60 random cases;
// the sweep's reminders, 催办 and escalations once each, and the webhook deliveries they queue.
import Foundation
import SQLKit
import Testing
import TiaoduCore
@testable import TiaoduStore

@Suite struct CaseStoreTests {
    static let orgs = """
        code,name,parent,kind,peer_group
        city,市,,city,
        a,甲县,city,county,县
        a1,甲镇,a,town,
        b,乙县,city,county,县

        """
    static let department = "区发改委"

    static func d(_ text: String) -> Day { Day(text)! }

    let admin = Principal(login: "admin", name: "admin", org: "city", roles: [.admin])
    /// county a's desk (its approver) and reporter, the reporter of town a1 below it; county b's
    let centreA = Principal(login: "sa", name: "sa", org: "a", roles: [.approver])
    let reporterA = Principal(login: "ra", name: "ra", org: "a", roles: [.reporter])
    let reporterA1 = Principal(login: "ra1", name: "ra1", org: "a1", roles: [.reporter])
    let centreB = Principal(login: "sb", name: "sb", org: "b", roles: [.approver])
    let reporterB = Principal(login: "rb", name: "rb", org: "b", roles: [.reporter])
    /// the department (条线) and two enterprises, e1 in town a1 and e2 in county b
    let fgw = Principal(login: "fgw", name: "发改委", org: "city", roles: [.department], department: CaseStoreTests.department)
    let firm1 = Principal(login: "qy1", name: "甲公司", org: "a1", roles: [.enterprise], enterprise: "e1")
    let firm2 = Principal(login: "qy2", name: "乙公司", org: "b", roles: [.enterprise], enterprise: "e2")

    func fixture(_ store: Store) async throws {
        try await store.importCSV(.orgs, text: Self.orgs)
        try await store.cases.saveEnterprises([Enterprise(code: "e1", name: "甲公司", org: "a1"), Enterprise(code: "e2", name: "乙公司", org: "b")],
                                              by: admin, source: .api)
        // a department is known when an indicator or a user has it
        try await store.accounts.createUser(login: "fgw", name: "发改委", org: "city", roles: [.department], passwordHash: "h", actor: "test",
                                            department: Self.department, source: .api)
    }

    static func request(_ title: String, org: String = "a1") -> CaseDraft {
        CaseDraft(kind: .request, type: "land", title: title, detail: "用地指标不足", org: org)
    }

    static var everything: CaseQuery {
        var query = CaseQuery()
        query.limit = 10_000
        return query
    }

    static func count(_ store: Store, _ table: String) async throws -> Int {
        try await store.sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// The case's events, checking that those seen before are still there unchanged, with one more after them.
    func appended(_ store: Store, _ record: CaseRecord, to before: [CaseEvent]) async throws -> [CaseEvent] {
        let events = try await store.cases.events(of: record)
        #expect(Array(events.prefix(before.count)) == before, "nothing changed or deleted")
        #expect(events.count == before.count + 1)
        #expect(events.map(\.seq) == Array(1..<(events.count + 1)))
        #expect(events.last?.seq == record.version && events.last?.to == record.state)
        return events
    }

    /// CaseFigures.compute over the reader's ledger and those cases' events.
    static func coreFigures(_ store: Store, _ reader: Principal, from: Day, to: Day, asOf: Day,
                            events known: [Int64: [CaseEvent]] = [:]) async throws -> [CaseUnit: CaseFigures] {
        let records = try await store.cases.ledger(everything, for: reader, today: asOf).rows
        var ratings: [(lead: CaseUnit?, day: Day, rating: Rating)] = []
        var reopens: [(lead: CaseUnit?, day: Day)] = []
        for record in records {
            var events = known[record.id] ?? []
            if known[record.id] == nil { events = try await store.cases.events(of: record) }
            for event in events {
                if event.action == .rate, let rating = event.rating { ratings.append((lead: event.lead, day: event.day, rating: rating)) }
                if event.action == .reopen { reopens.append((lead: event.lead, day: event.day)) }
            }
        }
        let calendar = try await store.cases.calendar()
        return CaseFigures.compute(records, ratings: ratings, reopens: reopens, from: from, to: to, asOf: asOf, calendar: calendar)
    }

    @Test(arguments: TestDatabase.all)
    func aRequestFromItsWhistleToItsRating(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await fixture(store)
            let dept = CaseUnit.department(Self.department)
            var record = try await store.cases.raise(Self.request("用地指标"), by: firm1, today: Self.d("2021-09-30"))
            let code = record.code
            #expect(code == "R2021-000001" && record.org == "a1" && record.enterprise == "e1" && record.raisedBy == "qy1")
            #expect(record.acceptDue == Self.d("2021-10-09"), "2 working days: 10-08 and the Saturday worked")
            var events = try await appended(store, record, to: [])

            record = try await store.cases.act(code, CaseCommand(.accept, version: record.version), by: centreA, today: Self.d("2021-09-30"))
            events = try await appended(store, record, to: events)
            record = try await store.cases.act(code, CaseCommand(.assign, lead: .org("a1"), assisting: [dept], version: record.version),
                                               by: centreA, today: Self.d("2021-09-30"))
            #expect(record.state == .assigned && record.lead == .org("a1") && record.assisting == [dept])
            #expect(record.signDue == Self.d("2021-10-08") && record.assistDue == Self.d("2021-10-11") && record.due == Self.d("2021-10-15"))
            events = try await appended(store, record, to: events)

            // The town's inbox has it to sign for; the county's reporter reads it but is no party to it.
            let inbox = try await store.cases.inbox(for: reporterA1, today: Self.d("2021-10-08"))
            #expect(inbox.map(\.record.code) == [code] && inbox.first?.actions.contains(.signFor) == true)
            await #expect(throws: CaseError.notParty(.signFor)) {
                try await store.cases.act(code, CaseCommand(.signFor), by: reporterA, today: Self.d("2021-10-08"))
            }

            record = try await store.cases.act(code, CaseCommand(.signFor, version: record.version), by: reporterA1, today: Self.d("2021-10-08"))
            events = try await appended(store, record, to: events)
            record = try await store.cases.act(code, CaseCommand(.assistReport, note: "已核实可调剂指标", version: record.version), by: fgw, today: Self.d("2021-10-09"))
            #expect(record.assistReported == [dept] && record.state == .inProgress)
            events = try await appended(store, record, to: events)
            record = try await store.cases.act(code, CaseCommand(.answer, note: "已调剂用地指标", version: record.version), by: reporterA1, today: Self.d("2021-10-11"))
            #expect(record.state == .answered && record.onTime == true && record.workDays == 3)
            events = try await appended(store, record, to: events)
            record = try await store.cases.act(code, CaseCommand(.rate, rating: .satisfied, version: record.version), by: firm1, today: Self.d("2021-10-12"))
            #expect(record.state == .closed && record.closed == Self.d("2021-10-12") && record.rating == .satisfied && record.version == 7)
            events = try await appended(store, record, to: events)

            #expect(events.map(\.action) == [.raise, .accept, .assign, .signFor, .assistReport, .answer, .rate])
            #expect(events.map(\.actor) == ["qy1", "sa", "sa", "ra1", "fgw", "ra1", "qy1"])
            #expect(events.map(\.actorUnit) == ["enterprise:e1", "a", "a", "a1", "dept:区发改委", "a1", "enterprise:e1"])
            #expect(events.map(\.day) == ["2021-09-30", "2021-09-30", "2021-09-30", "2021-10-08", "2021-10-09", "2021-10-11", "2021-10-12"].map(Self.d))
            #expect(events.map(\.from) == [nil, .raised, .accepted, .assigned, .inProgress, .inProgress, .answered])
            #expect(events.map(\.to) == [.raised, .accepted, .assigned, .inProgress, .inProgress, .answered, .closed])
            #expect(events[2].lead == .org("a1") && events[2].assisting == [dept] && events[2].due == Self.d("2021-10-15"))
            #expect(events[4].note == "已核实可调剂指标" && events[6].rating == .satisfied)
            #expect(try await store.cases.record(code, for: firm1) == record)

            // Closed: nothing more. A stale version is told as a conflict; an outsider does not learn it exists.
            await #expect(throws: CaseError.illegal(.accept, .request, .closed)) {
                try await store.cases.act(code, CaseCommand(.accept), by: centreA, today: Self.d("2021-10-12"))
            }
            await #expect(throws: CaseError.conflict(seen: 3, current: 7)) {
                try await store.cases.act(code, CaseCommand(.comment, note: "补充", version: 3), by: centreA, today: Self.d("2021-10-12"))
            }
            await #expect(throws: CaseError.unknownCase(code)) {
                try await store.cases.act(code, CaseCommand(.comment, note: "补充"), by: reporterB, today: Self.d("2021-10-12"))
            }
            #expect(try await store.cases.record(code, for: reporterB) == nil)
            #expect(try await store.cases.record(code, for: firm2) == nil)
            #expect(try await store.cases.events(of: record) == events, "a refused action writes nothing")
            #expect(try await Self.count(store, "case_events") == 7)

            // The assignment told the lead and the assisting unit; the answer told the enterprise. No webhook set: nothing queued.
            #expect(try await store.cases.notices(for: reporterA1).map(\.kind) == ["assigned"])
            #expect(try await store.cases.notices(for: fgw).map(\.kind) == ["assisting"], "the assisting unit is told it assists, with its own deadline")
            #expect(try await store.cases.notices(for: firm1).map(\.kind) == ["answered"])
            #expect(try await store.cases.deliveries().isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func twoPeopleActingOnTheSameVersionCannotBothWin(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await fixture(store)
            let day = Self.d("2021-09-30")
            let (centre, firm) = (centreA, firm1)
            for round in 0..<4 {
                let raised = try await store.cases.raise(Self.request("第\(round)件"), by: firm, today: day)
                let code = raised.code
                var seen = raised.version
                let commands: [CaseCommand]
                switch round {
                case 0, 1:
                    // both saw the accepted case: the same move twice, or two different ones
                    seen = try await store.cases.act(code, CaseCommand(.accept, version: raised.version), by: centre, today: day).version
                    commands = round == 0
                        ? [CaseCommand(.assign, lead: .org("a1"), version: seen), CaseCommand(.assign, lead: .org("b"), version: seen)]
                        : [CaseCommand(.assign, lead: .org("a1"), version: seen), CaseCommand(.urge, note: "请尽快分派", version: seen)]
                default:
                    // no version given: the second finds the state moved on
                    commands = [CaseCommand(.accept), CaseCommand(.return, note: "不属于受理范围")]
                }
                let before = try await Self.count(store, "case_events")
                let outcomes = await withTaskGroup(of: Outcome.self) { group in
                    for command in commands {
                        group.addTask {
                            do {
                                return .done(try await store.cases.act(code, command, by: centre, today: day))
                            } catch let error as CaseError {
                                return .refused(error)
                            } catch {
                                return .failed("\(error)")
                            }
                        }
                    }
                    var all: [Outcome] = []
                    for await outcome in group { all.append(outcome) }
                    return all
                }
                var won: [CaseRecord] = []
                var lost: [CaseError] = []
                for outcome in outcomes {
                    switch outcome {
                    case .done(let record): won.append(record)
                    case .refused(let error): lost.append(error)
                    case .failed(let error): Issue.record("round \(round): \(error)")
                    }
                }
                #expect(won.count == 1 && lost.count == 1, "round \(round): exactly one wins")
                for error in lost {
                    switch error {
                    case .conflict(let s, let current): #expect(s == seen && current == seen + 1)
                    case .illegal: break
                    default: Issue.record("round \(round): the loser is told \(error)")
                    }
                }
                #expect(try await Self.count(store, "case_events") == before + 1, "round \(round): one new event")
                let stored = try #require(try await store.cases.record(code, for: admin))
                #expect(stored == won.first && stored.version == seen + 1)
                #expect(try await store.cases.events(of: stored).map(\.seq) == Array(1..<(seen + 2)))
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func eachReaderSeesTheirOwnCasesAndTheirFigures(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await fixture(store)
            let day = Self.d("2021-09-30")
            let dept = CaseUnit.department(Self.department)
            // c1: e1's request in town a1 and c2: e2's in county b, both led by the department
            let c1 = try await store.cases.raise(Self.request("甲公司用地"), by: firm1, today: day)
            try await store.cases.act(c1.code, CaseCommand(.accept), by: centreA, today: day)
            try await store.cases.act(c1.code, CaseCommand(.assign, lead: dept), by: centreA, today: day)
            let c2 = try await store.cases.raise(Self.request("乙公司用工", org: "b"), by: firm2, today: day)
            try await store.cases.act(c2.code, CaseCommand(.accept), by: centreB, today: day)
            try await store.cases.act(c2.code, CaseCommand(.assign, lead: dept), by: centreB, today: day)
            // c3: a grid event county a's reporter reported, not yet signed for
            let c3 = try await store.cases.raise(CaseDraft(kind: .grid, type: "safety", title: "消防隐患", detail: "", org: "a"), by: reporterA, today: day)
            // c4, c5: county b's tasks, one handed to town a1, one to the department
            let c4 = try await store.cases.raise(CaseDraft(kind: .task, type: "instruction", title: "批示件", detail: "", org: "b"), by: centreB, today: day)
            // county b's centre may not hand work to another county's town (outside its area): the city may
            await #expect(throws: CaseError.outsideArea("a1")) { try await store.cases.act(c4.code, CaseCommand(.assign, lead: .org("a1")), by: centreB, today: day) }
            try await store.cases.act(c4.code, CaseCommand(.assign, lead: .org("a1")), by: admin, today: day)
            let c5 = try await store.cases.raise(CaseDraft(kind: .task, type: "meeting", title: "会议交办", detail: "", org: "b"), by: centreB, today: day)
            try await store.cases.act(c5.code, CaseCommand(.assign, lead: dept), by: centreB, today: day)
            let (k1, k2, k3, k4, k5) = (c1.code, c2.code, c3.code, c4.code, c5.code)

            var ledgers: [String: Set<String>] = [:]
            for reader in [admin, centreA, reporterA, reporterA1, reporterB, fgw, firm1, firm2] {
                ledgers[reader.login] = Set(try await store.cases.ledger(Self.everything, for: reader, today: day).rows.map(\.code))
            }
            #expect(ledgers["admin"] == [k1, k2, k3, k4, k5])
            #expect(ledgers["ra"] == [k1, k3, k4], "county a: its subtree's cases and what its units work on")
            #expect(ledgers["sa"] == [k1, k3, k4])
            #expect(ledgers["ra1"] == [k1, k4])
            #expect(ledgers["rb"] == [k2, k4, k5])
            #expect(ledgers["fgw"] == [k1, k2, k5], "the department: what it works on")
            #expect(ledgers["qy1"] == [k1] && ledgers["qy2"] == [k2], "an enterprise: its own")
            #expect(try await store.cases.ledger(Self.everything, for: reporterA, today: day).total == 3)
            #expect(try await store.cases.record(k2, for: reporterA) == nil)
            #expect(try await store.cases.record(k1, for: firm2) == nil)
            #expect(try await store.cases.record(k3, for: fgw) == nil)
            #expect(try await store.cases.record(k4, for: reporterA1)?.lead == .org("a1"))
            #expect(try await store.cases.record("R2021-999999", for: admin) == nil)
            await #expect(throws: CaseError.unknownCase(k2)) {
                try await store.cases.act(k2, CaseCommand(.comment, note: "补充"), by: reporterA, today: day)
            }

            // Figures over the reader's cases only: a county sees the department's work on its own cases.
            let from = Self.d("2021-09-01")
            let everyone = try await store.cases.figures(from: from, to: day, for: admin, today: day)
            #expect(Set(everyone.keys) == [dept, .org("a1")] && everyone[dept]?.received == 3 && everyone[.org("a1")]?.received == 1)
            let countyA = try await store.cases.figures(from: from, to: day, for: reporterA, today: day)
            #expect(countyA[dept]?.received == 1 && countyA[dept]?.open == 1 && countyA[.org("a1")]?.received == 1)
            let countyB = try await store.cases.figures(from: from, to: day, for: reporterB, today: day)
            #expect(countyB[dept]?.received == 2 && countyB[.org("a1")]?.received == 1)
            let firm = try await store.cases.figures(from: from, to: day, for: firm1, today: day)
            #expect(Set(firm.keys) == [dept] && firm[dept]?.received == 1)
            for reader in [admin, centreA, reporterA, reporterA1, reporterB, fgw, firm1, firm2] {
                let sql = try await store.cases.figures(from: from, to: day, for: reader, today: day)
                let core = try await Self.coreFigures(store, reader, from: from, to: day, asOf: day)
                #expect(sql == core, "\(reader.login)")
            }

            // An enterprise raises its own requests only: another firm's code gives way to its own; no task.
            let own = try await store.cases.raise(CaseDraft(kind: .request, type: "labour", title: "用工", detail: "", org: "b", enterprise: "e2"), by: firm1, today: day)
            #expect(own.enterprise == "e1" && own.org == "a1")
            await #expect(throws: CaseError.notParty(.raise)) {
                try await store.cases.raise(CaseDraft(kind: .task, type: "other", title: "x", detail: "", org: "a1"), by: firm1, today: day)
            }
        }
    }

    @Test(arguments: TestDatabase.all)
    func figuresAndColoursInSQLAgreeWithTheCore(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await fixture(store)
            let calendar = try await store.cases.calendar()
            var random = SeededGenerator(state: 0xCA5E_0014)
            var days: [Day] = []
            var next = Self.d("2021-09-01")
            while next <= Self.d("2021-10-29") {
                if try calendar.isWorkingDay(next) { days.append(next) }
                next = next.next!
            }
            let september = days.filter { $0.month == 9 }.count
            let kinds: [(CaseKind, [String])] = [(.request, ["land", "labour", "complaint"]), (.task, ["instruction", "meeting"]), (.grid, ["safety", "complex"])]
            let orgs = ["a", "a1", "b"]
            let units: [CaseUnit] = [.org("a"), .org("a1"), .org("b"), .department(Self.department)]
            var raiseOn: [Day: Int] = [:]
            for _ in 0..<60 { raiseOn[days[random.next(september)], default: 0] += 1 }

            // Each working day: the day's new cases, then a random legal action on two open cases in three.
            var open: [String: CaseRecord] = [:]
            var acted = 0
            for today in days {
                for _ in 0..<(raiseOn[today] ?? 0) {
                    let (kind, types) = kinds[random.next(kinds.count)]
                    var due: Day?
                    if kind == .task, random.next(2) == 0 { due = try calendar.add(workingDays: 3 + random.next(15), to: today) }
                    let draft = CaseDraft(kind: kind, type: types[random.next(types.count)], title: "事项\(open.count)", detail: "",
                                          org: orgs[random.next(orgs.count)], urgent: random.next(12) == 0, due: due)
                    let record = try await store.cases.raise(draft, by: admin, today: today)
                    open[record.code] = record
                }
                for code in open.keys.sorted() {
                    guard let record = open[code], random.next(3) > 0 else { continue }
                    let parties = try await store.cases.parties(record, for: admin)
                    let actions = CaseWorkflow.actions(on: record, for: parties).filter { $0 != .comment && $0 != .urge }
                    guard !actions.isEmpty else { continue }
                    var action = actions[random.next(actions.count)]
                    // returns, objections and reopenings rarer than the rest, so that most cases get somewhere
                    if Self.setbacks.contains(action) { action = actions[random.next(actions.count)] }
                    // 改派 (assigning again while it is worked on) as rare as the other setbacks
                    if action == .assign, record.lead != nil { action = actions[random.next(actions.count)] }
                    if action == .assign, record.lead != nil { action = actions[random.next(actions.count)] }
                    let command = Self.randomCommand(action, version: record.version, units: units, random: &random)
                    do {
                        let after = try await store.cases.act(code, command, by: admin, today: today)
                        open[code] = after.state.isFinal ? nil : after
                        acted += 1
                    } catch let error as CaseError {
                        switch error {
                        case .illegal, .notParty, .conflict, .unknownCase, .unknownUnit: Issue.record("\(code) \(action) on \(today): \(error)")
                        default: break  // the machine's own rules: an objection window closed, an extension asked too late…
                        }
                    }
                }
            }
            let last = try #require(days.last)
            let everything = try await store.cases.ledger(Self.everything, for: admin, today: last).rows
            #expect(everything.count == 60 && acted > 150, "\(acted) actions on \(everything.count) cases")
            #expect(Set(everything.map(\.state)).count >= 5, "the cases stand in many states")
            var events: [Int64: [CaseEvent]] = [:]
            for record in everything {
                let list = try await store.cases.events(of: record)
                #expect(list.map(\.seq) == Array(1..<(record.version + 1)), "\(record.code): one event per version")
                events[record.id] = list
            }

            for asOf in ["2021-09-30", "2021-10-15", "2021-10-29"].map(Self.d) {
                for (from, to) in [("2021-09-01", "2021-10-31"), ("2021-10-01", "2021-10-15")].map({ (Self.d($0.0), Self.d($0.1)) }) {
                    for reader in [admin, reporterA, fgw] {
                        let sql = try await store.cases.figures(from: from, to: to, for: reader, today: asOf)
                        let core = try await Self.coreFigures(store, reader, from: from, to: to, asOf: asOf, events: events)
                        #expect(sql == core, "\(reader.login), \(from)…\(to), as of \(asOf)")
                    }
                }
            }

            // The ledger's colour filters, on every third working day: exactly the cases CaseColour.of names.
            var coloured: [CaseColour: Int] = [:]
            for asOf in stride(from: 10, to: days.count, by: 3).map({ days[$0] }) {
                for colour in CaseColour.allCases {
                    var query = Self.everything
                    query.colour = colour
                    let page = try await store.cases.ledger(query, for: admin, today: asOf)
                    let expected = Set(everything.filter { CaseColour.of($0, on: asOf, calendar: calendar) == colour }.map(\.code))
                    #expect(Set(page.rows.map(\.code)) == expected, "\(colour) on \(asOf)")
                    #expect(page.total == expected.count, "\(colour) on \(asOf)")
                    coloured[colour, default: 0] += expected.count
                }
            }
            #expect(coloured.count == 3, "every colour turns up: \(coloured)")

            // Release 019 on events written before it (no lead on ratings and reopenings): it names
            // the case's lead as it stands (what the figures counted them for before), changes
            // nothing else, and the SQL figures still agree with the core's over those events.
            let judged = events.values.joined().filter { $0.action == .rate || $0.action == .reopen }
            #expect(judged.count > 5 && judged.allSatisfy { $0.lead != nil }, "\(judged.count) ratings and reopenings, each naming its lead")
            let (from, to) = (Self.d("2021-09-01"), Self.d("2021-10-31"))
            try await FiguresAtScale().revert(on: store.database)
            try await store.writer.raw("UPDATE case_events SET lead = NULL WHERE action IN ('rate', 'reopen')").run()
            try await FiguresAtScale().prepare(on: store.database)
            for record in everything {
                let after = try await store.cases.events(of: record)
                for (old, new) in zip(events[record.id] ?? [], after) {
                    if old.action == .rate || old.action == .reopen {
                        #expect(new.lead == record.lead && new.seq == old.seq && new.rating == old.rating, "\(record.code) \(new.seq)")
                    } else {
                        #expect(new == old, "\(record.code) \(new.seq): as it was")
                    }
                }
            }
            for reader in [admin, reporterA, fgw] {
                let sql = try await store.cases.figures(from: from, to: to, for: reader, today: last)
                #expect(sql == (try await Self.coreFigures(store, reader, from: from, to: to, asOf: last)), "\(reader.login) after 019")
            }
        }
    }

    static let setbacks: Set<CaseAction> = [.return, .object, .reopen]

    /// A command carrying whatever the action needs, at random: a lead unit and perhaps an assisting
    /// one, a rating, a per cent, the working days asked (sometimes more than allowed).
    private static func randomCommand(_ action: CaseAction, version: Int, units: [CaseUnit], random: inout SeededGenerator) -> CaseCommand {
        let lead = units[random.next(units.count)]
        let other = units[random.next(units.count)]
        let assisting: [CaseUnit] = other == lead || random.next(2) == 0 ? [] : [other]
        return CaseCommand(action, note: "说明", lead: lead, assisting: assisting, rating: Rating.allCases[random.next(Rating.allCases.count)],
                           percent: random.next(101), days: 1 + random.next(12), version: version)
    }

    @Test(arguments: TestDatabase.all)
    func theSweepRemindsUrgesAndEscalatesOnceAndTheWebhookHearsOfEach(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await fixture(store)
            let url = "https://example.invalid/robot?key=1"
            await #expect(throws: (any Error).self) { try await store.cases.setWebhookURL(url, by: reporterA, source: .api) }
            await #expect(throws: ImportFailure.self) { try await store.cases.setWebhookURL("ftp://example.invalid/", by: admin, source: .api) }
            try await store.cases.setWebhookURL(url, by: admin, source: .api)
            #expect(try await store.cases.webhookURL() == url)

            let day = Self.d("2021-09-30")
            let code = try await store.cases.raise(Self.request("物流受阻"), by: firm1, today: day).code
            try await store.cases.act(code, CaseCommand(.accept), by: centreA, today: day)
            let assigned = try await store.cases.act(code, CaseCommand(.assign, lead: .org("a1")), by: centreA, today: day)
            #expect(assigned.due == Self.d("2021-10-15"))

            // 2 working days left on 10-13: nothing; 1 left on 10-14: a reminder for the lead unit, once.
            #expect(try await store.cases.sweep(today: Self.d("2021-10-13")) == 0)
            #expect(try await store.cases.sweep(today: Self.d("2021-10-14")) == 1)
            #expect(try await store.cases.sweep(today: Self.d("2021-10-14")) == 0, "run twice: no duplicate")
            #expect(try await store.cases.sweep(today: Self.d("2021-10-15")) == 0, "the same reminder")
            // Overdue: 催办 the day after; escalation to the case's centre when 5 working days overdue (10-22).
            #expect(try await store.cases.sweep(today: Self.d("2021-10-18")) == 1)
            #expect(try await store.cases.sweep(today: Self.d("2021-10-21")) == 0, "4 working days overdue")
            #expect(try await store.cases.sweep(today: Self.d("2021-10-22")) == 1)
            #expect(try await store.cases.sweep(today: Self.d("2021-10-22")) == 0, "run twice: no duplicate")
            #expect(try await store.cases.sweep(today: Self.d("2021-10-25")) == 0)

            let town = try await store.cases.notices(for: reporterA1)
            #expect(town.map(\.kind) == ["urge", "reminder", "assigned"])
            #expect(town.allSatisfy { $0.caseCode == code && $0.unit == "a1" })
            // dated the day it was made, naming the deadline it is about
            #expect(town.first?.day == Self.d("2021-10-18") && town.first?.textZh.contains("2021-10-15") == true)
            let desk = try await store.cases.notices(for: centreA)
            #expect(desk.map(\.kind) == ["escalation"] && desk.first?.unit == "centre:a1")
            #expect(desk.first?.textZh.contains("5个工作日") == true && desk.first?.textEn.contains("5 working days") == true)
            #expect(try await store.cases.notices(for: reporterB).isEmpty)

            // Waiting for acceptance (due 10-26): the reminder goes to the centre.
            let waiting = try await store.cases.raise(Self.request("用电增容"), by: firm1, today: Self.d("2021-10-22"))
            #expect(waiting.acceptDue == Self.d("2021-10-26"))
            #expect(try await store.cases.sweep(today: Self.d("2021-10-25")) == 1)
            #expect(try await store.cases.notices(for: centreA).map(\.kind) == ["reminder", "escalation"])

            // Each notice queued once for the webhook: the assignment, the reminder, 催办, the escalation, the centre's reminder.
            #expect(try await Self.count(store, "notices") == 5)
            let deliveries = try await store.cases.deliveries()
            #expect(deliveries.count == 5)
            #expect(deliveries.allSatisfy { $0.status == "pending" && $0.attempts == 0 && $0.url == url && $0.payload.contains("\"msgtype\":\"text\"") })
            let noticeIDs = try await store.sql.raw("SELECT id FROM notices").all().map { try $0.decode(column: "id", as: Int64.self) }
            #expect(Set(deliveries.map(\.noticeID)) == Set(noticeIDs))
            let failing = try #require(deliveries.last)
            let succeeding = try #require(deliveries.first)
            #expect(failing.payload.contains(code))

            // Failing 5 times: failed for good, tried again after 30 s in between; delivered once: done.
            let now = Store.now() + 60_000
            #expect(try await store.cases.dueDeliveries(now: now).count == 5)
            for attempt in 1...CasesRepository.maxAttempts {
                try await store.cases.recordAttempt(failing.id, delivered: false, error: "HTTP 500", now: now)
                let after = try await store.cases.deliveries().first(where: { $0.id == failing.id })
                #expect(after?.attempts == attempt && after?.lastError == "HTTP 500", "attempt \(attempt)")
                #expect(after?.status == (attempt < CasesRepository.maxAttempts ? "pending" : "failed"), "attempt \(attempt)")
                if attempt == 1 {
                    #expect(try await store.cases.dueDeliveries(now: now).map(\.id).contains(failing.id) == false)
                    #expect(try await store.cases.dueDeliveries(now: now + 30_000).map(\.id).contains(failing.id))
                }
            }
            try await store.cases.recordAttempt(succeeding.id, delivered: true, error: nil, now: now)
            let delivered = try await store.cases.deliveries().first(where: { $0.id == succeeding.id })
            #expect(delivered?.status == "delivered" && delivered?.attempts == 1 && delivered?.deliveredAt == now)
            let stillDue = try await store.cases.dueDeliveries(now: Int64.max / 2).map(\.id)
            #expect(stillDue.count == 3 && !stillDue.contains(failing.id) && !stillDue.contains(succeeding.id))

            // With the URL removed, new notices are not queued.
            try await store.cases.setWebhookURL(nil, by: admin, source: .api)
            try await store.cases.act(waiting.code, CaseCommand(.accept), by: centreA, today: Self.d("2021-10-25"))
            try await store.cases.act(waiting.code, CaseCommand(.assign, lead: .org("a1")), by: centreA, today: Self.d("2021-10-25"))
            #expect(try await Self.count(store, "notices") == 6)
            #expect(try await store.cases.deliveries().count == 5)
        }
    }
}

/// How one of two racing writers fared.
private enum Outcome: Sendable {
    case done(CaseRecord)
    case refused(CaseError)
    case failed(String)
}

/// A small deterministic generator (a 64-bit LCG), so a failure repeats.
private struct SeededGenerator {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(max(1, bound)))
    }
}
