// Release 007: departments (条线). An indicator may name the department that owns it; a user
// with the department role belongs to one and works on its indicators across units.
import FluentKit
import SQLKit

enum Schema007 {
    static let all: [any Migration] = [AddDepartments()]
}

struct AddDepartments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.raw("ALTER TABLE indicators ADD COLUMN department TEXT").run()
        try await sql.raw("ALTER TABLE users ADD COLUMN department TEXT").run()
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        try await sql.raw("ALTER TABLE users DROP COLUMN department").run()
        try await sql.raw("ALTER TABLE indicators DROP COLUMN department").run()
    }
}
