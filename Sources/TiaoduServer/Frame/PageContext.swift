// What every page is built from, as plain values: the language, where the page is (for the
// frame's links), the workspace (names, the tree, the catalogue), the period shown and the months
// and scopes the pickers offer, who reads and what they may do, and the day the server takes as
// today. PageRequest makes it once per request; page models are built from it and the figures they
// show, and views render a model with it. It holds no request, reads no store and no clock.
import TiaoduCore

struct PageContext: Sendable {
    let language: Language
    let location: PageLocation
    let workspace: Workspace
    /// the period the page shows, and the month pages open at
    let period: Period
    let latest: Period
    /// what the reader may read: the principal, the policy, the published periods and the cycle
    let access: ReadAccess
    /// the server's one clock, read once for the page (the demo stands on 2021-09-30)
    let today: Day

    init(language: Language, location: PageLocation, workspace: Workspace, period: Period, latest: Period, access: ReadAccess, today: Day) {
        self.language = language
        self.location = location
        self.workspace = workspace
        self.period = period
        self.latest = latest
        self.access = access
        self.today = today
    }

    /// The months the period picker offers, newest first (and the shown one). Worked out when a
    /// page asks (most pages have no picker of scopes; the tree has 2,000 grids).
    var months: [Period] { Self.offeredMonths(workspace: workspace, access: access, period: period, latest: latest) }

    /// Units with units below them that the reader may read: the scopes a page can show.
    var scopes: [OrgUnit] {
        workspace.tree.units.filter { workspace.tree.hasChildren($0.code) && $0.kind.reportsFigures && access.canRead($0.code, period) }
    }

    /// The period shown has not been accepted by the city: its figures are preliminary, and every
    /// page that shows them says so (METRICS.md: anything not yet accepted is draft).
    var isDraft: Bool { !access.published.contains(period.description) }

    /// who is signed in (nil: nobody)
    var principal: Principal? { access.principal }
    var policy: AccessPolicy { access.policy }
    /// the session's CSRF token, for the page's forms (nil: nobody signed in, or an API token)
    var csrf: String? { location.signedIn?.session?.csrf }

    func text(_ label: PageLabel) -> String { PageText.text(label, language) }
    func name(_ unit: OrgUnit) -> String { language == .en ? (unit.nameEn ?? unit.name) : unit.name }

    /// Every month of the latest year and the one before, newest first (and the shown one). Signed-in
    /// readers also see months with data past the cycle's month (the one being entered), never one
    /// that has not come; nobody signed in sees only published months.
    static func offeredMonths(workspace: Workspace, access: ReadAccess, period: Period, latest: Period) -> [Period] {
        var months: [Period] = []
        var newest = latest
        if access.principal != nil, let entered = workspace.latestMonth { newest = max(latest, min(entered, access.latestWritable)) }
        for year in [newest.year, newest.year - 1] {
            for month in stride(from: year == newest.year ? newest.endMonth : 12, through: 1, by: -1) {
                months.append(.month(year: year, month: month))
            }
        }
        if access.principal == nil { months = months.filter { access.published.contains($0.description) } }
        if !months.contains(period) { months.insert(period, at: 0) }
        return months
    }
}
