// The monthly cycle in the store: each unit's state for a period, moves between states checked
// by the access policy inside a transaction and recorded in the audit log, and the lock that
// every write of values respects.
import SQLKit
import TiaoduCore

public struct StoredSubmission: Sendable, Equatable {
    public let org: String
    public let period: String
    public let status: SubmissionStatus
    public let changedAt: Int64
    public let changedBy: String
}

public struct ApprovalFailure: Error, Equatable, Sendable {
    public let error: ApprovalError
}

extension CycleRepository {
    /// The units of `period` that are not drafts.
    public func submissions(period: Period) async throws -> [StoredSubmission] {
        let period = period.description
        return try await sql.raw("SELECT org, period, status, changed_at, changed_by FROM submissions WHERE period = \(bind: period) ORDER BY org").all().compactMap { row in
            guard let status = SubmissionStatus(rawValue: try row.decode(column: "status", as: String.self)) else { return nil }
            return StoredSubmission(org: try row.decode(column: "org", as: String.self), period: try row.decode(column: "period", as: String.self), status: status,
                                    changedAt: try row.decode(column: "changed_at", as: Int64.self), changedBy: try row.decode(column: "changed_by", as: String.self))
        }
    }

    /// Moves a unit's period through the cycle; throws `ApprovalFailure` when the policy says no.
    @discardableResult
    public func transition(org: String, period: Period, action: ApprovalAction, by principal: Principal, reason: String?, source: WriteSource) async throws -> SubmissionStatus {
        // A reason is one bounded text: no control or direction-override characters.
        if let reason, TextLimits.problem(reason, limit: TextLimits.text) != nil { throw ApprovalFailure(error: .reasonRequired) }
        // Figures go up with a note on every warning they raise (数据审核).
        if action == .submit, !(try await openWarnings(org: org, period: period)).isEmpty {
            throw ApprovalFailure(error: .notesRequired)
        }
        let period = period.description
        return try await transaction { db in
            let tree = OrgTree(try await Store.orgs(db))
            guard tree.contains(org) else { throw AccountError.unknownOrg(org) }
            let current = try await Store.states(db, periods: [period])[period]?[org] ?? .draft
            let submittedBy = try await db.raw("SELECT changed_by FROM submissions WHERE org = \(bind: org) AND period = \(bind: period) AND status = 'submitted'")
                .first()?.decode(column: "changed_by", as: String.self)
            switch AccessPolicy(tree: tree).apply(action, to: current, org: org, by: principal, reason: reason, submittedBy: submittedBy) {
            case .failure(let error): throw ApprovalFailure(error: error)
            case .success(let next):
                try await Store.setState(db, org: org, period: period, status: next, actor: principal.login)
                try await Store.audit(db, actor: principal.login, action: .approval(action), object: "\(org) \(period)",
                                     before: current.rawValue, after: next.rawValue + (reason.map { " · \($0)" } ?? ""), source: source)
                return next
            }
        }
    }

    /// Sets a state directly (the demo's history of earlier months); recorded in the audit log.
    public func setSubmission(org: String, period: Period, status: SubmissionStatus, actor: String) async throws {
        let period = period.description
        try await transaction { db in
            try await Store.setState(db, org: org, period: period, status: status, actor: actor)
            try await Store.audit(db, actor: actor, action: .approvalSet, object: "\(org) \(period)", after: status.rawValue, source: .system)
        }
    }
}

extension Store {
    static func setState(_ db: any SQLDatabase, org: String, period: String, status: SubmissionStatus, actor: String) async throws {
        try await db.raw("DELETE FROM submissions WHERE org = \(bind: org) AND period = \(bind: period)").run()
        if status != .draft {
            try await db.raw("""
                INSERT INTO submissions (org, period, status, changed_at, changed_by)
                VALUES (\(bind: org), \(bind: period), \(bind: status.rawValue), \(bind: Store.now()), \(bind: actor))
                """).run()
        }
    }

    /// period → org → state, for the given periods (drafts are absent).
    static func states(_ db: any SQLDatabase, periods: [String]) async throws -> [String: [String: SubmissionStatus]] {
        var states: [String: [String: SubmissionStatus]] = [:]
        for chunk in chunks(periods, columns: 1) {
            for row in try await db.raw("SELECT org, period, status FROM submissions WHERE period IN (\(binds: Array(chunk)))").all() {
                guard let status = SubmissionStatus(rawValue: try row.decode(column: "status", as: String.self)) else { continue }
                states[try row.decode(column: "period", as: String.self), default: [:]][try row.decode(column: "org", as: String.self)] = status
            }
        }
        return states
    }
}

extension CycleRepository {
    /// The periods some unit has submitted (or moved further): the monthly cycle's months.
    public func cyclePeriods() async throws -> Set<String> {
        Set(try await sql.raw("SELECT DISTINCT period FROM submissions").all().map { try $0.decode(column: "period", as: String.self) })
    }

    /// The published periods: those the root unit (the city) has accepted.
    public func publishedPeriods() async throws -> Set<String> {
        let rows = try await sql.raw("""
            SELECT s.period FROM submissions s JOIN org_units o ON o.code = s.org
            WHERE o.parent IS NULL AND s.status = \(bind: SubmissionStatus.accepted.rawValue)
            """).all()
        return Set(try rows.map { try $0.decode(column: "period", as: String.self) })
    }
}
