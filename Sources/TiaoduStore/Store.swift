// The store: one code base over SQLite (embedded, default) and PostgreSQL, through FluentKit's
// connection handling and migrations and SQLKit's dialect-aware, parameterised SQL.
import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import SQLiteNIO
import TiaoduCore

public final class Store: Sendable {
    public let location: DatabaseLocation
    private let databases: Databases
    /// SQLite gets one writing connection on one event loop, so writers in this process never
    /// contend for its lock; PostgreSQL gets a pooled connection on any loop.
    private let pinnedLoop: (any EventLoop)?
    /// SQLite in a file also gets reading connections of their own (WAL lets them read while
    /// the writer writes), so a long write never makes a page wait.
    private let readerID: DatabaseID?
    private let logger: Logger
    let live = LiveWorkspace()
    let trees = TreeCache()
    /// Writers of this process queue here before they take a connection, so waiting writers never
    /// hold the connections that reads need.
    private let gate = WriteGate()
    /// How often (nanoseconds) the live workspace asks the database whether another process
    /// has written; 0 asks on every read. This process's own writes are always in at once.
    public let revisionCheckInterval: UInt64
    /// where business dates come from (today, the month open for entry)
    public let clock: DayClock

    private init(location: DatabaseLocation, databases: Databases, pinnedLoop: (any EventLoop)?, readerID: DatabaseID?, logger: Logger,
                 revisionCheckInterval: UInt64, clock: DayClock) {
        self.clock = clock
        self.readerID = readerID
        self.revisionCheckInterval = revisionCheckInterval
        self.location = location
        self.databases = databases
        self.pinnedLoop = pinnedLoop
        self.logger = logger
    }

    /// Opens the database and brings its schema up to date.
    /// `clock`: the day business dates are judged by (the real date unless fixed, as the demo's is).
    public static func open(_ location: DatabaseLocation, logger: Logger = Logger(label: "tiaodu.store"),
                            revisionCheckInterval: UInt64 = 0, clock: DayClock = .system) async throws -> Store {
        try await open(location, logger: logger, migrate: true, revisionCheckInterval: revisionCheckInterval, clock: clock)
    }

    /// `migrate: false` only connects (tests use it to create and drop scratch databases).
    static func open(_ location: DatabaseLocation, logger: Logger, migrate: Bool, revisionCheckInterval: UInt64 = 0,
                     clock: DayClock = .system) async throws -> Store {
        let group = MultiThreadedEventLoopGroup.singleton
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: group)
        var pinned: (any EventLoop)? = group.next()
        var readerID: DatabaseID?
        switch location {
        case .sqlite(let path):
            databases.use(.sqlite(.init(storage: .file(path: path), enableForeignKeys: true), connectionPoolTimeout: .seconds(20), sqlLogLevel: nil), as: .sqlite)
            readerID = DatabaseID(string: "sqlite-read")
            databases.use(.sqlite(.init(storage: .file(path: path), enableForeignKeys: true), sqlLogLevel: nil), as: readerID!, isDefault: false)
        case .sqliteMemory:
            databases.use(.sqlite(.init(storage: .memory, enableForeignKeys: true), sqlLogLevel: nil), as: .sqlite)
        case .postgres(let url):
            databases.use(try .postgres(url: url, maxConnectionsPerEventLoop: 4, sqlLogLevel: .trace), as: .psql)
            pinned = nil
        }
        let store = Store(location: location, databases: databases, pinnedLoop: pinned, readerID: readerID, logger: logger,
                          revisionCheckInterval: revisionCheckInterval, clock: clock)
        do {
            if migrate { try await store.prepare() }
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    public func close() async {
        await databases.shutdownAsync()
    }

    /// The writing database (and the only one for PostgreSQL and an in-memory SQLite).
    var database: any Database {
        databases.database(logger: logger, on: pinnedLoop ?? MultiThreadedEventLoopGroup.singleton.any())!
    }

    /// For reads: SQLite's reading connections, else the one pool.
    var sql: any SQLDatabase {
        guard let readerID else { return writer }
        return databases.database(readerID, logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())!.sql
    }

    /// For single statements that write outside a transaction (sessions, sign-in events).
    var writer: any SQLDatabase { database.sql }

    public var isPostgres: Bool { if case .postgres = location { return true } else { return false } }

    /// Runs `body` in one transaction: everything or nothing is written. Writers are serialised:
    /// on SQLite the transaction takes the write lock at its start (`BEGIN IMMEDIATE`, waiting out
    /// another process up to the busy timeout) so what it reads cannot change before it writes; on
    /// PostgreSQL every write transaction first takes one advisory lock, so a lock check, the
    /// upsert and its history row, or a submission and the writes it must wait for, never
    /// interleave.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        guard await gate.enter() else { throw StoreBusy() }
        do {
            let result = try await serialisedTransaction(body)
            await gate.leave()
            return result
        } catch {
            await gate.leave()
            throw error
        }
    }

