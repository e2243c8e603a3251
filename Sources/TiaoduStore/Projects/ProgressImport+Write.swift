// Writing projects' monthly progress: a corrected month is in the project's history.
import SQLKit
import TiaoduCore

extension ProgressImport: StoredImport {
    static func write(_ rows: [ProgressReport], into db: any SQLDatabase, _ context: inout WriteContext) async throws -> ImportSummary {
        try await Store.upsertProgress(db, rows, actor: context.actor, source: context.source)
    }
}
