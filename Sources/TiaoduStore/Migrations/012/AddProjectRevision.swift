// Release 012: a third counter, bumped by every change to project data — the register, progress,
// stages, blockers, concentrated starts, the contest — so a server can keep the projects in
// memory and still see every change (its own at once, another process's on the next request).
import FluentKit
import SQLKit

enum Schema012 {
    static let all: [any Migration] = [AddProjectRevision()]
}

struct AddProjectRevision: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.sql.raw("INSERT INTO revision (id, value) VALUES (3, 0)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DELETE FROM revision WHERE id = 3").run()
    }
}
