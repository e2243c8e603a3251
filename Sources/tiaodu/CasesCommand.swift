// `tiaodu cases sweep|deliver|deliveries|types|type|webhook|list` — the case engine from the
// command line, acting as the system's administrator: the day's notices (a cron job's, where no
// server runs the sweep), one round of webhook deliveries and their log (never the URL: it may
// carry a robot's key), the case types and their working-day limits, the webhook, and a short
// ledger (code, state, lead, due, colour). A ledger is imported with `tiaodu import cases FILE.csv`.
import ArgumentParser
import Foundation
import TiaoduCore
import TiaoduServer
import TiaoduStore

struct CasesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cases", abstract: "Cases: the day's notices, webhook deliveries, case types and limits, the ledger.",
                                                    subcommands: [Sweep.self, Deliver.self, Deliveries.self, Types.self, TypeEdit.self, Webhook.self, List.self])

    struct Sweep: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Make the day's notices (reminders, 催办, escalations); prints how many are new.")
        @Option(help: "the business day, 2021-09-30 (default: today)") var today: String?
        @OptionGroup var db: DatabaseOptions
        @OptionGroup var lang: LanguageOption

        func run() async throws {
            let day = try CasesCommand.day(today, lang.language)
            try await CasesCommand.withStore(db, lang.language) { store in
                let made = try await store.cases.sweep(today: day)
                Console.say("\(made) new notices")
            }
        }
    }

    struct Deliver: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Try the webhook deliveries that are due, once each; prints how many were delivered and how many failed.")
        @Option(help: .hidden) var at: Int64?
        @OptionGroup var db: DatabaseOptions
        @OptionGroup var lang: LanguageOption

        func run() async throws {
            try await CasesCommand.withStore(db, lang.language) { store in
                let round = try await deliverOnce(store: store, now: at ?? Store.now())
                Console.say("delivered \(round.delivered), failed \(round.failed)")
            }
        }
    }

    struct Deliveries: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The webhook delivery log, newest first: id, notice, status, attempts, last error.")
        @Option(help: "at most this many") var limit = 100
        @OptionGroup var db: DatabaseOptions
        @OptionGroup var lang: LanguageOption

        func run() async throws {
            try await CasesCommand.withStore(db, lang.language) { store in
                for d in try await store.cases.deliveries(limit: max(1, limit)) {
                    Console.say(["#\(d.id)", "notice \(d.noticeID)", d.status, "attempts \(d.attempts)", d.lastError ?? ""].joined(separator: "\t"))
                }
            }
        }
    }

    struct Types: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The case types and their limits in working days.")
        @OptionGroup var db: DatabaseOptions
        @OptionGroup var lang: LanguageOption

        func run() async throws {
            let language = lang.language
            try await CasesCommand.withStore(db, language) { store in
                for type in try await store.cases.types() { Console.say(CasesCommand.line(type, language)) }
            }
        }
    }

    struct TypeEdit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "type", abstract: "Set a case type's names and limits in working days (a new type needs --name-zh).")
        @Argument(help: "request | task | grid | blocker") var kind: String
        @Argument(help: "the type's code: land, labour, meeting…") var code: String
        @Option(help: "its Chinese name") var nameZh: String?
        @Option(help: "its English name") var nameEn: String?
        @Option(help: "working days to accept or return (sign for a grid event)") var accept: Int?
        @Option(help: "working days for the lead unit to sign for it") var signFor: Int?
        @Option(help: "working days for an assisting unit to report") var assist: Int?
        @Option(help: "working days to answer") var answer: Int?
        @Option(help: "working days to object to an assignment") var objection: Int?
        @Option(help: "the longest extension, in working days") var extensionMax: Int?
        @Option(help: "working days before the deadline an extension must be asked") var extensionNotice: Int?
        @OptionGroup var db: DatabaseOptions
        @OptionGroup var lang: LanguageOption

        func run() async throws {
            let language = lang.language
            guard let kind = CaseKind(rawValue: kind) else { throw ValidationError("kind: one of \(CaseKind.allCases.map(\.rawValue).joined(separator: ", "))") }
            guard TextLimits.isCode(code) else { throw ValidationError("code: letters, digits and - _ . only") }
            let given: [(String, Int?)] = [("accept", accept), ("signFor", signFor), ("assist", assist), ("answer", answer), ("objection", objection),
                                           ("extensionMax", extensionMax), ("extensionNotice", extensionNotice)]
            try await CasesCommand.withStore(db, language) { store in
                let stored = try await store.cases.types().first { $0.kind == kind && $0.code == code }
                guard stored != nil || nameZh != nil else { throw ValidationError("a new type needs --name-zh") }
                var type = CaseType(kind: kind, code: code, nameZh: nameZh ?? stored?.nameZh ?? "", nameEn: nameEn ?? stored?.nameEn ?? nameZh ?? "",
                                    limits: stored?.limits ?? .standard)
                for (name, value) in given { if let value { type.limits[name] = value } }
                try await store.cases.setType(type, by: try await CasesCommand.principal(store), source: .cli)
                Console.say(CasesCommand.line(type, language))
            }
        }
    }

    struct Webhook: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set (or with --remove, remove) the URL every notice is POSTed to as JSON; without either, say whether one is set.")
        @Argument(help: "http://… or https://… (a WeChat Work or DingTalk robot's address)") var url: String?
        @Flag(help: "stop sending notices") var remove = false
        @OptionGroup var db: DatabaseOptions
        @OptionGroup var lang: LanguageOption

        func validate() throws {
            if remove && url != nil { throw ValidationError("give a URL or --remove, not both") }
        }

        func run() async throws {
            try await CasesCommand.withStore(db, lang.language) { store in
                if url != nil || remove {
                    try await store.cases.setWebhookURL(remove ? nil : url, by: try await CasesCommand.principal(store), source: .cli)
                }
                // the host only: the rest may carry the robot's key
                if let set = try await store.cases.webhookURL() {
                    Console.say("webhook set (\(URLComponents(string: set)?.host ?? "?"))")
                } else {
                    Console.say("no webhook")
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A short ledger, most urgent first: code, state, lead, due, colour.")
        @Flag(help: "open cases only (not closed or returned)") var open = false
        @Option(help: "red | yellow | blue, as of --today") var colour: String?
        @Option(help: "request | task | grid | blocker") var kind: String?
        @Option(help: "the day colours are judged on, 2021-09-30 (default: today)") var today: String?
        @Option(help: "at most this many") var limit = 200
        @OptionGroup var db: DatabaseOptions
        @OptionGroup var lang: LanguageOption

        func run() async throws {
            let language = lang.language
            var query = CaseQuery()
            if open { query.open = true }
            if let colour {
                guard let value = CaseColour(rawValue: colour) else { throw ValidationError("--colour: red, yellow or blue") }
                query.colour = value
            }
            if let kind {
                guard let value = CaseKind(rawValue: kind) else { throw ValidationError("--kind: request, task, grid or blocker") }
                query.kind = value
            }
            query.limit = max(1, limit)
            let day = try CasesCommand.day(today, language)
            try await CasesCommand.withStore(db, language) { store in
                let principal = try await CasesCommand.principal(store)
                let on = day ?? store.clock.today
                let calendar = try await store.cases.calendar()
                let page = try await store.cases.ledger(query, for: principal, today: on)
                for record in page.rows {
                    let colour = CaseColour.of(record, on: on, calendar: calendar)
                    Console.say([record.code, record.state.rawValue, record.lead?.description ?? "-", (record.clockDue ?? record.due)?.description ?? "-",
                                 colour?.rawValue ?? "-"].joined(separator: "\t"))
                }
                Console.error("\(page.rows.count) of \(page.total) cases")
            }
        }
    }

    /// The command line acts as the system's administrator.
    static func principal(_ store: Store) async throws -> Principal {
        let root = try await store.figures.orgs().first(where: { $0.parent == nil })?.code ?? ""
        return Principal(login: "cli", name: "cli", org: root, roles: [.admin])
    }

    /// A type as a line: kind, code, names, limits.
    static func line(_ type: CaseType, _ language: Language) -> String {
        ([type.kind.rawValue, type.code, type.name(language)] + CaseLimits.names.map { "\($0)=\(type.limits[$0] ?? 0)" }).joined(separator: "\t")
    }

    static func day(_ text: String?, _ language: Language) throws -> Day? {
        guard let text else { return nil }
        return try CalendarCommand.day(text, language)
    }

    /// Opens the store, runs `body`, closes it; a refused action is said in words (exit 1).
    static func withStore(_ db: DatabaseOptions, _ language: Language, _ body: (Store) async throws -> Void) async throws {
        Console.bootstrapLogging(level: .warning)
        let store = try await Store.open(try db.location())
        do {
            try await body(store)
            await store.close()
        } catch let error as CaseError {
            await store.close()
            Console.error(error.message(language))
            throw ExitCode(1)
        } catch let failure as ImportFailure {
            await store.close()
            for issue in failure.issues { Console.error(issue.describe(language)) }
            throw ExitCode(1)
        } catch let busy as StoreBusy {
            await store.close()
            Console.error("\(busy)")
            throw ExitCode(3)
        } catch {
            await store.close()
            throw error
        }
    }
}
