// Deterministic synthetic workspaces for the benchmark: a city, a province or a nation, written
// as the four CSV files of the import contract, line by line (nothing is held in memory but the
// org tree and the catalogue, so the nation scale streams).
import TiaoduCore

public enum SyntheticScale: String, Sendable, CaseIterable {
    case city, province, nation

    /// Units per level below the root, and the indicator count and years.
    var levels: [(kind: OrgKind, total: Int)] {
        switch self {
        case .city: return [(.county, 10), (.town, 120)]
        case .province: return [(.city, 13), (.county, 95), (.town, 1_300)]
        case .nation: return [(.province, 31), (.city, 333), (.county, 2_850), (.town, 38_800)]
        }
    }

    var rootKind: OrgKind { self == .nation ? .province : (self == .province ? .province : .city) }
    var indicatorCount: Int { self == .city ? 60 : self == .province ? 100 : 300 }
    var years: ClosedRange<Int> { self == .city ? 2019...2021 : self == .province ? 2017...2021 : 2012...2021 }
}

/// What kind of series an indicator is; the mix repeats every ten indicators.
enum SyntheticKind: Int, CaseIterable {
    case leafFlow, leafFlow2, flow, comparableFlow, cumulativeReal, stock, count, quarterly, ratio, flow3

    var columns: (frequency: Frequency, accumulation: Accumulation, basis: GrowthBasis, aggregation: Aggregation, unit: String, decimals: Int) {
        switch self {
        case .leafFlow, .leafFlow2, .flow, .flow3: return (.monthly, .flow, .nominal, .sum, "亿元", 2)
        case .comparableFlow: return (.monthly, .flow, .comparable, .reported, "亿元", 2)
        case .cumulativeReal: return (.monthly, .cumulative, .real, .reported, "亿元", 2)
        case .stock: return (.monthly, .stock, .nominal, .sum, "亿元", 2)
        case .count: return (.monthly, .flow, .nominal, .sum, "个", 0)
        case .quarterly: return (.quarterly, .cumulative, .real, .reported, "亿元", 2)
        case .ratio: return (.monthly, .ratio, .nominal, .ratio, "%", 1)
        }
    }

    /// Only the towns report these; every level above is the sum of its children.
    var leavesOnly: Bool { self == .leafFlow || self == .leafFlow2 }
}

public struct SyntheticWorkspace: Sendable {
    public let scale: SyntheticScale
    /// The years written: the scale's own, or a slice of them (a nation slice for PostgreSQL).
    public let years: ClosedRange<Int>
    public let orgs: [OrgUnit]
    public let indicators: [Indicator]
    private let depth: [String: Int]

    /// The scale's workspace; `indicators` and `years` cut it down to its first indicators and
    /// some of its years (the org tree stays whole).
    public init(scale: SyntheticScale, indicators: Int? = nil, years: ClosedRange<Int>? = nil) {
        self.scale = scale
        self.years = years ?? scale.years
        var orgs = [OrgUnit(code: "r", name: "\(scale == .nation ? "全国" : scale == .province ? "全省" : "全市")", parent: nil, kind: scale.rootKind)]
        var parents = ["r"]
        var depth = ["r": 0]
        for (level, spec) in scale.levels.enumerated() {
            var next: [String] = []
            for index in 0..<spec.total {
                // Spread the level's units over its parents as evenly as possible, in order.
                let parent = parents[index * parents.count / spec.total]
                let code = "\(spec.kind.rawValue.prefix(2))\(index + 1)"
                let peer: String
                switch spec.kind {
                case .town: peer = index % 3 == 0 ? "I类镇" : "II类镇"
                case .county: peer = "县市区"
                default: peer = "设区市"
                }
                orgs.append(OrgUnit(code: code, name: "\(spec.kind.rawValue)\(index + 1)", parent: parent, kind: spec.kind, peerGroup: peer))
                depth[code] = level + 1
                next.append(code)
            }
            parents = next
        }
        self.orgs = orgs
        self.depth = depth
        self.indicators = (0..<min(indicators ?? scale.indicatorCount, scale.indicatorCount)).map { index in
            let kind = SyntheticKind(rawValue: index % 10)!
            let c = kind.columns
            let block = index - index % 10
            return Indicator(code: "i\(index + 1)", name: "指标\(index + 1)", unit: c.unit, frequency: c.frequency,
                             accumulation: c.accumulation, direction: .up, growthBasis: c.basis, aggregation: c.aggregation,
                             decimals: c.decimals,
                             numerator: kind == .ratio ? "i\(block + SyntheticKind.comparableFlow.rawValue + 1)" : nil,
                             denominator: kind == .ratio ? "i\(block + SyntheticKind.flow.rawValue + 1)" : nil)
        }
    }

    public func orgsCSV() -> String {
        (["code,name,parent,kind,peer_group"] + orgs.map { CSV.line([$0.code, $0.name, $0.parent ?? "", $0.kind.rawValue, $0.peerGroup ?? ""]) })
            .joined(separator: "\n") + "\n"
    }

