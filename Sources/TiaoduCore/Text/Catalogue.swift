// The words of generated text, in zh-Hans and en: the bulletin's columns and status words, import
// reports, periods and units as sentences say them. The pages' own words are the server's
// (TiaoduServer/Frame/PageText*.swift). Code refers to a word by its key.

public enum Label: String, Sendable, CaseIterable {
    // the bulletin's columns and status words
    case indicator, org, ytd, growth, target, completion, schedule, gap, rankTotal, rankGrowth, rankCompletion, status
    case green, amber, red, mismatchNote, nameWithUnit
    // preliminary figures and partly reported flows
    case dataStatus, marksColumn, preliminaryWord, acceptedWord, preliminaryNote, partialNote, monthsCovered, pointsSuffix
    // plausibility checks (数据审核)
    case flagShareOver100, flagTripled, flagFellToAThird, flagGrowthContradicts, ytdFigure, periodFigure
    // the working-day calendar
    case calendarYearMissing, calendarNegativeDays
    // import reports
    case importOK, importDryRun, importFailed, moreIssues, itemWord, lineWord
    // projects' stages and classes, as registers and narratives say them
    case stageReserve, stageSigned, stageStarted, stageUnderConstruction, stageCompleted, stageAtFullOutput
    case catIndustry, catLivelihood, catInfrastructure, levelProvince, levelCity, levelCounty, tierHundred, tierTen, tierOne, tierBelow
    // bulletin 通报: the report's sentences (BulletinReport): overview, leaders by peer group, issues, the 附表's notes
    case reportOverview, reportOverviewNoTargets, reportBehindList, reportWarningList, reportGrowthCount, reportGrowthCountLevel, reportListSeparator, reportClauseSeparator, reportByArea, reportInGroup, reportGroupSentence, reportMetricCompletion, reportMetricGrowth, reportLeaderItem, reportLeadersMany, reportLeaderOne, reportAllFell, reportBehindSchedule, reportShortOfTarget, reportAllOnSchedule, reportAllAtTarget, reportLagAmount, reportLagGrowth, reportLagRate, reportIssueLagging, reportLastItem, reportPeers, reportIssueLastPlace, reportFallItem, reportIssueFalling, reportUnitsFallItem, reportIssueUnitsFalling, reportPartialItem, reportIssuePartial, reportUnitIndicator, reportIssueMismatch, reportIssueNone, reportMismatchNote, reportBelowCounties, reportBelowTowns, reportBelowVillages, reportBelowUnits
}

