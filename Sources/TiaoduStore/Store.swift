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

public final class Store: Sendable {
    public let location: DatabaseLocation
    private let databases: Databases
    /// SQLite gets one connection on one event loop, so writers never contend for its lock;
    /// PostgreSQL gets a pooled connection on any loop.
    private let pinnedLoop: (any EventLoop)?
    private let logger: Logger
    let live = LiveWorkspace()
    /// How often (nanoseconds) the live workspace asks the database whether another process
    /// has written; 0 asks on every read. This process's own writes are always in at once.
    public let revisionCheckInterval: UInt64

    private init(location: DatabaseLocation, databases: Databases, pinnedLoop: (any EventLoop)?, logger: Logger, revisionCheckInterval: UInt64) {
        self.revisionCheckInterval = revisionCheckInterval
        self.location = location
        self.databases = databases
        self.pinnedLoop = pinnedLoop
        self.logger = logger
    }

    /// Opens the database and brings its schema up to date.
    public static func open(_ location: DatabaseLocation, logger: Logger = Logger(label: "tiaodu.store"),
                            revisionCheckInterval: UInt64 = 0) async throws -> Store {
        try await open(location, logger: logger, migrate: true, revisionCheckInterval: revisionCheckInterval)
    }

    /// `migrate: false` only connects (tests use it to create and drop scratch databases).
    static func open(_ location: DatabaseLocation, logger: Logger, migrate: Bool, revisionCheckInterval: UInt64 = 0) async throws -> Store {
        let group = MultiThreadedEventLoopGroup.singleton
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: group)
        var pinned: (any EventLoop)? = group.next()
        switch location {
        case .sqlite(let path):
            databases.use(.sqlite(.init(storage: .file(path: path), enableForeignKeys: true), sqlLogLevel: nil), as: .sqlite)
        case .sqliteMemory:
            databases.use(.sqlite(.init(storage: .memory, enableForeignKeys: true), sqlLogLevel: nil), as: .sqlite)
        case .postgres(let url):
            databases.use(try .postgres(url: url, maxConnectionsPerEventLoop: 4, sqlLogLevel: .trace), as: .psql)
            pinned = nil
        }
        let store = Store(location: location, databases: databases, pinnedLoop: pinned, logger: logger, revisionCheckInterval: revisionCheckInterval)
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

    var database: any Database {
        databases.database(logger: logger, on: pinnedLoop ?? MultiThreadedEventLoopGroup.singleton.any())!
    }

    var sql: any SQLDatabase { database as! any SQLDatabase }

    public var isPostgres: Bool { if case .postgres = location { return true } else { return false } }

    /// Runs `body` in one transaction: everything or nothing is written.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        try await database.transaction { db in try await body(db as! any SQLDatabase) }
    }

    private func prepare() async throws {
        if !isPostgres {
            // WAL lets readers go on while an import writes; the timeout waits out another process.
            try await sql.raw("PRAGMA journal_mode=WAL").run()
            try await sql.raw("PRAGMA busy_timeout=10000").run()
            try await sql.raw("PRAGMA synchronous=NORMAL").run()
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
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger,
                                on: pinnedLoop ?? MultiThreadedEventLoopGroup.singleton.any(), migrationLogLevel: .debug)
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    public static func now() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }
}
