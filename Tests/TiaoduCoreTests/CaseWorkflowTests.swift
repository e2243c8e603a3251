// The case engine (issue #14, WORKFLOWS.md) held against what is written out here by hand: the
// transition table — every (kind, state, action) the workflow allows and where it leads, everything
// else refused as illegal with a sentence in both languages — and who may take each action; the
// machine's deadlines on the official calendar around National Day 2021 (10-01…10-07 off, 09-26 and
// 10-09 worked), objections, extensions, answers, ratings, reopening, grid checks, task progress
// and stale versions; the three colours by hand and on 300 random tasks against their direct
// definition; the figures and the league by hand.
import Testing
@testable import TiaoduCore

@Suite struct CaseWorkflowTests {
    static let calendar = WorkingCalendar.official
    static let department = "区发改委"

    static func d(_ text: String) -> Day { Day(text)! }
    static func day(_ ordinal: Int) -> Day { Day(millisecondsSince1970: Int64(ordinal) * 86_400_000) }

    // MARK: the table, by hand

    typealias Moves = [CaseAction: CaseState]

    /// 企业吹哨: raised → accepted or returned → assigned (again: 改派) → in progress → answered → rated: closed.
    static let request: [CaseState: Moves] = [
        .raised: [.accept: .accepted, .return: .returned, .comment: .raised, .urge: .raised],
        .accepted: [.assign: .assigned, .comment: .accepted, .urge: .accepted],
        .assigned: [.assign: .assigned, .signFor: .inProgress, .object: .accepted, .askExtension: .assigned, .grantExtension: .assigned, .refuseExtension: .assigned,
                    .assistReport: .assigned, .comment: .assigned, .urge: .assigned],
        .inProgress: [.assign: .assigned, .object: .accepted, .askExtension: .inProgress, .grantExtension: .inProgress, .refuseExtension: .inProgress,
                      .assistReport: .inProgress, .progress: .inProgress, .answer: .answered, .comment: .inProgress, .urge: .inProgress],
        .answered: [.rate: .closed, .reopen: .inProgress, .close: .closed, .comment: .answered],
    ]
    /// 督办: registered → handed out → tracked → reported back → archived; an objection goes back to the register.
    static let task: [CaseState: Moves] = [
        .raised: [.assign: .assigned, .comment: .raised, .urge: .raised],
        .assigned: [.assign: .assigned, .signFor: .inProgress, .object: .raised, .askExtension: .assigned, .grantExtension: .assigned, .refuseExtension: .assigned,
                    .assistReport: .assigned, .comment: .assigned, .urge: .assigned],
        .inProgress: [.assign: .assigned, .object: .raised, .askExtension: .inProgress, .grantExtension: .inProgress, .refuseExtension: .inProgress,
                      .assistReport: .inProgress, .progress: .inProgress, .answer: .answered, .comment: .inProgress, .urge: .inProgress],
        .answered: [.reopen: .inProgress, .close: .closed, .comment: .answered],
    ]
    /// 网格事件: reported → signed for (or returned) → dispatched → handled → feedback → verified → closed.
    static let grid: [CaseState: Moves] = [
        .raised: [.accept: .accepted, .return: .returned, .comment: .raised, .urge: .raised],
        .accepted: [.assign: .assigned, .comment: .accepted, .urge: .accepted],
        .assigned: [.assign: .assigned, .signFor: .inProgress, .object: .accepted, .askExtension: .assigned, .grantExtension: .assigned, .refuseExtension: .assigned,
                    .assistReport: .assigned, .comment: .assigned, .urge: .assigned],
        .inProgress: [.assign: .assigned, .object: .accepted, .askExtension: .inProgress, .grantExtension: .inProgress, .refuseExtension: .inProgress,
                      .assistReport: .inProgress, .progress: .inProgress, .answer: .answered, .comment: .inProgress, .urge: .inProgress],
        .answered: [.verify: .verified, .reopen: .inProgress, .comment: .answered],
        .verified: [.reopen: .inProgress, .close: .closed, .comment: .verified],
    ]
    /// 项目问题: raised with its solver → being solved → solved; the project's owner (its centre) may
    /// confirm it solved while the solver still works on it.
    static let blocker: [CaseState: Moves] = [
        .raised: [.assign: .assigned, .comment: .raised, .urge: .raised],
        .assigned: [.assign: .assigned, .signFor: .inProgress, .object: .raised, .askExtension: .assigned, .grantExtension: .assigned, .refuseExtension: .assigned,
                    .assistReport: .assigned, .close: .closed, .comment: .assigned, .urge: .assigned],
        .inProgress: [.assign: .assigned, .object: .raised, .askExtension: .inProgress, .grantExtension: .inProgress, .refuseExtension: .inProgress,
                      .assistReport: .inProgress, .progress: .inProgress, .answer: .answered, .close: .closed, .comment: .inProgress, .urge: .inProgress],
        .answered: [.reopen: .inProgress, .close: .closed, .comment: .answered],
    ]
    static let table: [CaseKind: [CaseState: Moves]] = [.request: request, .task: task, .grid: grid, .blocker: blocker]

    /// Who may take each action (CaseAction.swift): the centre decides, the lead unit works, an
    /// assisting unit reports to it, the raiser (or the centre for it) rates; anyone comments.
    static let mayTake: [CaseAction: Set<CaseParty>] = [
        .raise: [.raiser, .centre],
        .accept: [.centre], .return: [.centre], .assign: [.centre], .grantExtension: [.centre], .refuseExtension: [.centre],
        .verify: [.centre], .reopen: [.centre], .close: [.centre], .urge: [.centre],
        .signFor: [.lead], .object: [.lead], .askExtension: [.lead], .progress: [.lead], .answer: [.lead],
        .assistReport: [.assisting],
        .rate: [.raiser, .centre],
        .comment: [.centre, .lead, .assisting, .raiser],
    ]

    /// The first kind and state (in declaration order) where the table allows `action`.
    static func legalPlace(_ action: CaseAction) -> (CaseKind, CaseState)? {
        for kind in CaseKind.allCases {
            for state in CaseState.allCases where table[kind]?[state]?[action] != nil { return (kind, state) }
        }
        return nil
    }

    // MARK: helpers

