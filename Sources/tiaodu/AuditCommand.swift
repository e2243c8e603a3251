// `tiaodu audit [--actor A] [--action PREFIX] [--object TEXT] [--limit N] [--csv]` — the audit
// log, newest first: when, who, what, on what, before, after, by which route.
// `tiaodu audit --archive-before 2022-01-01 --out FILE.csv` — retention: writes every entry older
// than the day to a CSV file, then removes them from the log, recording the archive (count, file,
// SHA-256) as a new entry. Nothing is removed unless the file was written whole.
import ArgumentParser
import Foundation
import TiaoduCore
import TiaoduServer
import TiaoduStore

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Show the audit log (newest first).")

    @Option(help: "only this user's entries") var actor: String?
    @Option(help: "only actions starting with this (signin, write.values, user.…)") var action: String?
    @Option(help: "only entries whose object contains this") var object: String?
    @Option(help: "at most this many entries") var limit: Int = 200
    @Flag(help: "CSV instead of tab-separated lines") var csv = false
    @Option(help: "archive: move entries before this day (yyyy-mm-dd, China time) to --out") var archiveBefore: String?
    @Option(help: "archive: the CSV file to write") var out: String?
    @OptionGroup var db: DatabaseOptions

    func run() async throws {
        let store = try await Store.open(try db.location())
        if let archiveBefore {
            do { try await archive(store, archiveBefore) } catch { await store.close(); throw error }
            await store.close()
            return
        }
        let entries = try await store.auditLog.entries(actor: actor, action: action, object: object, limit: limit)
        let formatter = ISO8601DateFormatter()
        let header = ["at", "actor", "action", "object", "before", "after", "source"]
        if csv { Console.say(CSV.exportLine(header)) }
        for entry in entries {
            let fields = [formatter.string(from: Date(timeIntervalSince1970: Double(entry.at) / 1000)), entry.actor, entry.action, entry.object,
                          entry.before ?? "", entry.after ?? "", entry.source]
            Console.say(csv ? CSV.exportLine(fields) : fields.joined(separator: "\t"))
        }
        await store.close()
    }

    private func archive(_ store: Store, _ archiveBefore: String) async throws {
        guard let day = Day(archiveBefore), let out else { throw ValidationError("--archive-before takes a day like 2022-01-01, with --out FILE.csv") }
        guard !FileManager.default.fileExists(atPath: out) else { throw ValidationError("\(out) exists: choose a new file") }
        let before = Int64(day.ordinal) * 86_400_000 - 8 * 3_600_000
        let entries = try await store.auditLog.entries(before: before)
        guard let last = entries.last else { Console.say("no entries before \(day)"); return }
        let formatter = ISO8601DateFormatter()
        var text = "\u{FEFF}" + CSV.exportLine(["id", "at", "actor", "action", "object", "before", "after", "source"]) + "\n"
        for e in entries {
            text += CSV.exportLine([String(e.id), formatter.string(from: Date(timeIntervalSince1970: Double(e.at) / 1000)), e.actor, e.action, e.object,
                                    e.before ?? "", e.after ?? "", e.source]) + "\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: out))
        let digest = Secrets.digest(text)
        try await store.auditLog.removeArchived(before: before, lastID: last.id, count: entries.count, file: URL(fileURLWithPath: out).lastPathComponent,
                                            digest: digest, actor: "cli")
        Console.say("archived \(entries.count) entries before \(day) to \(out) (sha256 \(digest))")
    }
}
