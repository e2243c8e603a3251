// Monthly progress of projects: written through the one import pipeline (CSV, the JSON API and the
// project page's form), read back as entered, and summed into the year's months for the figures.
import SQLKit
import TiaoduCore

public struct StoredProgress: Sendable, Equatable {
    public let report: ProgressReport
    public let updatedBy: String
    public let updatedAt: Int64
}

extension ProjectsRepository {
    /// The owner unit of a registered project (nil: no such code).
    public func projectOwner(_ code: String) async throws -> String? {
        try await sql.raw("SELECT owner FROM projects WHERE code = \(bind: code)").first()?.decode(column: "owner", as: String.self)
    }

    /// Progress reports of `year` (all projects, or one), oldest month first.
    public func progress(year: Int, code: String? = nil) async throws -> [StoredProgress] {
        var query = SQLQueryString("SELECT code, period, investment, progress, updated_by, updated_at FROM project_progress WHERE year = ")
        query.appendInterpolation(bind: year)
        if let code { query.appendInterpolation(unsafeRaw: " AND code = "); query.appendInterpolation(bind: code) }
        query.appendInterpolation(unsafeRaw: " ORDER BY code, period")
        return try await sql.raw(query).all().compactMap { row in
            let text = try row.decode(column: "investment", as: String.self)
            guard let period = Period(try row.decode(column: "period", as: String.self)), let value = Figure(text) else { return nil }
            return StoredProgress(report: ProgressReport(code: try row.decode(column: "code", as: String.self), period: period, investment: value,
                                                         investmentText: text, progress: try row.decode(column: "progress", as: String?.self)),
                                  updatedBy: try row.decode(column: "updated_by", as: String.self), updatedAt: try row.decode(column: "updated_at", as: Int64.self))
        }
    }

    /// The year's investment by project and month, for `Portfolio` and `ContestSheet`.
    public func monthlyInvestment(year: Int) async throws -> [String: [Int: Figure]] {
        var result: [String: [Int: Figure]] = [:]
        for stored in try await progress(year: year) {
            if case .month(_, let month) = stored.report.period { result[stored.report.code, default: [:]][month] = stored.report.investment }
        }
        return result
    }
}

extension Store {
    static func projectOwners(_ db: any SQLDatabase) async throws -> [String: String] {
        var owners: [String: String] = [:]
        for row in try await db.raw("SELECT code, owner FROM projects").all() {
            owners[try row.decode(column: "code", as: String.self)] = try row.decode(column: "owner", as: String.self)
        }
        return owners
    }

    static func upsertProgress(_ db: any SQLDatabase, _ reports: [ProgressReport], actor: String, source: WriteSource) async throws -> ImportSummary {
        /// A project's month: the key of a progress report.
        struct Month: Hashable { let code: String; let period: String }
        var stored: [Month: (String, String?)] = [:]
        let codes = Array(Set(reports.map(\.code)))
        for chunk in chunks(codes, columns: 1) {
            for row in try await db.raw("SELECT code, period, investment, progress FROM project_progress WHERE code IN (\(binds: Array(chunk)))").all() {
                stored[Month(code: try row.decode(column: "code", as: String.self), period: try row.decode(column: "period", as: String.self))] =
                    (try row.decode(column: "investment", as: String.self), try row.decode(column: "progress", as: String?.self))
            }
        }
        let changed = reports.filter { r in
            guard let old = stored[Month(code: r.code, period: r.period.description)] else { return true }
            return old.0 != r.investmentText || old.1 != r.progress
        }
        let now = Store.now()
        try await batchWrite(db, into: "project_progress", columns: ["code", "period", "year", "investment", "progress", "updated_by", "updated_at", "source"],
                             rows: changed.map { [SQLValue($0.code), SQLValue($0.period.description), SQLValue($0.period.year), SQLValue($0.investmentText),
                                                 SQLValue($0.progress), SQLValue(actor), SQLValue(now), SQLValue(source.rawValue)] },
                             conflict: ["code", "period"], update: ["investment", "progress", "updated_by", "updated_at", "source"])
        // A corrected month is in the project's history: what it said before, and who changed it.
        for report in changed {
            guard let old = stored[Month(code: report.code, period: report.period.description)] else { continue }
            func describe(_ amount: String, _ text: String?) -> String { "\(report.period): \(amount)" + (text.map { " (\($0))" } ?? "") }
            try await audit(db, actor: actor, action: .projectProgress, object: report.code, before: describe(old.0, old.1),
                            after: describe(report.investmentText, report.progress), source: source)
        }
        return ImportSummary(kind: .progress, rows: reports.count, replaced: changed.map { stored[Month(code: $0.code, period: $0.period.description)] != nil })
    }
}