    static let centre = CaseActor(login: "sa", unit: "a", parties: [.centre])
    static let lead = CaseActor(login: "ra1", unit: "a1", parties: [.lead])
    static let assisting = CaseActor(login: "fgw", unit: "dept:区发改委", parties: [.assisting])
    static let raiser = CaseActor(login: "qy1", unit: "enterprise:e1", parties: [.raiser])
    static let everyone = CaseActor(login: "all", unit: "dept:区发改委", parties: Set(CaseParty.allCases))

    /// A case of `kind` standing in `state`; from the assignment on, assigned on 2021-09-30 to a1
    /// with the department assisting, due 10-15.
    static func standing(_ kind: CaseKind, _ state: CaseState) -> CaseRecord {
        var record = CaseRecord(id: 1, code: "X2021-000001", kind: kind, type: "other", title: "t", detail: "", org: "a1",
                                raisedBy: "qy1", raised: d("2021-09-30"), state: state)
        record.version = 3
        let assignedOrLater: Set<CaseState> = [.assigned, .inProgress, .answered, .verified, .closed]
        if assignedOrLater.contains(state) {
            record.lead = .org("a1")
            record.assisting = [.department(department)]
            record.assigned = d("2021-09-30")
            record.due = d("2021-10-15")
        }
        return record
    }

    /// A command carrying whatever any action needs.
    static func full(_ action: CaseAction, version: Int? = nil) -> CaseCommand {
        CaseCommand(action, note: "说明", lead: .org("b"), rating: .satisfied, percent: 50, days: 2, version: version)
    }

