// The rest of each area's portfolio, generated from a fixed seed so every county has a realistic
// year: 邗江区's 31 planned and under-construction projects (the article), 高邮市's five of ≥ 20
// 亿元, and 6–9 more for each other area on its chains; stages that follow the planned dates
// (a few late starters left signed); monthly investment 2021 to September; 列统 months.
// Names and amounts are invented: they are demo data.
import TiaoduCore

struct DemoProjectRow {
    let code, name, owner, chain, category, level: String
    /// hundredths of 亿元
    let total, plan: Int
    let start, finish: (Int, Int)
    let stage: ProjectStage
    let listed: (Int, Int)?
}

enum DemoPortfolio {
    /// chains and park names per area
    static let areas: [(org: String, prefix: String, count: Int, chains: [String], parks: [String])] = [
        ("guangling", "gl", 8, ["文化创意", "绿色食品", "高端装备"], ["广陵经济开发区", "食品产业园", "沿江特色产业园"]),
        ("hanjiang", "hj", 29, ["生物医药", "汽车及零部件", "高端装备"], ["邗江经济开发区", "维扬经济开发区", "邗江汽车产业园"]),
        ("jiangdu", "jd", 9, ["高端装备", "新能源", "新材料"], ["江都经济开发区", "空港新城", "邵伯镇工业园"]),
        ("yizheng", "yz", 4, ["汽车", "新材料", "高端纺织"], ["仪征经济开发区", "仪征汽车工业园", "化学工业园"]),
        ("gaoyou", "gy", 8, ["绿色食品", "新能源", "高端装备"], ["高邮经济开发区", "食品产业园", "虾产业园"]),
        ("baoying", "by", 5, ["新型电力装备", "电子信息", "新材料"], ["宝应经济开发区", "安宜工业园"]),
        ("etdz", "kf", 7, ["电子信息", "高端装备", "新能源"], ["扬州经济技术开发区"]),
        ("ecocity", "st", 5, ["软件和信息服务", "文旅文创"], ["生态科技新城"]),
        ("shouxihu", "sx", 4, ["文旅文创"], ["蜀冈—瘦西湖风景名胜区"]),
    ]

    static let products: [String: [String]] = [
        "文化创意": ["数字文创产业园", "文化科技中心", "创意设计街区"],
        "绿色食品": ["预制菜生产基地", "冷链物流中心", "乳制品扩能"],
        "高端装备": ["智能装备制造基地", "精密机床", "工业机器人"],
        "生物医药": ["创新药物产业化", "医疗器械生产基地", "生物制剂研发中心"],
        "汽车及零部件": ["新能源汽车零部件", "汽车电子", "轻量化车身"],
        "汽车": ["整车配套产业园", "动力电池包", "汽车模具"],
        "新能源": ["光伏组件", "储能电池", "氢能装备"],
        "新材料": ["高性能膜材料", "特种合金", "碳纤维复合材料"],
        "高端纺织": ["功能性纤维", "智能织造"],
        "新型电力装备": ["智能电网设备", "特高压绝缘子", "输变电装备"],
        "电子信息": ["半导体封测", "显示模组", "集成电路设计中心"],
        "软件和信息服务": ["软件园二期", "数据服务中心"],
        "文旅文创": ["文旅综合体", "运河文化街区", "研学旅游基地"],
    ]

    static let firms = ["华", "瑞", "恒", "康", "博", "盛", "航", "天", "中", "润", "远", "达", "鑫", "泰", "嘉", "隆"]

    static func rows() -> [DemoProjectRow] {
        var random = DemoRandom(seed: 20_210_930)
        var rows: [DemoProjectRow] = []
        for area in areas {
            for index in 1...area.count {
                let chain = area.chains[(index - 1) % area.chains.count]
                let product = products[chain]![random.int(0...(products[chain]!.count - 1))]
                let firm = firms[random.int(0...15)] + firms[random.int(0...15)]
                let name = chain == "文旅文创" || chain == "文化创意" ? "\(area.parks[0].prefix(2))\(product)项目" : "\(firm)科技\(product)项目"
                // 高邮市: at least five of ≥ 20 亿元 a year (the article).
                let bigOne = area.org == "gaoyou" && index <= 5
                let total = bigOne ? random.int(2_000...4_500) : [random.int(150...990), random.int(1_000...4_800), random.int(5_000...9_000)][random.int(0...2)]
                let years = random.int(1...3)
                var plan = total / max(years, 1) * random.int(60...100) / 100
                // When it was planned to start: 2020, early or late 2021, or 2022.
                let start: (Int, Int) = [(2020, random.int(2...11)), (2021, random.int(1...6)), (2021, random.int(1...9)), (2021, random.int(7...12)), (2022, random.int(1...6))][random.int(0...4)]
                let finishMonth = start.1 + years * 12 + random.int(-6...6)
                var finish = (start.0 + (finishMonth - 1) / 12, (finishMonth - 1) % 12 + 1)
                if start.0 == 2020 && random.int(0...2) == 0 { finish = (2021, random.int(6...12)) }
                // A project to start next year spends only on preparation this year; one starting
                // during the year plans for the months left.
                if start.0 > 2021 { plan = total * 2 / 100 }
                if start.0 == 2021 { plan = plan * (13 - start.1) / 12 }
                let due = start.0 < 2021 || (start.0 == 2021 && start.1 <= 9)
                var stage: ProjectStage
                if !due {
                    stage = start.0 == 2021 ? .signed : .reserve
                } else if random.int(0...6) == 0 {
                    stage = .signed  // late: not started past its planned start
                } else if start.0 == 2021 && start.1 >= 7 {
                    stage = .started
                } else {
                    stage = .underConstruction
                }
                if stage == .underConstruction, finish.0 == 2021, finish.1 <= 9, random.int(0...3) > 0 { stage = .completed }
                let category = chain == "文旅文创" ? "livelihood" : (random.int(0...9) == 0 ? "infrastructure" : "industry")
                let level = total >= 5_000 ? (random.int(0...1) == 0 ? "province" : "city") : (total >= 1_000 ? "city" : "county")
                var listed: (Int, Int)?
                if stage.hasStarted {
                    let m = (start.0 == 2021 ? start.1 : 1) + random.int(1...4)
                    if start.0 < 2021 || m <= 9 { listed = start.0 < 2021 ? (2020, 12) : (2021, m) }
                }
                rows.append(DemoProjectRow(code: "\(area.prefix)-p\(index < 10 ? "0" : "")\(index)", name: name, owner: area.org, chain: chain,
                                           category: category, level: level, total: total, plan: max(plan, 50), start: start, finish: finish, stage: stage, listed: listed))
            }
        }
        return rows
    }

    static func month(_ m: (Int, Int)) -> String { "\(m.0)-\(m.1 < 10 ? "0" : "")\(m.1)" }

    /// The register rows in the import's column order (see `DemoProjects.header`).
    static func csvRows() -> [[String]] {
        rows().map { r in
            [r.code, r.name, r.owner, r.chain, r.chain, r.category, r.level, centsText(r.total), centsText(r.plan), month(r.start), month(r.finish),
             areas.first { $0.org == r.owner }!.parks[0], "", r.stage.rawValue, r.listed.map(month) ?? ""]
        }
    }
}
