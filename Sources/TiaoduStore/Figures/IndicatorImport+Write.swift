// Writing the indicator catalogue.
import SQLKit
import TiaoduCore

extension IndicatorImport: StoredImport {
    static let liveEffect = LiveEffect.reload

    static func write(_ rows: [Indicator], into db: any SQLDatabase, _ context: inout WriteContext) async throws -> ImportSummary {
        try await Store.upsertIndicators(db, rows, existing: context.basis.indicators)
    }
}
