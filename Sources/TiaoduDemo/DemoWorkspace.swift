// The 扬州 demo workspace as the CSV files of the import contract, so the demo is loaded
// through exactly the same validated import as a user's own files. Figures the article states
// (targets of 邗江区, 高邮市, 江都区) are used as stated; all others are generated from a fixed seed.
import TiaoduCore

public struct DemoWorkspace: Sendable {
    public let orgs: String
    public let indicators: String
    public let targets: String
    public let values: String
    public let projects: String
    public let progress: String

    /// The demo's "today": the end of September 2021, when the article was written.
    public static let currentPeriod = Period.month(year: 2021, month: 9)

    public init() {
        var generator = DemoGenerator()
        generator.run()
        orgs = DemoOrgs.csv()
        indicators = DemoIndicators.csv()
        targets = (["org,indicator,year,type,value"] + generator.targets).joined(separator: "\n") + "\n"
        values = (["org,indicator,period,value,growth"] + generator.values).joined(separator: "\n") + "\n"
        projects = DemoProjects.csv()
        progress = DemoProjectTracking.progressCSV()
    }

    /// The files in import order.
    public var files: [(kind: ImportKind, text: String)] {
        [(.orgs, orgs), (.indicators, indicators), (.targets, targets), (.values, values), (.projects, projects), (.progress, progress)]
    }
}

struct DemoGenerator {
    private var random = DemoRandom(seed: 20_211_001)
    private(set) var values: [String] = []
    private(set) var targets: [String] = []
    /// 2020 annual totals in hundredths, by indicator and unit (for the targets)
    private var annual2020: [String: [String: Int]] = [:]
    /// indicator → unit → the growth drawn for 2021, in hundredths of a percent
    private var growth2021: [String: [String: Int]] = [:]
    /// Parts that cannot exceed their whole: 税收 is a share of 一般公共预算收入 (its base over the
    /// whole's), growing within 1.5 points of it, so 税收占比 stays a plausible share below 100 %.
    private static let partOf = ["tax": "revenue"]

    static let seasonal = [60, 55, 80, 82, 85, 90, 80, 82, 90, 92, 94, 110]  // per mille, sums to 1000
    static let quarterShares = [230, 480, 735, 1000]  // cumulative per mille
    static let lastMonth2021 = 9
    let city = DemoOrgs.cityCode
    let counties = DemoOrgs.counties.filter { $0.kind == .county }.map(\.code)
    let allUnits = DemoOrgs.counties.map(\.code)

    /// Targets the article states, by indicator → unit → (year, type, value).
    static let stated: [String: [String: (Int, TargetType, String)]] = [
        "sales_biomed": ["hanjiang": (2021, .amount, "100")],
        "sales_auto": ["hanjiang": (2021, .amount, "100")],
        "sales_equip": ["hanjiang": (2021, .amount, "280")],
        "keyproj": ["hanjiang": (2021, .count, "60")],
        "hitech": ["hanjiang": (2021, .count, "60")],
        "rdinst": ["jiangdu": (2021, .count, "10")],
        "coop": ["jiangdu": (2021, .count, "150")],
    ]

    mutating func run() {
        for indicator in DemoIndicators.all {
            switch indicator.shape {
            case .amount(let bases): amount(indicator, bases: bases)
            case .growthOnly(let center): growthOnly(indicator, center: center)
            case .count(let most): count(indicator, most: most)
            case .rate(let center): rate(indicator, center: center)
            case .annualCount(let counts):
                for (unit, n) in counts.sorted(by: { $0.key < $1.key }) { value(unit, indicator.code, "2020", "\(n)") }
            case .ratio: break
            }
        }
        statedTargets()
    }

    private mutating func value(_ org: String, _ code: String, _ period: String, _ value: String, growth: String = "") {
        values.append("\(org),\(code),\(period),\(value),\(growth)")
    }

    private mutating func target(_ org: String, _ code: String, _ type: TargetType, _ value: String, year: Int = 2021) {
        if let stated = Self.stated[code]?[org], stated.0 == year { return }
        targets.append("\(org),\(code),\(year),\(type.rawValue),\(value)")
    }

