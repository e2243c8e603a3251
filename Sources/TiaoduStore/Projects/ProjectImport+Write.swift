// Writing the project register: a new project's first event is its registration; an edit that
// would move a locked month's figures keeps the old row for those months.
import SQLKit
import TiaoduCore

extension ProjectImport: StoredImport {
    static func write(_ rows: [ProjectInput], into db: any SQLDatabase, _ context: inout WriteContext) async throws -> ImportSummary {
        try await Store.upsertProjects(db, rows, stored: context.basis.stages, actor: context.actor, source: context.source, book: &context.book)
    }
}
