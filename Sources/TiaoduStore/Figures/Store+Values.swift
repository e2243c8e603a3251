// Reading observations, targets and their history; and the workspace a bulletin needs.
import Foundation
import SQLKit
import SQLiteNIO
import TiaoduCore

/// Holds the workspace being filled while rows stream in. Rows of one query arrive one after
/// another on one thread, never at once, which is what makes the unchecked Sendable sound.
private final class WorkspaceBox: @unchecked Sendable {
    var workspace: Workspace
    init(_ workspace: Workspace) { self.workspace = workspace }
}

extension FiguresRepository {
    /// Values filtered by unit, indicator and period range (inclusive; periods of any frequency
    /// compare by the month they end in).
    public func values(org: String? = nil, indicator: String? = nil, from: Period? = nil, to: Period? = nil) async throws -> [StoredValue] {
        var query = SQLQueryString("SELECT org, indicator, period, value, growth, updated_at, updated_by FROM observations WHERE 1=1")
        if let org { query.appendInterpolation(unsafeRaw: " AND org = "); query.appendInterpolation(bind: org) }
        if let indicator { query.appendInterpolation(unsafeRaw: " AND indicator = "); query.appendInterpolation(bind: indicator) }
        if let from { query.appendInterpolation(unsafeRaw: " AND year >= "); query.appendInterpolation(bind: from.year) }
        if let to { query.appendInterpolation(unsafeRaw: " AND year <= "); query.appendInterpolation(bind: to.year) }
        query.appendInterpolation(unsafeRaw: " ORDER BY org, indicator, year, period")
        let rows = try await sql.raw(query).all()
        return try rows.compactMap { row in
            let periodText = try row.decode(column: "period", as: String.self)
            if let period = Period(periodText), from.map({ period.asOf < $0.asOf }) == true || to.map({ period.asOf > $0.asOf }) == true {
                return nil
            }
            return StoredValue(
                org: try row.decode(column: "org", as: String.self), indicator: try row.decode(column: "indicator", as: String.self),
                period: periodText, value: try row.decode(column: "value", as: String?.self),
                growth: try row.decode(column: "growth", as: String?.self),
                updatedAt: try row.decode(column: "updated_at", as: Int64.self), updatedBy: try row.decode(column: "updated_by", as: String.self))
        }
    }

    public func targets(year: Int? = nil) async throws -> [StoredTarget] {
        var query = SQLQueryString("SELECT org, indicator, year, type, value, updated_at, updated_by FROM targets")
        if let year { query.appendInterpolation(unsafeRaw: " WHERE year = "); query.appendInterpolation(bind: year) }
        query.appendInterpolation(unsafeRaw: " ORDER BY year, org, indicator")
        return try await sql.raw(query).all().map { row in
            StoredTarget(org: try row.decode(column: "org", as: String.self), indicator: try row.decode(column: "indicator", as: String.self),
                         year: try row.decode(column: "year", as: Int.self), type: try row.decode(column: "type", as: String.self),
                         value: try row.decode(column: "value", as: String.self),
                         updatedAt: try row.decode(column: "updated_at", as: Int64.self), updatedBy: try row.decode(column: "updated_by", as: String.self))
        }
    }

