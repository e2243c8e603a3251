// GET / — the bulletin as a plain HTML page (period and scope from the query, latest month by
// default). `?lang=` switches the language and is remembered in a cookie.
import Vapor
import TiaoduCore
import TiaoduStore

struct BulletinPageController: RouteCollection {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: page)
    }

    func page(_ request: Request) async throws -> Response {
        let language = request.language
        do {
            let (bulletin, workspace) = try await context.bulletin(request)
            let latest = workspace.latestMonth ?? bulletin.period
            let model = BulletinPageModel(bulletin: bulletin, workspace: workspace, latest: latest, language: language, demo: context.options.demo)
            let response = Response.html(BulletinPageView.render(model))
            if let chosen = try? request.query.get(String.self, at: "lang"), Language(rawValue: chosen) != nil {
                response.cookies["lang"] = HTTPCookies.Value(string: chosen, maxAge: 365 * 24 * 3600, path: "/", isHTTPOnly: true, sameSite: .lax)
            }
            return response
        } catch let error as APIError {
            let body = "<main><h1>\(HTML.escape(Catalogue.text(.appName, language)))</h1><p>\(HTML.escape(error.message))</p><p><a href=\"/\">↩</a></p></main>"
            return .html(HTML.page(title: Catalogue.text(.appName, language), language: language, body: body), status: error.status)
        }
    }
}
