// How a kind of import is written: the store's half of an ImportContract. The pipeline
// (Store+Import) validates, checks scope and locks on typed rows, and calls `write` inside its
// transaction; each kind's conformance lives in its feature's folder (Figures/ValueImport+Write…).
import SQLKit
import TiaoduCore

protocol StoredImport: ImportContract {
    /// Writes the rows inside the pipeline's transaction; what changed.
    static func write(_ rows: [Row], into db: any SQLDatabase, _ context: inout WriteContext) async throws -> ImportSummary
    /// What the in-memory workspace does after the commit.
    static var liveEffect: LiveEffect { get }
    /// The figures to apply to the in-memory workspace (`liveEffect == .apply`).
    static func figures(_ rows: [Row]) -> (observations: [Observation], targets: [Target])
}

extension StoredImport {
    static var liveEffect: LiveEffect { .none }
    static func figures(_ rows: [Row]) -> (observations: [Observation], targets: [Target]) { ([], []) }
}

/// What a write changes in the in-memory workspace.
enum LiveEffect: Sendable {
    /// nothing it holds (projects)
    case none
    /// values or targets, applied in place
    case apply
    /// the catalogue: every figure may be computed anew (the catalogue counter moves too)
    case reload
}

/// What a kind's write is given besides its rows.
struct WriteContext: Sendable {
    /// who the write is recorded as in the history rows
    let actor: String
    /// who the audit log names (the signed-in user when there is one)
    let auditActor: String
    let source: WriteSource
    /// what the rows were validated against
    let basis: ImportBasis
    /// the locks of every submitted, approved or accepted month
    var book: LockBook
    /// the input line of each row, for issues a write finds
    let lines: [Int]
    /// an admin's stated reason for changing locked inputs
    let unlockReason: String?
}
