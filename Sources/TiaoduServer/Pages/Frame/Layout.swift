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

    var label: Label {
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
        return HTML.escape(path) + (pairs.isEmpty ? "" : HTML.query(pairs))
    }
}

enum Layout {
    static func page(title: String, at location: PageLocation, current: NavItem?, body: String, printable: Bool = false) -> String {
        let l = location.language
        func t(_ label: Label) -> String { HTML.escape(Catalogue.text(label, l)) }
        let other: Language = l == .zh ? .en : .zh
        var html = "<a class=\"skip\" href=\"#main\">\(t(.skipToContent))</a>"
        html += "<header><a class=\"brand\" href=\"/\">\(t(.appName))</a><span class=\"tagline\">\(t(.appTagline))</span><nav aria-label=\"\(t(.appName))\">"
        for item in NavItem.allCases {
            html += "<a href=\"\(item.path)\"\(item == current ? " aria-current=\"page\"" : "")>\(t(item.label))</a>"
        }
        html += "<a class=\"lang\" lang=\"\(other == .zh ? "zh-Hans" : "en")\" href=\"\(location.with([("lang", other.rawValue)]))\">\(t(.language))</a>"
        if let signedIn = location.signedIn {
            if signedIn.principal.isAdmin { html += "<a href=\"/audit\">\(t(.navAudit))</a>" }
            html += "<form class=\"signout\" method=\"post\" action=\"/signout\"><a class=\"user\" href=\"/account\" title=\"\(t(.navAccount))\">\(HTML.escape(signedIn.principal.name))</a>"
            if let session = signedIn.session { html += "<input type=\"hidden\" name=\"_csrf\" value=\"\(HTML.escape(session.csrf))\">" }
            html += "<button type=\"submit\">\(t(.signOut))</button></form>"
        } else if location.path != "/signin" {
            html += "<a class=\"signin\" href=\"/signin\(HTML.query([("next", location.path)]))\">\(t(.signIn))</a>"
        }
        html += "</nav></header>"
        html += "<main id=\"main\"\(printable ? " class=\"printable\"" : "")>"
        if location.demo { html += "<p class=\"notice\" role=\"note\">\(t(.demoNotice))</p>" }
        html += body
        html += "</main><footer>\(t(.api)): <a href=\"/api/v1/openapi.json\"><code>/api/v1/openapi.json</code></a> · <code>/api/v1/bulletin</code> · <code>/api/v1/values</code> · <code>/api/v1/projects</code> · <code>/api/v1/project-figures</code> · <code>/api/v1/contest</code></footer>"
        return HTML.page(title: title, language: l, body: html)
    }
}
