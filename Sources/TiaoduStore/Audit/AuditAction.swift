// Every kind of entry the audit log holds, and which counters each moves. The log stores the
// `rawValue` ("approval.accept", "write.values"); code names the case, so a new action is
// added here once and the counters it moves are decided here, not by matching prefixes.
import TiaoduCore

public enum AuditAction: Sendable, Hashable {
    case signIn, signInFailed, signInThrottled, signOut
    case userCreate, userPassword, userDisable, userEnable
    case tokenCreate, tokenRevoke
    /// a move in the monthly cycle (submit, approve, return, accept, reopen)
    case approval(ApprovalAction)
    /// a submission's state set by an administrator or the demo
    case approvalSet
    case scheduleDueDay, scheduleFutureMonths
    /// an import or form wrote rows of this kind
    case write(ImportKind)
    /// an admin changed locked inputs of this kind with a stated reason
    case unlock(ImportKind)
    /// an admin removed a mistaken value
    case deleteValue
    case orgEdit, projectEdit, projectProgress, projectStage, projectBlocker, projectResolve, projectBatch
    case contestRules, contestPublish
    case auditArchive
    /// a unit's note on a plausibility warning of its figure
    case figureNote
    case caseType, caseWebhook, enterprises

    public var rawValue: String {
        switch self {
        case .signIn: return "signin"
        case .signInFailed: return "signin.failed"
        case .signInThrottled: return "signin.throttled"
        case .signOut: return "signout"
        case .userCreate: return "user.create"
        case .userPassword: return "user.password"
        case .userDisable: return "user.disable"
        case .userEnable: return "user.enable"
        case .tokenCreate: return "token.create"
        case .tokenRevoke: return "token.revoke"
        case .approval(let action): return "approval.\(action.rawValue)"
        case .approvalSet: return "approval.set"
        case .scheduleDueDay: return "schedule.due_day"
        case .scheduleFutureMonths: return "schedule.future_months"
        case .write(let kind): return "write.\(kind.rawValue)"
        case .unlock(let kind): return "\(kind.rawValue).unlock"
        case .deleteValue: return "write.delete"
        case .orgEdit: return "org.edit"
        case .projectEdit: return "project.edit"
        case .projectProgress: return "project.progress"
        case .projectStage: return "project.stage"
        case .projectBlocker: return "project.blocker"
        case .projectResolve: return "project.resolve"
        case .projectBatch: return "project.batch"
        case .contestRules: return "contest.rules"
        case .contestPublish: return "contest.publish"
        case .auditArchive: return "audit.archive"
        case .caseType: return "case.type"
        case .caseWebhook: return "case.webhook"
        case .enterprises: return "case.enterprises"
        case .figureNote: return "figure.note"
        }
    }

    /// The counters this action moves, in the transaction that records it. The data counter
    /// (values and targets) and the catalogue counter move with the write itself, not here.
    var counters: [Counter] {
        switch self {
        // Users, tokens and the cycle change what people may do.
        case .userCreate, .userPassword, .userDisable, .userEnable, .tokenCreate, .tokenRevoke,
             .approval, .approvalSet, .scheduleDueDay, .scheduleFutureMonths:
            return [.access]
        // Every change to project data is audited, so the project counter moves here.
        case .projectEdit, .projectProgress, .projectStage, .projectBlocker, .projectResolve, .projectBatch,
             .contestRules, .contestPublish:
            return [.projects]
        case .write(let kind), .unlock(let kind):
            return kind == .projects || kind == .progress ? [.projects] : []
        case .signIn, .signInFailed, .signInThrottled, .signOut, .deleteValue, .orgEdit, .auditArchive, .figureNote, .caseType, .caseWebhook, .enterprises:
            return []
        }
    }
}
