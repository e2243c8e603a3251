// A bulletin row as display text, by the rounding of METRICS.md: amounts with the indicator's
// decimals, percentages and points with one, 「—」 (`missing`) where a figure does not exist —
// never "-", which is the minus sign of the negative figures beside it. The table, the HTML pages
// and the sentences show these same cells; the CSV leaves a missing figure's field empty.
import Foundation

public struct BulletinCells: Sendable {
    public let ytd, growth, target, completion, schedule, gap, requiredPace, requiredGrowth, status: String
    public let rankTotal, rankGrowth, rankCompletion: String
    public let previousTotal, previousGrowth, previousCompletion: String
    public let childrenSum: String
    /// the growth as a reader sees it beside other figures: 5.2% — or, for a rate or ratio,
    /// its change in points (-10.3个百分点)
    public let growthText: String
    /// the growth under a column headed 同比%: a change in points says its unit
    public let growthCell: String
    /// the total with its partial mark (12.30†) when some months are not reported
    public let ytdText: String
    /// the target as a reader sees it beside amounts: a growth target with its % (7.4%), a rate
    /// target with the rate's unit (95.0%, 3.0‰); an amount or a count target as `target`
    public let targetText: String

    public static let percentDecimals = 1

    /// A gap in points as charts and lists print it: one decimal, signed (+3.3, -6.7), and 0.0
    /// with no sign when it rounds to zero (never "+0.0" or "-0.0").
    public static func signedPoints(_ gap: Figure) -> String {
        let text = gap.fixed(percentDecimals)
        guard let shown = Figure(text), shown != 0 else { return "0.0" }
        return shown > 0 ? "+" + text : text
    }
    /// what a cell says where there is no figure (U+2014), with no unit after it
    public static let missing = "—"

    public init(_ row: BulletinRow, indicator: Indicator, language: Language) {
        func amount(_ value: Figure?) -> String { value.map { $0.fixed(indicator.decimals) } ?? Self.missing }
        func percent(_ value: Figure?) -> String { value.map { $0.fixed(Self.percentDecimals) } ?? Self.missing }
        func rank(_ value: Int?) -> String { value.map(String.init) ?? Self.missing }
        ytd = amount(row.ytd)
        growth = percent(row.growth)
        switch row.targetType {
        case .growth, .rate: target = percent(row.target)
        case .amount, .count, nil: target = amount(row.target)
        }
        completion = percent(row.completion)
        schedule = percent(row.schedule)
        gap = percent(row.gap)
        requiredPace = amount(row.requiredPace)
        requiredGrowth = percent(row.requiredGrowth)
        status = Catalogue.status(row.status, language)
        rankTotal = rank(row.rank.total)
        rankGrowth = rank(row.rank.growth)
        rankCompletion = rank(row.rank.completion)
        previousTotal = rank(row.previousRank.total)
        previousGrowth = rank(row.previousRank.growth)
        previousCompletion = rank(row.previousRank.completion)
        childrenSum = amount(row.childrenSum)
        growthText = row.growth == nil ? Self.missing : row.growthInPoints ? growth + Catalogue.text(.pointsSuffix, language) : growth + "%"
        growthCell = row.growthInPoints && row.growth != nil ? growthText : growth
        ytdText = row.partial && row.ytd != nil ? ytd + "†" : ytd
        switch row.targetType {
        case _ where row.target == nil: targetText = target
        case .growth: targetText = target + "%"
        case .rate: targetText = target + (["%", "‰"].contains(indicator.unit) ? indicator.unit : "")
        case .amount, .count, nil: targetText = target
        }
    }
}

extension Workspace {
    public func orgName(_ code: String, _ language: Language) -> String {
        guard let unit = tree[code] else { return code }
        return language == .en ? (unit.nameEn ?? unit.name) : unit.name
    }

    public func indicatorName(_ code: String, _ language: Language) -> String {
        guard let indicator = indicator(code) else { return code }
        return language == .en ? (indicator.nameEn ?? indicator.name) : indicator.name
    }
}
