// The quarterly contest in the store: each quarter's rule set and county inputs (admins), and
// the published result — frozen once published, so next quarter's rank movement compares with
// what was announced.
import Foundation
import SQLKit
import TiaoduCore

/// The quarter's result is published: its rules and inputs no longer change.
public struct ContestPublished: Error, Equatable, Sendable {
    public let year: Int
    public let quarter: Int
}

/// A quarter's contest is published only after the city has accepted the quarter's last month:
/// before that its scores rest on figures not yet accepted.
public struct ContestNotReady: Error, Equatable, Sendable {
    public let month: String
}

public struct PublishedContestRow: Sendable, Equatable {
    public let org: String
    public let peerGroup: String
    public let rank: Int
    public let score: CountyScore
}

public struct PublishedContest: Sendable, Equatable {
    public let rows: [PublishedContestRow]
    public let by: String
    public let at: Int64
}

extension ContestRepository {
    // MARK: rules and inputs

    public func contestRules(year: Int, quarter: Int) async throws -> ContestRules? {
        guard let text = try await sql.raw("SELECT rules FROM contest_rules WHERE year = \(bind: year) AND quarter = \(bind: quarter)").first()?
            .decode(column: "rules", as: String.self) else { return nil }
        return try JSONDecoder().decode(ContestRules.self, from: Data(text.utf8))
    }

    /// The quarters that have a rule set, latest first.
    public func contestQuarters() async throws -> [(year: Int, quarter: Int)] {
        try await sql.raw("SELECT year, quarter FROM contest_rules ORDER BY year DESC, quarter DESC").all().map {
            (try $0.decode(column: "year", as: Int.self), try $0.decode(column: "quarter", as: Int.self))
        }
    }

    public func contestInputs(year: Int, quarter: Int) async throws -> [String: ContestCountyInput] {
        var inputs: [String: ContestCountyInput] = [:]
        for row in try await sql.raw("SELECT org, panel, criticisms FROM contest_inputs WHERE year = \(bind: year) AND quarter = \(bind: quarter)").all() {
            inputs[try row.decode(column: "org", as: String.self)] = ContestCountyInput(
                panel: try row.decode(column: "panel", as: String?.self).flatMap(Figure.init), criticisms: try row.decode(column: "criticisms", as: Int.self))
        }
        return inputs
    }

    /// Sets a quarter's rule set and county inputs (admins only; not after publication).
    public func saveContest(year: Int, quarter: Int, rules: ContestRules, inputs: [String: ContestCountyInput], by principal: Principal, source: WriteSource) async throws {
        try await transaction { db in
            let tree = OrgTree(try await Store.orgs(db))
            guard AccessPolicy(tree: tree).canAdminister(principal) else { throw ImportFailure([ImportIssue(line: 1, column: nil, reason: .notPermitted("contest"))]) }
            if try await Store.isPublished(db, year: year, quarter: quarter) { throw ContestPublished(year: year, quarter: quarter) }
            let unknown = inputs.keys.filter { !tree.contains($0) }.sorted()
            if !unknown.isEmpty { throw ImportFailure(unknown.map { ImportIssue(line: 1, column: "org", reason: .unknownOrg($0)) }) }
            let json = String(decoding: try Store.rulesEncoder.encode(rules), as: UTF8.self)
            try await db.raw("DELETE FROM contest_rules WHERE year = \(bind: year) AND quarter = \(bind: quarter)").run()
            try await db.raw("""
                INSERT INTO contest_rules (year, quarter, rules, updated_by, updated_at)
                VALUES (\(bind: year), \(bind: quarter), \(bind: json), \(bind: principal.login), \(bind: Store.now()))
                """).run()
            try await db.raw("DELETE FROM contest_inputs WHERE year = \(bind: year) AND quarter = \(bind: quarter)").run()
            for (org, input) in inputs.sorted(by: { $0.key < $1.key }) {
                try await db.raw("""
                    INSERT INTO contest_inputs (year, quarter, org, panel, criticisms)
                    VALUES (\(bind: year), \(bind: quarter), \(bind: org), \(bind: input.panel?.jsonLiteral), \(bind: input.criticisms))
                    """).run()
            }
            try await Store.audit(db, actor: principal.login, action: .contestRules, object: "\(year)Q\(quarter)", after: json, source: source)
        }
    }

