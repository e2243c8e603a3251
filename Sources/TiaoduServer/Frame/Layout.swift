// The frame every page shares: brand, navigation, the language switch (the same page in the
// other language), a skip link, the demo notice and the footer. Pages render only their body.
import TiaoduCore

enum NavItem: CaseIterable {
    case dashboard, bulletin, league, units, indicators, entry, status, projects, contest
    case cases, inbox // cases: 案件台账 and 我的待办

    var path: String {
        switch self {
        case .dashboard: return "/"
        case .bulletin: return "/bulletin"
        case .league: return "/league"
        case .units: return "/units"
        case .indicators: return "/indicators"
        case .entry: return "/entry"
        case .status: return "/status"
        case .projects: return "/projects"
        case .contest: return "/contest"
        case .cases: return "/cases"
        case .inbox: return "/inbox"
        }
    }

    var label: PageLabel {
        switch self {
        case .dashboard: return .navDashboard
        case .bulletin: return .navBulletin
        case .league: return .navLeague
        case .units: return .navUnits
        case .indicators: return .navIndicators
        case .entry: return .navEntry
        case .status: return .navStatus
        case .projects: return .navProjects
        case .contest: return .navContest
        case .cases: return .navCases
        case .inbox: return .navInbox
        }
    }

    /// Whether the reader has something to do there, so the navigation offers only that. Published
    /// figures and the catalogue are everybody's. Entry is for who enters figures (admins, a unit's
    /// reporters, a department its own indicators) and who checks them before moving them on in
    /// the cycle (approvers, the city's analysts: the grid read only); a viewer has nothing to do
    /// there. /status lists the units the reader may read (a department reads none whole); projects
    /// and the contest are not published, so they ask for a sign-in. Cases are read by whoever is
    /// signed in (an enterprise its own requests, and nothing of projects).
    func isShown(to principal: Principal?) -> Bool {
        switch self {
        case .dashboard, .bulletin, .league, .units, .indicators: return true
        case .entry: return principal.map { !$0.roles.isDisjoint(with: [.admin, .reporter, .department, .approver, .analyst]) } ?? false
        case .status: return principal.map { !$0.roles.isDisjoint(with: [.admin, .analyst, .reporter, .approver, .viewer]) } ?? false
        // an enterprise works on its own requests only: the government's projects are not its business
        case .projects, .contest: return principal.map { $0.roles != [.enterprise] } ?? false
        case .cases, .inbox: return principal != nil
        }
    }
}

/// Where a page is, so the frame can point at it in the other language.
struct PageLocation {
    let path: String
    let query: [(String, String)]
    let language: Language
    let demo: Bool
    /// who is signed in (the frame shows them and a sign-out button)
    let signedIn: SignedIn?

    /// This page with `changes` applied to the query (nil removes a parameter).
    func with(_ changes: [(String, String?)]) -> String {
        var pairs = query.filter { pair in !changes.contains { $0.0 == pair.0 } }
        for (name, value) in changes { if let value { pairs.append((name, value)) } }
        return Link.to(path, pairs)
    }
}

enum Layout {
    static func page(title: String, at location: PageLocation, current: NavItem?, body: Node, printable: Bool = false) -> String {
        let l = location.language
        func t(_ label: PageLabel) -> Node { .text(PageText.text(label, l)) }
        let other: Language = l == .zh ? .en : .zh
        var nav: [Node] = NavItem.allCases.filter { $0.isShown(to: location.signedIn?.principal) }.map { item in
            .a(t(item.label)).href(item.path).attr("aria-current", item == current ? "page" : nil)
        }
        nav.append(.a(t(.language)).class("lang").lang(other == .zh ? "zh-Hans" : "en").href(location.with([("lang", other.rawValue)])))
        if let signedIn = location.signedIn {
            if signedIn.principal.isAdmin { nav.append(.a(t(.navAudit)).href("/audit")) }
            nav.append(.form(
                .a(.text(signedIn.principal.name)).class("user").href("/account").title(PageText.text(.navAccount, l)),
                signedIn.session.map { .hidden("_csrf", $0.csrf) } ?? .empty,
                .button(t(.signOut)).type("submit")
            ).class("signout").method("post").action("/signout"))
        } else if location.path != "/signin" {
            nav.append(.a(t(.signIn)).class("signin").href(Link.to("/signin", [("next", location.path)])))
        }
        let api: [StaticString] = ["/api/v1/bulletin", "/api/v1/values", "/api/v1/projects", "/api/v1/project-figures", "/api/v1/contest"]
        let body = Node.group([
            .a(t(.skipToContent)).class("skip").href("#main"),
            .header(
                .a(t(.appName)).class("brand").href("/"),
                .span(t(.appTagline)).class("tagline"),
                .nav(nav).ariaLabel(PageText.text(.appName, l))
            ),
            .main(
                location.demo ? .p(t(.demoNotice)).class("notice").role("note") : .empty,
                body
            ).id("main").class(printable ? "printable" : nil),
            .footer([t(.api), t(.colon), .a(.code("/api/v1/openapi.json")).href("/api/v1/openapi.json")]
                    + api.flatMap { path -> [Node] in [" · ", .code(.text(path.description))] }),
        ])
        return Document.render(title: title, language: l, body: body)
    }
}
