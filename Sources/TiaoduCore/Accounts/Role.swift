// Who may do what (PRODUCT.md, the accounts issue): the roles a user holds, and the signed-in
// user as the rest of the system sees them — a login, an org unit and roles. Scope is always
// the user's org subtree.

public enum Role: String, Sendable, CaseIterable, Codable {
    /// city: everything, including users, the org tree, indicators and targets
    case admin
    /// city: reads everything; publishes bulletins; approves city-level data
    case analyst
    /// a unit: reads and enters data for its unit and the units below it
    case reporter
    /// a unit: approves or rejects its unit's and descendants' submissions
    case approver
    /// reads what its unit and the units below it see
    case viewer
    /// 条线: reads and enters the indicators its department owns, across units
    case department
    /// an enterprise: raises its own requests (企业吹哨), follows and rates them; nothing else
    case enterprise

    public struct Unknown: Error, Sendable { public let name: String }

    /// Parses `admin,reporter` (commas or spaces); throws naming the first unknown role.
    public static func parse(_ text: String) throws(Unknown) -> Set<Role> {
        var roles = Set<Role>()
        for part in text.split(whereSeparator: { $0 == "," || $0 == " " }) {
            guard let role = Role(rawValue: part.lowercased()) else { throw Unknown(name: String(part)) }
            roles.insert(role)
        }
        return roles
    }

    /// The stored form: sorted, comma-separated.
    public static func text(_ roles: Set<Role>) -> String { roles.map(\.rawValue).sorted().joined(separator: ",") }
}

public struct Principal: Sendable, Hashable {
    public let login: String
    public let name: String
    public let org: String
    public let roles: Set<Role>
    /// the department of a department user (owner of indicators)
    public let department: String?
    /// the enterprise an enterprise user speaks for (its code)
    public let enterprise: String?

    public init(login: String, name: String, org: String, roles: Set<Role>, department: String? = nil, enterprise: String? = nil) {
        self.login = login
        self.name = name
        self.org = org
        self.roles = roles
        self.department = department
        self.enterprise = enterprise
    }

    public var isAdmin: Bool { roles.contains(.admin) }
}
