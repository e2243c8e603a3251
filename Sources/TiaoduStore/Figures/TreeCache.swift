// The org tree as the case engine's reads and writes need it, kept while the catalogue counter
// stands still: a transaction asks the counter (one row) instead of reading two thousand units.
import SQLKit
import TiaoduCore

actor TreeCache {
    private var cached: (revision: Int64, tree: OrgTree)?

    func tree(_ db: any SQLDatabase) async throws -> OrgTree {
        let revision = try await Counter.catalogue.value(db)
        if let cached, cached.revision == revision { return cached.tree }
        let tree = OrgTree(try await Store.orgs(db))
        cached = (revision, tree)
        return tree
    }
}

extension Store {
    /// The org tree as `db` sees it now (cached by the catalogue counter).
    func orgTree(_ db: any SQLDatabase) async throws -> OrgTree { try await trees.tree(db) }
}
