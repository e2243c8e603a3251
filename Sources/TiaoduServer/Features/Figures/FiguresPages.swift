// The figures pages: the dashboard, the printable bulletin, the league table, the index of units
// and a unit's scorecard, the indicator catalogue and an indicator's page, and data entry (each
// route in a FiguresPages+… file); the tables' downloads beside their pages.
import Vapor

struct FiguresPages: PageRoutes {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: dashboard)
        routes.get("dashboard.xlsx", use: dashboardWorkbook)
        routes.get("dashboard.csv", use: dashboardCSV)
        routes.get("bulletin", use: bulletin)
        routes.get("bulletin.xlsx", use: bulletinWorkbook)
        routes.get("league", use: league)
        routes.get("league.xlsx", use: leagueWorkbook)
        routes.get("league.csv", use: leagueCSV)
        routes.get("units", use: unitIndex)
        routes.get("units", ":org", use: scorecard)
        routes.get("units", ":org", "table.xlsx", use: scorecardWorkbook)
        routes.get("units", ":org", "table.csv", use: scorecardCSV)
        routes.get("indicators", use: indicatorIndex)
        routes.get("indicators", ":code", use: indicator)
        routes.get("entry", use: entry)
        routes.get("entry", "template.xlsx", use: entryTemplate)
        routes.on(.POST, "entry", body: .collect(maxSize: "1mb"), use: saveEntry)
    }
}
