// One reported figure: a unit's value of an indicator for a period, with the published
// year-on-year growth where one was published (authoritative for real/comparable indicators).
import Foundation

public struct Observation: Hashable, Sendable, Codable {
    public var org: String
    public var indicator: String
    public var period: Period
    /// nil for indicators published as growth only (固定资产投资 in many places)
    public var value: Figure?
    /// the published growth in %, of the year-to-date figure this period reports
    public var growth: Figure?

    public init(org: String, indicator: String, period: Period, value: Figure?, growth: Figure? = nil) {
        self.org = org
        self.indicator = indicator
        self.period = period
        self.value = value
        self.growth = growth
    }
}

