// Writing targets and values: each changed or new row is upserted with who wrote it, when and
// through which route; a row that replaces another appends the old contents (and who had entered
// them) to the history. Rows identical to what is stored are left alone.
import Foundation
import SQLKit
import TiaoduCore

/// A stored row's contents and provenance: value, extra (growth, or the target's type), when,
/// by whom, through which route.
private struct Version {
    let value, extra: String?
    var at: Int64 = 0
    var by: String? = nil
    var source: String? = nil

    init(_ value: String?, _ extra: String?) { (self.value, self.extra) = (value, extra) }

    init(_ row: any SQLKit.SQLRow, value: String, extra: String) throws {
        self.value = try row.decode(column: value, as: String?.self)
        self.extra = try row.decode(column: extra, as: String?.self)
        at = try row.decode(column: "updated_at", as: Int64.self)
        by = try row.decode(column: "updated_by", as: String.self)
        source = try row.decode(column: "source", as: String?.self)
    }
}

/// One row to write with what it replaces, for the history.
private struct Change {
    let org, indicator, key: String
    let year: Int
    let old: Version?
    let new: Version
}

extension Store {
    static func upsertValues(_ db: any SQLDatabase, _ inputs: [ValueInput], actor: String, source: WriteSource) async throws -> ImportSummary {
        // What is stored now for the periods this batch touches.
        var stored: [ObservationKey: Version] = [:]
        let periods = Array(Set(inputs.map { $0.observation.period.description }))
        for chunk in chunks(periods, columns: 1) {
            let rows = try await db.raw("SELECT org, indicator, period, value, growth, updated_at, updated_by, source FROM observations WHERE period IN (\(binds: Array(chunk)))").all()
            for row in rows {
                guard let period = Period(try row.decode(column: "period", as: String.self)) else { continue }
                let key = ObservationKey(org: try row.decode(column: "org", as: String.self), indicator: try row.decode(column: "indicator", as: String.self), period: period)
                stored[key] = try Version(row, value: "value", extra: "growth")
            }
        }
        var changes: [Change] = []
        for input in inputs {
            let o = input.observation
            let key = ObservationKey(org: o.org, indicator: o.indicator, period: o.period)
            let old = stored[key]
            if let old, old.value == input.valueText, old.extra == input.growthText { continue }
            changes.append(Change(org: o.org, indicator: o.indicator, key: o.period.description, year: o.period.year,
                                  old: old, new: Version(input.valueText, input.growthText)))
        }
        let now = Store.now()
        try await batchWrite(db, into: "observations", columns: ["org", "indicator", "period", "year", "value", "growth", "updated_at", "updated_by", "source"],
                             rows: changes.map { [SQLValue($0.org), SQLValue($0.indicator), SQLValue($0.key), SQLValue($0.year),
                                                 SQLValue($0.new.value), SQLValue($0.new.extra), SQLValue(now), SQLValue(actor), SQLValue(source.rawValue)] },
                             conflict: ["org", "indicator", "period"], update: ["value", "growth", "updated_at", "updated_by", "source"])
        try await appendHistory(db, kind: "value", changes, at: now, actor: actor, source: source)
        return ImportSummary(kind: .values, rows: inputs.count, replaced: changes.map { $0.old != nil })
    }

