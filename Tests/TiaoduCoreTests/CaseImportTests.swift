// A cases ledger (台账) read into drafts and the steps to replay: a good file, replayed through
// CaseMachine to the states its columns say, and each kind of bad line named with its column.
import Testing
@testable import TiaoduCore

@Suite struct CaseImportTests {
    static let header = "kind,type,title,detail,org,enterprise,project,raised,urgent,lead,assisting,due,answered,answer,rating,closed\n"
    static let basis = CaseImportBasis(orgs: ["hanjiang", "hj-guazhou", "hj-fangxiang", "hj-guazhou-c1-g12"], types: CaseType.defaults,
                                       enterprises: ["hj-e01"], departments: ["邗江区发改委", "邗江区人社局"], projects: ["hj-kunyuan"],
                                       today: Day("2021-09-30")!)

    static func records(_ lines: String) throws -> [InputRecord] { try ImportKind.cases.table(header + lines).records }

    static func issues(_ lines: String) throws -> [ImportIssue] {
        do {
            _ = try CaseImport.validate(try records(lines), basis: basis)
        } catch let failure as ImportFailure {
            return failure.issues
        }
        return []
    }

    static let good = """
        request,物流,物流园限行时段调整,早晚高峰排队,hj-guazhou,hj-e01,,2021-08-03,否,hj-guazhou,,,2021-08-10,已调整限行时段,满意,2021-08-12
        request,land,二期用地指标,,hj-guazhou,hj-e01,,2021-09-13,,dept:邗江区发改委,邗江区人社局；hj-fangxiang,,2021-09-22,已纳入供地计划,不满意,
        task,meeting,调度会交办：道路建设,,hanjiang,,,2021-08-27,,hj-guazhou,"hj-fangxiang,dept:邗江区人社局",2021-10-08,,,,
        grid,safety,消防通道堆放杂物,,hj-guazhou-c1-g12,,,2021-08-09,是,hj-guazhou,,,2021-08-09,已清理,,2021-08-10
        督办事项,rectification,巡察反馈整改,,hanjiang,,,2021-09-01,,,,2021-10-29,,,,
        blocker,approvals,环评批复待审查,,hanjiang,,hj-kunyuan,2021-07-05,,邗江区发改委,,,2021-08-02,已批复,,2021-08-03

        """

    @Test func aGoodLedgerBecomesDraftsAndSteps() throws {
        let rows = try CaseImport.validate(try Self.records(Self.good), basis: Self.basis)
        #expect(rows.map(\.line) == [2, 3, 4, 5, 6, 7])
        #expect(rows.map(\.draft.kind) == [.request, .request, .task, .grid, .task, .blocker])
        #expect(rows[0].draft.type == "logistics", "a type by its name")
        #expect(rows[0].draft.enterprise == "hj-e01" && rows[0].draft.detail == "早晚高峰排队" && rows[0].draft.urgent == false)
        #expect(rows[0].steps.map(\.command.action) == [.accept, .assign, .signFor, .answer, .rate])
        #expect(rows[0].steps.map(\.day.description) == ["2021-08-03", "2021-08-03", "2021-08-03", "2021-08-10", "2021-08-12"])
        #expect(rows[0].steps[4].command.rating == .satisfied)
        // 不满意 without a closing: rated, left answered for the centre
        #expect(rows[1].steps.map(\.command.action) == [.accept, .assign, .signFor, .answer, .rate])
        #expect(rows[1].steps[1].command.lead == .department("邗江区发改委"))
        #expect(rows[1].steps[1].command.assisting == [.department("邗江区人社局"), .org("hj-fangxiang")], "a bare department name, and ；")
        #expect(rows[2].draft.due == Day("2021-10-08"), "a task's deadline is set when it is registered")
        #expect(rows[2].steps.map(\.command.action) == [.assign, .signFor])
        #expect(rows[2].steps[0].command.assisting == [.org("hj-fangxiang"), .department("邗江区人社局")], "several inside quotes")
        #expect(rows[3].draft.urgent)
        #expect(rows[3].steps.map(\.command.action) == [.accept, .assign, .signFor, .answer, .verify, .close])
        #expect(rows[4].draft.kind == .task && rows[4].steps.isEmpty, "a kind by its name; registered, not yet handed out")
        #expect(rows[5].steps.map(\.command.action) == [.assign, .signFor, .answer, .close])
    }

