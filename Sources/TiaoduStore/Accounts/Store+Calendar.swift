// The reporting calendar's setting: the day of the next month on which a period's figures are
// due (5 unless set; changes are in the audit log).
import SQLKit
import TiaoduCore

extension Store {
    public func dueDay() async throws -> Int {
        try await sql.raw("SELECT value FROM settings WHERE key = 'due_day'").first()
            .flatMap { Int(try $0.decode(column: "value", as: String.self)) } ?? ReportingCalendar.defaultDueDay
    }

    public func setDueDay(_ day: Int, actor: String) async throws {
        precondition((1...28).contains(day))
        let before = try await dueDay()
        try await transaction { db in
            try await db.raw("DELETE FROM settings WHERE key = 'due_day'").run()
            try await db.raw("INSERT INTO settings (key, value) VALUES ('due_day', \(bind: String(day)))").run()
            try await Self.audit(db, actor: actor, action: "calendar.due_day", object: "due_day", before: String(before), after: String(day), source: "cli")
        }
    }
}
