// The one place that decides whether a user may read or change an org unit's figures. Every
// write path (the entry form, the JSON API, imports) asks it below the routes, in the store's
// write transaction; pages and the API ask it before showing a unit.

public struct AccessPolicy: Sendable {
    public let tree: OrgTree
    /// indicator → the department that owns it
    public let owners: [String: String]

    public init(tree: OrgTree, indicators: [Indicator] = []) {
        self.tree = tree
        owners = Dictionary(indicators.compactMap { i in i.department.map { (i.code, $0) } }, uniquingKeysWith: { first, _ in first })
    }

    /// A department user's own indicator.
    public func owns(_ principal: Principal, indicator: String) -> Bool {
        guard principal.roles.contains(.department), let department = principal.department else { return false }
        return owners[indicator] == department
    }

    /// Whether `org` is `ancestor` or lies below it.
    public func isWithin(_ org: String, _ ancestor: String) -> Bool { tree.ancestry(of: org).contains(ancestor) }

    /// Admins and analysts read everything; a unit's reporters, approvers and viewers its
    /// subtree; a department only its own indicators (see `canRead(_:org:published:indicator:)`).
    public func canRead(_ principal: Principal, org: String) -> Bool {
        if principal.roles.contains(.admin) || principal.roles.contains(.analyst) { return true }
        return !principal.roles.isDisjoint(with: [.reporter, .approver, .viewer]) && isWithin(org, principal.org)
    }

    /// A unit's figures for a period: anybody once the period is published (the city has
    /// accepted it), otherwise only a signed-in user who may read the unit — or, for one
    /// indicator, the department that owns it (in every unit).
    public func canRead(_ principal: Principal?, org: String, published: Bool, indicator: String? = nil) -> Bool {
        if published { return true }
        guard let principal else { return false }
        if let indicator, owns(principal, indicator: indicator) { return true }
        return canRead(principal, org: org)
    }

    /// Values of a unit: admins anywhere, reporters in their subtree.
    public func canEnter(_ principal: Principal, org: String) -> Bool {
        if principal.isAdmin { return true }
        return principal.roles.contains(.reporter) && isWithin(org, principal.org)
    }

    /// Targets, the org tree, indicators and users: admins only.
    public func canAdminister(_ principal: Principal) -> Bool { principal.isAdmin }

    /// Every row the principal may not write, as import issues (nothing is written then): rows
    /// are given with their input line and whose figures they change (`ImportContract.scopes`).
    public func forbidden(_ principal: Principal, rows: [(line: Int, scopes: [RowScope])]) -> [ImportIssue] {
        var issues: [ImportIssue] = []
        for row in rows {
            for scope in row.scopes where !canEnter(principal, org: scope.org) && !(scope.indicator.map { owns(principal, indicator: $0) } ?? false) {
                issues.append(ImportIssue(line: row.line, column: scope.column, reason: .outOfScope(scope.org)))
            }
        }
        return issues
    }
}
