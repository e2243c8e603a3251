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
        routes.get("projects", "new", use: newProject)
        routes.on(.POST, "projects", "new", body: .collect(maxSize: "64kb"), use: saveProject)
        routes.on(.POST, "projects", "batches", body: .collect(maxSize: "64kb"), use: addBatch)
        routes.get("projects", ":code", use: project)
        routes.get("projects", ":code", "edit", use: editProject)
        routes.on(.POST, "projects", ":code", "edit", body: .collect(maxSize: "64kb"), use: saveProject)
        routes.on(.POST, "projects", ":code", "stage", body: .collect(maxSize: "16kb"), use: moveProject)
        routes.on(.POST, "projects", ":code", "progress", body: .collect(maxSize: "16kb"), use: reportProgress)
        routes.on(.POST, "projects", ":code", "blockers", body: .collect(maxSize: "16kb"), use: raiseBlocker)
        routes.on(.POST, "blockers", ":id", "resolve", body: .collect(maxSize: "16kb"), use: resolveBlocker)
        routes.get("contest", use: contest)
        routes.on(.POST, "contest", body: .collect(maxSize: "64kb"), use: saveContest)
        routes.on(.POST, "contest", "publish", body: .collect(maxSize: "16kb"), use: publishContest)
        routes.get("account", use: account)
        routes.on(.POST, "account", "tokens", body: .collect(maxSize: "16kb"), use: createToken)
        routes.on(.POST, "account", "tokens", "revoke", body: .collect(maxSize: "16kb"), use: revokeToken)
    }
}
