// Writing the org tree: changed units are in the audit log with their fields before and after.
import SQLKit
import TiaoduCore

extension OrgImport: StoredImport {
    static let liveEffect = LiveEffect.reload

    static func write(_ rows: [OrgUnit], into db: any SQLDatabase, _ context: inout WriteContext) async throws -> ImportSummary {
        try await Store.upsertOrgs(db, rows, existing: context.basis.orgs, actor: context.auditActor, source: context.source)
    }
}

extension Store {
    /// A changed unit (renamed, moved under another parent, …) is in the audit log with its
    /// fields before and after.
    static func upsertOrgs(_ db: any SQLDatabase, _ units: [OrgUnit], existing: [OrgUnit], actor: String, source: WriteSource) async throws -> ImportSummary {
        let known = Dictionary(existing.map { ($0.code, $0) }, uniquingKeysWith: { _, last in last })
        for unit in units {
            guard let old = known[unit.code], old != unit else { continue }
            func describe(_ u: OrgUnit) -> String {
                "name=\(u.name); name_en=\(u.nameEn ?? ""); parent=\(u.parent ?? ""); kind=\(u.kind.rawValue); peer_group=\(u.peerGroup ?? "")"
            }
            try await audit(db, actor: actor, action: .orgEdit, object: unit.code, before: describe(old), after: describe(unit), source: source)
        }
        let start = Int64(existing.count)
        try await batchWrite(db, into: "org_units", columns: ["code", "name", "name_en", "parent", "kind", "peer_group", "position"],
                             rows: units.enumerated().map { [SQLValue($1.code), SQLValue($1.name), SQLValue($1.nameEn), SQLValue($1.parent),
                                                             SQLValue($1.kind.rawValue), SQLValue($1.peerGroup), SQLValue(start + Int64($0))] },
                             conflict: ["code"], update: ["name", "name_en", "parent", "kind", "peer_group"])
        return ImportSummary(kind: .orgs, rows: units.count, replaced: units.filter { known[$0.code] != $0 }.map { known[$0.code] != nil })
    }
}
