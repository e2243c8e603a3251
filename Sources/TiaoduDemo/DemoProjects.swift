// The demo's major projects: those the article names, in the states it gives them (仪征's seven
// ≥ 100 亿元 projects, 邗江's 鹍远 and 礼邦, 宝应's four to be completed this year). Amounts and
// dates are invented for the demo (the article does not give them). The generated rest of each
// area's portfolio is in DemoPortfolio.
import TiaoduCore

enum DemoProjects {
    static let header = "code,name,owner,industry,chain,category,list_level,total_investment,annual_plan,planned_start,planned_finish,responsible_unit,leader,stage,listed_in_statistics"

    static let rows: [[String]] = [
        ["yz-tencent", "腾讯数据中心", "yizheng", "大数据", "大数据", "infrastructure", "province", "150", "30", "2019-06", "2023-12", "仪征经济开发区", "", "completed", "2019-09"],
        ["yz-telecom", "中国电信数据中心", "yizheng", "大数据", "大数据", "infrastructure", "province", "120", "25", "2019-09", "2023-06", "仪征经济开发区", "", "completed", "2019-12"],
        ["yz-beidou", "中星北斗控制中心", "yizheng", "大数据", "大数据", "infrastructure", "city", "100", "20", "2020-05", "2022-12", "仪征市发改委", "", "underConstruction", "2020-07"],
        ["yz-wanyou", "万有文旅项目", "yizheng", "文旅文创", "文旅文创", "industry", "city", "110", "5", "2022-03", "2026-12", "仪征市文旅局", "", "signed", ""],
        ["yz-mobile", "中国移动数据中心", "yizheng", "大数据", "大数据", "infrastructure", "province", "105", "8", "2021-10", "2024-12", "仪征经济开发区", "", "signed", ""],
        ["yz-vw2", "上汽大众仪征整车二期", "yizheng", "汽车", "汽车", "industry", "province", "180", "40", "2020-09", "2022-12", "仪征汽车工业园", "", "underConstruction", "2020-10"],
        ["yz-nashan", "捺山地质小镇", "yizheng", "文旅文创", "文旅文创", "livelihood", "city", "100", "12", "2020-04", "2024-12", "仪征市文旅局", "", "underConstruction", "2020-06"],
        ["hj-kunyuan", "鹍远基因项目", "hanjiang", "生物医药", "生物医药", "industry", "city", "20", "6", "2021-03", "2022-12", "邗江经济开发区", "", "underConstruction", "2021-05"],
        ["hj-libang", "礼邦医药项目", "hanjiang", "生物医药", "生物医药", "industry", "city", "15", "5", "2021-04", "2022-10", "邗江经济开发区", "", "underConstruction", "2021-07"],
        ["by-mingren", "名仁苏打水项目", "baoying", "绿色食品", "绿色食品", "industry", "county", "12", "8", "2020-11", "2021-12", "宝应经济开发区", "", "underConstruction", "2020-12"],
        ["by-weizhien", "维之恩项目", "baoying", "新材料", "新材料", "industry", "county", "10", "6", "2021-02", "2021-12", "宝应经济开发区", "", "underConstruction", "2021-04"],
        ["by-degelaisi", "德格莱斯项目", "baoying", "新材料", "新材料", "industry", "county", "11", "7", "2021-01", "2021-12", "宝应经济开发区", "", "underConstruction", "2021-03"],
        ["by-qinghe", "晴和精密制造项目", "baoying", "新型电力装备", "新型电力装备", "industry", "county", "10", "6", "2021-03", "2021-12", "宝应经济开发区", "", "underConstruction", ""],
    ]

    /// The named projects and the generated portfolio.
    static func csv() -> String {
        ([header] + (rows + DemoPortfolio.csvRows()).map { CSV.line($0) }).joined(separator: "\n") + "\n"
    }
}
