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

    @OptionGroup var db: DatabaseOptions
    @OptionGroup var lang: LanguageOption

    func run() async throws {
        Console.bootstrapLogging(level: .warning)
        guard let period = Period(period) else {
            throw ValidationError("bad period “\(self.period)”: use 2021-08, 2021Q3 or 2021")
        }
        let store = try await Store.open(try db.location())
        let workspace: Workspace
        do {
            workspace = try await store.workspace(for: period)
            await store.close()
        } catch {
            await store.close()
            throw error
        }
        let bulletin: Bulletin
        do {
            bulletin = try BulletinEngine(workspace).bulletin(period: period, parent: parent)
        } catch BulletinError.unknownParent(let code) {
            Console.error("unknown org unit “\(code)”")
            throw ExitCode(1)
        } catch BulletinError.emptyWorkspace {
            Console.error("the workspace has no org units: import orgs first")
            throw ExitCode(1)
        }
        switch format {
        case .json: print(bulletin.json())
        case .csv: print(bulletin.csv(workspace, lang.language), terminator: "")
        case .table: print(bulletin.table(workspace, lang.language), terminator: "")
        }
    }
}
