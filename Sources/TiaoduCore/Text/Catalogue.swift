// The one string catalogue of Tiaodu: every label the CLI and the pages show, in zh-Hans and en.
// Code refers to a label by its key; nothing else in the code base holds UI text.

public enum Label: String, Sendable, CaseIterable {
    case appName, appTagline, bulletinTitle, period, parent, show, indicator, unit, org
    case ytd, growth, target, completion, schedule, gap, requiredPace, requiredGrowth, status
    case rankTotal, rankGrowth, rankCompletion, previousRank, childrenSum, mismatch
    case green, amber, red, published, computed, demoNotice, noData, language, api, asOf, dataPeriod
    case mismatchNote, growthMismatchNote
    case importOK, importFailed, lineWord, itemWord
}

public enum Catalogue {
    private static let entries: [Label: (zh: String, en: String)] = [
        .appName: ("调度", "Tiaodu"),
        .appTagline: ("指标监测 · 序时进度 · 争先进位", "Indicator monitoring against the calendar"),
        .bulletinTitle: ("主要经济指标月度通报", "Monthly bulletin of key indicators"),
        .period: ("报表期", "Period"),
        .parent: ("范围", "Scope"),
        .show: ("查看", "Show"),
        .indicator: ("指标", "Indicator"),
        .unit: ("单位", "Unit"),
        .org: ("地区", "Area"),
        .ytd: ("累计", "YTD"),
        .growth: ("同比%", "Growth %"),
        .target: ("年度目标", "Annual target"),
        .completion: ("完成率%", "Completion %"),
        .schedule: ("序时%", "Schedule %"),
        .gap: ("超序时(百分点)", "Gap (pts)"),
        .requiredPace: ("倒排(每期需完成)", "Required per period"),
        .requiredGrowth: ("倒排增速%", "Required growth %"),
        .status: ("状态", "Status"),
        .rankTotal: ("总量位次", "Rank: total"),
        .rankGrowth: ("增速位次", "Rank: growth"),
        .rankCompletion: ("完成率位次", "Rank: completion"),
        .previousRank: ("上期位次", "Previous rank"),
        .childrenSum: ("下级合计", "Children's sum"),
        .mismatch: ("与下级合计不符", "Differs from children's sum"),
        .green: ("正常", "on track"),
        .amber: ("预警", "warning"),
        .red: ("滞后", "behind"),
        .published: ("公布", "published"),
        .computed: ("计算", "computed"),
        .demoNotice: ("演示数据：文章未载明的数值均为按固定种子生成的模拟数据。", "Demo data: figures the article does not state are generated from a fixed seed."),
        .noData: ("暂无数据", "No data"),
        .language: ("English", "中文"),
        .api: ("接口", "API"),
        .asOf: ("截至", "As of"),
        .dataPeriod: ("数据期", "Figures for"),
        .mismatchNote: ("※ 本级报送数与下级合计不一致，两者均保留。", "※ The unit's own figure differs from its children's sum; both are kept."),
        .growthMismatchNote: ("※ 公布增速与按数值计算的增速相差超过0.1个百分点。", "※ The published growth differs from the recomputed one by more than 0.1 point."),
        .importOK: ("导入成功", "Imported"),
        .importFailed: ("导入失败，未写入任何数据", "Import failed; nothing was written"),
        .lineWord: ("第%d行", "line %d"),
        .itemWord: ("第%d项", "item %d"),
    ]

    public static func text(_ label: Label, _ language: Language) -> String {
        guard let entry = entries[label] else { return label.rawValue }
        return language == .zh ? entry.zh : entry.en
    }

    /// The period as a bulletin heading says it: 2021年1—8月 / Jan–Aug 2021.
    public static func periodHeading(_ period: Period, _ language: Language) -> String {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        switch (period, language) {
        case (.month(let y, let m), .zh): return m == 1 ? "\(y)年1月" : "\(y)年1—\(m)月"
        case (.month(let y, let m), .en): return m == 1 ? "Jan \(y)" : "Jan–\(names[m - 1]) \(y)"
        case (.quarter(let y, let q), .zh): return "\(y)年第\(q)季度"
        case (.quarter(let y, let q), .en): return "\(y) Q\(q)"
        case (.year(let y), .zh): return "\(y)年"
        case (.year(let y), .en): return "\(y)"
        }
    }

    public static func status(_ status: Status?, _ language: Language) -> String {
        switch status {
        case .green: return text(.green, language)
        case .amber: return text(.amber, language)
        case .red: return text(.red, language)
        case nil: return "-"
        }
    }
}
