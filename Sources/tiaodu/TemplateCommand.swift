// `tiaodu template values --org CODE --period 2021-10 --out FILE.xlsx` — a unit's fill-in template
// (EntryTemplate): its indicators for the period with last period's and last year's figures, the
// value cells open, the rest protected; filled in and sent back, it imports with
// `tiaodu import values FILE.xlsx` as it is. `tiaodu template progress --org CODE --period 2021-09`
// — an owner unit's projects for the month (ProgressTemplate), the month's investment and progress
// on site open; it imports with `tiaodu import progress FILE.xlsx`.
import ArgumentParser
import Foundation
import TiaoduCore
import TiaoduServer
import TiaoduStore

enum TemplateKind: String, ExpressibleByArgument, CaseIterable {
    case values, progress
}

struct TemplateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "template", abstract: "Write a unit's fill-in template (.xlsx) for a period.")

    @Argument(help: "values (a unit's indicators) or progress (the projects a unit owns)")
    var kind: TemplateKind

    @Option(help: "the unit's code")
    var org: String

    @Option(help: "2021-10, 2021Q3 or 2021 (progress: a month, 2021-09)")
    var period: String

    @Option(help: "the file to write (default: the template's own name, e.g. 邗江区-2021年10月-填报模板.xlsx)")
    var out: String?

    @OptionGroup var db: DatabaseOptions
    @OptionGroup var lang: LanguageOption

    func run() async throws {
        Console.bootstrapLogging(level: .warning)
        guard let period = Period(period) else { throw ValidationError("bad period “\(self.period)”: use 2021-10, 2021Q3 or 2021") }
        if kind == .progress, period.frequency != .monthly { throw ValidationError("progress is reported by month: use a month, e.g. 2021-09") }
        let store = try await Store.open(try db.location())
        let file: (data: Data, name: String)
        do {
            switch kind {
            case .values: file = try await EntryTemplate.file(store: store, org: org, period: period, language: lang.language)
            case .progress: file = try await ProgressTemplate.file(store: store, org: org, period: period, language: lang.language)
            }
            await store.close()
        } catch EntryTemplate.Refusal.unknownOrg(let code) {
            await store.close()
            Console.error("unknown org unit “\(code)”")
            throw ExitCode(1)
        } catch {
            await store.close()
            throw error
        }
        let path = out ?? file.name
        try Console.write(file.data, to: path)
        print(path)
    }
}