    /// The steps are a path the machine takes: every row ends where its columns say.
    @Test func theStepsReplayThroughTheMachine() throws {
        let rows = try CaseImport.validate(try Self.records(Self.good), basis: Self.basis)
        let actor = CaseActor(login: "admin", unit: "hanjiang", parties: Set(CaseParty.allCases))
        var states: [CaseState] = []
        for (index, row) in rows.enumerated() {
            let limits = CaseType.defaults.first { $0.kind == row.draft.kind && $0.code == row.draft.type }!.limits
            let machine = CaseMachine(calendar: .official, limits: limits)
            var (record, _) = try machine.raise(row.draft, id: Int64(index + 1), code: "X\(index)", by: actor, today: row.raised, at: 0)
            for step in row.steps { record = try machine.apply(step.command, to: record, by: actor, today: step.day, at: 0).0 }
            states.append(record.state)
            if index == 0 { #expect(record.closed == Day("2021-08-12") && record.onTime == true) }
            if index == 1 { #expect(record.rating == .dissatisfied && CaseColour.of(record, on: Day("2021-09-30")!, calendar: .official) == .yellow) }
            if index == 2 { #expect(record.due == Day("2021-10-08")) }
        }
        #expect(states == [.closed, .answered, .inProgress, .closed, .raised, .closed])
    }

    @Test func eachBadLineIsNamedWithItsColumn() throws {
        let lines = """
            planet,land,标题,,hj-guazhou,,,2021-09-01,,,,,,,,
            request,flying,标题,,hj-guazhou,,,2021-09-01,,,,,,,,
            request,land,,,hj-guazhou,,,2021-09-01,,,,,,,,
            request,land,标题,,mars,,,2021-09-01,,,,,,,,
            request,land,标题,,hj-guazhou,,,2021-09-31,,,,,,,,
            request,land,标题,,hj-guazhou,,,2021-09-01,,hj-guazhou,,,2021-08-01,答复,,
            task,meeting,标题,,hanjiang,,,2021-09-01,,hj-guazhou,,,2021-09-02,答复,满意,
            request,land,标题,,hj-guazhou,,,2021-09-01,,hj-guazhou,,,,已答复,,
            request,land,标题,,hj-guazhou,,,2021-09-01,,hj-guazhou,,,,,,2021-09-05
            request,land,标题,,hj-guazhou,,,2021-09-01,,dept:区环保局,,,,,,
            request,land,标题,,hj-guazhou,,,2021-09-01,,hj-guazhou,hj-guazhou,,,,,
            request,land,标题,,hj-guazhou,,,2021-09-01,maybe,,,,,,,
            request,land,标题,,hj-guazhou,,,2021-09-01,,hj-guazhou,,,2021-09-02,答复,还行,
            task,meeting,标题,,hanjiang,,,2021-09-01,,,,2021-08-20,,,,
            request,land,标题,,hj-guazhou,,,2021-10-08,,,,,,,,
            request,land,标题,,hj-guazhou,hj-e99,,2021-09-01,,,,,,,,
            blocker,land,标题,,hanjiang,,,2021-09-01,,,,,,,,
            request,land,标题,,hj-guazhou,,,2021-09-01,,,,2021-09-20,,,,
            request,land,\(String(repeating: "长", count: 101)),,hj-guazhou,,,2021-09-01,,,,,,,,

            """
        let found = try Self.issues(lines)
        func has(_ line: Int, _ column: String) -> Bool { found.contains { $0.line == line && $0.column == column } }
        #expect(has(2, "kind"), "an unknown kind")
        #expect(has(3, "type"), "a type the kind does not have")
        #expect(has(4, "title"), "no title")
        #expect(has(5, "org"), "an unknown unit")
        #expect(has(6, "raised"), "not a date")
        #expect(has(7, "answered"), "answered before it was raised")
        #expect(has(8, "kind"), "only requests are rated")
        #expect(has(9, "answered"), "an answer without its day")
        #expect(has(10, "answered") && has(10, "closed") == false, "closed without an answer")
        #expect(has(11, "lead"), "an unknown department")
        #expect(has(12, "assisting"), "the lead again as assisting")
        #expect(has(13, "urgent"))
        #expect(has(14, "rating"))
        #expect(has(15, "due"), "a deadline before the case was raised")
        #expect(has(16, "raised"), "after today")
        #expect(has(17, "enterprise"))
        #expect(has(18, "project"), "a blocker names its project")
        #expect(has(19, "lead"), "a request's deadline comes with its assignment")
        #expect(has(20, "title"), "too long")
        #expect(Set(found.map(\.line)) == Set(2...20), "every line is bad, none good: \(found.map { $0.describe(.en) })")
        #expect(found.first { $0.line == 5 }?.describe(.en) == "line 5, column org: unknown org unit “mars”")
    }

    @Test func theFileItselfIsChecked() throws {
        #expect(throws: ImportFailure.self) { try ImportKind.cases.table("kind,type,title,org\n") }  // no raised column
        #expect(throws: ImportFailure.self) { try ImportKind.cases.table("kind,type,title,org,raised,colour\n") }
        // without the store's basis a line is read as far as it can be; the store reads it again
        let rows = try CaseImport.validate(try Self.records("request,用地,标题,,hj-guazhou,,,2021-09-01,,邗江区发改委,,,,,,\n"))
        #expect(rows.count == 1 && rows[0].draft.type == "用地" && rows[0].steps[1].command.lead == .org("邗江区发改委"))
        let again = try CaseImport.validate(rows, basis: Self.basis)
        #expect(again[0].draft.type == "land" && again[0].steps[1].command.lead == .department("邗江区发改委"))
    }
}