public enum Catalogue {
    private static let entries: [Label: (zh: String, en: String)] = [
        .indicator: ("指标", "Indicator"),
        .org: ("地区", "Area"),
        .ytd: ("累计", "YTD"),
        .growth: ("同比%", "Growth %"),
        .target: ("年度目标", "Annual target"),
        .completion: ("完成率%", "Completion %"),
        .schedule: ("序时%", "Schedule %"),
        .gap: ("超序时（百分点）", "Gap (pts)"),
        .status: ("状态", "Status"),
        .rankTotal: ("总量位次", "Rank: total"),
        .rankGrowth: ("增速位次", "Rank: growth"),
        .rankCompletion: ("完成率位次", "Rank: completion"),
        .green: ("正常", "on track"),
        .amber: ("预警", "warning"),
        .red: ("滞后", "behind"),
        .nameWithUnit: ("%1$@（%2$@）", "%1$@ (%2$@)"),
        .mismatchNote: ("※ 本级报送数与下级合计不一致，两者均保留。", "※ The unit's own figure differs from its children's sum; both are kept."),
        .dataStatus: ("数据状态", "Data status"),
        .marksColumn: ("注", "Notes"),
        .preliminaryWord: ("初步", "preliminary"),
        .acceptedWord: ("已确认", "accepted"),
        .preliminaryNote: ("初步数据：本期数据尚未经市里确认发布。", "Preliminary: the city has not yet accepted this period's figures."),
        .partialNote: ("† 部分月份未报送：累计数仅含已报送月份，不计算增速，不参与排名。", "† Some months not reported: the total covers the months reported only; no growth is computed and the unit is not ranked."),
        .monthsCovered: ("仅含%d个月", "%d months only"),
        .pointsSuffix: ("个百分点", " pts"),
        .flagShareOver100: ("%@为%@%，超过100%，请核对%@和%@。", "%@ is %@%, above 100%: check %@ and %@."),
        .flagTripled: ("%1$@%2$@是上年同期（%3$@）的%4$@倍，请核对。", "%1$@, %2$@, is %4$@ times the same period last year (%3$@): please check."),
        .flagFellToAThird: ("%1$@%2$@不到上年同期（%3$@）的三分之一，请核对。", "%1$@, %2$@, is less than a third of the same period last year (%3$@): please check."),
        .ytdFigure: ("累计数", "The year-to-date total"),
        .calendarYearMissing: ("工作日历未载入%@年的节假日安排：请先导入该年的国务院放假安排（tiaodu import calendar）。", "The working-day calendar has no holiday schedule for %@: import that year's State Council schedule first (tiaodu import calendar)."),
        .calendarNegativeDays: ("工作日数须为0或正数，不能是%@。", "The number of working days must be 0 or more, not %@."),
        .periodFigure: ("本期数", "The period's figure"),
        .flagGrowthContradicts: ("填报的增速%@%与按数值计算的增速%@%不符；数值改过时，增速须一并更新。", "The growth entered, %@%, differs from the %@% the values give: when a value changes, its growth must be updated too."),
        .importOK: ("导入成功", "Imported"),
        .importDryRun: ("试导入（未写入任何数据），将会导入", "Dry run (nothing written): would import"),
        .importFailed: ("导入失败，未写入任何数据", "Import failed; nothing was written"),
        .moreIssues: ("另有%@处问题未列出（先改正以上各处再导入）。", "%@ more problems are not listed: correct those above and import again."),
        .lineWord: ("第%d行", "line %d"),
        .itemWord: ("第%d项", "item %d"),
        .stageReserve: ("储备", "reserve"),
        .stageSigned: ("签约", "signed"),
        .stageStarted: ("新开工", "started"),
        .stageUnderConstruction: ("在建", "under construction"),
        .stageCompleted: ("竣工投产", "completed"),
        .stageAtFullOutput: ("达产达效", "at full output"),
        .catIndustry: ("产业", "industry"),
        .catLivelihood: ("民生", "livelihood"),
        .catInfrastructure: ("基础设施", "infrastructure"),
        .levelProvince: ("省重大", "provincial"),
        .levelCity: ("市重大", "city"),
        .levelCounty: ("县级", "county"),
        .tierHundred: ("百亿级", "≥ 10 billion yuan"),
        .tierTen: ("十亿级", "≥ 1 billion yuan"),
        .tierOne: ("亿元级", "≥ 100 million yuan"),
        .tierBelow: ("亿元以下", "< 100 million yuan"),
        // MARK: bulletin 通报 (BulletinReport)
        .reportOverview: ("%1$@，%2$@纳入通报的%3$@项指标中，设有年度目标的%4$@项：正常%5$@项，预警%6$@项，滞后%7$@项。",
                          "In %1$@, %4$@ of the %3$@ indicators in %2$@'s bulletin had an annual target: %5$@ on track, %6$@ in warning and %7$@ behind."),
        .reportOverviewNoTargets: ("%1$@，%2$@纳入通报的%3$@项指标均未设年度目标。", "In %1$@, none of the %3$@ indicators in %2$@'s bulletin had an annual target."),
        .reportBehindList: ("滞后的是：%@。", "Behind: %@."),
        .reportWarningList: ("预警的是：%@。", "In warning: %@."),
        .reportGrowthCount: ("有增速的%1$@项指标中，%2$@项同比增长，%3$@项同比下降。", "Of the %1$@ indicators with a growth rate, %2$@ grew year on year and %3$@ fell."),
        .reportGrowthCountLevel: ("有增速的%1$@项指标中，%2$@项同比增长，%3$@项同比下降，%4$@项与上年同期持平。",
                                  "Of the %1$@ indicators with a growth rate, %2$@ grew year on year, %3$@ fell and %4$@ were level with a year earlier."),
        .reportListSeparator: ("、", ", "),
        .reportClauseSeparator: ("；", "; "),
        .reportByArea: ("分地区看", "By area"),
        .reportInGroup: ("%@中", "Among %@"),
        .reportGroupSentence: ("%1$@，%2$@。", "%1$@, %2$@."),
        .reportMetricCompletion: ("完成率", "completion"),
        .reportMetricGrowth: ("增幅", "growth"),
        .reportLeaderItem: ("%1$@ %2$@", "%1$@ %2$@"),
        .reportLeadersMany: ("%1$@居前%2$@位的分别为：%3$@", "the top %2$@ by %1$@ were %3$@"),
        .reportLeaderOne: ("%1$@居首位的是%2$@", "the first by %1$@ was %2$@"),
        .reportAllFell: ("均为负增长", "all fell year on year"),
        .reportBehindSchedule: ("落后序时进度的有%@", "behind schedule: %@"),
        .reportShortOfTarget: ("未达到全年目标的有%@", "short of the annual target: %@"),
        .reportAllOnSchedule: ("均达到序时进度", "all on or ahead of schedule"),
        .reportAllAtTarget: ("均达到全年目标", "all at or above the annual target"),
        .reportLagAmount: ("%1$@完成年度目标的%2$@%，落后序时进度%3$@个百分点", "%1$@ at %2$@% of the annual target, %3$@ points behind schedule"),
        .reportLagGrowth: ("%1$@增速为%2$@%，%3$@", "%1$@ growing %2$@%, %3$@"),
        .reportLagRate: ("%1$@为%2$@，%3$@", "%1$@ at %2$@, %3$@"),
        .reportIssueLagging: ("部分指标进度滞后：%@。", "Some indicators are behind: %@."),
        .reportLastItem: ("%1$@有%2$@项指标位居%3$@末位（%4$@）", "%1$@ was last among %3$@ on %2$@ indicators (%4$@)"),
        .reportPeers: ("同级单位", "its peers"),
        .reportIssueLastPlace: ("部分地区多项指标排名靠后：%@。", "Some areas rank last on several indicators: %@."),
        .reportFallItem: ("%1$@下降%2$@%", "%1$@ down %2$@%"),
        .reportIssueFalling: ("%1$@部分指标同比下降：%2$@。", "Some of %1$@'s indicators fell year on year: %2$@."),
        .reportUnitsFallItem: ("%1$@（%2$@）", "%1$@ (%2$@)"),
        .reportIssueUnitsFalling: ("部分地区指标同比下降：%@。", "Some areas fell year on year: %@."),
        .reportPartialItem: ("%1$@%2$@仅报送%3$@个月", "%2$@ of %1$@ (%3$@ months reported)"),
        .reportIssuePartial: ("部分数据报送不全：%@，累计数仅含已报送月份，不参与排名。",
                              "Some figures are incomplete: %@; their totals cover the months reported only and are not ranked."),
        .reportUnitIndicator: ("%1$@%2$@", "%2$@ of %1$@"),
        .reportIssueMismatch: ("部分上报数与所辖单位合计不一致：%@，附表采用上报数并加注说明。",
                               "Some reported totals differ from the sum of the units below: %@; the annex table uses the reported figures and says so in a note."),
        .reportIssueNone: ("本期数据未发现需要特别提示的问题。", "Nothing in this period's figures calls for attention."),
        .reportMismatchNote: ("%1$@%2$@上报数%3$@，与%5$@合计%4$@不一致，本表采用上报数。",
                              "%1$@ reported %3$@ of %2$@, while %5$@ add up to %4$@; this table uses the reported figure."),
        .reportBelowCounties: ("所辖县（市、区）", "its counties and districts"),
        .reportBelowTowns: ("所辖镇街", "its towns and streets"),
        .reportBelowVillages: ("所辖村（社区）", "its villages and communities"),
        .reportBelowUnits: ("下级单位", "the units below it"),
    ]