    /// A target of a year that has an accepted month changes only with an admin's stated reason
    /// (`unlocked`): the year's published completions rest on it.
    static func upsertTargets(_ db: any SQLDatabase, _ inputs: [TargetInput], actor: String, source: WriteSource,
                              book: inout LockBook, lines: [Int] = [], unlocked: Bool = false) async throws -> ImportSummary {
        var stored: [TargetKey: Version] = [:]
        for row in try await db.raw("SELECT org, indicator, year, type, value, updated_at, updated_by, source FROM targets").all() {
            let key = TargetKey(org: try row.decode(column: "org", as: String.self), indicator: try row.decode(column: "indicator", as: String.self),
                                year: try row.decode(column: "year", as: Int.self))
            stored[key] = try Version(row, value: "value", extra: "type")
        }
        var changes: [Change] = []
        var locked: [ImportIssue] = []
        for (index, input) in inputs.enumerated() {
            let t = input.target
            let old = stored[TargetKey(org: t.org, indicator: t.indicator, year: t.year)]
            if let old, old.value == input.text, old.extra == t.type.rawValue { continue }
            if !unlocked, let lock = book.acceptedMonth(in: t.year, of: t.org) {
                locked.append(ImportIssue(line: index < lines.count ? lines[index] : index + 1, column: "value",
                                          reason: .targetsLocked(org: t.org, year: t.year, month: lock.month.description)))
            }
            changes.append(Change(org: t.org, indicator: t.indicator, key: String(t.year), year: t.year, old: old, new: Version(input.text, t.type.rawValue)))
        }
        if !locked.isEmpty { throw ImportFailure(locked) }
        let now = Store.now()
        try await batchWrite(db, into: "targets", columns: ["org", "indicator", "year", "type", "value", "updated_at", "updated_by", "source"],
                             rows: changes.map { [SQLValue($0.org), SQLValue($0.indicator), SQLValue($0.year), SQLValue($0.new.extra),
                                                 SQLValue($0.new.value), SQLValue(now), SQLValue(actor), SQLValue(source.rawValue)] },
                             conflict: ["org", "indicator", "year"], update: ["type", "value", "updated_at", "updated_by", "source"])
        try await appendHistory(db, kind: "target", changes, at: now, actor: actor, source: source)
        return ImportSummary(kind: .targets, rows: inputs.count, replaced: changes.map { $0.old != nil })
    }

    /// Appends the replaced versions: the old contents with who had entered them, then who
    /// replaced them. First entries have no history row; the stored row is their record.
    fileprivate static func appendHistory(_ db: any SQLDatabase, kind: String, _ changes: [Change], at now: Int64, actor: String, source: WriteSource) async throws {
        let replaced = changes.compactMap { change in change.old.map { (change, $0) } }
        try await batchWrite(db, into: "value_history",
                             columns: ["kind", "org", "indicator", "period", "old_value", "old_extra", "old_changed_at", "old_changed_by", "old_source",
                                       "new_value", "new_extra", "changed_at", "changed_by", "source"],
                             rows: replaced.map { change, old in
                                 [SQLValue(kind), SQLValue(change.org), SQLValue(change.indicator), SQLValue(change.key), SQLValue(old.value),
                                  SQLValue(old.extra), SQLValue(old.at), SQLValue(old.by), SQLValue(old.source), SQLValue(change.new.value),
                                  SQLValue(change.new.extra), SQLValue(now), SQLValue(actor), SQLValue(source.rawValue)]
                             })
    }
}

/// Why a value could not be deleted.
public enum DeleteValueError: Error, Equatable, Sendable {
    case notPermitted
    case reasonRequired
    case notFound
    case locked(Lock)
}

extension FiguresRepository {
    /// Deletes a mistaken value (a figure typed into a wrong or far-future period): admins only,
    /// with a reason, never of a locked month. The removed contents go to the history and the
    /// audit log, so nothing is lost.
    public func deleteValue(org: String, indicator: String, period: Period, reason: String, by principal: Principal, source: WriteSource) async throws {
        guard principal.isAdmin else { throw DeleteValueError.notPermitted }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw DeleteValueError.reasonRequired }
        guard TextLimits.problem(reason, limit: TextLimits.text) == nil else { throw DeleteValueError.reasonRequired }
        try await transaction { db in
            guard let row = try await db.raw("""
                SELECT value, growth, updated_at, updated_by, source FROM observations
                WHERE org = \(bind: org) AND indicator = \(bind: indicator) AND period = \(bind: period.description)
                """).first() else { throw DeleteValueError.notFound }
            var book = try await Store.lockBook(db, tree: OrgTree(try await Store.orgs(db)))
            if let lock = book.lock(writing: period, of: org) { throw DeleteValueError.locked(lock) }
            let old = try Version(row, value: "value", extra: "growth")
            try await db.raw("DELETE FROM observations WHERE org = \(bind: org) AND indicator = \(bind: indicator) AND period = \(bind: period.description)").run()
            let now = Store.now()
            try await Store.appendHistory(db, kind: "value", [Change(org: org, indicator: indicator, key: period.description, year: period.year, old: old, new: Version(nil, nil))],
                                    at: now, actor: principal.login, source: source)
            try await Store.audit(db, actor: principal.login, action: .deleteValue, object: "\(org)/\(indicator)/\(period)",
                                 before: "value=\(old.value ?? ""); growth=\(old.extra ?? "")", after: "deleted · \(reason)", source: source)
            _ = try await Store.bumpRevision(db)
        }
        await live.invalidate()
    }
}