    public func indicatorsCSV() -> String {
        let header = "code,name,unit,frequency,accumulation,direction,growth_basis,aggregation,decimals,numerator,denominator"
        return ([header] + indicators.map {
            CSV.line([$0.code, $0.name, $0.unit, $0.frequency.rawValue, $0.accumulation.rawValue, $0.direction.rawValue,
                      $0.growthBasis.rawValue, $0.aggregation.rawValue, String($0.decimals), $0.numerator ?? "", $0.denominator ?? ""])
        }).joined(separator: "\n") + "\n"
    }

    /// Targets for every unit × indicator × year, handed out line by line.
    public func targets(_ emit: (String) -> Void) {
        emit("org,indicator,year,type,value")
        for (u, unit) in orgs.enumerated() {
            for (i, indicator) in indicators.enumerated() {
                let kind = SyntheticKind(rawValue: i % 10)!
                var random = DemoRandom(seed: UInt64(u) &* 1_000_003 &+ UInt64(i) &* 7_919 &+ 17)
                let size = self.size(unit: u, indicator: i)
                for year in years {
                    switch kind {
                    case .cumulativeReal, .quarterly:
                        emit("\(unit.code),\(indicator.code),\(year),growth,\(tenthsText(random.int(50...90)))")
                    case .comparableFlow:
                        emit("\(unit.code),\(indicator.code),\(year),growth,\(tenthsText(random.int(30...80)))")
                    case .ratio:
                        emit("\(unit.code),\(indicator.code),\(year),rate,\(tenthsText(random.int(400...900)))")
                    case .count:
                        emit("\(unit.code),\(indicator.code),\(year),count,\(max(1, size / 100 * 12 * random.int(95...115) / 100))")
                    case .stock:
                        emit("\(unit.code),\(indicator.code),\(year),amount,\(centsText(size * 30 * growthFactor(year) / 10_000 * random.int(100...112) / 100))")
                    default:
                        emit("\(unit.code),\(indicator.code),\(year),amount,\(centsText(size * 12 * growthFactor(year) / 10_000 * random.int(100...115) / 100))")
                    }
                }
            }
        }
    }

    /// Values: monthly series (quarterly ones at quarter ends) for every year, line by line.
    public func values(_ emit: (String) -> Void) {
        emit("org,indicator,period,value,growth")
        let seasonal = [70, 65, 82, 84, 85, 88, 82, 83, 88, 90, 92, 111]  // per mille ×12/1000 ≈ 1
        for (u, unit) in orgs.enumerated() {
            let isLeaf = depth[unit.code] == scale.levels.count
            for (i, indicator) in indicators.enumerated() {
                let kind = SyntheticKind(rawValue: i % 10)!
                if kind == .ratio || (kind.leavesOnly && !isLeaf) { continue }
                var random = DemoRandom(seed: UInt64(u) &* 2_000_003 &+ UInt64(i) &* 104_729 &+ 5)
                let size = self.size(unit: u, indicator: i)
                for year in years {
                    let factor = growthFactor(year) * random.int(9_600...10_400) / 10_000
                    var cumulative = 0
                    for month in 1...12 {
                        let flow = size * factor / 10_000 * seasonal[month - 1] / 83 * random.int(97...103) / 100
                        cumulative += flow
                        let period = Period.month(year: year, month: month).description
                        switch kind {
                        case .quarterly:
                            guard month % 3 == 0 else { continue }
                            emit("\(unit.code),\(indicator.code),\(year)Q\(month / 3),\(centsText(cumulative)),\(tenthsText(random.int(40...95)))")
                        case .cumulativeReal:
                            emit("\(unit.code),\(indicator.code),\(period),\(centsText(cumulative)),\(tenthsText(random.int(30...110)))")
                        case .comparableFlow:
                            emit("\(unit.code),\(indicator.code),\(period),\(centsText(flow)),\(tenthsText(random.int(-20...120)))")
                        case .stock:
                            emit("\(unit.code),\(indicator.code),\(period),\(centsText(size * 25 * factor / 10_000 + cumulative / 4)),")
                        case .count:
                            emit("\(unit.code),\(indicator.code),\(period),\(max(0, flow / 100 + random.int(-2...2))),")
                        default:
                            emit("\(unit.code),\(indicator.code),\(period),\(centsText(flow)),")
                        }
                    }
                }
            }
        }
    }

    /// A unit's monthly size in hundredths: towns small, each level above about the sum below.
    private func size(unit: Int, indicator: Int) -> Int {
        var random = DemoRandom(seed: UInt64(unit) &* 31 &+ UInt64(indicator) &* 1_009 &+ 99)
        let level = depth[orgs[unit].code] ?? 0
        let below = scale.levels.dropFirst(level).map(\.total).last ?? 1
        let share = level == 0 ? below : max(1, below / max(1, scale.levels[level - 1].total))
        return share * random.int(800...2_400)
    }

    /// Growth of the whole economy by year, in ten-thousandths of the 2017 level.
    private func growthFactor(_ year: Int) -> Int {
        var factor = 10_000
        for _ in years.lowerBound..<year { factor = factor * 107 / 100 }
        return factor
    }
}