    public static func text(_ label: Label, _ language: Language) -> String {
        guard let entry = entries[label] else { return label.rawValue }
        return language == .zh ? entry.zh : entry.en
    }

    /// The months' short English names (the one table of them).
    public static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// A month by itself, as a table's row or a chart's axis says it: 9月 / Sep.
    public static func monthName(_ month: Int, _ language: Language) -> String {
        language == .zh ? "\(month)月" : monthAbbreviations[month - 1]
    }

    /// The period as a bulletin heading says it: 2021年1—8月 / Jan–Aug 2021.
    public static func periodHeading(_ period: Period, _ language: Language) -> String {
        let names = monthAbbreviations
        switch (period, language) {
        case (.month(let y, let m), .zh): return m == 1 ? "\(y)年1月" : "\(y)年1—\(m)月"
        case (.month(let y, let m), .en): return m == 1 ? "Jan \(y)" : "Jan–\(names[m - 1]) \(y)"
        case (.quarter(let y, let q), .zh): return "\(y)年第\(q)季度"
        case (.quarter(let y, let q), .en): return "\(y) Q\(q)"
        case (.year(let y), .zh): return "\(y)年"
        case (.year(let y), .en): return "\(y)"
        }
    }

    /// The period itself (not the span to date): 2021年9月 / Sep 2021, 2021年第3季度 / 2021 Q3.
    public static func periodName(_ period: Period, _ language: Language) -> String {
        let names = monthAbbreviations
        if case .month(let y, let m) = period { return language == .zh ? "\(y)年\(m)月" : "\(names[m - 1]) \(y)" }
        return periodHeading(period, language)
    }

