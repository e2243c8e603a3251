// Every database Tiaodu opens is an SQL one (SQLite or PostgreSQL through Fluent's SQL drivers):
// the one place that says so, for migrations and transactions to write SQLKit queries.
import FluentKit
import SQLKit

extension FluentKit.Database {
    var sql: any SQLDatabase { self as! any SQLDatabase }
}
