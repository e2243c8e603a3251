// The store's features, each a repository over the one shared handle (`Store`: connections, the
// write gate and transactions, the change counters, the live workspace). A feature's reads and
// writes live in its folder as an extension of its repository: `store.accounts.createUser(…)`,
// `store.cycle.transition(…)`, `store.projects.moveProject(…)`. What several features share
// (the audit entry every write appends, the import pipeline, batched upserts) stays on `Store`.
import SQLKit

protocol Repository: Sendable {
    var store: Store { get }
}

extension Repository {
    var sql: any SQLDatabase { store.sql }
    var writer: any SQLDatabase { store.writer }
    var live: LiveWorkspace { store.live }
    var revisionCheckInterval: UInt64 { store.revisionCheckInterval }

    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await store.transaction(body)
    }
}

/// Users, browser sessions and API tokens.
public struct AccountsRepository: Repository { let store: Store }
/// The audit log: events, filtered reading, archiving.
public struct AuditLogRepository: Repository { let store: Store }
/// The monthly cycle: submissions and their moves, the reporting schedule.
public struct CycleRepository: Repository { let store: Store }
/// The org tree, the indicator catalogue, values, targets and their history, the workspace.
public struct FiguresRepository: Repository { let store: Store }
/// Major projects: the register, stage events, monthly progress, blockers, concentrated starts.
public struct ProjectsRepository: Repository { let store: Store }
/// The quarterly project contest: rules, county inputs, publication.
public struct ContestRepository: Repository { let store: Store }
/// The working-day calendar: the shipped schedules with the years an operator imported.
public struct CalendarRepository: Repository { let store: Store }
/// Cases: enterprise requests, supervision tasks, grid events, blockers; their types, notices.
public struct CasesRepository: Repository { let store: Store }

extension Store {
    public var accounts: AccountsRepository { AccountsRepository(store: self) }
    public var auditLog: AuditLogRepository { AuditLogRepository(store: self) }
    public var cycle: CycleRepository { CycleRepository(store: self) }
    public var figures: FiguresRepository { FiguresRepository(store: self) }
    public var projects: ProjectsRepository { ProjectsRepository(store: self) }
    public var contest: ContestRepository { ContestRepository(store: self) }
    public var calendar: CalendarRepository { CalendarRepository(store: self) }
    public var cases: CasesRepository { CasesRepository(store: self) }
}
