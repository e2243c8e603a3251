// A project's stage on a given day, from its dated stage events: stages only move forward, so it
// is the furthest stage among the events in effect by then. A registration has no day and holds
// from the start; a move takes effect on its day (which may be earlier than when it was recorded).

public struct StageHistory: Sendable, Equatable {
    /// (the day a move took effect — nil for the registration, the stage it reached)
    public private(set) var events: [(on: Day?, stage: ProjectStage)]

    public init(_ events: [(on: Day?, stage: ProjectStage)] = []) { self.events = events }

    public mutating func append(on: Day?, stage: ProjectStage) { events.append((on, stage)) }

    /// The stage on `day`; nil when no event is in effect yet.
    public func stage(on day: Day) -> ProjectStage? {
        events.filter { $0.on.map { $0 <= day } ?? true }.map(\.stage).max()
    }

    public static func == (a: StageHistory, b: StageHistory) -> Bool {
        a.events.count == b.events.count && zip(a.events, b.events).allSatisfy { $0.on == $1.on && $0.stage == $1.stage }
    }
}

extension Project {
    /// The project as it stood on `day`: its stage then (its present one when nothing says otherwise).
    public func asOf(_ day: Day, history: StageHistory?) -> Project {
        var project = self
        if let stage = history?.stage(on: day) { project.stage = stage }
        return project
    }
}
