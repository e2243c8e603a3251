// `tiaodu import orgs|indicators|targets|values|projects|progress|calendar|cases FILE.csv|FILE.xlsx [--sheet NAME] [--as LOGIN] [--dry-run]` —
// all or nothing; every bad row is listed with its line (a workbook's: its sheet and row), column
// and reason, and the command exits non-zero. With `--as` the file is written as that user,
// within their units (a unit's reporter importing its sheet). `values … --layout wide [--period
// 2021-09]` reads an office's wide sheet (a row per unit, a column per indicator; WideSheet).
import ArgumentParser
import Foundation
import TiaoduCore
import TiaoduServer
import TiaoduSheets
import TiaoduStore

extension ImportKind: ExpressibleByArgument {}

/// How a workbook's sheet is laid out: our columns (long), or a row per unit and a column per
/// indicator as offices send it (wide; values only).
enum ImportLayout: String, ExpressibleByArgument, CaseIterable {
    case long, wide
}

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Import a CSV file or an Excel workbook (orgs, indicators, targets, values, projects, progress, calendar or a cases ledger).")

    @Argument(help: "orgs | indicators | targets | values | projects | progress | calendar | cases")
    var kind: ImportKind

    @Argument(help: "a UTF-8 CSV file or an Excel workbook (.xlsx), with a header row")
    var file: String

    @Option(help: "a workbook's sheet to read (default: the first)")
    var sheet: String?

    @Flag(help: "check everything and report what would change (new, replaced, unchanged, refused); write nothing")
    var dryRun = false

    @Option(name: .customLong("as"), help: "import as this user: only what they may write (default: as the system, like an admin)")
    var login: String?

    @Option(help: "targets: change targets of a year whose months are accepted, for this stated reason (recorded in the audit log)")
    var unlockReason: String?

    @Option(help: "long (our columns) | wide (values: a row per unit, a column per indicator, as offices lay it out)")
    var layout: ImportLayout = .long

    @Option(help: "--layout wide: the sheet's period, 2021-09, 2021Q3 or 2021 (default: read from its title)")
    var period: String?

    @OptionGroup var db: DatabaseOptions
    @OptionGroup var lang: LanguageOption

    func run() async throws {
        Console.bootstrapLogging(level: .warning)
        let language = lang.language
        var givenPeriod: Period?
        if let period {
            guard let parsed = Period(period) else { throw ValidationError("bad period “\(period)”: use 2021-08, 2021Q3 or 2021") }
            givenPeriod = parsed
        }
        if layout == .wide, kind != .values { throw ValidationError("--layout wide reads values only, not \(kind.rawValue)") }
        if layout == .long, period != nil { throw ValidationError("--period goes with --layout wide") }
        // the table first, before the database is opened: a bad file touches nothing
        var sheetName: String?
        var titles: [String: String] = [:]
        let table: CSVTable?
        // --layout wide: the sheet, read once the workspace says which units and indicators there are
        var wide: (workbook: Workbook, sheet: SheetInfo)?
        guard FileManager.default.isReadableFile(atPath: file) else {
            Console.error("cannot read \(file)")
            throw ExitCode(2)
        }
        do {
            if SheetImport.isWorkbook(path: file) || file.lowercased().hasSuffix(".xlsx") {
                let workbook = try Workbook(path: file)
                let chosen = try workbook.sheet(named: sheet)
                sheetName = chosen.name
                if layout == .wide {
                    wide = (workbook, chosen)
                    table = nil
                } else {
                    titles = SheetImport.columnTitles(workbook)
                    table = try SheetImport.table(kind, workbook, sheet: chosen)
                }
            } else {
                guard layout == .long else {
                    Console.error("\(file): --layout wide reads an Excel workbook (.xlsx)")
                    throw ExitCode(2)
                }
                guard let data = FileManager.default.contents(atPath: file) else {
                    Console.error("cannot read \(file)")
                    throw ExitCode(2)
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    Console.error("\(file): \(Catalogue.text(.unknownFormat, language))")
                    throw ExitCode(2)
                }
                table = try kind.table(text)
            }
        } catch let error as SheetError {
            Console.error("\(file): \(error.message(language))")
            throw ExitCode(2)
        } catch let failure as ImportFailure {
            Self.report(failure, file: file, sheet: sheetName, columns: titles, language)
            throw ExitCode(1)
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
            var records = table?.records ?? []
            if let wide {
                // the units and indicators to match names against (the catalogue is the same for any period)
                let loadFor: Period
                if let givenPeriod { loadFor = givenPeriod } else { loadFor = try await store.latestWritablePeriod() }
                let workspace = try await store.figures.workspace(for: loadFor)
                records = try WideSheet.records(wide.workbook, sheet: wide.sheet, period: givenPeriod, workspace: workspace, language: language)
            }
            let summary = try await store.write(kind, records: records, actor: login ?? "system", source: .csv, principal: principal,
                                                unlockReason: unlockReason?.isEmpty == false ? unlockReason : nil, dryRun: dryRun)
            await store.close()
            let counts = "\(summary.rows) rows, \(summary.inserted) new, \(summary.changed) changed, \(summary.unchanged) unchanged"
            print(dryRun ? "\(Catalogue.text(.importDryRun, language)) \(kind.rawValue): \(counts)" : "\(Catalogue.text(.importOK, language)) \(kind.rawValue): \(counts)")
        } catch let failure as ImportFailure {
            await store.close()
            Self.report(failure, file: file, sheet: sheetName, columns: titles, language)
            throw ExitCode(1)
        } catch let busy as StoreBusy {
            await store.close()
            Console.error("\(file): \(busy)")
            throw ExitCode(3)
        } catch let error as SheetError {
            await store.close()
            Console.error("\(file): \(error.message(language))")
            throw ExitCode(2)
        } catch {
            await store.close()
            throw error
        }
    }

    /// Every bad row (the first 100), by line — or a workbook's sheet and row — column and reason.
    static func report(_ failure: ImportFailure, file: String, sheet: String?, columns: [String: String], _ language: Language) {
        Console.error("\(file): \(Catalogue.text(.importFailed, language)) (\(failure.issues.count + failure.more))")
        for issue in failure.issues { Console.error("  " + issue.describe(language, sheet: sheet, columns: columns)) }
        if failure.more > 0 { Console.error("  " + Catalogue.format(.moreIssues, language, String(failure.more))) }
    }
}
