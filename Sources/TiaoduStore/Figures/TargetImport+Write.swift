// Writing targets: a year with an accepted month keeps its targets unless an admin states a
// reason, which the audit log records with how many targets it changed.
import SQLKit
import TiaoduCore

extension TargetImport: StoredImport {
    static let liveEffect = LiveEffect.apply

    static func write(_ rows: [TargetInput], into db: any SQLDatabase, _ context: inout WriteContext) async throws -> ImportSummary {
        let summary = try await Store.upsertTargets(db, rows, actor: context.actor, source: context.source, book: &context.book,
                                                    lines: context.lines, unlocked: context.unlockReason != nil)
        if let reason = context.unlockReason, summary.changed > 0 {
            try await Store.audit(db, actor: context.auditActor, action: .unlock(.targets), object: "\(summary.changed) targets",
                                  after: reason, source: context.source)
        }
        return summary
    }

    static func figures(_ rows: [TargetInput]) -> (observations: [Observation], targets: [Target]) { ([], rows.map(\.target)) }
}
