// `tiaodu demo --out DIR` writes the 扬州 demo workspace as the four CSV files of the import
// contract — a worked example of the formats, and the data `serve --demo` loads.
import ArgumentParser
import Foundation
import TiaoduDemo
import TiaoduStore

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Write the 扬州 demo workspace as CSV files.")

    @Option(help: "the folder to write orgs.csv, indicators.csv, targets.csv and values.csv to")
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
}
