// The `tiaodu` command: the user's entry point to the server, imports and bulletins.
import ArgumentParser
import Foundation
import Logging
import TiaoduCore
import TiaoduStore

@main
struct Tiaodu: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tiaodu",
        abstract: "Tiaodu (调度): indicator monitoring against the calendar, league tables and the monthly bulletin.",
        subcommands: [ServeCommand.self, ImportCommand.self, BulletinCommand.self, UserCommand.self, TokenCommand.self, AuditCommand.self, ScheduleCommand.self, CalendarCommand.self, CasesCommand.self, TemplateCommand.self, RoutesCommand.self, DemoCommand.self, GenerateCommand.self]
    )
}

/// `--database URL`, else `TIAODU_DATABASE`, else `sqlite:tiaodu.sqlite`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: "sqlite:PATH or postgres://user:password@host:port/dbname (env TIAODU_DATABASE; default sqlite:tiaodu.sqlite)")
    var database: String?

    var givenURL: String? { database ?? ProcessInfo.processInfo.environment["TIAODU_DATABASE"] }

    func location(default fallback: String = DatabaseLocation.defaultURL) throws -> DatabaseLocation {
        do {
            return try DatabaseLocation(givenURL ?? fallback)
        } catch {
            throw ValidationError(error.description)
        }
    }
}

/// The language of messages and tables: `--lang`, else Chinese when the locale is Chinese.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "zh or en (default: from LANG)")
    var lang: String?

    var language: Language {
        if let lang, let language = Language(rawValue: lang) { return language }
        let locale = ProcessInfo.processInfo.environment["LANG"] ?? ""
        return locale.lowercased().hasPrefix("zh") ? .zh : .en
    }
}

enum Console {
    /// A file the command writes (a workbook, an export): exit 2, saying why, when it cannot.
    static func write(_ data: Data, to path: String) throws {
        do { try data.write(to: URL(fileURLWithPath: path)) } catch {
            Console.error("cannot write \(path): \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }

    /// A line to standard output, written at once (not held in a buffer when piped).
    static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func bootstrapLogging(level: Logger.Level) {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
