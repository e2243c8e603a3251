// Computed bulletins by workspace revision, period and parent: a repeated request costs a
// dictionary look-up, and any write (a new revision) makes every older entry unreachable.
import NIOCore
import TiaoduCore

actor BulletinCache {
    private var entries: [String: Bulletin] = [:]
    private var texts: [String: ByteBuffer] = [:]
    private var revision: Int64 = -1
    static let capacity = 512

    private func advance(to revision: Int64) {
        if revision != self.revision {
            entries.removeAll(keepingCapacity: true)
            texts.removeAll(keepingCapacity: true)
            self.revision = revision
        }
    }

    /// A rendered response body (JSON or CSV) of this revision, if one was made; handed out
    /// as a shared buffer, so serving it copies nothing.
    func text(revision: Int64, key: String) -> ByteBuffer? {
        advance(to: revision)
        return texts[key]
    }

    func store(text: ByteBuffer, revision: Int64, key: String) {
        advance(to: revision)
        if texts.count >= Self.capacity { texts.removeAll(keepingCapacity: true) }
        texts[key] = text
    }

    func bulletin(revision: Int64, period: Period, parent: String?, compute: () throws -> Bulletin) rethrows -> Bulletin {
        advance(to: revision)
        let key = "\(period)|\(parent ?? "")"
        if let hit = entries[key] { return hit }
        let bulletin = try compute()
        if entries.count >= Self.capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = bulletin
        return bulletin
    }
}