    static func hasChinese(_ text: String) -> Bool { text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    func apply(_ command: CaseCommand, _ record: CaseRecord, by actor: CaseActor, on day: String,
               limits: CaseLimits = .standard) throws(CaseError) -> (CaseRecord, CaseEvent) {
        try CaseMachine(calendar: Self.calendar, limits: limits).apply(command, to: record, by: actor, today: Self.d(day), at: 0)
    }

    func step(_ record: CaseRecord, _ command: CaseCommand, by actor: CaseActor, on day: String, limits: CaseLimits = .standard) throws(CaseError) -> CaseRecord {
        try apply(command, record, by: actor, on: day, limits: limits).0
    }

    /// Why the machine refuses the command (nil: it does not).
    func refused(_ command: CaseCommand, _ record: CaseRecord, by actor: CaseActor, on day: String, limits: CaseLimits = .standard) -> CaseError? {
        do { _ = try apply(command, record, by: actor, on: day, limits: limits) } catch { return error }
        return nil
    }

    func raise(_ draft: CaseDraft, on day: String, by actor: CaseActor = Self.raiser, limits: CaseLimits = .standard) throws(CaseError) -> (CaseRecord, CaseEvent) {
        try CaseMachine(calendar: Self.calendar, limits: limits).raise(draft, id: 7, code: "R2021-000007", by: actor, today: Self.d(day), at: 0)
    }

    static func requestDraft(urgent: Bool = false) -> CaseDraft {
        CaseDraft(kind: .request, type: "land", title: " 用地指标 ", detail: "新增用地指标", org: "a1", enterprise: "e1", urgent: urgent)
    }

    /// A request raised, accepted and assigned on 2021-09-30 to a1 with the department assisting.
    func assignedRequest(urgent: Bool = false) throws(CaseError) -> CaseRecord {
        let raised = try raise(Self.requestDraft(urgent: urgent), on: "2021-09-30").0
        let accepted = try step(raised, CaseCommand(.accept), by: Self.centre, on: "2021-09-30")
        return try step(accepted, CaseCommand(.assign, lead: .org("a1"), assisting: [.department(Self.department)]), by: Self.centre, on: "2021-09-30")
    }

    // MARK: the table

    @Test func theTransitionsAreTheTableWrittenHere() {
        for kind in CaseKind.allCases {
            for state in CaseState.allCases {
                for action in CaseAction.allCases {
                    #expect(CaseWorkflow.next(kind, state, action) == Self.table[kind]?[state]?[action], "\(kind) \(state) \(action)")
                }
            }
        }
    }

    @Test func everyStateAKindReachesIsOneOfItsStates() {
        for (kind, states) in Self.table {
            for (state, moves) in states {
                #expect(kind.states.contains(state), "\(kind) acts in \(state)")
                for to in moves.values { #expect(kind.states.contains(to), "\(kind) reaches \(to) from \(state)") }
            }
        }
        // Nothing happens to a returned or closed case.
        for kind in CaseKind.allCases {
            for action in CaseAction.allCases {
                #expect(CaseWorkflow.next(kind, .returned, action) == nil && CaseWorkflow.next(kind, .closed, action) == nil)
            }
        }
    }

    @Test func everyMoveOfTheTableIsMadeByTheMachine() {
        for (kind, states) in Self.table {
            for (state, moves) in states {
                for (action, to) in moves {
                    var record = Self.standing(kind, state)
                    if action == .grantExtension || action == .refuseExtension { record.extensionAsked = 2 }
                    do {
                        let (after, event) = try apply(Self.full(action, version: record.version), record, by: Self.everyone, on: "2021-09-30")
                        #expect(after.state == to && after.version == record.version + 1, "\(kind) \(state) \(action)")
                        #expect(event.action == action && event.from == state && event.to == to && event.seq == record.version + 1 && event.day == Self.d("2021-09-30"))
                        #expect(after.closed == (to == .closed ? Self.d("2021-09-30") : nil), "\(kind) \(state) \(action)")
                    } catch {
                        Issue.record("\(kind) \(state) \(action) refused: \(error)")
                    }
                }
            }
        }
    }

    @Test func everythingElseIsRefusedAsIllegalInBothLanguages() {
        var refusals = 0
        for kind in CaseKind.allCases {
            for state in CaseState.allCases {
                for action in CaseAction.allCases where Self.table[kind]?[state]?[action] == nil {
                    var record = Self.standing(kind, state)
                    record.extensionAsked = 2
                    #expect(refused(Self.full(action), record, by: Self.everyone, on: "2021-09-30") == .illegal(action, kind, state), "\(kind) \(state) \(action)")
                    let error = CaseError.illegal(action, kind, state)
                    let (zh, en) = (error.message(.zh), error.message(.en))
                    #expect(Self.hasChinese(zh), "\(zh)")
                    #expect(!Self.hasChinese(en) && zh != en, "\(en)")
                    #expect(!zh.contains("%") && !en.contains("%") && !en.contains("$@"), "every placeholder filled: \(zh) / \(en)")
                    refusals += 1
                }
            }
        }
        let legal = Self.table.values.flatMap(\.values).map(\.count).reduce(0, +)
        #expect(refusals == CaseKind.allCases.count * CaseState.allCases.count * CaseAction.allCases.count - legal)
        #expect(legal == 30 + 25 + 32 + 27, "request, task, grid, blocker")
    }

    @Test func onlyThePartiesNamedMayTakeEachAction() throws {
        for action in CaseAction.allCases {
            let parties = try #require(Self.mayTake[action])
            #expect(CaseWorkflow.parties(action) == parties, "\(action)")
            let (zh, en) = (CaseError.notParty(action).message(.zh), CaseError.notParty(action).message(.en))
            #expect(Self.hasChinese(zh) && !Self.hasChinese(en) && zh != en && !zh.contains("%") && !en.contains("%"), "\(zh) / \(en)")
            guard action != .raise else { continue }
            let (kind, state) = try #require(Self.legalPlace(action))
            var record = Self.standing(kind, state)
            if action == .grantExtension || action == .refuseExtension { record.extensionAsked = 2 }
            let others = CaseActor(login: "x", unit: "b", parties: Set(CaseParty.allCases).subtracting(parties))
            #expect(refused(Self.full(action), record, by: others, on: "2021-09-30") == .notParty(action), "\(action) by \(others.parties)")
            for party in parties {
                let actor = CaseActor(login: "x", unit: "dept:区发改委", parties: [party])
                #expect(refused(Self.full(action), record, by: actor, on: "2021-09-30") == nil, "\(action) by \(party)")
            }
        }
        // In a real case: the centre cannot sign for it, the lead unit cannot accept or close it,
        // an assisting unit cannot answer, the enterprise cannot urge.
        let assigned = try assignedRequest()
        #expect(refused(CaseCommand(.signFor), assigned, by: Self.centre, on: "2021-10-08") == .notParty(.signFor))
        let signed = try step(assigned, CaseCommand(.signFor), by: Self.lead, on: "2021-10-08")
        #expect(refused(CaseCommand(.answer, note: "已办"), signed, by: Self.assisting, on: "2021-10-08") == .notParty(.answer))
        #expect(refused(CaseCommand(.urge, note: "快"), assigned, by: Self.raiser, on: "2021-10-08") == .notParty(.urge))
        #expect(refused(CaseCommand(.assistReport, note: "已配合"), assigned, by: Self.lead, on: "2021-10-08") == .notParty(.assistReport))
        let raised = try raise(Self.requestDraft(), on: "2021-09-30").0
        #expect(refused(CaseCommand(.accept), raised, by: Self.lead, on: "2021-09-30") == .notParty(.accept))
        #expect(refused(CaseCommand(.comment, note: "补充"), raised, by: CaseActor(login: "x", unit: "b", parties: []), on: "2021-09-30") == .notParty(.comment))
    }

    // MARK: the machine's rules on the official calendar

    @Test func deadlinesCountWorkingDaysAcrossNationalDay() throws {
        // By hand: 10-01…10-07 are off; after 09-30 (Thursday) the working days are 10-08 (Fri) 1st,
        // 10-09 (Sat, 调休) 2nd, 10-11…10-15 (Mon–Fri) 3rd…7th.
        #expect(WorkingCalendar.isWeekend(Self.d("2021-10-09")))
        #expect(try Self.calendar.isWorkingDay(Self.d("2021-10-09")))
        #expect(try !Self.calendar.isWorkingDay(Self.d("2021-10-04")))

        let (raised, first) = try raise(Self.requestDraft(), on: "2021-09-30")
        #expect(raised.state == .raised && raised.version == 1 && raised.title == "用地指标" && raised.raisedBy == "qy1")
        #expect(raised.acceptDue == Self.d("2021-10-09") && raised.clockDue == Self.d("2021-10-09"), "2 working days to accept: the Saturday worked")
        #expect(first.seq == 1 && first.action == .raise && first.from == nil && first.to == .raised && first.day == Self.d("2021-09-30") && first.note == "新增用地指标")

        let accepted = try step(raised, CaseCommand(.accept), by: Self.centre, on: "2021-09-30")
        #expect(accepted.state == .accepted && accepted.clockDue == Self.d("2021-10-09"))
        let (assigned, event) = try apply(CaseCommand(.assign, lead: .org("a1"), assisting: [.department(Self.department)]), accepted, by: Self.centre, on: "2021-09-30")
        #expect(assigned.state == .assigned && assigned.assigned == Self.d("2021-09-30") && assigned.lead == .org("a1"))
        #expect(assigned.signDue == Self.d("2021-10-08"), "1 working day to sign for it")
        #expect(assigned.assistDue == Self.d("2021-10-11"), "3 working days for the assisting unit")
        #expect(assigned.due == Self.d("2021-10-15") && assigned.clockDue == Self.d("2021-10-15"), "7 working days to answer")
        #expect(event.lead == .org("a1") && event.assisting == [.department(Self.department)] && event.due == Self.d("2021-10-15") && event.seq == 3)

        // Assigned on the Sunday worked before (09-26, 调休): 09-27 is the 1st working day, 10-08 the 5th.
        let early = try raise(Self.requestDraft(), on: "2021-09-26").0
        #expect(early.acceptDue == Self.d("2021-09-28"))
        let earlyAccepted = try step(early, CaseCommand(.accept), by: Self.centre, on: "2021-09-26")
        let earlyAssigned = try step(earlyAccepted, CaseCommand(.assign, lead: .org("a1"), assisting: [.org("b")]), by: Self.centre, on: "2021-09-26")
        #expect(earlyAssigned.signDue == Self.d("2021-09-27") && earlyAssigned.assistDue == Self.d("2021-09-29") && earlyAssigned.due == Self.d("2021-10-11"))

        // Urgent: every step the same day.
        let urgent = try raise(Self.requestDraft(urgent: true), on: "2021-09-30").0
        #expect(urgent.acceptDue == Self.d("2021-09-30"))
        let urgentAssigned = try assignedRequest(urgent: true)
        #expect(urgentAssigned.signDue == Self.d("2021-09-30") && urgentAssigned.assistDue == Self.d("2021-09-30") && urgentAssigned.due == Self.d("2021-09-30"))
        #expect(CaseColour.of(urgentAssigned, on: Self.d("2021-10-08"), calendar: Self.calendar) == .red)

        // The type's limits: complaints 13 working days, complex grid matters 10.
        let complaint = CaseType.defaults.first(where: { $0.kind == .request && $0.code == "complaint" })?.limits ?? .standard
        #expect(complaint.answer == 13)
        #expect(try step(accepted, CaseCommand(.assign, lead: .org("a1")), by: Self.centre, on: "2021-09-30", limits: complaint).due == Self.d("2021-10-25"))
        let complex = CaseType.defaults.first(where: { $0.kind == .grid && $0.code == "complex" })?.limits ?? .standard
        #expect(complex.answer == 10)
        #expect(try step(accepted, CaseCommand(.assign, lead: .org("a1")), by: Self.centre, on: "2021-09-30", limits: complex).due == Self.d("2021-10-20"))

        // An explicit deadline, not before today; a lead unit is needed and cannot also assist.
        #expect(try step(accepted, CaseCommand(.assign, lead: .org("a1"), due: Self.d("2021-10-29")), by: Self.centre, on: "2021-09-30").due == Self.d("2021-10-29"))
        #expect(refused(CaseCommand(.assign, lead: .org("a1"), due: Self.d("2021-09-29")), accepted, by: Self.centre, on: "2021-09-30") == .dueBeforeToday(Self.d("2021-09-29")))
        #expect(refused(CaseCommand(.assign), accepted, by: Self.centre, on: "2021-09-30") == .required(field: "lead"))
        #expect(refused(CaseCommand(.assign, lead: .org("a1"), assisting: [.org("a1")]), accepted, by: Self.centre, on: "2021-09-30") == .leadAssisting("a1"))
        #expect(refused(CaseCommand(.return), raised, by: Self.centre, on: "2021-09-30") == .required(field: "note"))
        let returned = try step(raised, CaseCommand(.return, note: "不属于受理范围"), by: Self.centre, on: "2021-09-30")
        #expect(returned.state == .returned && returned.clockDue == nil && CaseColour.of(returned, on: Self.d("2021-12-01"), calendar: Self.calendar) == nil)

        // A task registered with its deadline keeps it when handed out.
        let taskDraft = CaseDraft(kind: .task, type: "instruction", title: "整改", detail: "", org: "a", due: Self.d("2021-10-29"))
        let registrar = CaseActor(login: "sa", unit: "a", parties: [.raiser, .centre])
        let task = try raise(taskDraft, on: "2021-09-30", by: registrar).0
        #expect(task.acceptDue == nil && task.due == Self.d("2021-10-29") && task.clockDue == Self.d("2021-10-29"))
        #expect(try step(task, CaseCommand(.assign, lead: .org("a1")), by: registrar, on: "2021-09-30").due == Self.d("2021-10-29"))
        var late = taskDraft
        late.due = Self.d("2021-09-29")
        #expect(throws: CaseError.dueBeforeToday(Self.d("2021-09-29"))) { try raise(late, on: "2021-09-30", by: registrar) }
    }

    @Test func anObjectionIsMadeWithinOneWorkingDayAndSettledByReassignment() throws {
        let assigned = try assignedRequest()
        #expect(refused(CaseCommand(.object), assigned, by: Self.lead, on: "2021-10-08") == .required(field: "note"))
        // The holiday does not count: still the same working day on 10-05; 10-08 is the 1st, 10-09 the 2nd.
        #expect(refused(CaseCommand(.object, note: "非本单位职责"), assigned, by: Self.lead, on: "2021-10-05") == nil)
        #expect(refused(CaseCommand(.object, note: "非本单位职责"), assigned, by: Self.lead, on: "2021-10-09")
                == .objectionClosed(assigned: Self.d("2021-09-30"), limit: 1))
        let objected = try step(assigned, CaseCommand(.object, note: "非本单位职责"), by: Self.lead, on: "2021-10-08")
        #expect(objected.state == .accepted && objected.lead == nil && objected.assisting.isEmpty && objected.signDue == nil && objected.assistDue == nil)
        // Signed for, then objected: the same window.
        let signed = try step(assigned, CaseCommand(.signFor), by: Self.lead, on: "2021-10-08")
        #expect(signed.state == .inProgress)
        #expect(refused(CaseCommand(.object, note: "x"), signed, by: Self.lead, on: "2021-10-08") == nil)
        #expect(refused(CaseCommand(.object, note: "x"), signed, by: Self.lead, on: "2021-10-11") == .objectionClosed(assigned: Self.d("2021-09-30"), limit: 1))
        // Re-assignment counts from its own day: 10-09 is the 1st working day after 10-08, 10-18 the 7th.
        let again = try step(objected, CaseCommand(.assign, lead: .org("b")), by: Self.centre, on: "2021-10-08")
        #expect(again.state == .assigned && again.lead == .org("b") && again.assigned == Self.d("2021-10-08"))
        #expect(again.signDue == Self.d("2021-10-09") && again.due == Self.d("2021-10-18") && again.assistDue == nil)
        // A task objected to goes back to its register.
        let registrar = CaseActor(login: "sa", unit: "a", parties: [.raiser, .centre])
        let task = try raise(CaseDraft(kind: .task, type: "other", title: "督办", detail: "", org: "a"), on: "2021-09-30", by: registrar).0
        let handed = try step(task, CaseCommand(.assign, lead: .org("a1")), by: registrar, on: "2021-09-30")
        #expect(try step(handed, CaseCommand(.object, note: "应由乙县办理"), by: Self.lead, on: "2021-10-08").state == .raised)
    }

    @Test func anExtensionIsAskedInTimeOnceAndDecidedByTheCentre() throws {
        let signed = try step(try assignedRequest(), CaseCommand(.signFor), by: Self.lead, on: "2021-10-08")
        #expect(signed.due == Self.d("2021-10-15"))
        let ask = CaseCommand(.askExtension, note: "需协调用地指标", days: 3)
        // Less than 1 working day before the deadline: too late (on it, and after it).
        #expect(refused(ask, signed, by: Self.lead, on: "2021-10-15") == .extensionTooLate(due: Self.d("2021-10-15"), notice: 1))
        #expect(refused(ask, signed, by: Self.lead, on: "2021-10-16") == .extensionTooLate(due: Self.d("2021-10-15"), notice: 1))
        #expect(refused(ask, signed, by: Self.lead, on: "2021-10-14", limits: CaseLimits(extensionNotice: 2)) == .extensionTooLate(due: Self.d("2021-10-15"), notice: 2))
        // Too long, none, no reason.
        #expect(refused(CaseCommand(.askExtension, note: "x", days: 11), signed, by: Self.lead, on: "2021-10-11") == .extensionTooLong(asked: 11, max: 10))
        #expect(refused(CaseCommand(.askExtension, note: "x", days: 10), signed, by: Self.lead, on: "2021-10-11") == nil)
        #expect(refused(CaseCommand(.askExtension, note: "x", days: 0), signed, by: Self.lead, on: "2021-10-11") == .required(field: "days"))
        #expect(refused(CaseCommand(.askExtension, note: "x"), signed, by: Self.lead, on: "2021-10-11") == .required(field: "days"))
        #expect(refused(CaseCommand(.askExtension, days: 3), signed, by: Self.lead, on: "2021-10-11") == .required(field: "note"))
        // Nothing asked: nothing to decide.
        #expect(refused(CaseCommand(.grantExtension), signed, by: Self.centre, on: "2021-10-14") == .extensionNotAsked)
        #expect(refused(CaseCommand(.refuseExtension, note: "理由不足"), signed, by: Self.centre, on: "2021-10-14") == .extensionNotAsked)

        // Asked on 10-14, 1 working day before: pending until the centre decides.
        let (asked, askedEvent) = try apply(ask, signed, by: Self.lead, on: "2021-10-14")
        #expect(asked.extensionAsked == 3 && asked.due == Self.d("2021-10-15") && asked.state == .inProgress && askedEvent.days == 3)
        #expect(refused(ask, asked, by: Self.lead, on: "2021-10-14") == .extensionPending)
        #expect(CaseWorkflow.actions(on: asked, for: [.centre]).contains(.grantExtension))
        #expect(!CaseWorkflow.actions(on: asked, for: [.lead]).contains(.askExtension))
        // Refused: a reason is needed; the deadline stays.
        #expect(refused(CaseCommand(.refuseExtension), asked, by: Self.centre, on: "2021-10-14") == .required(field: "note"))
        let refusedOne = try step(asked, CaseCommand(.refuseExtension, note: "理由不足"), by: Self.centre, on: "2021-10-14")
        #expect(refusedOne.extensionAsked == nil && refusedOne.extensions == 0 && refusedOne.due == Self.d("2021-10-15"))
        // Granted: the deadline moves by 3 working days (10-18, 10-19, 10-20).
        let (granted, grantEvent) = try apply(CaseCommand(.grantExtension), asked, by: Self.centre, on: "2021-10-14")
        #expect(granted.due == Self.d("2021-10-20") && granted.clockDue == Self.d("2021-10-20") && granted.extensionAsked == nil && granted.extensions == 1)
        #expect(grantEvent.days == 3 && grantEvent.due == Self.d("2021-10-20"))
        // Once only.
        #expect(refused(ask, granted, by: Self.lead, on: "2021-10-15") == .extensionUsed)
        #expect(!CaseWorkflow.actions(on: granted, for: [.lead]).contains(.askExtension))
    }

    @Test func theAnswerIsOnTimeOrLateAndTheRatingClosesOrReopensIt() throws {
        let signed = try step(try assignedRequest(), CaseCommand(.signFor), by: Self.lead, on: "2021-10-08")
        #expect(refused(CaseCommand(.answer), signed, by: Self.lead, on: "2021-10-15") == .required(field: "note"))
        let answered = try step(signed, CaseCommand(.answer, note: "已协调解决"), by: Self.lead, on: "2021-10-15")
        #expect(answered.state == .answered && answered.answered == Self.d("2021-10-15") && answered.onTime == true && answered.workDays == 7)
        #expect(answered.clockDue == nil && CaseColour.of(answered, on: Self.d("2021-11-30"), calendar: Self.calendar) == nil, "the rating is not the unit's delay")
        let late = try step(signed, CaseCommand(.answer, note: "已协调解决"), by: Self.lead, on: "2021-10-18")
        #expect(late.onTime == false && late.workDays == 8)

        // The rating: needed; 满意 and 基本满意 close it; the lead unit does not rate itself.
        #expect(refused(CaseCommand(.rate), answered, by: Self.raiser, on: "2021-10-18") == .required(field: "rating"))
        #expect(refused(CaseCommand(.rate, rating: .satisfied), answered, by: Self.lead, on: "2021-10-18") == .notParty(.rate))
        let (closed, rateEvent) = try apply(CaseCommand(.rate, rating: .satisfied), answered, by: Self.raiser, on: "2021-10-18")
        #expect(closed.state == .closed && closed.closed == Self.d("2021-10-18") && closed.rating == .satisfied && closed.rated == Self.d("2021-10-18"))
        #expect(rateEvent.rating == .satisfied && rateEvent.to == .closed)
        #expect(try step(answered, CaseCommand(.rate, rating: .basicallySatisfied), by: Self.centre, on: "2021-10-18").state == .closed)

        // 不满意 needs the reason; the case stays answered, yellow, for the centre to decide.
        #expect(refused(CaseCommand(.rate, rating: .dissatisfied), answered, by: Self.raiser, on: "2021-10-18") == .required(field: "note"))
        let poor = try step(answered, CaseCommand(.rate, note: "问题未解决", rating: .dissatisfied), by: Self.raiser, on: "2021-10-18")
        #expect(poor.state == .answered && poor.rating == .dissatisfied && poor.closed == nil)
        #expect(CaseColour.of(poor, on: Self.d("2021-10-18"), calendar: Self.calendar) == .yellow)
        #expect(!CaseWorkflow.actions(on: poor, for: [.raiser]).contains(.rate), "rated once until reopened")
        #expect(CaseWorkflow.actions(on: poor, for: [.centre]).contains(.reopen))
        #expect(refused(CaseCommand(.close), poor, by: Self.centre, on: "2021-10-19") == .required(field: "note"))
        #expect(refused(CaseCommand(.reopen), poor, by: Self.centre, on: "2021-10-19") == .required(field: "note"))

        // 重办: in progress again with a new deadline from the day (10-20…10-28: 7 working days), yellow throughout.
        let (reopened, reopenEvent) = try apply(CaseCommand(.reopen, note: "请重新办理"), poor, by: Self.centre, on: "2021-10-19")
        #expect(reopened.state == .inProgress && reopened.reopened == 1 && reopened.due == Self.d("2021-10-28") && reopenEvent.due == Self.d("2021-10-28"))
        #expect(reopened.rating == nil && reopened.rated == nil && reopened.answered == nil && reopened.onTime == nil && reopened.workDays == nil)
        #expect(CaseColour.of(reopened, on: Self.d("2021-10-20"), calendar: Self.calendar) == .yellow)
        #expect(CaseColour.of(reopened, on: Self.d("2021-10-29"), calendar: Self.calendar) == .red)
        // Answered again by the new deadline: working days counted from the first assignment (2 + 5 + 5 + 3).
        let second = try step(reopened, CaseCommand(.answer, note: "已重新办理"), by: Self.lead, on: "2021-10-27")
        #expect(second.onTime == true && second.workDays == 15)
        let done = try step(second, CaseCommand(.rate, rating: .satisfied), by: Self.raiser, on: "2021-10-28")
        #expect(done.state == .closed && done.reopened == 1 && done.closed == Self.d("2021-10-28"))
        #expect(refused(CaseCommand(.comment, note: "谢谢"), done, by: Self.raiser, on: "2021-10-28") == .illegal(.comment, .request, .closed))
    }

    @Test func aGridEventIsVerifiedBeforeItCloses() throws {
        let member = CaseActor(login: "wg1", unit: "a1", parties: [.raiser])
        let draft = CaseDraft(kind: .grid, type: "safety", title: "消防通道堵塞", detail: "", org: "a1")
        let reported = try raise(draft, on: "2021-09-30", by: member).0
        #expect(reported.acceptDue == Self.d("2021-10-09"))
        let signedFor = try step(reported, CaseCommand(.accept), by: Self.centre, on: "2021-09-30")
        let dispatched = try step(signedFor, CaseCommand(.assign, lead: .org("a1")), by: Self.centre, on: "2021-09-30")
        #expect(dispatched.due == Self.d("2021-10-15"))
        let handling = try step(dispatched, CaseCommand(.signFor), by: Self.lead, on: "2021-10-08")
        let handled = try step(handling, CaseCommand(.answer, note: "已清理"), by: Self.lead, on: "2021-10-11")
        #expect(handled.onTime == true && handled.workDays == 3)
        #expect(refused(CaseCommand(.close, note: "x"), handled, by: Self.centre, on: "2021-10-12") == .illegal(.close, .grid, .answered))
        #expect(refused(CaseCommand(.rate, rating: .satisfied), handled, by: Self.centre, on: "2021-10-12") == .illegal(.rate, .grid, .answered))
        #expect(refused(CaseCommand(.verify), handled, by: Self.lead, on: "2021-10-12") == .notParty(.verify))
        let verified = try step(handled, CaseCommand(.verify, note: "现场核查通过"), by: Self.centre, on: "2021-10-12")
        #expect(verified.state == .verified && CaseColour.of(verified, on: Self.d("2021-10-29"), calendar: Self.calendar) == nil)
        let closed = try step(verified, CaseCommand(.close, note: "结案"), by: Self.centre, on: "2021-10-12")
        #expect(closed.state == .closed && closed.closed == Self.d("2021-10-12") && closed.onTime == true)
    }

    @Test func aTaskReportsItsProgressInPerCent() throws {
        let registrar = CaseActor(login: "sa", unit: "a", parties: [.raiser, .centre])
        let task = try raise(CaseDraft(kind: .task, type: "instruction", title: "批示件", detail: "", org: "a", due: Self.d("2021-10-29")), on: "2021-09-30", by: registrar).0
        let handed = try step(task, CaseCommand(.assign, lead: .org("a1")), by: registrar, on: "2021-09-30")
        #expect(refused(CaseCommand(.progress, percent: 10), handed, by: Self.lead, on: "2021-10-08") == .illegal(.progress, .task, .assigned))
        let tracked = try step(handed, CaseCommand(.signFor), by: Self.lead, on: "2021-10-08")
        #expect(refused(CaseCommand(.progress, percent: 101), tracked, by: Self.lead, on: "2021-10-08") == .percentRange(101))
        #expect(refused(CaseCommand(.progress, percent: -1), tracked, by: Self.lead, on: "2021-10-08") == .percentRange(-1))
        #expect(refused(CaseCommand(.progress), tracked, by: Self.lead, on: "2021-10-08") == .required(field: "note"))
        #expect(try step(tracked, CaseCommand(.progress, percent: 0), by: Self.lead, on: "2021-10-08").progress == 0)
        #expect(try step(tracked, CaseCommand(.progress, percent: 100), by: Self.lead, on: "2021-10-08").progress == 100)
        let (forty, event) = try apply(CaseCommand(.progress, note: "已完成方案", percent: 40), tracked, by: Self.lead, on: "2021-10-08")
        #expect(forty.progress == 40 && forty.state == .inProgress && event.percent == 40 && event.to == .inProgress)
        #expect(try step(forty, CaseCommand(.progress, note: "推进中"), by: Self.lead, on: "2021-10-11").progress == 40, "a note alone keeps the per cent")
        #expect(try step(forty, CaseCommand(.answer, note: "已完成"), by: Self.lead, on: "2021-10-11").progress == 100)
    }

    @Test func aStaleVersionIsAConflict() throws {
        let assigned = try assignedRequest()
        #expect(assigned.version == 3)
        #expect(refused(CaseCommand(.signFor, version: 2), assigned, by: Self.lead, on: "2021-10-08") == .conflict(seen: 2, current: 3))
        #expect(refused(CaseCommand(.signFor, version: 3), assigned, by: Self.lead, on: "2021-10-08") == nil)
        #expect(refused(CaseCommand(.signFor), assigned, by: Self.lead, on: "2021-10-08") == nil, "no version: whatever is current")
        // The version is checked first: a stale writer hears of the conflict, not of the state it did not see.
        let returned = try step(try raise(Self.requestDraft(), on: "2021-09-30").0, CaseCommand(.return, note: "x"), by: Self.centre, on: "2021-09-30")
        #expect(refused(CaseCommand(.accept, version: 1), returned, by: Self.centre, on: "2021-09-30") == .conflict(seen: 1, current: 2))
        #expect(CaseError.conflict(seen: 1, current: 2).message(.zh) != CaseError.conflict(seen: 1, current: 2).message(.en))
    }

    // MARK: colours

    @Test func coloursByHand() throws {
        let signed = try step(try assignedRequest(), CaseCommand(.signFor), by: Self.lead, on: "2021-10-08")
        func colour(_ record: CaseRecord, _ day: String) -> CaseColour? { CaseColour.of(record, on: Self.d(day), calendar: Self.calendar) }
        // Due 10-15: blue with 1 working day or less left (10-14, 10-15), nothing with 2 (10-13),
        // red from the day after (10-16, a Saturday).
        #expect(colour(signed, "2021-10-12") == nil && colour(signed, "2021-10-13") == nil)
        #expect(colour(signed, "2021-10-14") == .blue && colour(signed, "2021-10-15") == .blue)
        #expect(colour(signed, "2021-10-16") == .red && colour(signed, "2021-10-18") == .red)
        #expect(CaseColour.daysLeft(signed, on: Self.d("2021-10-11"), calendar: Self.calendar) == 4)
        #expect(CaseColour.daysLeft(signed, on: Self.d("2021-10-18"), calendar: Self.calendar) == -1)
        // Before acceptance the centre's clock: due 10-09, red on 10-11.
        let raised = try raise(Self.requestDraft(), on: "2021-09-30").0
        #expect(colour(raised, "2021-10-08") == .blue && colour(raised, "2021-10-11") == .red)

        // A task assigned 09-30, due 10-15 (7 working days): 0 % done is behind from the 1st working day.
        var task = CaseRecord(id: 2, code: "T2021-000002", kind: .task, type: "other", title: "t", detail: "", org: "a", raisedBy: "sa", raised: Self.d("2021-09-30"), state: .inProgress)
        task.lead = .org("a1")
        task.assigned = Self.d("2021-09-30")
        task.due = Self.d("2021-10-15")
        #expect(colour(task, "2021-09-30") == nil && colour(task, "2021-10-08") == .yellow)
        #expect(CaseColour.yellowFrom(task, calendar: Self.calendar) == Self.d("2021-10-08"))
        // 50 %: 3.5 of 7 days' worth done — behind from the 4th working day (10-12), not on the 3rd (10-11).
        task.progress = 50
        #expect(colour(task, "2021-10-11") == nil && colour(task, "2021-10-12") == .yellow && colour(task, "2021-10-15") == .yellow)
        #expect(colour(task, "2021-10-18") == .red, "red before yellow")
        // 100 %: never behind; blue near the deadline.
        task.progress = 100
        #expect(CaseColour.yellowFrom(task, calendar: Self.calendar) == nil && colour(task, "2021-10-14") == .blue)
        // Answered and rated 不满意: yellow with no clock; 满意: none.
        var poor = task
        poor.state = .answered
        poor.rating = .dissatisfied
        #expect(colour(poor, "2022-06-01") == .yellow)
        poor.rating = .satisfied
        #expect(colour(poor, "2022-06-01") == nil)
        #expect(CaseColour.red > .yellow && CaseColour.yellow > .blue)
    }

    /// Yellow exactly when progress × all < gone × 100 (all: working days from the assignment to the
    /// deadline, gone: to the day) on or before the deadline; blue exactly when 1 working day or
    /// fewer are left and it is neither red nor yellow.
    @Test func coloursAgreeWithTheirDefinitionOn300RandomTasks() throws {
        var random = SeededGenerator(state: 0x7A5C_0001)
        let first = Self.d("2021-01-04").ordinal
        var seen: [CaseColour?: Int] = [:]
        for index in 0..<300 {
            let assigned = Self.day(first + random.next(600))
            let due = try Self.calendar.add(workingDays: random.next(25), to: assigned)
            let day = Self.day(assigned.ordinal - 3 + random.next(assigned.days(to: due) + 10))
            var record = CaseRecord(id: Int64(index), code: "T", kind: .task, type: "other", title: "t", detail: "", org: "a", raisedBy: "sa",
                                    raised: assigned, state: random.next(2) == 0 ? .assigned : .inProgress)
            record.lead = .org("a1")
            record.assigned = assigned
            record.due = due
            record.progress = random.next(5) == 0 ? nil : random.next(101)
            let all = try Self.calendar.count(from: assigned, to: due)
            let gone = try Self.calendar.count(from: assigned, to: day)
            let left = try Self.calendar.count(from: day, to: due)
            let red = day > due
            let yellow = !red && (record.progress ?? 0) * all < gone * 100
            let blue = !red && !yellow && left <= 1
            let expected: CaseColour? = red ? .red : yellow ? .yellow : blue ? .blue : nil
            let colour = CaseColour.of(record, on: day, calendar: Self.calendar)
            let done = record.progress.map { "\($0) %" } ?? "no progress"
            let what = "assigned \(assigned), due \(due), \(done), on \(day): all \(all), gone \(gone), left \(left)"
            #expect(colour == expected, "\(what)")
            seen[colour, default: 0] += 1
        }
        #expect(seen.count == 4, "the sample has every colour and none: \(seen)")
    }

    // MARK: figures and the league

    static func record(_ id: Int64, lead: CaseUnit?, _ state: CaseState, assigned: String?, due: String? = nil, closed: String? = nil,
                       onTime: Bool? = nil, workDays: Int? = nil, rating: Rating? = nil) -> CaseRecord {
        var record = CaseRecord(id: id, code: "R2021-00000\(id)", kind: .request, type: "land", title: "t", detail: "", org: "a",
                                raisedBy: "qy1", raised: d("2021-08-01"), state: state)
        record.lead = lead
        record.assigned = assigned.map(d)
        record.due = due.map(d)
        record.closed = closed.map(d)
        record.onTime = onTime
        record.workDays = workDays
        record.rating = rating
        return record
    }

    @Test func figuresByHand() {
        let (a, b, c, dept) = (CaseUnit.org("a"), CaseUnit.org("b"), CaseUnit.org("c"), CaseUnit.department(Self.department))
        let records = [
            Self.record(1, lead: a, .closed, assigned: "2021-09-01", closed: "2021-09-10", onTime: true, workDays: 5),
            Self.record(2, lead: a, .closed, assigned: "2021-08-25", closed: "2021-09-20", onTime: true, workDays: 3),
            Self.record(3, lead: a, .closed, assigned: "2021-09-10", closed: "2021-09-28", onTime: false, workDays: 9),
            Self.record(4, lead: a, .inProgress, assigned: "2021-09-20", due: "2021-09-29"),                      // red on 09-30
            Self.record(5, lead: b, .closed, assigned: "2021-08-20", closed: "2021-08-31", onTime: true, workDays: 4),  // before the period
            Self.record(6, lead: b, .inProgress, assigned: "2021-09-28", due: "2021-10-08"),                      // blue: 1 working day left
            Self.record(7, lead: dept, .answered, assigned: "2021-09-15", rating: .dissatisfied),                // yellow
            Self.record(8, lead: dept, .closed, assigned: "2021-09-16", closed: "2021-09-25", onTime: true, workDays: 6),
            Self.record(9, lead: c, .inProgress, assigned: "2021-09-29", due: "2021-10-15"),                      // 7 left: none
            Self.record(10, lead: nil, .raised, assigned: nil),                                                   // nobody's yet
        ]
        // each rating and reopening names the lead unit it judged (case 10 had none: not counted)
        let ratings: [(lead: CaseUnit?, day: Day, rating: Rating)] = [
            (a, Self.d("2021-09-10"), .satisfied), (a, Self.d("2021-09-28"), .basicallySatisfied), (dept, Self.d("2021-09-22"), .dissatisfied),
            (dept, Self.d("2021-09-25"), .satisfied), (b, Self.d("2021-08-31"), .satisfied), (nil, Self.d("2021-09-12"), .satisfied),
        ]
        let reopens: [(lead: CaseUnit?, day: Day)] = [(a, Self.d("2021-09-15")), (c, Self.d("2021-08-01"))]
        let figures = CaseFigures.compute(records, ratings: ratings, reopens: reopens, from: Self.d("2021-09-01"), to: Self.d("2021-09-30"),
                                          asOf: Self.d("2021-09-30"), calendar: Self.calendar)
        #expect(Set(figures.keys) == [a, b, c, dept])

        let fa = figures[a] ?? CaseFigures()
        #expect(fa.received == 3 && fa.closed == 3 && fa.closedOnTime == 2 && fa.workDays == 17)
        #expect(fa.open == 1 && fa.red == 1 && fa.yellow == 0 && fa.blue == 0)
        #expect(fa.rated == 2 && fa.satisfied == 2 && fa.reopened == 1)
        #expect(fa.onTimeRate == Figure(200, over: 3), "2 of 3 on time: 66 2/3 %, exactly")
        #expect(fa.satisfaction == Figure(100) && fa.averageDays == Figure(17, over: 3))

        let fb = figures[b] ?? CaseFigures()
        #expect(fb.received == 1 && fb.closed == 0 && fb.open == 1 && fb.blue == 1 && fb.red == 0 && fb.rated == 0)
        #expect(fb.onTimeRate == nil && fb.satisfaction == nil && fb.averageDays == nil, "nothing closed or rated: no rate, not 0 %")

        let fd = figures[dept] ?? CaseFigures()
        #expect(fd.received == 2 && fd.closed == 1 && fd.closedOnTime == 1 && fd.workDays == 6 && fd.open == 1 && fd.yellow == 1)
        #expect(fd.rated == 2 && fd.satisfied == 1 && fd.satisfaction == Figure(50) && fd.onTimeRate == Figure(100) && fd.averageDays == Figure(6))

        let fc = figures[c] ?? CaseFigures()
        #expect(fc.received == 1 && fc.open == 1 && fc.red + fc.yellow + fc.blue == 0 && fc.reopened == 0)

        var total = CaseFigures()
        for value in figures.values { total.add(value) }
        #expect(total.received == 7 && total.closed == 4 && total.open == 4 && total.rated == 4)

        // The league: by on-time rate (dept 100 %, a 66.7 %); nothing closed: not ranked, last, by name.
        let league = CaseLeagueRow.rank(figures)
        #expect(league.map(\.unit) == [dept, a, b, c])
        #expect(league.map(\.rank) == [1, 2, nil, nil])
    }

    @Test func theLeagueRanksTiesAlikeAndTheUnclosedLast() {
        func figures(closed: Int, onTime: Int, rated: Int = 0, satisfied: Int = 0, red: Int = 0, open: Int = 0) -> CaseFigures {
            var f = CaseFigures()
            (f.closed, f.closedOnTime, f.rated, f.satisfied, f.red, f.open) = (closed, onTime, rated, satisfied, red, open)
            return f
        }
        let rows = CaseLeagueRow.rank([
            .org("x7"): figures(closed: 0, onTime: 0, red: 3, open: 3),
            .org("x5"): figures(closed: 3, onTime: 2, red: 1),
            .org("x2"): figures(closed: 4, onTime: 4, rated: 4, satisfied: 2),   // 100 %, 50 %: as x1
            .org("x4"): figures(closed: 3, onTime: 2),
            .org("x6"): figures(closed: 0, onTime: 0, rated: 2, satisfied: 2),
            .org("x1"): figures(closed: 2, onTime: 2, rated: 2, satisfied: 1),
            .org("x3"): figures(closed: 1, onTime: 1),                           // 100 %, nothing rated: after the rated
        ])
        #expect(rows.map(\.unit.description) == ["x1", "x2", "x3", "x4", "x5", "x6", "x7"])
        #expect(rows.map(\.rank) == [1, 1, 3, 4, 5, nil, nil])
    }
}

/// A small deterministic generator (a 64-bit LCG), so a failure repeats.
private struct SeededGenerator {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(max(1, bound)))
    }
}
