// `tiaodu audit [--actor A] [--action PREFIX] [--object TEXT] [--limit N] [--csv]` — the audit
// log, newest first: when, who, what, on what, before, after, by which route.
import ArgumentParser
import Foundation
import TiaoduCore
import TiaoduStore

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Show the audit log (newest first).")

    @Option(help: "only this user's entries") var actor: String?
    @Option(help: "only actions starting with this (signin, write.values, user.…)") var action: String?
    @Option(help: "only entries whose object contains this") var object: String?
    @Option(help: "at most this many entries") var limit: Int = 200
    @Flag(help: "CSV instead of tab-separated lines") var csv = false
    @OptionGroup var db: DatabaseOptions

    func run() async throws {
        let store = try await Store.open(try db.location())
        let entries = try await store.audit(actor: actor, action: action, object: object, limit: limit)
        let formatter = ISO8601DateFormatter()
        let header = ["at", "actor", "action", "object", "before", "after", "source"]
        if csv { Console.say(CSV.line(header)) }
        for entry in entries {
            let fields = [formatter.string(from: Date(timeIntervalSince1970: Double(entry.at) / 1000)), entry.actor, entry.action, entry.object,
                          entry.before ?? "", entry.after ?? "", entry.source]
            Console.say(csv ? CSV.line(fields) : fields.joined(separator: "\t"))
        }
        await store.close()
    }
}
