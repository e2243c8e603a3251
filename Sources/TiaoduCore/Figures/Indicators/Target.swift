// 目标/任务: what an org unit must reach for an indicator in a year.
import Foundation

public enum TargetType: String, Sendable, CaseIterable, Codable {
    /// reach an amount: completion = YTD ÷ target
    case amount
    /// grow by X%: no completion; the gap is actual growth − target growth
    case growth
    /// reach a count (projects started): completion = YTD ÷ the annual count
    case count
    /// reach a rate (X%): the gap is actual − target, in points
    case rate

    public var hasCompletion: Bool { self == .amount || self == .count }
}

public struct Target: Hashable, Sendable, Codable {
    public var org: String
    public var indicator: String
    public var year: Int
    public var type: TargetType
    public var value: Figure

    public init(org: String, indicator: String, year: Int, type: TargetType, value: Figure) {
        self.org = org
        self.indicator = indicator
        self.year = year
        self.type = type
        self.value = value
    }
}
