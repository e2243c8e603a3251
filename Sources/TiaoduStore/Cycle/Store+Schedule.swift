// The reporting schedule's settings: the day of the next month on which a period's figures are
// due — for the workspace (5 unless set) and for a department's indicator set when it differs.
// Changes are in the audit log.
import SQLKit
import TiaoduCore

extension CycleRepository {
    public func dueDay() async throws -> Int {
        try await sql.raw("SELECT value FROM settings WHERE key = 'due_day'").first()
            .flatMap { Int(try $0.decode(column: "value", as: String.self)) } ?? ReportingSchedule.defaultDueDay
    }

    /// The due days of departments' indicator sets that have their own.
    public func departmentDueDays() async throws -> [String: Int] {
        var days: [String: Int] = [:]
        for row in try await sql.raw("SELECT key, value FROM settings WHERE key LIKE 'due_day:%'").all() {
            let key = try row.decode(column: "key", as: String.self)
            if let day = Int(try row.decode(column: "value", as: String.self)) { days[String(key.dropFirst("due_day:".count))] = day }
        }
        return days
    }

    /// Sets the workspace's due day, or a department's (`department`).
    public func setDueDay(_ day: Int, department: String? = nil, actor: String, source: WriteSource) async throws {
        precondition((1...28).contains(day))
        let key = department.map { "due_day:" + $0 } ?? "due_day"
        let before = department == nil ? try await dueDay() : try await departmentDueDays()[department!]
        try await transaction { db in
            try await db.raw("DELETE FROM settings WHERE key = \(bind: key)").run()
            try await db.raw("INSERT INTO settings (key, value) VALUES (\(bind: key), \(bind: String(day)))").run()
            try await Store.audit(db, actor: actor, action: .scheduleDueDay, object: key, before: before.map(String.init), after: String(day), source: source)
        }
    }

    /// How many months after the present one values may be entered for (0: up to this month).
    public func futureGraceMonths() async throws -> Int {
        try await sql.raw("SELECT value FROM settings WHERE key = 'future_months'").first()
            .flatMap { Int(try $0.decode(column: "value", as: String.self)) } ?? 0
    }

    public func setFutureGraceMonths(_ months: Int, actor: String, source: WriteSource) async throws {
        precondition((0...24).contains(months))
        let before = try await futureGraceMonths()
        try await transaction { db in
            try await db.raw("DELETE FROM settings WHERE key = 'future_months'").run()
            try await db.raw("INSERT INTO settings (key, value) VALUES ('future_months', \(bind: String(months)))").run()
            try await Store.audit(db, actor: actor, action: .scheduleFutureMonths, object: "future_months", before: String(before), after: String(months), source: source)
        }
    }
}
