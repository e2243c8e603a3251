// The projects in memory — register, blockers, concentrated starts and each year's monthly
// investment — kept while the store's project counter stands still. The counter is read on
// every use (one row), so a page right after a write, by this process or another, sees it.
import TiaoduCore
import TiaoduStore

struct ProjectData: Sendable {
    let projects: [StoredProject]
    let blockers: [Blocker]
    let starts: [ConcentratedStart]
    let histories: [String: StageHistory]
    /// register rows kept for locked months (see Store.upsertProjects)
    var snapshots: [String: [(until: Period, stored: StoredProject)]] = [:]

    /// A batch's total investment as the register stood on its day (a later edit does not move it).
    func total(of batch: ConcentratedStart) -> Figure {
        batch.totalInvestment(Dictionary(projects(on: batch.day).map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first }))
    }

    /// The batches whose organiser the reader may read.
    func starts(readableBy principal: Principal, _ policy: AccessPolicy) -> [ConcentratedStart] {
        starts.filter { policy.canRead(principal, org: $0.org) }
    }

    /// The projects as they stood on `day`: registered by then, with the register row that held
    /// for that month (an edit after the month was locked does not reach back) and their stages then.
    func projects(on day: Day) -> [Project] {
        let month = day.period
        return projects.compactMap { stored in
            let code = stored.project.code
            let history = histories[code]
            if let history, !history.events.isEmpty, history.stage(on: day) == nil { return nil }
            let row = snapshots[code]?.first { $0.until >= month }?.stored.project ?? stored.project
            return row.asOf(day, history: history)
        }
    }
}

actor ProjectCache {
    private var revision: Int64 = -1
    private var data: ProjectData?
    private var monthly: [Int: [String: [Int: Figure]]] = [:]

    private func refresh(_ store: Store) async throws {
        let current = try await store.projectRevision()
        if current != revision {
            revision = current
            data = nil
            monthly = [:]
        }
    }

    func data(_ store: Store) async throws -> ProjectData {
        try await refresh(store)
        if let data { return data }
        let loaded = ProjectData(projects: try await store.projects.projects(), blockers: try await store.projects.blockers(), starts: try await store.projects.concentratedStarts(),
                                 histories: try await store.projects.stageHistories(), snapshots: try await store.projects.projectSnapshots())
        data = loaded
        return loaded
    }

    /// Investment by project and month of `year`.
    func monthly(year: Int, _ store: Store) async throws -> [String: [Int: Figure]] {
        try await refresh(store)
        if let known = monthly[year] { return known }
        let loaded = try await store.projects.monthlyInvestment(year: year)
        if monthly.count > 8 { monthly = [:] }
        monthly[year] = loaded
        return loaded
    }
}
