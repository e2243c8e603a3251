// Who a signed-in user is for a case (its centre, its lead or assisting unit, its raiser) and
// whether they may read it. Everyone reads the cases of their units and departments and of the
// units below; an enterprise only its own requests. Derived figures follow the same rule.

public struct CaseAccess: Sendable {
    public let policy: AccessPolicy

    public init(policy: AccessPolicy) { self.policy = policy }

    /// The unit a user acts for on cases: a department user for the department, others for their org.
    public static func unit(of principal: Principal) -> CaseUnit {
        if principal.roles.contains(.department), let department = principal.department { return .department(department) }
        return .org(principal.org)
    }

    /// Whether the user acts for `unit`: its own people (reporters and approvers of that org, the
    /// department's users) and admins.
    public func actsFor(_ principal: Principal, _ unit: CaseUnit) -> Bool {
        if principal.isAdmin { return true }
        switch unit {
        case .org(let code): return principal.org == code && !principal.roles.isDisjoint(with: [.reporter, .approver])
        case .department(let name): return principal.roles.contains(.department) && principal.department == name
        }
    }

    /// The parties the user is on the case.
    public func parties(_ principal: Principal, _ record: CaseRecord) -> Set<CaseParty> {
        var parties = Set<CaseParty>()
        if principal.isAdmin || (principal.roles.contains(.approver) && policy.isWithin(record.org, principal.org)) { parties.insert(.centre) }
        if let lead = record.lead, actsFor(principal, lead) { parties.insert(.lead) }
        if record.assisting.contains(where: { actsFor(principal, $0) }) { parties.insert(.assisting) }
        if principal.login == record.raisedBy || (principal.roles.contains(.enterprise) && principal.enterprise != nil && principal.enterprise == record.enterprise) {
            parties.insert(.raiser)
        }
        return parties
    }

    /// Whether the user may read the case.
    public func canRead(_ principal: Principal, _ record: CaseRecord) -> Bool {
        if principal.roles.contains(.admin) || principal.roles.contains(.analyst) { return true }
        if principal.roles.contains(.enterprise) {
            return principal.enterprise != nil && principal.enterprise == record.enterprise || principal.login == record.raisedBy
        }
        if principal.login == record.raisedBy { return true }
        if let department = principal.department, principal.roles.contains(.department), record.units.contains(.department(department)) { return true }
        guard !principal.roles.isDisjoint(with: [.reporter, .approver, .viewer]) else { return false }
        if policy.isWithin(record.org, principal.org) { return true }
        return record.units.contains { $0.orgCode.map { policy.isWithin($0, principal.org) } ?? false }
    }

    /// Whether the user may raise a case of `kind` in `org`: an enterprise its own requests in
    /// the org it belongs to; a unit's reporters and approvers (a grid's members) requests, grid
    /// events and blockers in their subtree; the centre (approvers, admins) tasks.
    public func canRaise(_ principal: Principal, kind: CaseKind, org: String, enterprise: String?) -> Bool {
        if principal.isAdmin { return true }
        switch kind {
        case .request:
            if principal.roles.contains(.enterprise) { return principal.enterprise != nil && principal.enterprise == enterprise }
            return !principal.roles.isDisjoint(with: [.reporter, .approver]) && policy.isWithin(org, principal.org)
        case .grid, .blocker:
            return !principal.roles.isDisjoint(with: [.reporter, .approver]) && policy.isWithin(org, principal.org)
        case .task:
            return principal.roles.contains(.approver) && policy.isWithin(org, principal.org)
        }
    }
}
