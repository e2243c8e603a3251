// Sign-in look-ups and the published periods, cached while the store's access counter stands
// still. The counter is read at most every 100 ms, so a token revoked or a user disabled by
// another process (the CLI) stops working for reads within that; writes never use the cache.
import Dispatch
import TiaoduCore
import TiaoduStore

actor AccessCache {
    private var revision: Int64 = -1
    private var checkedAt: UInt64 = 0
    private var tokens: [String: StoredUser?] = [:]
    private var sessions: [String: (user: StoredUser, csrf: String, createdAt: Int64, seenAt: Int64)?] = [:]
    private var published: Set<String>?
    private var cycle: (periods: Set<String>, grace: Int)?
    static let interval: UInt64 = 100_000_000

    /// Brings the cache to the store's access revision (asking at most every 100 ms).
    private func refresh(_ store: Store) async throws {
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - checkedAt >= Self.interval || revision < 0 else { return }
        let current = try await store.accessRevision()
        checkedAt = DispatchTime.now().uptimeNanoseconds
        if current != revision {
            revision = current
            tokens = [:]
            sessions = [:]
            published = nil
            cycle = nil
        }
    }

    func tokenUser(hash: String, _ store: Store) async throws -> StoredUser? {
        try await refresh(store)
        if let known = tokens[hash] { return known }
        let user = try await store.accounts.tokenUser(hash: hash)
        if tokens.count > 10_000 { tokens = [:] }
        tokens[hash] = user
        return user
    }

    func session(id: String, _ store: Store) async throws -> (user: StoredUser, csrf: String, createdAt: Int64, seenAt: Int64)? {
        try await refresh(store)
        if let known = sessions[id] { return known }
        let session = try await store.accounts.session(id: id)
        if sessions.count > 10_000 { sessions = [:] }
        sessions[id] = session
        return session
    }

    /// A session was seen: its cached copy takes the new time (so idle time is counted right).
    func touched(id: String, at time: Int64) {
        if let entry = sessions[id], let session = entry { sessions[id] = (session.user, session.csrf, session.createdAt, time) }
    }

    /// Forgets everything at once (this process signed somebody out or changed access): the
    /// next read asks the database.
    func invalidate() {
        revision = -1
        tokens = [:]
        sessions = [:]
        published = nil
        cycle = nil
    }

    /// The months in the monthly cycle and the last month values may be written for (worked out
    /// on every call from the cached grace: the month turns without any write).
    func cycle(_ store: Store) async throws -> (periods: Set<String>, latestWritable: Period) {
        try await refresh(store)
        if cycle == nil { cycle = (try await store.cycle.cyclePeriods(), try await store.cycle.futureGraceMonths()) }
        return (cycle!.periods, Store.latestWritablePeriod(grace: cycle!.grace, today: store.clock.today))
    }

    func publishedPeriods(_ store: Store) async throws -> Set<String> {
        try await refresh(store)
        if let published { return published }
        let periods = try await store.cycle.publishedPeriods()
        published = periods
        return periods
    }
}
