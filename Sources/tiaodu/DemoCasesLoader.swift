// Loads the demo's cases (DemoCases) through the store as its people handled them — each step by
// the account with the role for it, on its own day — then makes the notices of the demo's day,
// so inboxes open with reminders, 催办 and escalations.
import TiaoduCore
import TiaoduDemo
import TiaoduStore

extension DemoLoader {
    /// The demo's fictional enterprises: before the accounts (the enterprise account names one).
    static func loadEnterprises(into store: Store) async throws {
        let admin = Principal(login: "demo", name: "demo", org: "yangzhou", roles: [.admin])
        try await store.cases.saveEnterprises(DemoCases.enterprises.map { Enterprise(code: $0.code, name: $0.name, org: $0.org) }, by: admin, source: .demo)
    }

    /// The cases, after the accounts; then the sweep of `today` (the demo's 2021-09-30).
    static func loadCases(into store: Store, today: Day) async throws {
        var principals: [String: Principal] = [:]
        for account in DemoAccounts.all {
            principals[account.login] = Principal(login: account.login, name: account.name, org: account.org, roles: account.roles,
                                                  department: DemoAccounts.departments[account.login], enterprise: DemoAccounts.enterprises[account.login])
        }
        func principal(_ login: String) -> Principal {
            guard let principal = principals[login] else { preconditionFailure("the demo's cases name an account it does not have: \(login)") }
            return principal
        }
        for script in DemoCases.scripts() {
            let record: CaseRecord
            do {
                record = try await store.cases.raise(script.draft, by: principal(script.login), today: script.raised)
            } catch {
                throw DemoCaseRefused(title: script.draft.title, step: "raise", error: error)
            }
            for step in script.steps {
                do {
                    try await store.cases.act(record.code, step.command, by: principal(step.login), today: step.day)
                } catch {
                    throw DemoCaseRefused(title: script.draft.title, step: "\(step.command.action.rawValue) on \(step.day)", error: error)
                }
            }
        }
        try await store.cases.sweep(today: today)
    }
}

/// A demo case the engine refused: which, at which step, and why (the demo's data is wrong).
struct DemoCaseRefused: Error, CustomStringConvertible {
    let title: String
    let step: String
    let error: any Error
    var description: String { "the demo case “\(title)” was refused at \(step): \((error as? CaseError)?.message(.en) ?? String(describing: error))" }
}
