// The HTML pages: dashboard, bulletin, league table, unit scorecard, indicator page and data
// entry. Each route is in its own file (PageController+Dashboard.swift …); they all read their
// request through `PageRequest` and render a model through its view.
import Vapor

struct PageController: RouteCollection {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: dashboard)
        routes.get("bulletin", use: bulletin)
        routes.get("league", use: league)
        routes.get("units", ":org", use: scorecard)
        routes.get("indicators", ":code", use: indicator)
        routes.get("entry", use: entry)
        routes.on(.POST, "entry", body: .collect(maxSize: "1mb"), use: saveEntry)
        routes.get("status", use: status)
        routes.on(.POST, "status", body: .collect(maxSize: "16kb"), use: move)
        routes.get("audit", use: audit)
        routes.get("projects", use: projects)
        routes.get("projects", ":code", use: project)
        routes.on(.POST, "projects", ":code", "stage", body: .collect(maxSize: "16kb"), use: moveProject)
        routes.get("account", use: account)
        routes.on(.POST, "account", "tokens", body: .collect(maxSize: "16kb"), use: createToken)
        routes.on(.POST, "account", "tokens", "revoke", body: .collect(maxSize: "16kb"), use: revokeToken)
    }
}