    /// Publishes the sheet as computed now (admins only; once).
    public func publishContest(_ sheet: ContestSheet, by principal: Principal, source: WriteSource) async throws {
        try await transaction { db in
            guard AccessPolicy(tree: OrgTree(try await Store.orgs(db))).canAdminister(principal) else {
                throw ImportFailure([ImportIssue(line: 1, column: nil, reason: .notPermitted("contest"))])
            }
            if try await Store.isPublished(db, year: sheet.year, quarter: sheet.quarter) { throw ContestPublished(year: sheet.year, quarter: sheet.quarter) }
            let last = Period.month(year: sheet.year, month: sheet.quarter * 3).description
            let accepted = try await db.raw("""
                SELECT 1 AS ok FROM submissions s JOIN org_units o ON o.code = s.org
                WHERE o.parent IS NULL AND s.status = 'accepted' AND s.period = \(bind: last)
                """).first() != nil
            guard accepted else { throw ContestNotReady(month: last) }
            let now = Store.now()
            try await Store.batchWrite(db, into: "contest_results",
                                 columns: ["year", "quarter", "org", "peer_group", "rank", "projects", "concentrated", "deductions", "panel", "total", "published_by", "published_at"],
                                 rows: sheet.rows.map { r in
                                     [SQLValue(sheet.year), SQLValue(sheet.quarter), SQLValue(r.org), SQLValue(r.peerGroup), SQLValue(r.rank),
                                      SQLValue(Store.exact(r.score.projects)), SQLValue(Store.exact(r.score.concentratedStarts)), SQLValue(Store.exact(r.score.deductions)),
                                      SQLValue(Store.exact(r.score.panel)), SQLValue(Store.exact(r.score.total)), SQLValue(principal.login), SQLValue(now)]
                                 })
            try await Store.audit(db, actor: principal.login, action: .contestPublish, object: "\(sheet.year)Q\(sheet.quarter)", after: "\(sheet.rows.count) counties", source: source)
        }
    }

    public func contestResult(year: Int, quarter: Int) async throws -> PublishedContest? {
        let rows = try await sql.raw("""
            SELECT org, peer_group, rank, projects, concentrated, deductions, panel, published_by, published_at FROM contest_results
            WHERE year = \(bind: year) AND quarter = \(bind: quarter) ORDER BY rank, org
            """).all()
        guard let first = rows.first else { return nil }
        let result = try rows.map { row in
            func figure(_ column: String) throws -> Figure { Store.exact(try row.decode(column: column, as: String.self)) ?? 0 }
            let org = try row.decode(column: "org", as: String.self)
            return PublishedContestRow(org: org, peerGroup: try row.decode(column: "peer_group", as: String.self), rank: try row.decode(column: "rank", as: Int.self),
                                       score: CountyScore(org: org, projects: try figure("projects"), concentratedStarts: try figure("concentrated"),
                                                          deductions: try figure("deductions"), panel: try figure("panel")))
        }
        return PublishedContest(rows: result, by: try first.decode(column: "published_by", as: String.self), at: try first.decode(column: "published_at", as: Int64.self))
    }
}

extension Store {
    /// A rule set as the JSON stored (keys sorted).
    public static func rulesJSON(_ rules: ContestRules) throws -> Data { try rulesEncoder.encode(rules) }

    static let rulesEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func isPublished(_ db: any SQLDatabase, year: Int, quarter: Int) async throws -> Bool {
        try await db.raw("SELECT 1 AS one FROM contest_results WHERE year = \(bind: year) AND quarter = \(bind: quarter)").first() != nil
    }

    // MARK: results

    /// A score kept exactly, as `numerator/denominator` (60 × 9 ÷ 12.5 has no short decimal).
    static func exact(_ value: Figure) -> String { "\(value.numerator)/\(value.denominator)" }

    static func exact(_ text: String) -> Figure? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let n = Int128(String(parts[0])), let d = Int128(String(parts[1])), d != 0 else { return Figure(text) }
        return Figure(n, over: d)
    }
}