    private static func month(_ year: Int, _ m: Int) -> String { "\(year)-\(m < 10 ? "0" : "")\(m)" }

    /// Monthly flows (or quarterly cumulative GDP) per unit; towns share their county's figure
    /// exactly; the city reports its own figure where the indicator is `reported`.
    private mutating func amount(_ indicator: DemoIndicator, bases: [String: Int]) {
        let code = indicator.code
        let quarterly = indicator.frequency == "quarterly"
        let publishes = indicator.basis != "nominal"
        var cityParts: [String: Int] = [:]  // period → hundredths summed over counties
        var cityPeriods: [String] = []
        for unit in allUnits {
            guard let base = bases[unit] else { continue }
            var annual = base * 100 * random.factor(per10k: 800) / 10_000
            var growth = random.int(-300...2_000)
            if let whole = Self.partOf[code], let wholeAnnual = annual2020[whole]?[unit], let wholeGrowth = growth2021[whole]?[unit],
               case .amount(let wholeBases) = DemoIndicators.all.first(where: { $0.code == whole })?.shape, let wholeBase = wholeBases[unit] {
                // The same draws, mapped onto the whole: the stream of every later indicator is unchanged.
                annual = wholeAnnual * base / wholeBase
                growth = wholeGrowth + (growth + 300) % 300 - 150
            }
            annual2020[code, default: [:]][unit] = annual
            growth2021[code, default: [:]][unit] = growth
            var series: [(String, Int, Int?)] = []  // period, hundredths, published growth in tenths
            if quarterly {
                for year in [2020, 2021] {
                    for q in 1...(year == 2020 ? 4 : Self.lastMonth2021 / 3) {
                        let base2020 = annual * Self.quarterShares[q - 1] / 1000
                        let v = year == 2020 ? base2020 : base2020 * (10_000 + growth) / 10_000 * random.factor(per10k: 100) / 10_000
                        let published = year == 2020 ? random.int(-30...45) : growth / 10 * 8 / 10 + random.int(-5...5)
                        series.append(("\(year)Q\(q)", v, published))
                    }
                }
            } else {
                var months2020: [Int] = []
                var ytd2020 = 0, ytd2021 = 0
                for m in 1...12 {
                    let v = annual * Self.seasonal[m - 1] / 1000 * random.factor(per10k: 300) / 10_000
                    months2020.append(v)
                    ytd2020 += v
                    series.append((Self.month(2020, m), v, publishes ? random.int(-50...60) : nil))
                }
                ytd2020 = 0
                for m in 1...Self.lastMonth2021 {
                    let v = months2020[m - 1] * (10_000 + growth) / 10_000 * random.factor(per10k: 200) / 10_000
                    ytd2020 += months2020[m - 1]
                    ytd2021 += v
                    let published = publishes ? (ytd2021 - ytd2020) * 1000 / max(ytd2020, 1) + random.int(-3...3) : nil
                    series.append((Self.month(2021, m), v, published))
                }
            }
            for (period, v, published) in series {
                value(unit, code, period, centsText(v), growth: published.map(tenthsText) ?? "")
                if counties.contains(unit) {
                    if cityParts[period] == nil { cityPeriods.append(period) }
                    cityParts[period, default: 0] += v
                }
            }
            if indicator.towns, let towns = DemoOrgs.towns[unit] {
                let weights = towns.map { _ in random.int(40...160) }
                let total = weights.reduce(0, +)
                // Towns grow unevenly: their shares of the county shift in 2021.
                let weights2021 = weights.map { $0 * random.factor(per10k: 1_500) / 100 }
                let total2021 = weights2021.reduce(0, +)
                for (period, v, _) in series {
                    let (w, sum) = period.hasPrefix("2021") ? (weights2021, total2021) : (weights.map { $0 * 100 }, total * 100)
                    var left = v
                    for (index, town) in towns.enumerated() {
                        let share = index == towns.count - 1 ? left : v * w[index] / sum
                        left -= share
                        value(town.0, code, period, centsText(share))
                    }
                }
                for (index, town) in towns.enumerated() {
                    let townAnnual = annual * weights[index] / total
                    target(town.0, code, .amount, centsText(townAnnual * random.int(10_700...11_500) / 10_000))
                }
            }
            switch code {
            case "gdp": target(unit, code, .growth, tenthsText(random.int(65...80)))
            case "retail": target(unit, code, .growth, tenthsText(random.int(70...95)))
            case "tax": break
            default: target(unit, code, .amount, centsText(annual * random.int(10_600...11_400) / 10_000))
            }
        }
        if let uplift = indicator.cityUplift {
            for period in cityPeriods {
                let v = (cityParts[period] ?? 0) * (10_000 + uplift) / 10_000
                let published = publishes ? tenthsText(random.int(40...110)) : ""
                value(city, code, period, centsText(v), growth: published)
            }
            let cityAnnual = (annual2020[code] ?? [:]).filter { counties.contains($0.key) }.values.reduce(0, +) * (10_000 + uplift) / 10_000
            if code == "gdp" { target(city, code, .growth, "7.0") } else if code != "tax" { target(city, code, .amount, centsText(cityAnnual * 107 / 100)) }
        } else if code == "retail" {
            target(city, code, .growth, "8.0")
        } else {
            let cityAnnual = (annual2020[code] ?? [:]).filter { counties.contains($0.key) }.values.reduce(0, +)
            if cityAnnual > 0 { target(city, code, .amount, centsText(cityAnnual * 110 / 100)) }
        }
    }

