// The project pages: figures and register (/projects, and as a workbook /projects.xlsx), an owner
// unit's progress template (/projects/template.xlsx), a project, its form, and the moves made
// from them (stage, progress, blockers, concentrated starts).
import Vapor

struct ProjectPages: PageRoutes {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get("projects", use: projects)
        routes.get("projects.xlsx", use: projectsWorkbook)
        routes.get("projects", "template.xlsx", use: progressTemplate)
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
    }
}
