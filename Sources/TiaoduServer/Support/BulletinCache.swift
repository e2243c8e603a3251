// Computed bulletins by workspace revision, period and parent: a repeated request costs a
// dictionary look-up, and any write (a new revision) makes every older entry unreachable.
import TiaoduCore

actor BulletinCache {
    private var entries: [String: Bulletin] = [:]
    private var revision: Int64 = -1
    static let capacity = 512

    func bulletin(revision: Int64, period: Period, parent: String?, compute: () throws -> Bulletin) rethrows -> Bulletin {
        if revision != self.revision {
            entries.removeAll(keepingCapacity: true)
            self.revision = revision
        }
        let key = "\(period)|\(parent ?? "")"
        if let hit = entries[key] { return hit }
        let bulletin = try compute()
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = bulletin
        return bulletin
    }
}
