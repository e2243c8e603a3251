// The demo's accounts, one per role, all with the password `tiaodu-demo` (printed when the
// demo starts and listed on its sign-in page). Never used outside `serve --demo`.
import TiaoduCore

public enum DemoAccounts {
    public static let password = "tiaodu-demo"

    /// the department of each department account
    public static let departments = ["gongxin": "市工信局", "hj-fgw": "邗江区发改委", "hj-zrzy": "邗江区自然资源局", "hj-rsj": "邗江区人社局"]

    /// the enterprise of each enterprise account (DemoCases.enterprises, fictional)
    public static let enterprises = ["qiye": "hj-e01"]

    public static let all: [(login: String, name: String, org: String, roles: Set<Role>)] = [
        ("admin", "市发改委管理员", "yangzhou", [.admin]),
        ("analyst", "市统计局分析员", "yangzhou", [.analyst]),
        ("hanjiang", "邗江区填报员", "hanjiang", [.reporter]),
        ("hanjiang-approver", "邗江区审核员", "hanjiang", [.approver]),
        ("yizheng", "仪征市填报员", "yizheng", [.reporter]),
        ("viewer", "邗江区查看员", "hanjiang", [.viewer]),
        ("gongxin", "市工信局条线员", "yangzhou", [.department]),
        // cases (DemoCases): an enterprise, two towns and three of 邗江区's departments
        ("qiye", "扬州瓜洲润通物流有限公司", "hj-guazhou", [.enterprise]),
        ("guazhou", "瓜洲镇办事员", "hj-guazhou", [.reporter]),
        ("fangxiang", "方巷镇办事员", "hj-fangxiang", [.reporter]),
        ("hj-fgw", "邗江区发改委条线员", "hanjiang", [.department]),
        ("hj-zrzy", "邗江区自然资源局条线员", "hanjiang", [.department]),
        ("hj-rsj", "邗江区人社局条线员", "hanjiang", [.department]),
    ]
}

/// The demo's monthly cycle at the end of September 2021: every month before September accepted
/// by the city (and so locked), September in progress — a few units submitted or approved.
public enum DemoCycle {
    public static var states: [(org: String, period: Period, status: SubmissionStatus)] {
        var states: [(String, Period, SubmissionStatus)] = []
        for year in [2020, 2021] {
            for month in 1...(year == 2021 ? 8 : 12) { states.append(("yangzhou", .month(year: year, month: month), .accepted)) }
        }
        for quarter in 1...2 { states.append(("yangzhou", .quarter(year: 2021, quarter: quarter), .accepted)) }
        states += [("guangling", .month(year: 2021, month: 9), .submitted), ("jiangdu", .month(year: 2021, month: 9), .approved),
                   ("etdz", .month(year: 2021, month: 9), .submitted)]
        return states
    }
}
