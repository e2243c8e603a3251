// Cases (WORKFLOWS.md): something is raised, a unit must act within a deadline, someone checks
// the result. One engine runs the article's three routines — enterprise requests (企业吹哨、政府报到),
// supervision tasks (督查督办) and grid events (网格事件) — and project blockers (存在问题).

public enum CaseKind: String, Sendable, CaseIterable, Codable {
    /// 企业吹哨: an enterprise's request, answered by a unit and rated by the enterprise
    case request
    /// 督办: a task from a leader's instruction, a meeting or a rectification list (整改)
    case task
    /// 网格事件: reported from a grid, dispatched, handled and verified on the spot
    case grid
    /// 存在问题: what holds a major project up, solved by a unit
    case blocker

    /// The states a case of this kind passes through, in order (WORKFLOWS.md).
    public var states: [CaseState] {
        switch self {
        case .request: return [.raised, .accepted, .returned, .assigned, .inProgress, .answered, .closed]
        case .task: return [.raised, .assigned, .inProgress, .answered, .closed]
        // a report the centre will not take on is returned (CaseWorkflow: return from raised)
        case .grid: return [.raised, .accepted, .returned, .assigned, .inProgress, .answered, .verified, .closed]
        case .blocker: return [.raised, .assigned, .inProgress, .answered, .closed]
        }
    }

    /// The first letter of its codes: R2021-00001.
    public var prefix: String {
        switch self {
        case .request: return "R"
        case .task: return "T"
        case .grid: return "G"
        case .blocker: return "B"
        }
    }
}

/// Where a case stands. The kinds share these states and name them in their own words:
/// `.assigned` is 分派 for a request, 交办 for a task and 派遣 for a grid event.
public enum CaseState: String, Sendable, CaseIterable, Codable {
    /// 吹哨 / 立项 / 上报
    case raised
    /// 受理 (request) / 签收 (grid: the centre has signed for the event)
    case accepted
    /// 退回: not accepted, with the reason (final)
    case returned
    /// 分派 / 交办 / 派遣: waiting for the lead unit to sign for it
    case assigned
    /// 办理中 / 跟踪 / 处置
    case inProgress = "in_progress"
    /// 答复 / 反馈: the lead unit has answered; waiting for the rating, the check or the closing
    case answered
    /// 核查: a grid event's handling checked on the spot
    case verified
    /// 办结 / 办结归档 / 结案 (final)
    case closed

    /// Nothing more happens to it.
    public var isFinal: Bool { self == .returned || self == .closed }

    /// A unit's clock runs: the case waits for the lead unit (or, before assignment, the centre).
    public var clockRuns: Bool { self == .raised || self == .accepted || self == .assigned || self == .inProgress }
}

/// 回访评价: how the enterprise (or the centre, on its behalf) rates the answer.
public enum Rating: String, Sendable, CaseIterable, Codable {
    case satisfied          // 满意
    case basicallySatisfied = "basically_satisfied"  // 基本满意
    case dissatisfied       // 不满意

    public var isSatisfied: Bool { self != .dissatisfied }
}
