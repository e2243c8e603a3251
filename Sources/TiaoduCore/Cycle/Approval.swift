// The monthly cycle of a unit's data for a period: draft → submitted → approved (by the unit's
// approver) → accepted (by the city), and then locked. While a unit's period is anything but a
// draft, neither its figures nor those of the units below it can change; only an admin can
// reopen accepted data, with a reason. Rules only: the store keeps the states.

public enum SubmissionStatus: String, Sendable, CaseIterable, Codable {
    case draft, submitted, approved, accepted

    /// Figures can be changed only in a draft.
    public var isOpen: Bool { self == .draft }
}

public enum ApprovalAction: String, Sendable, CaseIterable, Codable {
    case submit, withdraw, approve, reject, accept, unlock

    /// Reject and unlock must say why.
    public var needsReason: Bool { self == .reject || self == .unlock }
}

public enum ApprovalError: Error, Equatable, Sendable {
    /// the action does not apply to data in this state
    case notFrom(SubmissionStatus)
    /// this user may not take this action for this unit
    case notPermitted
    case reasonRequired
    /// separation of duties: nobody approves what they submitted themselves
    case ownSubmission
    /// a plausibility warning on the unit's figures has no note: say why before submitting
    case notesRequired
}

extension AccessPolicy {
    /// The state after `action`, or why it cannot be taken.
    /// `submittedBy`: who submitted the data now awaiting approval (they may not approve it).
    public func apply(_ action: ApprovalAction, to status: SubmissionStatus, org: String, by principal: Principal,
                      reason: String?, submittedBy: String? = nil) -> Result<SubmissionStatus, ApprovalError> {
        let roles = principal.roles
        let inScope = isWithin(org, principal.org)
        let (from, to, permitted): ([SubmissionStatus], SubmissionStatus, Bool)
        switch action {
        case .submit: (from, to, permitted) = ([.draft], .submitted, canEnter(principal, org: org))
        case .withdraw: (from, to, permitted) = ([.submitted], .draft, canEnter(principal, org: org))
        case .approve: (from, to, permitted) = ([.submitted], .approved, principal.isAdmin || (roles.contains(.approver) && inScope))
        case .reject: (from, to, permitted) = ([.submitted, .approved], .draft,
                                               principal.isAdmin || roles.contains(.analyst) || (roles.contains(.approver) && inScope))
        case .accept: (from, to, permitted) = ([.approved], .accepted, principal.isAdmin || roles.contains(.analyst))
        case .unlock: (from, to, permitted) = ([.accepted], .draft, principal.isAdmin)
        }
        guard permitted else { return .failure(.notPermitted) }
        guard from.contains(status) else { return .failure(.notFrom(status)) }
        if action.needsReason && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty { return .failure(.reasonRequired) }
        if action == .approve, let submittedBy, submittedBy == principal.login { return .failure(.ownSubmission) }
        return .success(to)
    }

    /// The unit whose state keeps `org`'s figures for a period from changing: itself or the
    /// nearest unit above it that is not a draft (nil: the figures are open).
    public func lockingUnit(for org: String, states: [String: SubmissionStatus]) -> (org: String, status: SubmissionStatus)? {
        for unit in tree.ancestry(of: org) {
            if let status = states[unit], !status.isOpen { return (unit, status) }
        }
        return nil
    }

    /// The state `org` is in for a period as the cycle shows it: its own, or — when it has none of
    /// its own — that of the unit above whose state closed its figures (`coveredBy`).
    public func shownState(of org: String, states: [String: SubmissionStatus]) -> (status: SubmissionStatus, coveredBy: String?) {
        let own = states[org] ?? .draft
        guard own == .draft, let cover = lockingUnit(for: org, states: states) else { return (own, nil) }
        return (cover.status, cover.org)
    }
}
