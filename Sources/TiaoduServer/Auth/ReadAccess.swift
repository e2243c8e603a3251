// What the asker may read, decided in one place for pages and API alike: everything of a
// published period; otherwise the units of the signed-in user's scope (all for admins and
// analysts); nothing unpublished for anybody not signed in.
import Vapor
import TiaoduCore
import TiaoduStore

struct ReadAccess: Sendable {
    let principal: Principal?
    let published: Set<String>
    let policy: AccessPolicy

    /// `indicator`: the page shows only this indicator (a department reads its own everywhere).
    func canRead(_ org: String, _ period: Period, indicator: String? = nil) -> Bool {
        policy.canRead(principal, org: org, published: published.contains(period.description), indicator: indicator)
    }

    /// 401 for nobody signed in, 403 for a signed-in user outside their scope.
    func require(_ org: String, _ period: Period, _ language: Language, indicator: String? = nil) throws {
        guard !canRead(org, period, indicator: indicator) else { return }
        throw principal == nil
            ? APIError(status: .unauthorized, message: Catalogue.text(.notPublished, language))
            : APIError(status: .forbidden, message: Catalogue.text(.outsideScope, language))
    }

    /// The latest published month, for readers who may see only what is published.
    var latestPublishedMonth: Period? {
        published.compactMap(Period.init).filter { $0.frequency == .monthly }.max()
    }
}

extension ServerContext {
    func readAccess(_ request: Request, workspace: Workspace) async throws -> ReadAccess {
        ReadAccess(principal: request.principal, published: try await access.publishedPeriods(store),
                   policy: AccessPolicy(tree: workspace.tree, indicators: workspace.indicators))
    }
}