    /// `%d` / `%@` in a label filled in.
    public static func format(_ label: Label, _ language: Language, _ value: String) -> String {
        text(label, language).replacingOccurrences(of: "%d", with: value).replacingOccurrences(of: "%@", with: value)
    }

    /// A sentence with several values: `%1$@`, `%2$@`… by position (languages order them
    /// differently), or plain `%@` in turn.
    public static func format(_ label: Label, _ language: Language, _ values: [String]) -> String {
        fill(text(label, language), values)
    }

    /// A catalogue sentence's placeholders filled in: `%1$@`, `%2$@`… by position, then each
    /// plain `%@` with the next value. A value is inserted as it is, never read as a placeholder.
    public static func fill(_ template: String, _ values: [String]) -> String {
        var out = ""
        var rest = Substring(template)
        var next = 0
        while let start = rest.firstIndex(of: "%") {
            out += rest[..<start]
            let after = rest[rest.index(after: start)...]
            if after.hasPrefix("@") {
                out += next < values.count ? values[next] : ""
                next += 1
                rest = after.dropFirst()
            } else if let dollar = after.firstIndex(of: "$"), let n = Int(after[..<dollar]), after[after.index(after: dollar)...].hasPrefix("@") {
                out += n >= 1 && n <= values.count ? values[n - 1] : ""
                rest = after[after.index(dollar, offsetBy: 2)...]
            } else {
                out += "%"
                rest = after
            }
        }
        return out + rest
    }

    /// An indicator's unit as it follows a number, unconverted: 亿元 stays in Chinese; in English
    /// the unit's English name after a space ("100 million yuan"), % and ‰ glued, and nothing for a
    /// count. A sentence says an amount with `amount(_:decimals:unit:_:)`, which converts 亿元.
    public static func unitText(_ unit: String, _ language: Language) -> String {
        guard language == .en else { return unit }
        if unit == "%" || unit == "‰" { return unit }
        if countUnits.contains(unit) || unit.isEmpty { return "" }
        return " " + unitName(unit, language)
    }

    public static func status(_ status: Status?, _ language: Language) -> String {
        switch status {
        case .green: return text(.green, language)
        case .amber: return text(.amber, language)
        case .red: return text(.red, language)
        case nil: return BulletinCells.missing
        }
    }
}

// bulletin 通报: peer groups and dates as a bulletin names them
extension Catalogue {
    /// A peer group's name in a sentence or a table: 县市区, 功能区 and the plain kinds of towns in
    /// English words; any other group (I类镇…) as it is named.
    public static func groupName(_ group: String, _ language: Language) -> String {
        guard language == .en else { return group }
        let bare = group.hasSuffix("序列") ? String(group.dropLast(2)) : group
        switch bare {
        case "县市区", "县（市、区）", "县(市、区)": return "counties and districts"
        case "功能区": return "development zones"
        case "镇": return "towns"
        case "镇街": return "towns and streets"
        case "重点镇": return "key towns"
        case "一般镇": return "other towns"
        default: return group
        }
    }

    /// A day as a document is dated: 2021年9月30日 / 30 Sep 2021.
    public static func dayName(_ day: Day, _ language: Language) -> String {
        language == .zh ? "\(day.year)年\(day.month)月\(day.day)日" : "\(day.day) \(monthAbbreviations[day.month - 1]) \(day.year)"
    }
}
