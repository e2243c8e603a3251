// `tiaodu calendar add --from 2021-09-30 --days 5` (→ 2021-10-13), `calendar count --from A --to B`
// (working days in (A, B]) and `calendar show --year 2021` (the year's holidays and 调休 workdays:
// date, kind, name — a calendar CSV's rows). The workspace's calendar when its database exists (the
// shipped State Council schedules with the years imported by `tiaodu import calendar`); without a
// database file, the shipped schedules alone. A date outside the loaded years says which year to
// import, and exits 1.
import ArgumentParser
import Foundation
import TiaoduCore
import TiaoduStore

struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "calendar", abstract: "Working days by the official calendar: add, count, show a year.",
                                                    subcommands: [Add.self, Count.self, Show.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The day N working days after a day (counting from the next working day; 0 is the day itself).")
        @Option(help: "the day the count starts from, 2021-09-30 (it does not count itself)") var from: String
        @Option(help: "how many working days (0 or more)") var days: Int
        @OptionGroup var db: DatabaseOptions
        @OptionGroup var lang: LanguageOption

        func run() async throws {
            let language = lang.language
            let start = try CalendarCommand.day(from, language)
            let calendar = try await CalendarCommand.calendar(db)
            Console.say(try CalendarCommand.answer(language) { try calendar.add(workingDays: days, to: start) }.description)
        }
    }

    struct Count: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The working days after one day up to and including another (negative when --to is earlier).")
        @Option(help: "the first day, 2021-09-30 (not counted)") var from: String
        @Option(help: "the last day, 2021-10-13 (counted)") var to: String
        @OptionGroup var db: DatabaseOptions
        @OptionGroup var lang: LanguageOption

        func run() async throws {
            let language = lang.language
            let first = try CalendarCommand.day(from, language)
            let last = try CalendarCommand.day(to, language)
            let calendar = try await CalendarCommand.calendar(db)
            Console.say(String(try CalendarCommand.answer(language) { try calendar.count(from: first, to: last) }))
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A year's holidays and adjusted working days (调休), one a line: date, kind (holiday|workday), name.")
        @Option(help: "the year, 2021") var year: Int
        @OptionGroup var db: DatabaseOptions
        @OptionGroup var lang: LanguageOption

        func run() async throws {
            let language = lang.language
            let calendar = try await CalendarCommand.calendar(db)
            guard calendar.years.contains(year) else {
                Console.error(CalendarError.yearNotLoaded(year).message(language))
                throw ExitCode(1)
            }
            for special in calendar.days where special.day.year == year {
                Console.say([special.day.description, special.kind.rawValue, special.name].joined(separator: "\t"))
            }
        }
    }

    /// The workspace's calendar, or the shipped one when there is no database file (never creating one).
    static func calendar(_ db: DatabaseOptions) async throws -> WorkingCalendar {
        let location = try db.location()
        if case .sqlite(let path) = location, !FileManager.default.fileExists(atPath: path) { return .official }
        Console.bootstrapLogging(level: .warning)
        let store = try await Store.open(location)
        do {
            let calendar = try await store.calendar.workingCalendar()
            await store.close()
            return calendar
        } catch {
            await store.close()
            throw error
        }
    }

    /// A date as typed, or its refusal (exit 1).
    static func day(_ text: String, _ language: Language) throws -> Day {
        guard let day = Day(text) else {
            Console.error(language == .zh ? "日期“\(text)”有误：请写作2021-09-30。" : "bad date “\(text)”: use 2021-09-30")
            throw ExitCode(1)
        }
        return day
    }

    /// The calendar's answer, or its error as a sentence (exit 1).
    static func answer<T>(_ language: Language, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CalendarError {
            Console.error(error.message(language))
            throw ExitCode(1)
        }
    }
}
