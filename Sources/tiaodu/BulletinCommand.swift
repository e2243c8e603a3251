// `tiaodu bulletin --period 2021-08 [--parent CODE] [--format table|json|csv]`
import ArgumentParser
import Foundation
import TiaoduCore
import TiaoduStore

enum BulletinFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

struct BulletinCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bulletin", abstract: "Print the bulletin of a period.")

    @Option(help: "2021-08, 2021Q3 or 2021")
    var period: String

    @Option(help: "the unit whose children are compared (default: the root)")
    var parent: String?

    @Option(help: "table | json | csv")
    var format: BulletinFormat = .table

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
        switch format {
        case .json: print(bulletin.json())
        case .csv: print(bulletin.csv(workspace, lang.language), terminator: "")
        case .table: print(bulletin.table(workspace, lang.language), terminator: "")
        }
    }
}
