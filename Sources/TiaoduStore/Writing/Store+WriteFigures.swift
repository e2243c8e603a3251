// Writing targets and values: each changed or new row is upserted and its old and new contents
// appended to the history; rows identical to what is stored are left alone.
import Foundation
import SQLKit
import TiaoduCore

/// One row to write with what it replaces, for the history.
private struct Change {
    let org, indicator, key: String
    let year: Int
    let old: (String?, String?)?
    let new: (String?, String?)
}

extension Store {
    static func upsertValues(_ db: any SQLDatabase, _ inputs: [ValueInput], actor: String, source: WriteSource) async throws -> ImportSummary {
        // What is stored now for the periods this batch touches.
        var stored: [ObservationKey: (String?, String?)] = [:]
        let periods = Array(Set(inputs.map { $0.observation.period.description }))
        for chunk in chunks(periods, columns: 1) {
            let rows = try await db.raw("SELECT org, indicator, period, value, growth FROM observations WHERE period IN (\(binds: Array(chunk)))").all()
            for row in rows {
                guard let period = Period(try row.decode(column: "period", as: String.self)) else { continue }
                let key = ObservationKey(org: try row.decode(column: "org", as: String.self), indicator: try row.decode(column: "indicator", as: String.self), period: period)
                stored[key] = (try row.decode(column: "value", as: String?.self), try row.decode(column: "growth", as: String?.self))
            }
        }
        var changes: [Change] = []
        for input in inputs {
            let o = input.observation
            let key = ObservationKey(org: o.org, indicator: o.indicator, period: o.period)
            let old = stored[key]
            if let old, old.0 == input.valueText, old.1 == input.growthText { continue }
            changes.append(Change(org: o.org, indicator: o.indicator, key: o.period.description, year: o.period.year,
                                  old: old, new: (input.valueText, input.growthText)))
        }
        let now = Store.now()
        try await batchWrite(db, into: "observations", columns: ["org", "indicator", "period", "year", "value", "growth", "updated_at", "updated_by"],
                             rows: changes.map { [SQLValue($0.org), SQLValue($0.indicator), SQLValue($0.key), SQLValue($0.year),
                                                 SQLValue($0.new.0), SQLValue($0.new.1), SQLValue(now), SQLValue(actor)] },
                             conflict: ["org", "indicator", "period"], update: ["value", "growth", "updated_at", "updated_by"])
        try await appendHistory(db, kind: "value", changes, at: now, actor: actor, source: source)
        return ImportSummary(kind: .values, rows: inputs.count, replaced: changes.map { $0.old != nil })
    }

    static func upsertTargets(_ db: any SQLDatabase, _ inputs: [TargetInput], actor: String, source: WriteSource) async throws -> ImportSummary {
        var stored: [TargetKey: (String?, String?)] = [:]
        for row in try await db.raw("SELECT org, indicator, year, type, value FROM targets").all() {
            let key = TargetKey(org: try row.decode(column: "org", as: String.self), indicator: try row.decode(column: "indicator", as: String.self),
                                year: try row.decode(column: "year", as: Int.self))
            stored[key] = (try row.decode(column: "value", as: String.self), try row.decode(column: "type", as: String.self))
        }
        var changes: [Change] = []
        for input in inputs {
            let t = input.target
            let old = stored[TargetKey(org: t.org, indicator: t.indicator, year: t.year)]
            if let old, old.0 == input.text, old.1 == t.type.rawValue { continue }
            changes.append(Change(org: t.org, indicator: t.indicator, key: String(t.year), year: t.year, old: old, new: (input.text, t.type.rawValue)))
        }
        let now = Store.now()
        try await batchWrite(db, into: "targets", columns: ["org", "indicator", "year", "type", "value", "updated_at", "updated_by"],
                             rows: changes.map { [SQLValue($0.org), SQLValue($0.indicator), SQLValue($0.year), SQLValue($0.new.1),
                                                 SQLValue($0.new.0), SQLValue(now), SQLValue(actor)] },
                             conflict: ["org", "indicator", "year"], update: ["type", "value", "updated_at", "updated_by"])
        try await appendHistory(db, kind: "target", changes, at: now, actor: actor, source: source)
        return ImportSummary(kind: .targets, rows: inputs.count, replaced: changes.map { $0.old != nil })
    }

    private static func appendHistory(_ db: any SQLDatabase, kind: String, _ changes: [Change], at now: Int64, actor: String, source: WriteSource) async throws {
        try await batchWrite(db, into: "value_history",
                             columns: ["kind", "org", "indicator", "period", "old_value", "old_extra", "new_value", "new_extra", "changed_at", "changed_by", "source"],
                             rows: changes.map { [SQLValue(kind), SQLValue($0.org), SQLValue($0.indicator), SQLValue($0.key), SQLValue($0.old?.0 ?? nil),
                                                 SQLValue($0.old?.1 ?? nil), SQLValue($0.new.0), SQLValue($0.new.1), SQLValue(now),
                                                 SQLValue(actor), SQLValue(source.rawValue)] })
    }
}
