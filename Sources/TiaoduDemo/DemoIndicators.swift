// The demo's indicator catalogue (DEMO.md) with, for each, how its invented figures are made:
// yearly sizes per unit in 2020 and how the unit grows in 2021.
import TiaoduCore

enum DemoShape {
    /// an amount per unit: 2020 annual size in whole units of the indicator (亿元, 亿美元)
    case amount([String: Int])
    /// published as growth only, around this many tenths of a percent
    case growthOnly(Int)
    /// a count per month, up to this many per unit
    case count(Int)
    /// a rate per unit around this many tenths of a percent
    case rate(Int)
    /// computed from its parts
    case ratio
    /// an annual count, 2020 only
    case annualCount([String: Int])
}

struct DemoIndicator {
    let csv: [String]  // code,name,name_en,unit,frequency,accumulation,direction,growth_basis,aggregation,decimals,numerator,denominator,schedule
    let shape: DemoShape
    /// the city's own figure relative to the counties' sum, in ten-thousandths (reported indicators)
    var cityUplift: Int? = nil
    /// towns get a share of the county's figure
    var towns = false
    var code: String { csv[0] }
    var accumulation: String { csv[5] }
    var basis: String { csv[7] }
    var aggregation: String { csv[8] }
    var frequency: String { csv[4] }
}

enum DemoIndicators {
    static let header = "code,name,name_en,unit,frequency,accumulation,direction,growth_basis,aggregation,decimals,numerator,denominator,schedule"