    /// Every version of one unit's values and targets (all periods when `period` is nil), oldest
    /// first: the first entry of each figure, then each replacement. A figure never replaced has
    /// no history row — its stored row is its first entry; a replaced one's first entry is kept
    /// in the oldest history row with who had entered it.
    public func history(org: String, indicator: String, period: Period? = nil) async throws -> [HistoryEntry] {
        let period = period?.description
        var query = SQLQueryString("SELECT id, kind, period, old_value, old_extra, old_changed_at, old_changed_by, old_source, new_value, new_extra, changed_at, changed_by, source FROM value_history WHERE org = \(bind: org) AND indicator = \(bind: indicator)")
        if let period { query.appendInterpolation(unsafeRaw: " AND period = "); query.appendInterpolation(bind: period) }
        query.appendInterpolation(unsafeRaw: " ORDER BY id")
        var entries: [(at: Int64, order: Double, entry: HistoryEntry)] = []
        var replaced = Set<String>()
        for row in try await sql.raw(query).all() {
            let kind = try row.decode(column: "kind", as: String.self), key = try row.decode(column: "period", as: String.self)
            let id = Double(try row.decode(column: "id", as: Int64.self))
            let oldValue = try row.decode(column: "old_value", as: String?.self), oldExtra = try row.decode(column: "old_extra", as: String?.self)
            if replaced.insert(kind + " " + key).inserted, let at = try row.decode(column: "old_changed_at", as: Int64?.self) {
                entries.append((at, id - 0.5, HistoryEntry(kind: kind, org: org, indicator: indicator, period: key, oldValue: nil, oldExtra: nil,
                                                           newValue: oldValue, newExtra: oldExtra, changedAt: at,
                                                           changedBy: try row.decode(column: "old_changed_by", as: String?.self) ?? "",
                                                           source: try row.decode(column: "old_source", as: String?.self) ?? "")))
            }
            let at = try row.decode(column: "changed_at", as: Int64.self)
            entries.append((at, id, HistoryEntry(kind: kind, org: org, indicator: indicator, period: key, oldValue: oldValue, oldExtra: oldExtra,
                                                 newValue: try row.decode(column: "new_value", as: String?.self),
                                                 newExtra: try row.decode(column: "new_extra", as: String?.self), changedAt: at,
                                                 changedBy: try row.decode(column: "changed_by", as: String.self),
                                                 source: try row.decode(column: "source", as: String.self))))
        }
        // Figures entered once: their stored rows.
        var current = SQLQueryString("SELECT 'value' AS kind, period AS key, value, growth AS extra, updated_at, updated_by, source FROM observations WHERE org = \(bind: org) AND indicator = \(bind: indicator)")
        if let period { current.appendInterpolation(unsafeRaw: " AND period = "); current.appendInterpolation(bind: period) }
        current.appendInterpolation(unsafeRaw: " UNION ALL SELECT 'target' AS kind, CAST(year AS TEXT) AS key, value, type AS extra, updated_at, updated_by, source FROM targets WHERE org = ")
        current.appendInterpolation(bind: org)
        current.appendInterpolation(unsafeRaw: " AND indicator = ")
        current.appendInterpolation(bind: indicator)
        if let period { current.appendInterpolation(unsafeRaw: " AND CAST(year AS TEXT) = "); current.appendInterpolation(bind: period) }
        for row in try await sql.raw(current).all() {
            let kind = try row.decode(column: "kind", as: String.self), key = try row.decode(column: "key", as: String.self)
            guard !replaced.contains(kind + " " + key) else { continue }
            let at = try row.decode(column: "updated_at", as: Int64.self)
            entries.append((at, -1, HistoryEntry(kind: kind, org: org, indicator: indicator, period: key, oldValue: nil, oldExtra: nil,
                                                 newValue: try row.decode(column: "value", as: String?.self),
                                                 newExtra: try row.decode(column: "extra", as: String?.self), changedAt: at,
                                                 changedBy: try row.decode(column: "updated_by", as: String.self),
                                                 source: try row.decode(column: "source", as: String?.self) ?? "")))
        }
        return entries.sorted { ($0.at, $0.order) < ($1.at, $1.order) }.map(\.entry)
    }

    /// Everything a bulletin for `period` reads, straight from the database: the catalogue,
    /// targets and values of its year, the year before, and the previous period's (for ranks).
    /// One-shot readers (the CLI) use this; the server keeps a live workspace instead.
    public func workspace(for period: Period) async throws -> Workspace {
        try await Store.loadWorkspace(sql, years: (min(period.previous.year, period.year) - 1)...period.year).0
    }

    /// The workspace as it stands now, from memory: loaded on first use, kept current by every
    /// write of this process, and loaded afresh when another process has written.
    public func liveWorkspace() async throws -> (workspace: Workspace, revision: Int64) {
        if revisionCheckInterval > 0, let recent = await live.recent(within: revisionCheckInterval) { return recent }
        let db = sql
        let current = try await Store.revision(db)
        let result = try await live.workspace(at: current) { try await Store.loadWorkspace(db, years: nil) }
        await live.checked()
        return result
    }
}

