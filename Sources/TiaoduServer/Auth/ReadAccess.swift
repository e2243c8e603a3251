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
    /// periods some unit has submitted (the monthly cycle)
    var cycle: Set<String> = []
    /// the last month values may be written for (this month, plus the configured grace)
    var latestWritable: Period = .month(year: 2200, month: 12)

    /// `indicator`: the page shows only this indicator (a department reads its own everywhere).
    func canRead(_ org: String, _ period: Period, indicator: String? = nil) -> Bool {
        policy.canRead(principal, org: org, published: published.contains(period.description), indicator: indicator)
    }

    /// 401 for nobody signed in, 403 for a signed-in user outside their scope.
    func require(_ org: String, _ period: Period, _ language: Language, indicator: String? = nil) throws {
        guard !canRead(org, period, indicator: indicator) else { return }
        throw principal == nil
            ? APIError(status: .unauthorized, message: PageText.text(.notPublished, language))
            : APIError(status: .forbidden, message: PageText.text(.outsideScope, language))
    }

    /// The month pages and the API open at: the latest month of the monthly cycle (a unit has
    /// submitted it), else the latest month with data — never a month that has not come yet, so a
    /// stray value for 2200-01 does not become everybody's default.
    func currentMonth(_ workspace: Workspace) -> Period? {
        let inCycle = cycle.compactMap(Period.init).filter { $0.frequency == .monthly && $0 <= latestWritable }.max()
        return inCycle ?? workspace.latestMonth.map { min($0, latestWritable) }
    }

    /// The latest published month, for readers who may see only what is published.
    var latestPublishedMonth: Period? {
        published.compactMap(Period.init).filter { $0.frequency == .monthly }.max()
    }
}

extension ServerContext {
    func readAccess(_ request: Request, workspace: Workspace) async throws -> ReadAccess {
        let cycle = try await access.cycle(store)
        return ReadAccess(principal: request.principal, published: try await access.publishedPeriods(store),
                          policy: AccessPolicy(tree: workspace.tree, indicators: workspace.indicators), cycle: cycle.periods, latestWritable: cycle.latestWritable)
    }
}
