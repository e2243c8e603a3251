// `tiaodu demo --out DIR` writes the 扬州 demo workspace as the CSV files of the import
// contract — a worked example of the formats, and the data `serve --demo` loads.
import ArgumentParser
import Foundation
import TiaoduCore
import TiaoduDemo
import TiaoduStore

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Write the 扬州 demo workspace as CSV files.")

    @Option(help: "the folder to write orgs.csv, indicators.csv, targets.csv, values.csv, projects.csv and progress.csv to")
    var out: String

    func run() async throws {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        for (kind, text) in DemoWorkspace().files {
            let path = (out as NSString).appendingPathComponent("\(kind.rawValue).csv")
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            print(path)
        }
    }
}

enum DemoLoader {
    /// Loads the demo through the ordinary import pipeline.
    static func load(into store: Store) async throws {
        for (kind, text) in DemoWorkspace().files {
            try await store.importCSV(kind, text: text, actor: "demo", source: .demo)
        }
    }

    /// The projects at the stages they had on `day`.
    static func projects(_ store: Store, on day: Day) async throws -> [Project] {
        let histories = try await store.projects.stageHistories()
        return try await store.projects.projects().map { $0.project.asOf(day, history: histories[$0.project.code]) }
    }

    /// The project year's events that are not files: blockers, concentrated starts, and the Q2
    /// and Q3 contests' rules and inputs — entered as the demo's administrator would.
    static func loadProjectYear(into store: Store) async throws {
        let admin = Principal(login: "demo", name: "demo", org: "yangzhou", roles: [.admin])
        for b in DemoProjectTracking.blockers {
            let id = try await store.projects.raiseBlocker(b.code, BlockerInput(kind: b.kind.rawValue, description: b.description, solver: b.solver, due: b.due),
                                                  by: admin, today: Day(b.raised)!, source: .demo)
            if let (day, how) = b.resolved { try await store.projects.resolveBlocker(id, resolution: how, by: admin, today: Day(day)!, source: .demo) }
        }
        for batch in DemoProjectTracking.batches {
            try await store.projects.addConcentratedStart(org: batch.org, day: batch.day, name: batch.name, codes: batch.codes, by: admin, source: .demo)
        }
        for contest in DemoProjectTracking.contests {
            try await store.contest.saveContest(year: 2021, quarter: contest.quarter, rules: contest.rules, inputs: contest.inputs, by: admin, source: .demo)
        }
    }

    /// Publishes the contests whose quarter the city has accepted (Q2; Q3 waits for September's
    /// acceptance and stays a preview for the city) — after the monthly cycle is loaded.
    static func publishContests(into store: Store) async throws {
        let admin = Principal(login: "demo", name: "demo", org: "yangzhou", roles: [.admin])
        let (workspace, _) = try await store.figures.liveWorkspace()
        var previous: [String: Int] = [:]
        for contest in DemoProjectTracking.contests {
            let sheet = ContestSheet(rules: contest.rules, year: 2021, quarter: contest.quarter, tree: workspace.tree,
                                     projects: try await Self.projects(store, on: Day.end(of: .quarter(year: 2021, quarter: contest.quarter))),
                                     monthly: try await store.projects.monthlyInvestment(year: 2021),
                                     starts: try await store.projects.concentratedStarts(), inputs: contest.inputs, previousRanks: previous)
            do {
                try await store.contest.publishContest(sheet, by: admin, source: .demo)
            } catch is ContestNotReady {
                break
            }
            previous = sheet.ranks
        }
    }
}