    static let all: [DemoIndicator] = [
        DemoIndicator(csv: ["gdp", "地区生产总值", "Gross domestic product", "亿元", "quarterly", "cumulative", "up", "real", "reported", "2", "", "", ""],
                      shape: .amount(["guangling": 900, "hanjiang": 1200, "jiangdu": 1250, "yizheng": 850, "gaoyou": 900, "baoying": 850,
                                      "etdz": 520, "ecocity": 130, "shouxihu": 60]), cityUplift: 165),
        DemoIndicator(csv: ["sales", "规上工业开票销售", "Invoiced sales of industry above designated size", "亿元", "monthly", "flow", "up", "nominal", "sum", "2", "", "", ""],
                      shape: .amount(["guangling": 700, "hanjiang": 1600, "jiangdu": 1500, "yizheng": 1300, "gaoyou": 900, "baoying": 800,
                                      "etdz": 900, "ecocity": 150, "shouxihu": 40]), towns: true),
        DemoIndicator(csv: ["iva", "规上工业增加值", "Industrial value added above designated size", "亿元", "monthly", "cumulative", "up", "real", "reported", "2", "", "", ""],
                      shape: .growthOnly(125)),
        DemoIndicator(csv: ["fai", "固定资产投资", "Fixed-asset investment", "亿元", "monthly", "cumulative", "up", "comparable", "reported", "2", "", "", ""],
                      shape: .growthOnly(65)),
        DemoIndicator(csv: ["indinv", "工业投资", "Industrial investment", "亿元", "monthly", "cumulative", "up", "comparable", "reported", "2", "", "", ""],
                      shape: .growthOnly(90)),
        DemoIndicator(csv: ["revenue", "一般公共预算收入", "General public budget revenue", "亿元", "monthly", "flow", "up", "comparable", "reported", "2", "", "", ""],
                      shape: .amount(["guangling": 30, "hanjiang": 45, "jiangdu": 45, "yizheng": 38, "gaoyou": 30, "baoying": 28,
                                      "etdz": 20, "ecocity": 8, "shouxihu": 3]), cityUplift: 5600),
        DemoIndicator(csv: ["tax", "税收收入", "Tax revenue", "亿元", "monthly", "flow", "up", "comparable", "reported", "2", "", "", ""],
                      shape: .amount(["guangling": 24, "hanjiang": 37, "jiangdu": 36, "yizheng": 31, "gaoyou": 23, "baoying": 22,
                                      "etdz": 17, "ecocity": 6, "shouxihu": 2]), cityUplift: 5800),
        DemoIndicator(csv: ["taxshare", "税收占比", "Tax share of budget revenue", "%", "monthly", "ratio", "up", "nominal", "ratio", "1", "tax", "revenue", ""],
                      shape: .ratio),
        DemoIndicator(csv: ["trade", "进出口总额", "Imports and exports", "亿美元", "monthly", "flow", "up", "nominal", "sum", "2", "", "", ""],
                      shape: .amount(["guangling": 10, "hanjiang": 25, "jiangdu": 20, "yizheng": 12, "gaoyou": 6, "baoying": 7,
                                      "etdz": 18, "ecocity": 2, "shouxihu": 1])),
        DemoIndicator(csv: ["fdi", "实际使用外资", "Foreign direct investment used", "亿美元", "monthly", "flow", "up", "nominal", "sum", "2", "", "", ""],
                      shape: .amount(["guangling": 2, "hanjiang": 4, "jiangdu": 3, "yizheng": 3, "gaoyou": 2, "baoying": 2,
                                      "etdz": 3, "ecocity": 1, "shouxihu": 1])),
        DemoIndicator(csv: ["retail", "社会消费品零售总额", "Retail sales of consumer goods", "亿元", "monthly", "flow", "up", "nominal", "sum", "2", "", "", ""],
                      shape: .amount(["guangling": 300, "hanjiang": 350, "jiangdu": 250, "yizheng": 150, "gaoyou": 180, "baoying": 170,
                                      "etdz": 60, "ecocity": 40, "shouxihu": 30])),
        DemoIndicator(csv: ["projinv", "重点项目完成投资", "Investment completed in key projects", "亿元", "monthly", "flow", "up", "nominal", "sum", "2", "", "", ""],
                      shape: .amount(["guangling": 120, "hanjiang": 220, "jiangdu": 200, "yizheng": 240, "gaoyou": 150, "baoying": 140,
                                      "etdz": 160, "ecocity": 60, "shouxihu": 20]), towns: true),
        DemoIndicator(csv: ["newproj", "新开工重大项目数", "Major projects started", "个", "monthly", "flow", "up", "nominal", "sum", "0", "", "", ""],
                      shape: .count(4)),
        DemoIndicator(csv: ["hitech", "新增国家高新技术企业", "New national high-tech enterprises", "家", "monthly", "flow", "up", "nominal", "sum", "0", "", "", ""],
                      shape: .count(9)),
        DemoIndicator(csv: ["keyproj", "招引重点项目数", "Key projects attracted", "个", "monthly", "flow", "up", "nominal", "sum", "0", "", "", ""],
                      shape: .count(8)),
        DemoIndicator(csv: ["sales_biomed", "生物医药产业开票销售", "Invoiced sales: biomedicine", "亿元", "monthly", "flow", "up", "nominal", "sum", "2", "", "", ""],
                      shape: .amount(["hanjiang": 86])),
        DemoIndicator(csv: ["sales_auto", "汽车及零部件产业开票销售", "Invoiced sales: automobiles and parts", "亿元", "monthly", "flow", "up", "nominal", "sum", "2", "", "", ""],
                      shape: .amount(["hanjiang": 92])),
        DemoIndicator(csv: ["sales_equip", "装备制造产业开票销售", "Invoiced sales: equipment manufacturing", "亿元", "monthly", "flow", "up", "nominal", "sum", "2", "", "", ""],
                      shape: .amount(["hanjiang": 255])),
        DemoIndicator(csv: ["rdinst", "新增省级以上研发机构", "New provincial R&D institutions", "个", "monthly", "flow", "up", "nominal", "sum", "0", "", "", ""],
                      shape: .count(2)),
        DemoIndicator(csv: ["coop", "产学研合作项目", "Industry–university cooperation items", "项", "monthly", "flow", "up", "nominal", "sum", "0", "", "", ""],
                      shape: .count(25)),
        DemoIndicator(csv: ["waste", "垃圾分类集中处理率", "Share of sorted waste centrally treated", "%", "monthly", "stock", "up", "nominal", "none", "1", "", "", ""],
                      shape: .rate(820)),
        DemoIndicator(csv: ["villages", "特色田园乡村", "Featured pastoral villages", "个", "annual", "stock", "up", "nominal", "sum", "0", "", "", ""],
                      shape: .annualCount(["guangling": 2, "hanjiang": 6, "jiangdu": 8, "yizheng": 7, "gaoyou": 9, "baoying": 8])),
    ]

    /// 条线: the department owning each indicator (the usual line of responsibility in a
    /// Jiangsu city; the article does not name them).
    static let departments: [String: String] = [
        "sales": "市工信局", "iva": "市工信局", "indinv": "市工信局", "sales_biomed": "市工信局", "sales_auto": "市工信局", "sales_equip": "市工信局",
        "revenue": "市财政局", "tax": "市财政局", "trade": "市商务局", "fdi": "市商务局", "retail": "市商务局",
        "fai": "市发改委", "projinv": "市发改委", "newproj": "市发改委", "keyproj": "市发改委", "gdp": "市统计局",
        "hitech": "市科技局", "rdinst": "市科技局", "coop": "市科技局", "waste": "市城管局", "villages": "市农业农村局",
    ]

    static func csv() -> String {
        ([header + ",department"] + all.map { CSV.line($0.csv + [departments[$0.code] ?? ""]) }).joined(separator: "\n") + "\n"
    }
}
