// The demo org tree: 扬州市, its six 县市区 and three 功能区 as the article names them, the towns
// the article names (with the remaining towns of 江都区), and 2,100 micro-grids under 邗江区.
import TiaoduCore

struct DemoCounty {
    let code: String
    let name: String
    let nameEn: String
    let kind: OrgKind
    let peerGroup: String
}

enum DemoOrgs {
    static let cityCode = "yangzhou"

    static let counties: [DemoCounty] = [
        DemoCounty(code: "guangling", name: "广陵区", nameEn: "Guangling District", kind: .county, peerGroup: "县市区"),
        DemoCounty(code: "hanjiang", name: "邗江区", nameEn: "Hanjiang District", kind: .county, peerGroup: "县市区"),
        DemoCounty(code: "jiangdu", name: "江都区", nameEn: "Jiangdu District", kind: .county, peerGroup: "县市区"),
        DemoCounty(code: "yizheng", name: "仪征市", nameEn: "Yizheng", kind: .county, peerGroup: "县市区"),
        DemoCounty(code: "gaoyou", name: "高邮市", nameEn: "Gaoyou", kind: .county, peerGroup: "县市区"),
        DemoCounty(code: "baoying", name: "宝应县", nameEn: "Baoying County", kind: .county, peerGroup: "县市区"),
        DemoCounty(code: "etdz", name: "扬州经济技术开发区", nameEn: "Yangzhou Economic and Technological Development Zone", kind: .zone, peerGroup: "功能区"),
        DemoCounty(code: "ecocity", name: "生态科技新城", nameEn: "Eco-Tech New City", kind: .zone, peerGroup: "功能区"),
        DemoCounty(code: "shouxihu", name: "蜀冈—瘦西湖风景名胜区", nameEn: "Shugang–Slender West Lake Scenic Area", kind: .zone, peerGroup: "功能区"),
    ]

    /// Towns by county: (code, name, English name, peer group). 江都区's four key towns are named
    /// in the article; its seven ordinary towns complete the district. 邗江区's four are named.
    static let towns: [String: [(String, String, String, String)]] = [
        "jiangdu": [
            ("jd-konggang", "空港新城", "Airport New Town", "重点镇"),
            ("jd-xiaoji", "小纪镇", "Xiaoji", "重点镇"),
            ("jd-shaobo", "邵伯镇", "Shaobo", "重点镇"),
            ("jd-guocun", "郭村镇", "Guocun", "重点镇"),
            ("jd-xiannv", "仙女镇", "Xiannü", "一般镇"),
            ("jd-daqiao", "大桥镇", "Daqiao", "一般镇"),
            ("jd-dinggou", "丁沟镇", "Dinggou", "一般镇"),
            ("jd-fanchuan", "樊川镇", "Fanchuan", "一般镇"),
            ("jd-zhenwu", "真武镇", "Zhenwu", "一般镇"),
            ("jd-yiling", "宜陵镇", "Yiling", "一般镇"),
            ("jd-wuqiao", "吴桥镇", "Wuqiao", "一般镇"),
        ],
        "hanjiang": [
            ("hj-yangshou", "杨寿镇", "Yangshou", "镇"),
            ("hj-fangxiang", "方巷镇", "Fangxiang", "镇"),
            ("hj-gongdao", "公道镇", "Gongdao", "镇"),
            ("hj-guazhou", "瓜洲镇", "Guazhou", "镇"),
        ],
    ]

    static let communitiesPerTown = 5
    static let microgridsPerCommunity = 105

    static func csv() -> String {
        var lines = ["code,name,name_en,parent,kind,peer_group"]
        func add(_ code: String, _ name: String, _ nameEn: String, _ parent: String, _ kind: OrgKind, _ peer: String) {
            lines.append(CSV.line([code, name, nameEn, parent, kind.rawValue, peer]))
        }
        add(cityCode, "扬州市", "Yangzhou", "", .city, "")
        for county in counties { add(county.code, county.name, county.nameEn, cityCode, county.kind, county.peerGroup) }
        for county in counties {
            for town in towns[county.code] ?? [] { add(town.0, town.1, town.2, county.code, .town, town.3) }
        }
        // 邗江区's 2,100 micro-grids: 4 towns × 5 communities × 105 grids.
        for town in towns["hanjiang"] ?? [] {
            for c in 1...communitiesPerTown {
                let community = "\(town.0)-c\(c)"
                add(community, "\(town.1)第\(c)社区", "\(town.2) Community \(c)", town.0, .community, "")
                for g in 1...microgridsPerCommunity {
                    add("\(community)-g\(g)", "\(town.1)\(c)社区微网格\(g)", "\(town.2) C\(c) micro-grid \(g)", community, .microgrid, "")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
