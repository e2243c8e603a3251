// `tiaodu bulletin --period 2021-08 [--parent CODE] [--format table|json|csv|xlsx] [--out FILE]` — the
// xlsx is the printed 附表 as /bulletin.xlsx lays it out.
import ArgumentParser
import Foundation
import TiaoduCore
import TiaoduServer
import TiaoduStore

enum BulletinFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, xlsx
}

struct BulletinCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bulletin", abstract: "Print the bulletin of a period.")

    @Option(help: "2021-08, 2021Q3 or 2021")
    var period: String

    @Option(help: "the unit whose children are compared (default: the root)")
    var parent: String?

    @Option(help: "table | json | csv | xlsx")
    var format: BulletinFormat = .table

    @Option(help: "the file to write (xlsx: default the bulletin's own name, e.g. 扬州市-2021年1—9月-主要经济指标月度通报.xlsx; others: standard output)")
    var out: String?

    @Flag(help: "every unit, each ranked among its siblings (the bulletins of all parents at once)")
    var all = false

    @Option(name: .customLong("repeat"), help: "compute the bulletin this many times and report timings on standard error (benchmarking)")
    var repeats: Int = 1

    @OptionGroup var db: DatabaseOptions
    @OptionGroup var lang: LanguageOption

    func run() async throws {
        Console.bootstrapLogging(level: .warning)
        guard let period = Period(period) else {
            throw ValidationError("bad period “\(self.period)”: use 2021-08, 2021Q3 or 2021")
        }
        let store = try await Store.open(try db.location())
        if format == .xlsx {
            let file: (data: Data, name: String)
            do {
                file = try await BulletinWorkbook.file(store: store, period: period, parent: parent, language: lang.language)
                await store.close()
            } catch BulletinError.unknownParent(let code) {
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
            return
        }
        let workspace: Workspace
        let published: Set<String>
        let loadStarted = DispatchTime.now().uptimeNanoseconds
        do {
            workspace = try await store.figures.workspace(for: period)
            published = try await store.cycle.publishedPeriods()
            await store.close()
        } catch {
            await store.close()
            throw error
        }
        let loadMilliseconds = Double(DispatchTime.now().uptimeNanoseconds - loadStarted) / 1e6
        var bulletin = Bulletin(period: period, parent: "", rows: [])
        var timings: [Double] = []
        do {
            for _ in 0..<max(1, repeats) {
                let started = DispatchTime.now().uptimeNanoseconds
                let engine = BulletinEngine(workspace)
                bulletin = all ? try engine.fullBulletin(period: period) : try engine.bulletin(period: period, parent: parent)
                timings.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
            }
        } catch BulletinError.unknownParent(let code) {
            Console.error("unknown org unit “\(code)”")
            throw ExitCode(1)
        } catch BulletinError.emptyWorkspace {
            Console.error("the workspace has no org units: import orgs first")
            throw ExitCode(1)
        }
        bulletin.preliminary = !published.contains(period.description)
        if repeats > 1 {
            let sorted = timings.sorted()
            Console.error("bulletin: \(bulletin.rows.count) rows; load \(String(format: "%.1f", loadMilliseconds)) ms; compute median \(String(format: "%.2f", sorted[sorted.count / 2])) ms, min \(String(format: "%.2f", sorted[0])) ms over \(sorted.count) runs")
        }
        let text: String
        switch format {
        case .json: text = bulletin.json() + "\n"
        case .csv: text = bulletin.csv(workspace, lang.language)
        case .table, .xlsx: text = bulletin.table(workspace, lang.language)
        }
        if let out {
            // a file for Excel: CSV with its UTF-8 BOM
            let bytes = (format == .csv ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
            try Console.write(Data(bytes), to: out)
        } else {
            print(text, terminator: "")
        }
    }
}
