// Writing values: exact as entered, the replaced versions kept in the history.
import SQLKit
import TiaoduCore

extension ValueImport: StoredImport {
    static let liveEffect = LiveEffect.apply

    static func write(_ rows: [ValueInput], into db: any SQLDatabase, _ context: inout WriteContext) async throws -> ImportSummary {
        try await Store.upsertValues(db, rows, actor: context.actor, source: context.source)
    }

    static func figures(_ rows: [ValueInput]) -> (observations: [Observation], targets: [Target]) { (rows.map(\.observation), []) }
}
