import Testing
@testable import TiaoduCore

/// Who may read, enter and move data through the monthly cycle, on a small tree:
/// city ─ a (county) ─ a1 (town); city ─ b (county).
@Suite struct AccessPolicyTests {
    let policy = AccessPolicy(tree: OrgTree([
        OrgUnit(code: "city", name: "市", parent: nil, kind: .city),
        OrgUnit(code: "a", name: "甲", parent: "city", kind: .county), OrgUnit(code: "a1", name: "甲一", parent: "a", kind: .town),
        OrgUnit(code: "b", name: "乙", parent: "city", kind: .county),
    ]))

    func user(_ roles: Set<Role>, at org: String) -> Principal { Principal(login: "u", name: "u", org: org, roles: roles) }

    @Test func readingAndEnteringStayInTheSubtree() {
        let reporter = user([.reporter], at: "a")
        #expect(policy.canEnter(reporter, org: "a") && policy.canEnter(reporter, org: "a1"))
        #expect(!policy.canEnter(reporter, org: "b") && !policy.canEnter(reporter, org: "city"))
        #expect(policy.canRead(reporter, org: "a1") && !policy.canRead(reporter, org: "b"))
        #expect(policy.canRead(user([.analyst], at: "city"), org: "b") && !policy.canEnter(user([.analyst], at: "city"), org: "b"))
        #expect(!policy.canEnter(user([.viewer], at: "a"), org: "a") && !policy.canEnter(user([.approver], at: "a"), org: "a"))
        #expect(policy.canEnter(user([.admin], at: "city"), org: "a1"))
        let rows: [(line: Int, scopes: [RowScope])] = [(2, [.unit("a1", column: "org")]), (3, [.unit("b", column: "org")])]
        #expect(policy.forbidden(reporter, rows: rows) == [ImportIssue(line: 3, column: "org", reason: .outOfScope("b"))])
        #expect(policy.forbidden(user([.admin], at: "city"), rows: rows).isEmpty)
        #expect(TargetImport.administrative && OrgImport.administrative && IndicatorImport.administrative && !ValueImport.administrative)
        // A project moving between units needs both: the new owner and the present one.
        let move: [(line: Int, scopes: [RowScope])] = [(2, [.unit("a1", column: "owner"), .unit("b", column: "code")])]
        #expect(policy.forbidden(reporter, rows: move) == [ImportIssue(line: 2, column: "code", reason: .outOfScope("b"))])
    }

    @Test func aDepartmentWorksOnItsIndicatorsEverywhere() {
        let owned = AccessPolicy(tree: policy.tree, indicators: [Indicator(code: "sales", name: "销售", unit: "亿元", department: "工信局"),
                                                                  Indicator(code: "tax", name: "税收", unit: "亿元", department: "财政局")])
        let clerk = Principal(login: "g", name: "g", org: "city", roles: [.department], department: "工信局")
        #expect(owned.owns(clerk, indicator: "sales") && !owned.owns(clerk, indicator: "tax"))
        let rows: [(line: Int, scopes: [RowScope])] = [(2, [.unit("b", column: "org", indicator: "sales")]), (3, [.unit("a1", column: "org", indicator: "tax")])]
        #expect(owned.forbidden(clerk, rows: rows) == [ImportIssue(line: 3, column: "org", reason: .outOfScope("a1"))])
        #expect(owned.canRead(clerk, org: "b", published: false, indicator: "sales"))
        #expect(!owned.canRead(clerk, org: "b", published: false, indicator: "tax") && !owned.canRead(clerk, org: "b", published: false))
        let stranger = Principal(login: "x", name: "x", org: "city", roles: [.department], department: "财政局")
        #expect(!owned.owns(stranger, indicator: "sales"))
    }

