// A user account as stored: the password only as its hash, which leaves the store only for
// the sign-in check.
import TiaoduCore

public struct StoredUser: Sendable, Equatable {
    public let login: String
    public let name: String
    public let org: String
    public let roles: Set<Role>
    public let disabled: Bool
    public let createdAt: Int64
    public var department: String? = nil
    /// an enterprise user's enterprise
    public var enterprise: String? = nil

    public var principal: Principal { Principal(login: login, name: name, org: org, roles: roles, department: department, enterprise: enterprise) }
}

public struct StoredToken: Sendable, Equatable {
    public let id: Int64
    public let login: String
    public let name: String
    public let createdAt: Int64
    public let revokedAt: Int64?
}

public enum AccountError: Error, Equatable, Sendable, CustomStringConvertible {
    case exists(String)
    case unknownUser(String)
    case unknownOrg(String)
    case badLogin(String)
    case unknownEnterprise(String)

    public var description: String {
        switch self {
        case .exists(let login): return "a user “\(login)” exists already"
        case .unknownUser(let login): return "no user “\(login)”"
        case .unknownOrg(let org): return "no org unit “\(org)”"
        case .unknownEnterprise(let code): return "no enterprise “\(code)”"
        case .badLogin(let login): return "“\(login)”: a login is 1–64 letters, digits, '.', '-' or '_'"
        }
    }
}
