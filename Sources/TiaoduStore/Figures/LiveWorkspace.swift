// The workspace a server keeps in memory: loaded once, then every write this process commits
// is applied to it in place — a value written is in the very next bulletin, with no rebuild.
// Writes by another process (a CLI import into the same database) move the revision counter
// past what this copy reflects, and the next read loads afresh.
import Dispatch
import TiaoduCore

actor LiveWorkspace {
    private var cached: (workspace: Workspace, revision: Int64)?
    private var loading: Task<(Workspace, Int64), any Error>?
    /// When the database's revision was last read (monotonic nanoseconds).
    private var checkedAt: UInt64 = 0

    /// The copy in memory, if the database was asked for its revision less than `interval`
    /// nanoseconds ago: writes of this process are in it already; another process's writes
    /// show within the interval.
    func recent(within interval: UInt64) -> (Workspace, Int64)? {
        guard let cached, DispatchTime.now().uptimeNanoseconds - checkedAt < interval else { return nil }
        return cached
    }

    func checked() { checkedAt = DispatchTime.now().uptimeNanoseconds }

    /// The workspace as of `revision`, loading it when this copy is older.
    func workspace(at revision: Int64, load: @escaping @Sendable () async throws -> (Workspace, Int64)) async throws -> (Workspace, Int64) {
        if let cached, cached.revision == revision { return cached }
        if let loading { return try await loading.value }
        let task = Task { try await load() }
        loading = task
        do {
            let result = try await task.value
            loading = nil
            if cached == nil || cached!.revision < result.1 { cached = result }
            return result
        } catch {
            loading = nil
            throw error
        }
    }

    /// Applies a committed write. `revision` is the counter after it; if this copy was not at
    /// the revision just before, somebody else wrote in between and the copy is dropped.
    func apply(observations: [Observation], targets: [Target], revision: Int64) {
        guard var current = cached, current.revision == revision - 1 else { cached = nil; return }
        cached = nil  // our reference goes, so the update below happens in place
        current.workspace.apply(targets: targets)
        current.workspace.apply(observations: observations)
        current.revision = revision
        cached = current
    }

    /// The tree or the catalogue changed: load afresh on the next read.
    func invalidate() { cached = nil }
}
