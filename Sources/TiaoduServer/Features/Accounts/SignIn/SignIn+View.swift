// Renders the sign-in page: the form with its CSRF token and where to go next, the reason a
// try failed and, in the demo, the accounts to try.
import TiaoduCore

enum SignInView {
    /// `demoLogins` is shown when the site is the demo (`location.demo`).
    static func render(message: String?, token: String, next: String, demoLogins: [String], at location: PageLocation) -> String {
        let l = location.language
        func t(_ label: PageLabel) -> Node { .text(PageText.text(label, l)) }
        let form = Node.form(
            .hidden("_csrf", token), .hidden("next", next), .hidden("lang", l.rawValue),
            .label(t(.loginName), Node.input().name("login").attr("autocomplete", "username").flag("required").flag("autofocus")),
            .label(t(.password), Node.input().name("password").type("password").attr("autocomplete", "current-password").flag("required")),
            .div(.button(t(.signIn)).type("submit")).class("actions")
        ).class("signin").method("post").action("/signin")
        var demo: Node = .empty
        if location.demo {
            var items: [Node] = [t(.demoAccounts), " "]
            for (index, login) in demoLogins.enumerated() {
                if index > 0 { items.append(" · ") }
                items.append(.code(.text(login)))
            }
            demo = Node.p(items).class("notice")
        }
        let body = Node.group([
            .h1(t(.signInTitle)),
            message.map { .p(.text($0)).class("error").role("alert") } ?? .empty,
            form,
            demo,
        ])
        return Layout.page(title: PageText.text(.signInTitle, l), at: location, current: nil, body: body)
    }
}