    /// Indicators published as growth only: each unit and the city publish 1–m月 growth.
    private mutating func growthOnly(_ indicator: DemoIndicator, center: Int) {
        for unit in [city] + allUnits {
            let offset = unit == city ? 0 : random.int(-70...60)
            for year in [2020, 2021] {
                for m in 1...(year == 2020 ? 12 : Self.lastMonth2021) {
                    let g = year == 2020 ? random.int(-60...50) : center + offset + random.int(-12...12)
                    value(unit, indicator.code, Self.month(year, m), "", growth: tenthsText(g))
                }
            }
            target(unit, indicator.code, .growth, tenthsText(center - 45))
        }
    }

    private mutating func count(_ indicator: DemoIndicator, most: Int) {
        var cityTarget = 0
        for unit in allUnits {
            var total2020 = 0
            for year in [2020, 2021] {
                for m in 1...(year == 2020 ? 12 : Self.lastMonth2021) {
                    let n = random.int(0...most)
                    if year == 2020 { total2020 += n }
                    value(unit, indicator.code, Self.month(year, m), "\(n)")
                }
            }
            let goal = max(1, total2020 * random.int(95...125) / 100)
            if counties.contains(unit) { cityTarget += Self.stated[indicator.code]?[unit].flatMap { Int($0.2) } ?? goal }
            target(unit, indicator.code, .count, "\(goal)")
        }
        target(city, indicator.code, .count, "\(cityTarget)")
    }

    private mutating func rate(_ indicator: DemoIndicator, center: Int) {
        for unit in [city] + counties {
            let offset = unit == city ? 0 : random.int(-60...50)
            for year in [2020, 2021] {
                for m in 1...(year == 2020 ? 12 : Self.lastMonth2021) {
                    let climb = (year - 2020) * 36 + m * 3
                    value(unit, indicator.code, Self.month(year, m), tenthsText(center + offset + climb - 60 + random.int(-8...8)))
                }
            }
            target(unit, indicator.code, .rate, "85.0")
        }
        // 高邮市: 垃圾分类集中处理率 90% by 2025 (article).
        targets.append("gaoyou,\(indicator.code),2025,rate,90")
    }

    private mutating func statedTargets() {
        for (code, units) in Self.stated.sorted(by: { $0.key < $1.key }) {
            for (unit, spec) in units.sorted(by: { $0.key < $1.key }) {
                targets.append("\(unit),\(code),\(spec.0),\(spec.1.rawValue),\(spec.2)")
            }
        }
        // 高邮市: ≥ 18 特色田园乡村 by 2025 (article).
        targets.append("gaoyou,villages,2025,count,18")
    }
}
