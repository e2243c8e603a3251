// The account pages: my account and API tokens, and (for admins) the audit log. Sign-in and
// sign-out are SignInController's.
import Vapor

struct AccountPages: PageRoutes {
    let context: ServerContext

    func boot(routes: any RoutesBuilder) throws {
        routes.get("account", use: account)
        routes.on(.POST, "account", "tokens", body: .collect(maxSize: "16kb"), use: createToken)
        routes.on(.POST, "account", "tokens", "revoke", body: .collect(maxSize: "16kb"), use: revokeToken)
        routes.get("audit", use: audit)
    }
}
