// Where the data lives: `sqlite:PATH` (embedded, the default), `sqlite::memory:`, or
// `postgres://user:password@host:port/dbname`.

public enum DatabaseLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case sqliteMemory
    case postgres(url: String)

    public static let defaultURL = "sqlite:tiaodu.sqlite"

    public init(_ url: String) throws(StoreError) {
        if url == "sqlite::memory:" {
            self = .sqliteMemory
        } else if url.hasPrefix("sqlite://") {
            self = .sqlite(path: String(url.dropFirst("sqlite://".count)))
        } else if url.hasPrefix("sqlite:") {
            let path = String(url.dropFirst("sqlite:".count))
            guard !path.isEmpty else { throw StoreError.badDatabaseURL(url) }
            self = .sqlite(path: path)
        } else if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            self = .postgres(url: url)
        } else {
            throw StoreError.badDatabaseURL(url)
        }
    }

    /// Safe to print: a PostgreSQL password is masked.
    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite:\(path)"
        case .sqliteMemory: return "sqlite::memory:"
        case .postgres(let url):
            guard let at = url.lastIndex(of: "@"), let scheme = url.range(of: "://"),
                  let colon = url[scheme.upperBound..<at].firstIndex(of: ":") else { return url }
            return String(url[..<url.index(after: colon)]) + "***" + String(url[at...])
        }
    }
}

public enum StoreError: Error, CustomStringConvertible, Equatable {
    case badDatabaseURL(String)
    case notFound(String)

    public var description: String {
        switch self {
        case .badDatabaseURL(let url):
            return "bad database URL “\(url)”: use sqlite:PATH or postgres://user:password@host:port/dbname"
        case .notFound(let what): return "not found: \(what)"
        }
    }
}
