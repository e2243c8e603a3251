// The one way pages and the API read figures: every read goes through here and is checked
// against ReadAccess (published periods for everybody; otherwise the user's units, or a
// department's own indicators). Controllers never read figures or the bulletin cache from the
// store directly, so no route can forget the check; projects and the contest are read through
// ScopedReader+Projects. Routes do go to the store themselves for what is not a unit's figures —
// the catalogue's lists, the cycle's states and due days, the contest's stored rules — and for
// writes, whose scope the store checks.
import Vapor
import TiaoduCore
import TiaoduStore

struct ScopedReader: Sendable {
    let context: ServerContext
    let workspace: Workspace
    let revision: Int64
    let access: ReadAccess
    let language: Language

    static func make(_ request: Request, _ context: ServerContext) async throws -> ScopedReader {
        let (workspace, revision) = try await context.store.figures.liveWorkspace()
        return ScopedReader(context: context, workspace: workspace, revision: revision,
                            access: try await context.readAccess(request, workspace: workspace), language: request.language)
    }

    /// The bulletin of `parent` (the root by default) — when the asker may read that unit (for
    /// the one `indicator` a page shows, if it shows one).
    func bulletin(period: Period, parent: String?, indicator: String? = nil) async throws -> Bulletin {
        if let scope = parent ?? workspace.tree.root?.code, workspace.tree.contains(scope) {
            try access.require(scope, period, language, indicator: indicator)
        }
        return try await context.bulletin(workspace, revision: revision, period: period, parent: parent)
    }

    /// The bulletin as JSON or CSV text. Rendered bodies are cached too (a repeated request is a
    /// look-up), and the check comes before the cache.
    func bulletinText(period: Period, parent: String?, csv: Bool) async throws -> ByteBuffer {
        if let scope = parent ?? workspace.tree.root?.code, workspace.tree.contains(scope) {
            try access.require(scope, period, language)
        }
        // Preliminary until the city accepts the period: the JSON and the CSV say so.
        let preliminary = !access.published.contains(period.description)
        let key = "\(csv ? "csv|\(language.rawValue)" : "json")|\(period)|\(parent ?? "")|\(preliminary)"
        if let hit = await context.cache.text(revision: revision, key: key) { return hit }
        var bulletin = try await context.bulletin(workspace, revision: revision, period: period, parent: parent)
        bulletin.preliminary = preliminary
        let body = ByteBuffer(string: csv ? bulletin.csv(workspace, language) : bulletin.json())
        await context.cache.store(text: body, revision: revision, key: key)
        return body
    }

    /// A unit's own rows, ranked among its siblings (their figures are not part of it). A rank is
    /// derived from every sibling's figure, so it is given only to readers who may read them all
    /// — the parent's whole subtree — for that period (and the previous rank for the previous
    /// period): before the city publishes a month, a county reporter sees no rank, since ranks
    /// among readable units alone would mislead and ranks among all would leak the others' drafts.
    func ownRows(of unit: OrgUnit, period: Period) async throws -> Bulletin {
        try access.require(unit.code, period, language)
        let parent = unit.parent ?? unit.code
        var bulletin = try await context.bulletin(workspace, revision: revision, period: period, parent: parent)
        bulletin.rows = bulletin.rows.filter { $0.org == unit.code }.map { row in
            var row = row
            if !access.canRead(parent, period, indicator: row.indicator) { row.rank = Ranks() }
            if !access.canRead(parent, period.previous, indicator: row.indicator) { row.previousRank = Ranks() }
            return row
        }
        return bulletin
    }

    /// A unit the asker may read for `period` (404 unknown, 401/403 not theirs).
    func unit(_ code: String, period: Period, indicator: String? = nil) throws -> OrgUnit {
        guard let unit = workspace.tree[code] else { throw APIError(status: .notFound, message: "unknown org unit “\(code)”") }
        try access.require(unit.code, period, language, indicator: indicator)
        return unit
    }

    func canRead(_ org: String, _ period: Period, indicator: String? = nil) -> Bool { access.canRead(org, period, indicator: indicator) }

    /// Stored values the asker may read; the others are left out.
    func values(org: String?, indicator: String?, from: Period?, to: Period?) async throws -> [StoredValue] {
        try await context.store.figures.values(org: org, indicator: indicator, from: from, to: to).filter { v in
            Period(v.period).map { access.canRead(v.org, $0, indicator: v.indicator) } ?? false
        }
    }

    /// Who changed what: for signed-in users who may read the unit's unpublished figures.
    func history(org: String, indicator: String, period: Period? = nil) async throws -> [HistoryEntry] {
        guard let principal = access.principal else { throw APIError(status: .unauthorized, message: PageText.text(.notPublished, language)) }
        guard access.policy.canRead(principal, org: org, published: false, indicator: indicator) else {
            throw APIError(status: .forbidden, message: PageText.text(.outsideScope, language))
        }
        return try await context.store.figures.history(org: org, indicator: indicator, period: period)
    }

    /// Targets of the units the asker may read; signed-in users only.
    func targets(year: Int?) async throws -> [StoredTarget] {
        guard let principal = access.principal else { throw APIError(status: .unauthorized, message: PageText.text(.signInRequired, language)) }
        return try await context.store.figures.targets(year: year).filter { access.policy.canRead(principal, org: $0.org, published: false, indicator: $0.indicator) }
    }
}