extension Store {
    /// Reads the catalogue, targets and values (of `years`, or all) into a workspace, with the
    /// revision it reflects (read first, so a write racing the load is applied again, harmlessly).
    static func loadWorkspace(_ db: any SQLDatabase, years: ClosedRange<Int>?) async throws -> (Workspace, Int64) {
        let revision = try await Self.revision(db)
        async let orgs = Self.orgs(db)
        async let indicators = Self.indicators(db)
        var span = years
        if span == nil, let row = try await db.raw("SELECT MIN(year) AS lo, MAX(year) AS hi FROM observations").first(),
           let lo = try row.decode(column: "lo", as: Int?.self), let hi = try row.decode(column: "hi", as: Int?.self) {
            span = lo...hi
        }
        let range = span ?? 2000...2000
        let box = WorkspaceBox(Workspace(orgs: try await orgs, indicators: try await indicators, years: range))
        let targetsSQL = "SELECT org, indicator, year, type, value FROM targets WHERE year >= ? AND year <= ?"
        if let sqlite = db as? any SQLiteDatabase {
            try await sqlite.withConnection { connection in
                try await connection.query(targetsSQL, [.integer(range.lowerBound), .integer(range.upperBound)]) { row in
                    guard let org = row.column("org")?.string, let indicator = row.column("indicator")?.string,
                          let year = row.column("year")?.integer, let type = row.column("type")?.string.flatMap(TargetType.init),
                          let value = row.column("value")?.string else { return }
                    box.workspace.setStoredTarget(org: org, indicator: indicator, year: Int(year), type: type, value: value)
                }
            }
        } else {
            try await db.raw("SELECT org, indicator, year, type, value FROM targets WHERE year >= \(bind: range.lowerBound) AND year <= \(bind: range.upperBound)").run { row in
                guard let org = try? row.decode(column: "org", as: String.self), let indicator = try? row.decode(column: "indicator", as: String.self),
                      let year = try? row.decode(column: "year", as: Int.self), let typeText = try? row.decode(column: "type", as: String.self),
                      let type = TargetType(rawValue: typeText), let value = try? row.decode(column: "value", as: String.self) else { return }
                box.workspace.setStoredTarget(org: org, indicator: indicator, year: year, type: type, value: value)
            }
        }
        // Millions of rows stream into the index one by one: none is held as a row object.
        if let sqlite = db as? any SQLiteDatabase {
            // On the connection itself: its row callback runs in the statement's loop, where the
            // pooled database's would queue one event-loop task per row.
            try await sqlite.withConnection { connection in
                try await connection.query("SELECT org, indicator, period, value, growth FROM observations WHERE year >= ? AND year <= ?",
                                           [.integer(range.lowerBound), .integer(range.upperBound)]) { row in
                    guard let org = row.column("org")?.string, let indicator = row.column("indicator")?.string,
                          let text = row.column("period")?.string, let period = Period(text) else { return }
                    box.workspace.setStored(org: org, indicator: indicator, period: period,
                                            value: row.column("value")?.string, growth: row.column("growth")?.string)
                }
            }
        } else {
            try await db.raw("SELECT org, indicator, period, value, growth FROM observations WHERE year >= \(bind: range.lowerBound) AND year <= \(bind: range.upperBound)").run { row in
                guard let org = try? row.decode(column: "org", as: String.self), let indicator = try? row.decode(column: "indicator", as: String.self),
                      let text = try? row.decode(column: "period", as: String.self), let period = Period(text) else { return }
                box.workspace.setStored(org: org, indicator: indicator, period: period,
                                        value: (try? row.decode(column: "value", as: String?.self)) ?? nil,
                                        growth: (try? row.decode(column: "growth", as: String?.self)) ?? nil)
            }
        }
        let workspace = box.workspace
        return (workspace, revision)
    }
}
