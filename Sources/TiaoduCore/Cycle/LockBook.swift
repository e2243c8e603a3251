// Which figures may no longer change: every month a unit (or a unit above it) has submitted,
// approved or accepted is locked, and so is every input to that month's figures — values of
// its quarter and year, last year's values (the base of 同比 and of 倒排), the year's targets
// once a month of it is accepted, and project stage moves and register edits dated into it.
// Rules only: the store loads the states and asks here, inside its write transaction.

/// A locked month: whose state locks it, and which state.
public struct Lock: Sendable, Equatable {
    public let month: Period
    public let org: String
    public let status: SubmissionStatus

    public init(month: Period, org: String, status: SubmissionStatus) {
        (self.month, self.org, self.status) = (month, org, status)
    }
}

public struct LockBook: Sendable {
    private let tree: OrgTree
    /// unit → its own non-draft months, oldest first
    private let own: [String: [Lock]]
    /// unit → its locked months counting the units above it, oldest first (filled as asked)
    private var merged: [String: [Lock]] = [:]

    /// `states`: period → unit → state, drafts absent. A quarter's or a year's state locks the
    /// months it contains.
    public init(tree: OrgTree, states: [String: [String: SubmissionStatus]]) {
        self.tree = tree
        var own: [String: [Period: Lock]] = [:]
        for (text, units) in states {
            guard let period = Period(text) else { continue }
            for (org, status) in units where !status.isOpen {
                for month in period.months {
                    // The strongest state of a month wins (accepted over submitted).
                    if let known = own[org]?[month], Self.strength(known.status) >= Self.strength(status) { continue }
                    own[org, default: [:]][month] = Lock(month: month, org: org, status: status)
                }
            }
        }
        self.own = own.mapValues { $0.values.sorted { $0.month < $1.month } }
    }

    public var isEmpty: Bool { own.isEmpty }

    private static func strength(_ status: SubmissionStatus) -> Int {
        switch status {
        case .draft: return 0
        case .submitted: return 1
        case .approved: return 2
        case .accepted: return 3
        }
    }

    /// Every locked month of `org`'s figures, by its own state or a unit's above it.
    public mutating func locks(of org: String) -> [Lock] {
        if let known = merged[org] { return known }
        var byMonth: [Period: Lock] = [:]
        // Nearest unit first; a stronger state above it wins (the city's acceptance over a
        // county's approval).
        for unit in tree.ancestry(of: org) {
            for lock in own[unit] ?? [] {
                if let known = byMonth[lock.month], Self.strength(known.status) >= Self.strength(lock.status) { continue }
                byMonth[lock.month] = lock
            }
        }
        let all = byMonth.values.sorted { $0.month < $1.month }
        merged[org] = all
        return all
    }

    /// The month `org`'s figures of `month` are locked by, if they are.
    public mutating func lock(of org: String, month: Period) -> Lock? {
        locks(of: org).first { $0.month == month }
    }

    /// The first locked month whose figures a value of `period` for `org` feeds: from the month the
    /// value is first shown (a month's own; a quarter's or a year's last month — Q3's GDP appears in
    /// September's bulletin, so it can be entered after July and August are accepted) to the end of
    /// its year (year to date), and every month of the next year (同比 and 倒排 take it as base).
    public mutating func lock(writing period: Period, of org: String) -> Lock? {
        guard !own.isEmpty else { return nil }
        let first = Period.month(year: period.year, month: period.endMonth)
        let last = Period.month(year: period.year + 1, month: 12)
        return locks(of: org).first { $0.month >= first && $0.month <= last }
    }

    /// The latest locked month of `org` (a stage move or register edit takes effect after it).
    public mutating func latestLockedMonth(of org: String) -> Lock? { locks(of: org).last }

    /// An accepted month of `year` for `org` (then its targets for the year are fixed).
    public mutating func acceptedMonth(in year: Int, of org: String) -> Lock? {
        locks(of: org).first { $0.month.year == year && $0.status == .accepted }
    }
}
