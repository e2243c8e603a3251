// What an approver needs to judge a unit's month (数据审核): the plausibility warnings on its
// figures and the unit's note on each, the moves of the month so far (who submitted, who
// returned it and why), and what changed since the last submission. A unit submits only when
// every warning has its note.
import SQLKit
import TiaoduCore

/// A unit's explanation of one warning on one figure (「新投产企业开票，属实」).
public struct FigureNote: Sendable, Equatable {
    public let org: String
    public let indicator: String
    public let period: String
    /// the warning's kind (`PlausibilityFlag.kind`)
    public let flag: String
    public let note: String
    public let notedAt: Int64
    public let notedBy: String
}

/// One move of a unit's month in the cycle, from the audit log.
public struct CycleMove: Sendable, Equatable {
    public let at: Int64
    public let actor: String
    public let action: ApprovalAction
    public let reason: String?
}

/// A figure that changed since the last submission: what the approver saw then, and now.
public struct ChangedFigure: Sendable, Equatable {
    public let indicator: String
    public let oldValue: String?
    public let oldGrowth: String?
    public let newValue: String?
    public let newGrowth: String?
}

/// Why notes could not be saved.
public enum FigureNoteError: Error, Equatable, Sendable {
    case notPermitted
    case unknownWarning(indicator: String, flag: String)
    case badText(ImportReason)
}

extension CycleRepository {
    /// The unit's notes on its figures of a period.
    public func notes(org: String, period: Period) async throws -> [FigureNote] {
        try await sql.raw("""
            SELECT org, indicator, period, flag, note, noted_at, noted_by FROM figure_notes
            WHERE org = \(bind: org) AND period = \(bind: period.description) ORDER BY indicator, flag
            """).all().map { row in
            FigureNote(org: try row.decode(column: "org", as: String.self), indicator: try row.decode(column: "indicator", as: String.self),
                       period: try row.decode(column: "period", as: String.self), flag: try row.decode(column: "flag", as: String.self),
                       note: try row.decode(column: "note", as: String.self), notedAt: try row.decode(column: "noted_at", as: Int64.self),
                       notedBy: try row.decode(column: "noted_by", as: String.self))
        }
    }

    /// The warnings on the unit's figures of a period, as the figures stand now.
    public func warnings(org: String, period: Period) async throws -> [PlausibilityWarning] {
        let (workspace, _) = try await store.figures.liveWorkspace()
        return Plausibility.warnings(org: org, period: period, in: workspace)
    }

    /// Warnings that have no note yet: a unit cannot submit while any is left.
    public func openWarnings(org: String, period: Period) async throws -> [PlausibilityWarning] {
        let noted = Set(try await notes(org: org, period: period).filter { !$0.note.isEmpty }.map { "\($0.indicator) \($0.flag)" })
        return try await warnings(org: org, period: period).filter { !noted.contains("\($0.indicator) \($0.flag.kind)") }
    }

    /// Saves the unit's notes on warnings of its figures, all or none: only someone who may enter
    /// the unit's figures, only on a warning the figures raise now; an empty note removes one.
    public func saveNotes(org: String, period: Period, _ notes: [(indicator: String, flag: String, note: String)],
                          by principal: Principal, source: WriteSource) async throws {
        let tree = OrgTree(try await Store.orgs(sql))
        guard tree.contains(org), AccessPolicy(tree: tree).canEnter(principal, org: org) else { throw FigureNoteError.notPermitted }
        let raised = Set(try await warnings(org: org, period: period).map { "\($0.indicator) \($0.flag.kind)" })
        for note in notes {
            guard raised.contains("\(note.indicator) \(note.flag)") else { throw FigureNoteError.unknownWarning(indicator: note.indicator, flag: note.flag) }
            if let problem = TextLimits.problem(note.note, limit: TextLimits.text) { throw FigureNoteError.badText(problem) }
        }
        let key = period.description
        try await transaction { db in
            for note in notes {
                let text = note.note.trimmingCharacters(in: .whitespacesAndNewlines)
                try await db.raw("""
                    DELETE FROM figure_notes WHERE org = \(bind: org) AND indicator = \(bind: note.indicator)
                    AND period = \(bind: key) AND flag = \(bind: note.flag)
                    """).run()
                guard !text.isEmpty else { continue }
                try await db.raw("""
                    INSERT INTO figure_notes (org, indicator, period, flag, note, noted_at, noted_by)
                    VALUES (\(bind: org), \(bind: note.indicator), \(bind: key), \(bind: note.flag), \(bind: text), \(bind: Store.now()), \(bind: principal.login))
                    """).run()
                try await Store.audit(db, actor: principal.login, action: .figureNote, object: "\(org) \(note.indicator) \(key)",
                                      after: "\(note.flag) · \(text)", source: source)
            }
        }
    }

