// The databases every storage test runs against: a fresh SQLite file always, and a fresh
// PostgreSQL database when TIAODU_TEST_POSTGRES_URL names a server (as .ci/run does).
import Foundation
import Logging
@testable import TiaoduStore

enum TestDatabase: String, CustomStringConvertible, Sendable {
    case sqlite, postgres

    static let postgresURL = ProcessInfo.processInfo.environment["TIAODU_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// SQLite always; PostgreSQL when configured.
    static var all: [TestDatabase] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    var description: String { rawValue }

    /// A new, empty, migrated store; dropped (or deleted) after `body`.
    func withStore<T: Sendable>(_ body: (Store) async throws -> T) async throws -> T {
        let name = "tiaodu_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        switch self {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sqlite").path
            let store = try await Store.open(.sqlite(path: path), logger: quiet)
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            do {
                let result = try await body(store)
                await store.close()
                return result
            } catch {
                await store.close()
                throw error
            }
        case .postgres:
            let base = Self.postgresURL!
            let admin = try await Store.open(.postgres(url: base), logger: quiet, migrate: false)
            try await admin.sql.raw("CREATE DATABASE \(unsafeRaw: name)").run()
            var components = URLComponents(string: base)!
            components.path = "/" + name
            let store = try await Store.open(.postgres(url: components.string!), logger: quiet)
            func drop() async {
                await store.close()
                try? await admin.sql.raw("DROP DATABASE IF EXISTS \(unsafeRaw: name) WITH (FORCE)").run()
                await admin.close()
            }
            do {
                let result = try await body(store)
                await drop()
                return result
            } catch {
                await drop()
                throw error
            }
        }
    }
}
