// What a column under an indicator holds, by the words of its sub-title (the header text below
// the indicator's name, or after it in one cell): the figure (累计, 本月, 数值, or nothing), its
// growth (同比, 增幅, %), or one of the columns offices add beside them (位次, 完成率, 序时, 目标,
// 上年同期…), which an import leaves alone.

enum SubColumn: Equatable {
    /// the figure, whatever span the indicator takes (数值, 总量, value, or no sub-title)
    case value
    /// January to the period (累计, 本年, 1-9月)
    case yearToDate
    /// the period alone (本月, 当月, 9月)
    case period
    /// the year-on-year growth of the year to date (同比, 增幅, 增长, %)
    case growth
    /// the growth of the period alone (本月同比)
    case periodGrowth
    /// a column offices add (位次, 完成率, 序时, 目标, 上年同期…)
    case ignored

    // Words as keys (HeaderText.key). Ranks, completion and targets contain growth words
    // (「增幅位次」, 「完成率%」), so they are recognised first; last year's figures contain
    // 「上年」 as 「比上年增长」 does, so they are recognised after the growth.
    private static let added = ["位次", "排名", "名次", "排序", "rank", "完成率", "进度", "序时", "目标", "计划", "target", "plan",
                                "占比", "比重", "差额", "增减额", "增长额", "增加额", "增量", "百分点", "备注", "说明", "note"]
    private static let growthWords = ["同比", "增幅", "增长", "增速", "比上年", "growth", "yoy", "%"]
    private static let lastYear = ["上年", "去年", "同期", "lastyear", "previousyear"]
    private static let yearToDateWords = ["累计", "本年", "ytd", "todate"]
    private static let periodWords = ["本月", "当月", "单月", "本期", "本季", "当季", "month"]
    private static let valueWords = ["数值", "数额", "金额", "绝对值", "总量", "总额", "完成", "实绩", "实际", "余额", "期末", "月末", "季末", "年末",
                                     "value", "total", "amount"]

    /// The kind of a sub-title, given as a key.
    init(_ key: String) {
        if key.isEmpty {
            self = .value
        } else if HeaderText.contains(key, anyOf: Self.added) {
            self = .ignored
        } else if HeaderText.contains(key, anyOf: Self.growthWords) {
            self = HeaderText.contains(key, anyOf: Self.periodWords) ? .periodGrowth : .growth
        } else if HeaderText.contains(key, anyOf: Self.lastYear) {
            self = .ignored
        } else if HeaderText.contains(key, anyOf: Self.yearToDateWords) || Self.isMonthSpan(key) {
            self = .yearToDate
        } else if HeaderText.contains(key, anyOf: Self.periodWords) || Self.isOneMonth(key) {
            self = .period
        } else if HeaderText.contains(key, anyOf: Self.valueWords) {
            self = .value
        } else {
            self = .ignored
        }
    }

    /// A column title that names no indicator but is one of those offices add (序号, 备注, 位次…):
    /// passed over without a word.
    static func isAdded(title key: String) -> Bool {
        ["序号", "编号", "注", "单位", "计量单位", "no.", "no"].contains(key)
            || HeaderText.contains(key, anyOf: added + lastYear)
    }

    /// 「1-9月」, 「1—9月份」, 「1至9月」: months from January.
    private static func isMonthSpan(_ key: String) -> Bool {
        guard key.contains("月") else { return false }
        return key.contains { "-—–~至到".contains($0) }
    }

    /// 「9月」, 「9月份」 alone.
    private static func isOneMonth(_ key: String) -> Bool {
        let digits = key.prefix { $0.isASCII && $0.isNumber }
        let rest = key.dropFirst(digits.count)
        return (1...2).contains(digits.count) && (rest == "月" || rest == "月份")
    }
}
