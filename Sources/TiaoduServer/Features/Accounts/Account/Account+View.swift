// Renders the account page: who is signed in, a new API token (shown this once), the form that
// creates one and the tokens (everybody's for an admin), each active one with its revoke button.
import Foundation
import TiaoduCore
import TiaoduStore

enum AccountView {
    static func render(_ signedIn: SignedIn, tokens: [StoredToken], newToken: String?, _ p: PageContext) -> String {
        func t(_ label: PageLabel) -> Node { .text(p.text(label)) }
        let principal = signedIn.principal
        let csrf = signedIn.session?.csrf ?? ""
        let time = Timestamp()
        let about = Node.dl(
            .dt(t(.loginName)), .dd(.text(principal.login)),
            .dt(t(.forUnit)), .dd(.text(p.workspace.orgName(principal.org, p.language))),
            .dt(t(.roles)), .dd(.text(Role.text(principal.roles)))
        ).class("meta")
        let create = Node.form(
            .hidden("_csrf", csrf),
            .label(t(.tokenName), Node.input().name("name").attr("maxlength", "100")),
            .button(t(.createToken)).type("submit")
        ).class("pickers").method("post").action("/account/tokens")
        let head = Node.tr(
            .th("#").scope("col"), .th(t(.loginName)).scope("col"), .th(t(.tokenName)).scope("col"),
            .th(t(.created)).scope("col"), .th(t(.status)).scope("col"), .th().scope("col")
        )
        let rows: [Node] = tokens.reversed().map { token -> Node in
            let created = time.text(token.createdAt)
            let revoke: Node = token.revokedAt != nil ? .empty : .form(
                .hidden("_csrf", csrf), .hidden("id", String(token.id)),
                .button(t(.revoke)).type("submit")
            ).class("act").method("post").action("/account/tokens/revoke")
            return .tr(
                .td(.text(String(token.id))), .td(.text(token.login)), .td(.text(token.name)), .td(.text(created)),
                .td(t(token.revokedAt == nil ? .active : .revoked)), .td(revoke)
            )
        }
        let body = Node.group([
            .h1(t(.accountTitle)),
            about,
            .h2(t(.apiTokens)),
            newToken.map { .p(t(.newTokenOnce), " ", .code(.text($0)).id("new-token")).class("ok").role("status") } ?? .empty,
            create,
            .div(.table(.thead(head), .tbody(rows)).class("compact")).class("scroll"),
        ])
        return Layout.page(title: p.text(.accountTitle), at: p.location, current: nil, body: body)
    }
}
