// The demo's project year to the end of September 2021: monthly investment and site progress of
// every started project, blockers (some resolved), the concentrated starts of the year, and the
// Q2 and Q3 contests (rules, panel scores, criticisms) — published by the demo loader. Invented
// figures from a fixed seed; the 2021 Q4 concentrated start of 邗江区 is still to come (article).
import TiaoduCore

public enum DemoProjectTracking {
    struct Plan {
        let code, owner: String
        /// hundredths of 亿元
        let plan: Int
        let start, finish: (Int, Int)
        let stage: ProjectStage
    }

    static func plans() -> [Plan] {
        func month(_ text: String) -> (Int, Int) {
            let parts = text.split(separator: "-").compactMap { Int($0) }
            return (parts[0], parts[1])
        }
        let named = DemoProjects.rows.map { r in
            Plan(code: r[0], owner: r[2], plan: Int(r[8])! * 100, start: month(r[9]), finish: month(r[10]), stage: ProjectStage(rawValue: r[13])!)
        }
        return named + DemoPortfolio.rows().map { Plan(code: $0.code, owner: $0.owner, plan: $0.plan, start: $0.start, finish: $0.finish, stage: $0.stage) }
    }

    static let siteWork = ["桩基施工", "基础施工", "主体结构施工", "钢结构吊装", "厂房封顶", "设备安装调试", "装修施工", "试生产"]

    /// `code,period,investment,progress` for January–September 2021.
    public static func progressCSV() -> String {
        var random = DemoRandom(seed: 202_110_011)
        var lines = ["code,period,investment,progress"]
        let seasonal = DemoGenerator.seasonal
        for plan in plans() where plan.stage.hasStarted {
            let first = plan.start.0 < 2021 ? 1 : plan.start.1
            guard first <= 9 else { continue }
            // Each project's pace: from well behind to a little ahead of schedule.
            let pace = random.int(78...128)
            let finishesThisYear = plan.finish.0 == 2021
            let last = finishesThisYear ? min(9, plan.finish.1) : 9
            let weight = (first...(finishesThisYear ? max(first, plan.finish.1) : 12)).map { seasonal[$0 - 1] }.reduce(0, +)
            for month in first...max(first, last) {
                let cents = plan.plan * pace / 100 * seasonal[month - 1] / weight * random.factor(per10k: 1_500) / 10_000
                // Site work moves on through the year; 试生产 only for what finishes this year.
                let lastStep = finishesThisYear ? siteWork.count - 1 : siteWork.count - 2
                let step = min(lastStep, (month - first) * siteWork.count / max(1, 12 - first + 1) + (plan.start.0 < 2021 ? 3 : 0))
                let work = plan.stage >= .completed && month == last ? "竣工投产" : siteWork[step]
                lines.append("\(plan.code),2021-\(month < 10 ? "0" : "")\(month),\(centsText(max(cents, 1))),\(work)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// (project, kind, what, who solves it, due, raised, resolved on and how)
    public static let blockers: [(code: String, kind: BlockerKind, description: String, solver: String, due: String?, raised: String, resolved: (String, String)?)] = [
        ("yz-mobile", .power, "双回路供电接入方案未获批复", "仪征供电公司", "2021-10-15", "2021-08-20", nil),
        ("yz-wanyou", .land, "二期用地指标尚未落实", "仪征市自然资源局", "2021-12-31", "2021-06-10", nil),
        ("hj-kunyuan", .approvals, "环评批复待省厅审查", "邗江生态环境局", "2021-09-15", "2021-07-05", nil),
        ("hj-libang", .labour, "洁净车间专业技工缺口约60人", "邗江区人社局", "2021-11-30", "2021-08-28", nil),
        ("hj-p03", .funding, "银团贷款尚未到位", "邗江区金融监管局", "2021-10-31", "2021-09-06", nil),
        ("hj-p07", .land, "征地拆迁剩余3户未签约", "杨寿镇", "2021-09-30", "2021-05-18", nil),
        ("by-qinghe", .approvals, "施工许可证办理中", "宝应县行政审批局", "2021-08-31", "2021-07-20", ("2021-08-26", "已办结施工许可")),
        ("by-mingren", .power, "专线电力增容", "宝应供电公司", "2021-07-31", "2021-05-12", ("2021-07-22", "增容工程已送电")),
        ("gy-p02", .funding, "设备款资金缺口", "高邮市财政局", "2021-10-20", "2021-08-02", nil),
        ("jd-p04", .other, "周边道路配套滞后", "江都区交通运输局", "2021-11-15", "2021-09-10", nil),
        ("gl-p02", .land, "土地挂牌推迟", "广陵区自然资源分局", "2021-09-20", "2021-06-25", ("2021-09-14", "已挂牌成交")),
        ("kf-p03", .approvals, "能评审查待补充材料", "开发区经发局", "2021-10-10", "2021-09-01", nil),
    ]

    /// (organiser, day, name, quarter of planned starts its projects are taken from)
    static let batchSpecs: [(org: String, day: String, name: String, quarter: Int)] = [
        ("jiangdu", "2021-06-18", "江都区二季度重大项目集中开工", 2),
        ("hanjiang", "2021-03-26", "邗江区一季度重大项目集中开工", 1),
        ("gaoyou", "2021-06-25", "高邮市二季度重大项目集中开工", 2),
        ("hanjiang", "2021-06-29", "邗江区二季度先进制造业项目集中开工", 2),
        ("yizheng", "2021-09-26", "仪征市三季度重大项目集中开工", 3),
        ("guangling", "2021-09-16", "广陵区三季度重大项目集中开工", 3),
    ]

    /// The concentrated starts: each organiser's started projects planned to start this year by
    /// the quarter's end and not in one of its earlier batches.
    public static var batches: [(org: String, day: String, name: String, codes: [String])] {
        let all = plans()
        var taken: Set<String> = []
        return batchSpecs.compactMap { spec in
            let codes = all.filter { $0.owner == spec.org && $0.stage.hasStarted && $0.start.0 == 2021 && $0.start.1 <= spec.quarter * 3 && !taken.contains($0.code) }.map(\.code)
            taken.formUnion(codes)
            return codes.isEmpty ? nil : (spec.org, spec.day, spec.name, codes)
        }
    }

    /// Q2: the example rules with the panel weighted at 0.3. Q3's focus: 列统 and completions.
    public static var contests: [(quarter: Int, rules: ContestRules, inputs: [String: ContestCountyInput])] {
        var q2 = ContestRules.example
        q2.panelWeight = Figure("0.3")!
        var q3 = q2
        q3.listedPoints = 10
        q3.inProductionBonus = 30
        func inputs(_ panels: [String: String], criticisms: [String: Int]) -> [String: ContestCountyInput] {
            var result: [String: ContestCountyInput] = [:]
            for (org, panel) in panels { result[org] = ContestCountyInput(panel: Figure(panel), criticisms: criticisms[org] ?? 0) }
            return result
        }
        return [
            (2, q2, inputs(["guangling": "86", "hanjiang": "92", "jiangdu": "88", "yizheng": "90", "gaoyou": "84", "baoying": "83",
                            "etdz": "89", "ecocity": "85", "shouxihu": "82"], criticisms: ["gaoyou": 1])),
            (3, q3, inputs(["guangling": "89", "hanjiang": "91", "jiangdu": "87", "yizheng": "93", "gaoyou": "88", "baoying": "86",
                            "etdz": "87", "ecocity": "88", "shouxihu": "84"], criticisms: ["jiangdu": 2])),
        ]
    }
}