    @Test func theMonthlyCycle() {
        let reporter = user([.reporter], at: "a"), approver = user([.approver], at: "a"), otherApprover = user([.approver], at: "b")
        let analyst = user([.analyst], at: "city"), admin = user([.admin], at: "city")
        func apply(_ action: ApprovalAction, _ status: SubmissionStatus, _ who: Principal, reason: String? = nil) -> Result<SubmissionStatus, ApprovalError> {
            policy.apply(action, to: status, org: "a", by: who, reason: reason)
        }
        #expect(apply(.submit, .draft, reporter) == .success(.submitted))
        #expect(apply(.submit, .submitted, reporter) == .failure(.notFrom(.submitted)))
        #expect(apply(.withdraw, .submitted, reporter) == .success(.draft))
        #expect(apply(.approve, .submitted, reporter) == .failure(.notPermitted))
        #expect(apply(.approve, .submitted, otherApprover) == .failure(.notPermitted), "another county's approver")
        #expect(apply(.approve, .submitted, approver) == .success(.approved))
        #expect(apply(.reject, .approved, approver) == .failure(.reasonRequired))
        #expect(apply(.reject, .approved, approver, reason: "数据有误") == .success(.draft))
        #expect(apply(.accept, .approved, approver) == .failure(.notPermitted))
        #expect(apply(.accept, .approved, analyst) == .success(.accepted))
        #expect(apply(.unlock, .accepted, analyst, reason: "x") == .failure(.notPermitted))
        #expect(apply(.unlock, .accepted, admin) == .failure(.reasonRequired))
        #expect(apply(.unlock, .accepted, admin, reason: "更正") == .success(.draft))
    }

    /// Every input to a locked month is locked with it: a month's value from that month, a
    /// quarter's and a year's from their last month (Q3's GDP is shown from September), each to the
    /// end of the next year (同比 and 倒排 take it as base); targets once a month of the year is accepted.
    @Test func theLockBookLocksEveryInputOfALockedMonth() {
        var book = LockBook(tree: policy.tree, states: ["2021-07": ["city": .accepted], "2021-08": ["city": .accepted], "2021-09": ["a": .submitted],
                                                       "2020-12": ["city": .accepted]])
        let jul = Period.month(year: 2021, month: 7), sep = Period.month(year: 2021, month: 9)
        #expect(book.lock(writing: jul, of: "a1") == Lock(month: jul, org: "city", status: .accepted))
        #expect(book.lock(writing: .quarter(year: 2021, quarter: 3), of: "a1") == Lock(month: sep, org: "a", status: .submitted), "Q3 by September, not July")
        #expect(book.lock(writing: .quarter(year: 2021, quarter: 3), of: "b") == nil, "b's September is open")
        #expect(book.lock(writing: .month(year: 2020, month: 5), of: "b")?.month == .month(year: 2020, month: 12), "last year's values are the base")
        #expect(book.lock(writing: .year(2020), of: "b")?.month == .month(year: 2020, month: 12))
        #expect(book.lock(writing: .month(year: 2021, month: 10), of: "a1") == nil)
        #expect(book.latestLockedMonth(of: "a1")?.month == sep)
        #expect(book.latestLockedMonth(of: "b")?.month == .month(year: 2021, month: 8))
        #expect(book.acceptedMonth(in: 2021, of: "a1")?.month == jul)
        #expect(book.acceptedMonth(in: 2022, of: "a1") == nil)
        // The strongest state of a month wins: the city's acceptance over a county's submission.
        var both = LockBook(tree: policy.tree, states: ["2021-09": ["a": .submitted, "city": .accepted]])
        #expect(both.lock(of: "a1", month: sep)?.status == .accepted)
        #expect(LockBook(tree: policy.tree, states: [:]).isEmpty)
    }

    @Test func aClosedUnitLocksTheUnitsBelowIt() {
        #expect(policy.lockingUnit(for: "a1", states: ["a": .submitted])! == ("a", .submitted))
        #expect(policy.lockingUnit(for: "a1", states: ["city": .accepted])! == ("city", .accepted))
        #expect(policy.lockingUnit(for: "b", states: ["a": .approved]) == nil)
        #expect(policy.lockingUnit(for: "a", states: [:]) == nil)
        #expect(ReportingSchedule.dueText(.month(year: 2021, month: 9)) == "2021-10-05")
        #expect(ReportingSchedule.dueText(.month(year: 2021, month: 12)) == "2022-01-05")
        #expect(ReportingSchedule.dueText(.quarter(year: 2021, quarter: 3)) == "2021-10-05")
        #expect(ReportingSchedule.isOverdue(.month(year: 2021, month: 9), status: .draft, today: Day("2021-10-06")!))
        #expect(!ReportingSchedule.isOverdue(.month(year: 2021, month: 9), status: .submitted, today: Day("2021-10-06")!))
        #expect(!ReportingSchedule.isOverdue(.month(year: 2021, month: 9), status: .draft, today: Day("2021-10-05")!))
    }
}
