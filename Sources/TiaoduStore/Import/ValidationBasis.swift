// A batch checked against the catalogue before the write transaction opens (so a large or bad
// batch holds no lock while it is checked), and what that check relied on: the transaction
// compares it and validates again only if the catalogue moved in between.
import SQLKit
import TiaoduCore

/// What validation reads from the database (`content`), and the counters that say whether it
/// still holds: the catalogue's (org tree, indicators) and the projects'.
struct ValidationBasis: Equatable, Sendable {
    var counters: [Int64] = []
    var content = ImportBasis()

    /// The counters first, then what they guard: a write between the two only makes the
    /// transaction load the basis again.
    static func counters(_ db: any SQLDatabase) async throws -> [Int64] {
        [try await Counter.projects.value(db), try await Counter.catalogue.value(db)]
    }

    static func load(_ parts: Set<BasisPart>, _ db: any SQLDatabase) async throws -> ValidationBasis {
        var basis = ValidationBasis()
        basis.counters = try await counters(db)
        basis.content.orgs = try await Store.orgs(db)
        basis.content.indicators = try await Store.indicators(db)
        if parts.contains(.frequencies) { basis.content.frequencies = try await Store.frequenciesInUse(db) }
        if parts.contains(.projects) {
            basis.content.owners = try await Store.projectOwners(db)
            basis.content.stages = try await Store.projectStages(db)
        }
        return basis
    }
}
