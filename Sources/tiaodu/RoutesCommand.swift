// `tiaodu routes` — every route the server serves, one `METHOD /path` a line.
import ArgumentParser
import TiaoduServer
import TiaoduStore

struct RoutesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "routes", abstract: "List the HTTP routes the server serves.")

    func run() async throws {
        let store = try await Store.open(.sqliteMemory)
        for route in try await routeList(store: store) { Console.say(route) }
        await store.close()
    }
}
