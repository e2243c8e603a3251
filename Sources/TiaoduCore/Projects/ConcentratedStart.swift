// 集中开工: a dated batch of projects that start together, organised by a county (or the city),
// with its total investment. The contest rewards organising one, up to a cap a year.

public struct ConcentratedStart: Hashable, Sendable {
    public let id: Int64
    public let org: String
    public let day: Day
    public let name: String
    public let codes: [String]

    public init(id: Int64, org: String, day: Day, name: String, codes: [String]) {
        (self.id, self.org, self.day, self.name, self.codes) = (id, org, day, name, codes)
    }

    /// The batch's total investment, from the register (亿元).
    public func totalInvestment(_ projects: [String: Project]) -> Figure {
        codes.compactMap { projects[$0]?.totalInvestment }.reduce(Figure(0), +)
    }

    public var quarter: Int { (day.month + 2) / 3 }
}
