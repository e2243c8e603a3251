// A unit that handles a case: an org unit of the tree (a county, a town, a park) or a department
// (条线: 区发改委, 市工信局), which is not in the tree and is named by its name.

public enum CaseUnit: Hashable, Sendable, Comparable, CustomStringConvertible {
    case org(String)
    case department(String)

    /// The stored and API form: the org code as it is (321003), a department as `dept:` and its
    /// name (dept:区发改委).
    public init?(_ text: some StringProtocol) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix(Self.departmentPrefix) {
            let name = String(trimmed.dropFirst(Self.departmentPrefix.count)).trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { return nil }
            self = .department(name)
        } else {
            guard !trimmed.isEmpty, !trimmed.contains(",") else { return nil }
            self = .org(trimmed)
        }
    }

    public static let departmentPrefix = "dept:"

    public var description: String {
        switch self {
        case .org(let code): return code
        case .department(let name): return Self.departmentPrefix + name
        }
    }

    public var orgCode: String? { if case .org(let code) = self { return code } else { return nil } }
    public var departmentName: String? { if case .department(let name) = self { return name } else { return nil } }

    public static func < (a: CaseUnit, b: CaseUnit) -> Bool { a.description < b.description }

    /// Several units as stored: comma-separated, in order, no repeats.
    public static func list(_ units: [CaseUnit]) -> String { units.map(\.description).joined(separator: ",") }

    public static func parseList(_ text: String?) -> [CaseUnit]? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        var units: [CaseUnit] = []
        for part in text.split(separator: ",") {
            guard let unit = CaseUnit(part) else { return nil }
            if !units.contains(unit) { units.append(unit) }
        }
        return units
    }
}
