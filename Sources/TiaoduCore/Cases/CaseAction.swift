// What can be done to a case, by whom, and from which state to which: the one table every
// transition is checked against. Anything not in it is refused (CaseError.illegal).

public enum CaseAction: String, Sendable, CaseIterable, Codable {
    /// 吹哨 / 立项 / 上报 (creates the case)
    case raise
    /// 受理 / 签收 (grid): the centre takes it on
    case accept
    /// 退回: the centre will not take it on, with the reason
    case `return`
    /// 分派 / 交办 / 派遣 (again after an objection): a lead unit, assisting units, the deadline
    case assign
    /// 签收: the lead unit signs for the assignment
    case signFor = "sign_for"
    /// 异议: the lead unit objects to the assignment (within the limit), settled by re-assignment
    case object
    /// 申请延期: the lead unit asks for more working days
    case askExtension = "ask_extension"
    /// the centre grants or refuses the extension asked
    case grantExtension = "grant_extension"
    case refuseExtension = "refuse_extension"
    /// 协办反馈: an assisting unit reports to the lead
    case assistReport = "assist_report"
    /// 进展: the lead unit reports progress (a task's per cent done)
    case progress
    /// 答复 / 反馈 / 处置反馈: the lead unit's answer
    case answer
    /// 回访评价: the enterprise (or the centre for it) rates the answer
    case rate
    /// 核查: the centre checks a grid event's handling on the spot
    case verify
    /// 重办 / 退回重办: the answer is not accepted; the lead unit works on it again
    case reopen
    /// 办结 / 办结归档 / 结案
    case close
    /// 补充材料 / 留言: information added by any party
    case comment
    /// 催办: the centre presses the lead unit
    case urge
}

/// Who acts on a case. The store decides which of these a signed-in user is for a case.
public enum CaseParty: String, Sendable, CaseIterable, Codable {
    /// the case's centre: the desk that accepts, assigns, checks and closes (approvers of the
    /// case's unit or above, admins)
    case centre
    /// the lead unit (主办)
    case lead
    /// an assisting unit (协办)
    case assisting
    /// who raised it: the enterprise, the grid member, the registering office
    case raiser
}

public enum CaseWorkflow {
    /// The state `action` moves a case of `kind` from `state` to; nil when it may not be done.
    /// Actions that record without moving (a comment, progress) return the same state.
    public static func next(_ kind: CaseKind, _ state: CaseState, _ action: CaseAction) -> CaseState? {
        guard kind.states.contains(state), !state.isFinal else { return nil }
        switch (action, state) {
        case (.raise, _): return nil
        case (.accept, .raised) where kind == .request || kind == .grid: return .accepted
        case (.return, .raised) where kind == .request || kind == .grid: return .returned
        case (.assign, .accepted) where kind == .request || kind == .grid: return .assigned
        case (.assign, .raised) where kind == .task || kind == .blocker: return .assigned
        // 改派: the centre hands it to another unit while it is being worked on
        case (.assign, .assigned), (.assign, .inProgress): return .assigned
        case (.signFor, .assigned): return .inProgress
        case (.object, .assigned), (.object, .inProgress): return kind == .task || kind == .blocker ? .raised : .accepted
        case (.askExtension, .assigned), (.askExtension, .inProgress),
             (.grantExtension, .assigned), (.grantExtension, .inProgress),
             (.refuseExtension, .assigned), (.refuseExtension, .inProgress): return state
        case (.assistReport, .assigned), (.assistReport, .inProgress): return state
        case (.progress, .inProgress): return state
        case (.answer, .inProgress): return .answered
        case (.rate, .answered) where kind == .request: return .closed  // 不满意 stays answered (CaseMachine)
        case (.verify, .answered) where kind == .grid: return .verified
        case (.reopen, .answered), (.reopen, .verified): return .inProgress
        case (.close, .answered) where kind != .grid: return .closed
        // the project's owner confirms a blocker solved while the solver works on it
        case (.close, .assigned) where kind == .blocker, (.close, .inProgress) where kind == .blocker: return .closed
        case (.close, .verified) where kind == .grid: return .closed
        case (.comment, _): return state
        case (.urge, _) where state.clockRuns: return state
        default: return nil
        }
    }

    /// Who may take `action`.
    public static func parties(_ action: CaseAction) -> Set<CaseParty> {
        switch action {
        case .raise: return [.raiser, .centre]
        case .accept, .return, .assign, .grantExtension, .refuseExtension, .verify, .reopen, .close, .urge: return [.centre]
        case .signFor, .object, .askExtension, .progress, .answer: return [.lead]
        case .assistReport: return [.assisting]
        case .rate: return [.raiser, .centre]
        case .comment: return Set(CaseParty.allCases)
        }
    }

    /// The actions `parties` may take on `record` now, in the order a page offers them (the
    /// machine may still refuse one for its own rule: a closed objection window, a second extension…).
    public static func actions(on record: CaseRecord, for parties: Set<CaseParty>) -> [CaseAction] {
        CaseAction.allCases.filter { action in
            guard next(record.kind, record.state, action) != nil, !self.parties(action).isDisjoint(with: parties) else { return false }
            switch action {
            case .grantExtension, .refuseExtension: return record.extensionAsked != nil
            case .askExtension: return record.extensionAsked == nil && record.extensions == 0
            case .rate: return record.rating == nil
            default: return true
            }
        }
    }
}
