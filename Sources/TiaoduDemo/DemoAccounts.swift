// The demo's accounts, one per role, all with the password `tiaodu-demo` (printed when the
// demo starts and listed on its sign-in page). Never used outside `serve --demo`.
import TiaoduCore

public enum DemoAccounts {
    public static let password = "tiaodu-demo"

    public static let all: [(login: String, name: String, org: String, roles: Set<Role>)] = [
        ("admin", "市发改委管理员", "yangzhou", [.admin]),
        ("analyst", "市统计局分析员", "yangzhou", [.analyst]),
        ("hanjiang", "邗江区填报员", "hanjiang", [.reporter]),
        ("hanjiang-approver", "邗江区审核员", "hanjiang", [.approver]),
        ("yizheng", "仪征市填报员", "yizheng", [.reporter]),
        ("viewer", "邗江区查看员", "hanjiang", [.viewer]),
    ]
}
