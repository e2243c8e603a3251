// Reading projects through the one scoped reader: the register, progress and blockers of the
// units the asker may read (signed in; all for admins and analysts). Aggregate figures are
// computed over every project — a county's share is of the whole city — but rows and lists
// show only what the asker may read, and figures derived across areas (a share of the city, a
// rank in the peer group) only to readers of the whole city. A contest result is read by
// everybody signed in once published; before that only by those who read the whole city.
import Vapor
import TiaoduCore
import TiaoduStore

struct ProjectDetail: Sendable {
    let stored: StoredProject
    let events: [ProjectEvent]
    let progress: [StoredProgress]
    let blockers: [Blocker]
    /// edits, stage moves, corrected months, blockers — newest first
    let history: [AuditEntry]
}

struct ProjectOverview: Sendable {
    let portfolio: Portfolio
    /// codes of the projects the asker may read
    let readable: [String: StoredProject]
    let blockers: [Blocker]
    /// the batches of the units the asker may read, with their totals as of their day
    let starts: [ConcentratedStart]
    let startTotals: [Int64: Figure]
    let all: [String: Project]
}

struct ContestReading: Sendable {
    let rules: ContestRules?
    let inputs: [String: ContestCountyInput]
    let sheet: ContestSheet?
    let published: PublishedContest?
    let quarters: [(year: Int, quarter: Int)]
}

extension ScopedReader {
    func signedIn() throws -> Principal {
        guard let principal = access.principal else { throw APIError(status: .unauthorized, message: PageText.text(.signInRequired, language)) }
        return principal
    }

    /// The projects of the units the asker may read (all for admins and analysts); signed in only.
    func projects(owner: String?) async throws -> [StoredProject] {
        let principal = try signedIn()
        return try await context.projects.data(context.store).projects.filter { stored in
            (owner == nil || stored.project.owner == owner) && access.policy.canRead(principal, org: stored.project.owner)
        }
    }

    /// One project with its stage events, the year's progress and its blockers.
    func project(_ code: String, year: Int) async throws -> ProjectDetail {
        guard let found = try await projects(owner: nil).first(where: { $0.project.code == code }) else {
            throw APIError(status: .notFound, message: "unknown project “\(code)”")
        }
        return ProjectDetail(stored: found, events: try await context.store.projects.projectEvents(code),
                             progress: try await context.store.projects.progress(year: year, code: code), blockers: try await context.store.projects.blockers(code: code),
                             history: try await context.store.projects.projectHistory(code))
    }

    /// Where the projects stand as of a month.
    func projectOverview(asOf: AsOf) async throws -> ProjectOverview {
        let principal = try signedIn()
        let data = try await context.projects.data(context.store)
        let all = data.projects
        let readable = all.filter { access.policy.canRead(principal, org: $0.project.owner) }
        let codes = Dictionary(uniqueKeysWithValues: readable.map { ($0.project.code, $0) })
        // Stages as they were at the month's end, so a past month's figures stay as they were.
        let then = data.projects(on: Day.end(of: .month(year: asOf.year, month: asOf.month)))
        var portfolio = Portfolio(projects: then, monthly: try await context.projects.monthly(year: asOf.year, context.store), tree: workspace.tree, asOf: asOf)
        // A share of the city and a rank among areas are derived from every area's projects.
        if !readsCity { portfolio = portfolio.withoutCrossAreaFigures() }
        let starts = data.starts(readableBy: principal, access.policy)
        return ProjectOverview(portfolio: portfolio, readable: codes, blockers: data.blockers.filter { codes[$0.code] != nil },
                               starts: starts, startTotals: Dictionary(uniqueKeysWithValues: starts.map { ($0.id, data.total(of: $0)) }),
                               all: Dictionary(uniqueKeysWithValues: then.map { ($0.code, $0) }))
    }

    /// Reads the whole city (admins, analysts): may see an unpublished contest and every project.
    var readsCity: Bool {
        guard let principal = access.principal, let root = workspace.tree.root?.code else { return false }
        return access.policy.canRead(principal, org: root)
    }

    /// A quarter's contest: the stored result once published, else the live sheet (for readers of the city).
    func contest(year: Int, quarter: Int) async throws -> ContestReading {
        _ = try signedIn()
        let store = context.store
        let published = try await store.contest.contestResult(year: year, quarter: quarter)
        let rules = try await store.contest.contestRules(year: year, quarter: quarter)
        let inputs = try await store.contest.contestInputs(year: year, quarter: quarter)
        var sheet: ContestSheet?
        if let rules, readsCity || published != nil {
            sheet = try await contestSheet(rules: rules, year: year, quarter: quarter, inputs: inputs)
        }
        return ContestReading(rules: rules, inputs: inputs, sheet: sheet, published: published, quarters: try await store.contest.contestQuarters())
    }

    /// The sheet as the data stand now; movement against the previous quarter's published ranks.
    func contestSheet(rules: ContestRules, year: Int, quarter: Int, inputs: [String: ContestCountyInput]) async throws -> ContestSheet {
        let store = context.store
        let (py, pq) = quarter == 1 ? (year - 1, 4) : (year, quarter - 1)
        let previous = try await store.contest.contestResult(year: py, quarter: pq)
        let data = try await context.projects.data(store)
        // Each project at the stage it had at the quarter's end.
        return ContestSheet(rules: rules, year: year, quarter: quarter, tree: workspace.tree, projects: data.projects(on: Day.end(of: .quarter(year: year, quarter: quarter))),
                            monthly: try await context.projects.monthly(year: year, store), starts: data.starts, inputs: inputs,
                            previousRanks: Dictionary(uniqueKeysWithValues: (previous?.rows ?? []).map { ($0.org, $0.rank) }))
    }
}
