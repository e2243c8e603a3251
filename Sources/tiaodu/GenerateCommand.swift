// `tiaodu generate --scale city|province|nation --out DIR` — a deterministic synthetic workspace
// for the benchmark, as the CSV files of the import contract (with projects and their progress),
// written as a stream; `--cases N --database URL` writes cases instead (GenerateCasesCommand).
import ArgumentParser
import Foundation
import TiaoduCore
import TiaoduDemo

extension SyntheticScale: ExpressibleByArgument {}

struct GenerateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "Write a synthetic workspace (city, province or nation) as CSV files.")

    @Option(help: "city | province | nation")
    var scale: SyntheticScale

    @Option(help: "the folder to write orgs.csv, indicators.csv, targets.csv, values.csv, projects.csv and progress.csv to")
    var out: String?

    @Option(help: "write only the first N indicators (default: all of the scale's)")
    var indicators: Int?

    @Option(help: "write only these years, e.g. 2020-2021 (default: all of the scale's)")
    var years: String?

    @Option(help: "instead of the files: write N synthetic cases with their events into --database, over the org tree it holds")
    var cases: Int?

    @Option(help: "with --cases: the day the cases stand on (default: today)")
    var today: String?

    @OptionGroup var db: DatabaseOptions

    func run() async throws {
        if let cases { return try await writeCases(cases) }
        guard let out else { throw ValidationError("--out: the folder to write to (or --cases N --database URL)") }
        var span: ClosedRange<Int>?
        if let years {
            let parts = years.split(separator: "-").compactMap { Int($0) }
            guard (1...2).contains(parts.count), parts[0] <= parts[parts.count - 1], Period.yearRange.contains(parts[0]),
                  Period.yearRange.contains(parts[parts.count - 1]) else {
                throw ValidationError("--years: expected a year or a range such as 2020-2021, got \(years)")
            }
            span = parts[0]...parts[parts.count - 1]
        }
        if let indicators, indicators < 1 { throw ValidationError("--indicators: expected a positive count") }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let workspace = SyntheticWorkspace(scale: scale, indicators: indicators, years: span)
        func path(_ name: String) -> String { (out as NSString).appendingPathComponent(name) }
        try Data(workspace.orgsCSV().utf8).write(to: URL(fileURLWithPath: path("orgs.csv")))
        try Data(workspace.indicatorsCSV().utf8).write(to: URL(fileURLWithPath: path("indicators.csv")))
        let files: [(String, ((String) -> Void) -> Void)] = [("targets.csv", workspace.targets), ("values.csv", workspace.values),
                                                             ("projects.csv", workspace.projects), ("progress.csv", workspace.progress)]
        for (name, produce) in files {
            let writer = try LineWriter(path: path(name))
            produce { writer.write($0) }
            try writer.close()
            Console.say("\(path(name)): \(writer.lines - 1) rows")
        }
    }
}

/// Lines to a file through a 1 MiB buffer.
final class LineWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private(set) var lines = 0

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteNoPermission) }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        buffer.reserveCapacity(1 << 20)
    }

    func write(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(10)
        lines += 1
        if buffer.count >= 1 << 20 { flush() }
    }

    private func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        flush()
        try handle.close()
    }
}
