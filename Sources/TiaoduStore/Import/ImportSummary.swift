// What an import or a write did (rows new, changed, unchanged), and where a write came from
// (WriteSource, recorded in the history and the audit log).
import TiaoduCore

public struct ImportSummary: Sendable, Equatable {
    public let kind: ImportKind
    /// rows in the input
    public let rows: Int
    /// rows that did not exist before
    public let inserted: Int
    /// rows that existed with other contents (the old contents went to history)
    public let changed: Int
    /// rows identical to what was stored: nothing written
    public let unchanged: Int
    /// a dry run: what the import would do; nothing was written
    public var dryRun = false

    init(kind: ImportKind, rows: Int, inserted: Int, changed: Int, unchanged: Int) {
        self.kind = kind
        self.rows = rows
        self.inserted = inserted
        self.changed = changed
        self.unchanged = unchanged
    }

    /// From the rows of an input and what each did: nil unchanged, false inserted, true replaced.
    init(kind: ImportKind, rows: Int, replaced: [Bool]) {
        let inserted = replaced.filter { !$0 }.count
        self.init(kind: kind, rows: rows, inserted: inserted, changed: replaced.count - inserted, unchanged: rows - replaced.count)
    }
}

/// How a change reached the store, recorded with it in the history and the audit log: a file
/// imported (`tiaodu import`), the JSON API, the demo, a page's form, another command of the
/// CLI, or the system itself (a throttled sign-in's summary, a set-up).
public enum WriteSource: String, Sendable {
    case csv, api, demo, form, cli, system
}
