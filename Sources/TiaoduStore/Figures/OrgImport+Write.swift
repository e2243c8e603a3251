// Writing the org tree: changed units are in the audit log with their fields before and after.
import SQLKit
import TiaoduCore

extension OrgImport: StoredImport {
    static let liveEffect = LiveEffect.reload

    static func write(_ rows: [OrgUnit], into db: any SQLDatabase, _ context: inout WriteContext) async throws -> ImportSummary {
        try await Store.upsertOrgs(db, rows, existing: context.basis.orgs, actor: context.auditActor, source: context.source)
    }
}
