// The demo's accounts, one per role, all with the password `tiaodu-demo` (printed when the
// demo starts and listed on its sign-in page). Never used outside `serve --demo`.
import TiaoduCore

public enum DemoAccounts {
    public static let password = "tiaodu-demo"

    /// the department of each department account
    public static let departments = ["gongxin": "市工信局"]

    public static let all: [(login: String, name: String, org: String, roles: Set<Role>)] = [
        ("admin", "市发改委管理员", "yangzhou", [.admin]),
        ("analyst", "市统计局分析员", "yangzhou", [.analyst]),
        ("hanjiang", "邗江区填报员", "hanjiang", [.reporter]),
        ("hanjiang-approver", "邗江区审核员", "hanjiang", [.approver]),
        ("yizheng", "仪征市填报员", "yizheng", [.reporter]),
        ("viewer", "邗江区查看员", "hanjiang", [.viewer]),
        ("gongxin", "市工信局条线员", "yangzhou", [.department]),
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