    private func serialisedTransaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        do {
            if isPostgres {
                return try await database.transaction { db in
                    let sql = db.sql
                    try await sql.raw("SELECT pg_advisory_xact_lock(\(bind: Self.writeLockKey))").run()
                    return try await body(sql)
                }
            }
            return try await database.withConnection { connection in
                let db = connection.sql
                try await db.raw("BEGIN IMMEDIATE").run()
                do {
                    let result = try await body(db)
                    try await db.raw("COMMIT").run()
                    return result
                } catch {
                    try? await db.raw("ROLLBACK").run()
                    throw error
                }
            }
        } catch where Self.isBusy(error) {
            throw StoreBusy()
        }
    }

    /// The advisory lock every PostgreSQL write transaction holds (any fixed number).
    static let writeLockKey = 7_310_001

    /// Another writer holds the database past the busy timeout, or every connection is taken.
    public static func isBusy(_ error: any Error) -> Bool {
        if error is StoreBusy { return true }
        if let sqlite = error as? SQLiteError {
            switch sqlite.reason {
            case .busy, .locked, .busyInRecovery, .busyInSnapshot, .busyTimeout: return true
            default: return false
            }
        }
        return String(reflecting: type(of: error)).hasSuffix("ConnectionPoolTimeoutError")
    }

    private func prepare() async throws {
        if !isPostgres {
            // WAL lets readers go on while an import writes; the timeout waits out another process.
            try await writer.raw("PRAGMA journal_mode=WAL").run()
            try await writer.raw("PRAGMA busy_timeout=10000").run()
            try await writer.raw("PRAGMA synchronous=NORMAL").run()
        }
        let migrations = Migrations()
        migrations.add(Schema001.all)
        migrations.add(Schema002.all)
        migrations.add(Schema003.all)
        migrations.add(Schema004.all)
        migrations.add(Schema005.all)
        migrations.add(Schema006.all)
        migrations.add(Schema007.all)
        migrations.add(Schema008.all)
        migrations.add(Schema009.all)
        migrations.add(Schema010.all)
        migrations.add(Schema011.all)
        migrations.add(Schema012.all)
        migrations.add(Schema013.all)
        migrations.add(Schema014.all)
        migrations.add(Schema015.all)
        migrations.add(Schema016.all)
        migrations.add(Schema017.all)
        migrations.add(Schema018.all)
        migrations.add(Schema019.all)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger,
                                on: pinnedLoop ?? MultiThreadedEventLoopGroup.singleton.any(), migrationLogLevel: .debug)
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    public static func now() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }
}

/// One writer at a time in this process, first come first served; past `limit` waiting writers a
/// new one is turned away at once (the caller answers 503) instead of queueing without end.
actor WriteGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []
    static let limit = 512

    func enter() async -> Bool {
        guard busy else { busy = true; return true }
        guard waiting.count < Self.limit else { return false }
        await withCheckedContinuation { waiting.append($0) }
        return true
    }

    func leave() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}

/// The database stayed busy with another writer (another process, or many writers at once) past
/// the wait: nothing was written, and trying again shortly is the remedy.
public struct StoreBusy: Error, CustomStringConvertible, Sendable {
    public init() {}
    public var description: String {
        "the database is busy with another writer (a running server or another import); nothing was written — try again in a moment"
    }
}
