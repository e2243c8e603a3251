// The stages of a project: 储备 → 签约 → 新开工 → 在建 → 竣工/投产 → 达产. A project moves one stage
// forward at a time (a project that needs no signing may go from reserve straight to started);
// never back, never skipping. Each move is a dated event kept by the store.

public enum ProjectStage: String, Sendable, CaseIterable, Codable, Comparable {
    case reserve, signed, started, underConstruction, completed, atFullOutput

    private var order: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (a: ProjectStage, b: ProjectStage) -> Bool { a.order < b.order }

    /// The stages this one may move to.
    public var next: [ProjectStage] {
        switch self {
        case .reserve: return [.signed, .started]
        case .signed: return [.started]
        case .started: return [.underConstruction]
        case .underConstruction: return [.completed]
        case .completed: return [.atFullOutput]
        case .atFullOutput: return []
        }
    }

    /// Started or beyond: counts toward 开工率.
    public var hasStarted: Bool { self >= .started }
}

public enum StageError: Error, Equatable, Sendable {
    /// a move backwards (nothing is ever undone: a wrong stage is corrected by a new event)
    case backwards(from: ProjectStage, to: ProjectStage)
    /// a move past the next stage
    case skips(from: ProjectStage, to: ProjectStage, allowed: [ProjectStage])
    case same(ProjectStage)
}

extension ProjectStage {
    public func move(to target: ProjectStage) -> Result<ProjectStage, StageError> {
        if target == self { return .failure(.same(self)) }
        if target < self { return .failure(.backwards(from: self, to: target)) }
        guard next.contains(target) else { return .failure(.skips(from: self, to: target, allowed: next)) }
        return .success(target)
    }
}
