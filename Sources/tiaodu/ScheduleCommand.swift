// `tiaodu schedule [--due-day N] [--future-months N]` — the reporting schedule: the day of the
// next month on which figures are due, and how far ahead values may be entered.
import ArgumentParser
import TiaoduStore

struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "schedule", abstract: "Show or set the reporting schedule: the due day (1–28 of the next month) and months ahead open for entry.")

    @Option(help: "the day of the next month on which a period's figures are due (1–28)")
    var dueDay: Int?

    @Option(help: "set the due day of this department's indicators only")
    var department: String?

    @Option(help: "how many months after the present one values may be entered for (0–24; default 0)")
    var futureMonths: Int?

    @OptionGroup var db: DatabaseOptions

    func validate() throws {
        if let dueDay, !(1...28).contains(dueDay) { throw ValidationError("--due-day: 1 to 28") }
        if let futureMonths, !(0...24).contains(futureMonths) { throw ValidationError("--future-months: 0 to 24") }
    }

    func run() async throws {
        let store = try await Store.open(try db.location())
        if let dueDay { try await store.cycle.setDueDay(dueDay, department: department, actor: "cli", source: .cli) }
        if let futureMonths { try await store.cycle.setFutureGraceMonths(futureMonths, actor: "cli", source: .cli) }
        Console.say("Values may be entered up to \(try await store.latestWritablePeriod())")
        Console.say("Figures are due on day \(try await store.cycle.dueDay()) of the next month")
        for (name, day) in try await store.cycle.departmentDueDays().sorted(by: { $0.key < $1.key }) { Console.say("  \(name): day \(day)") }
        await store.close()
    }
}
