// The monthly cycle's pages: who has reported what (/status), one unit's month under review
// (/review, with the notes on its warnings), and the moves of the cycle.
import Vapor

struct CyclePages: PageRoutes {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get("status", use: status)
        routes.get("status.xlsx", use: statusWorkbook)
        routes.get("status.csv", use: statusCSV)
        routes.on(.POST, "status", body: .collect(maxSize: "16kb"), use: move)
        routes.get("review", use: review)
        routes.on(.POST, "review", "notes", body: .collect(maxSize: "256kb"), use: saveNotes)
    }
}
