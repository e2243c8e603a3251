// The frame every page shares: brand, navigation, the language switch (the same page in the
// other language), a skip link, the demo notice and the footer. Pages render only their body.
import TiaoduCore

enum NavItem: CaseIterable {
    case dashboard, bulletin, entry, status, projects, contest

    var path: String {
        switch self {
        case .dashboard: return "/"
        case .bulletin: return "/bulletin"
        case .entry: return "/entry"
        case .status: return "/status"
        case .projects: return "/projects"
        case .contest: return "/contest"
        }
    }

    var label: PageLabel {
        switch self {
        case .dashboard: return .navDashboard
        case .bulletin: return .navBulletin
        case .entry: return .navEntry
        case .status: return .navStatus
        case .projects: return .navProjects
        case .contest: return .navContest
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
        var nav: [Node] = NavItem.allCases.map { item in
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
            .footer([t(.api), ": ", .a(.code("/api/v1/openapi.json")).href("/api/v1/openapi.json")]
                    + api.flatMap { path -> [Node] in [" · ", .code(.text(path.description))] }),
        ])
        return Document.render(title: title, language: l, body: body)
    }
}
