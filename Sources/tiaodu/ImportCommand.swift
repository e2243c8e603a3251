// `tiaodu import orgs|indicators|targets|values|projects|progress|calendar|cases FILE.csv [--as LOGIN]` — all or nothing; every bad
// row is listed with its line, column and reason, and the command exits non-zero. With `--as`
// the file is written as that user, within their units (a unit's reporter importing its sheet).
import ArgumentParser
import Foundation
import TiaoduCore
import TiaoduStore

extension ImportKind: ExpressibleByArgument {}

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import a CSV file (orgs, indicators, targets, values, projects, progress, calendar or a cases ledger).")

    @Argument(help: "orgs | indicators | targets | values | projects | progress | calendar | cases")
    var kind: ImportKind

    @Argument(help: "a UTF-8 CSV file with a header row")
    var file: String

    @Option(name: .customLong("as"), help: "import as this user: only what they may write (default: as the system, like an admin)")
    var login: String?

    @Option(help: "targets: change targets of a year whose months are accepted, for this stated reason (recorded in the audit log)")
    var unlockReason: String?

    @OptionGroup var db: DatabaseOptions
    @OptionGroup var lang: LanguageOption

    func run() async throws {
        Console.bootstrapLogging(level: .warning)
        let language = lang.language
        guard let data = FileManager.default.contents(atPath: file) else {
            Console.error("cannot read \(file)")
            throw ExitCode(2)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            Console.error("\(file): not UTF-8 text")
            throw ExitCode(2)
        }
        let store = try await Store.open(try db.location())
        do {
            var principal: Principal?
            if let login {
                guard let user = try await store.accounts.user(login), !user.disabled else {
                    await store.close()
                    Console.error("no active user “\(login)”")
                    throw ExitCode(2)
                }
                principal = user.principal
            }
            if unlockReason != nil, principal.map({ !$0.isAdmin }) ?? false {
                await store.close()
                Console.error("--unlock-reason: only an administrator may change fixed targets")
                throw ExitCode(2)
            }
            let table = try kind.table(text)
            let summary = try await store.write(kind, records: table.records, actor: login ?? "system", source: .csv, principal: principal,
                                                unlockReason: unlockReason?.isEmpty == false ? unlockReason : nil)
            await store.close()
            print("\(Catalogue.text(.importOK, language)) \(kind.rawValue): \(summary.rows) rows, \(summary.inserted) new, \(summary.changed) changed, \(summary.unchanged) unchanged")
        } catch let failure as ImportFailure {
            await store.close()
            Console.error("\(file): \(Catalogue.text(.importFailed, language)) (\(failure.issues.count + failure.more))")
            for issue in failure.issues { Console.error("  " + issue.describe(language)) }
            if failure.more > 0 { Console.error("  " + Catalogue.format(.moreIssues, language, String(failure.more))) }
            throw ExitCode(1)
        } catch let busy as StoreBusy {
            await store.close()
            Console.error("\(file): \(busy)")
            throw ExitCode(3)
        } catch {
            await store.close()
            throw error
        }
    }
}