    /// The moves of a unit's period so far, oldest first.
    public func moves(org: String, period: Period) async throws -> [CycleMove] {
        try await sql.raw("""
            SELECT at, actor, action, after FROM audit_log
            WHERE object = \(bind: "\(org) \(period.description)") AND action IN (\(binds: ApprovalAction.allCases.map { AuditAction.approval($0).rawValue })) ORDER BY id
            """).all().compactMap { row in
            let raw = try row.decode(column: "action", as: String.self)
            guard raw.hasPrefix("approval."), let action = ApprovalAction(rawValue: String(raw.dropFirst("approval.".count))) else { return nil }
            // The reason follows the new state in the log: "draft · 数据有误".
            let after = try row.decode(column: "after", as: String?.self) ?? ""
            let reason = after.range(of: " · ").map { String(after[$0.upperBound...]) }
            return CycleMove(at: try row.decode(column: "at", as: Int64.self), actor: try row.decode(column: "actor", as: String.self),
                             action: action, reason: reason)
        }
    }

    /// The last move of each unit's period (a month returned shows its reason from here: the
    /// submission row of a returned month is gone, its state a draft again).
    public func lastMoves(period: Period) async throws -> [String: CycleMove] {
        let suffix = " " + period.description
        var last: [String: CycleMove] = [:]
        for row in try await sql.raw("""
            SELECT at, actor, action, object, after FROM audit_log
            WHERE action IN (\(binds: ApprovalAction.allCases.map { AuditAction.approval($0).rawValue })) AND object LIKE \(bind: "% " + period.description) ORDER BY id
            """).all() {
            let object = try row.decode(column: "object", as: String.self)
            let raw = try row.decode(column: "action", as: String.self)
            guard object.hasSuffix(suffix), raw.hasPrefix("approval."),
                  let action = ApprovalAction(rawValue: String(raw.dropFirst("approval.".count))) else { continue }
            let after = try row.decode(column: "after", as: String?.self) ?? ""
            last[String(object.dropLast(suffix.count))] = CycleMove(
                at: try row.decode(column: "at", as: Int64.self), actor: try row.decode(column: "actor", as: String.self),
                action: action, reason: after.range(of: " · ").map { String(after[$0.upperBound...]) })
        }
        return last
    }

    /// The unit's figures of a period that changed after `since` (the previous submission):
    /// as they stood then (nothing, if first entered after) and as they stand now.
    public func changes(org: String, period: Period, since: Int64) async throws -> [ChangedFigure] {
        let key = period.description
        var before: [String: (value: String?, growth: String?)] = [:]
        for row in try await sql.raw("""
            SELECT indicator, old_value, old_extra, old_changed_at FROM value_history
            WHERE kind = 'value' AND org = \(bind: org) AND period = \(bind: key) AND changed_at > \(bind: since) ORDER BY id
            """).all() {
            let indicator = try row.decode(column: "indicator", as: String.self)
            guard before[indicator] == nil else { continue }
            // The first change after `since` replaced what stood then, unless that too came after.
            let enteredAfter = (try row.decode(column: "old_changed_at", as: Int64?.self) ?? 0) > since
            before[indicator] = enteredAfter ? (nil, nil) : (try row.decode(column: "old_value", as: String?.self), try row.decode(column: "old_extra", as: String?.self))
        }
        var changed: [ChangedFigure] = []
        for row in try await sql.raw("""
            SELECT indicator, value, growth, updated_at FROM observations WHERE org = \(bind: org) AND period = \(bind: key) ORDER BY indicator
            """).all() {
            let indicator = try row.decode(column: "indicator", as: String.self)
            let value = try row.decode(column: "value", as: String?.self), growth = try row.decode(column: "growth", as: String?.self)
            let updatedAt = try row.decode(column: "updated_at", as: Int64.self)
            let then = before[indicator] ?? (updatedAt > since ? (nil, nil) : (value, growth))
            guard then.value != value || then.growth != growth else { continue }
            changed.append(ChangedFigure(indicator: indicator, oldValue: then.value, oldGrowth: then.growth, newValue: value, newGrowth: growth))
        }
        return changed
    }
}
