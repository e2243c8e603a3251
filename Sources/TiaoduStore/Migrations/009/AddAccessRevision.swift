// Release 009: a second counter, bumped by every change of who may do what — users, tokens,
// sessions, the monthly cycle — so a server can cache sign-in look-ups and the published
// periods and still see another process's change (a revoked token) within its check interval.
import FluentKit
import SQLKit

enum Schema009 {
    static let all: [any Migration] = [AddAccessRevision()]
}

struct AddAccessRevision: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.raw("INSERT INTO revision (id, value) VALUES (2, 0)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DELETE FROM revision WHERE id = 2").run()
    }
}
