// The org tree as an index: look-ups by code, children in their given order, the root.

public struct OrgTree: Sendable {
    public let units: [OrgUnit]
    private let byCode: [String: Int]
    private let childIndexes: [String: [Int]]
    /// the same by position, for the engine's inner loops (no hashing of codes)
    private let childrenAt: [[Int]]
    private let parentAt: [Int]

    public init(_ units: [OrgUnit]) {
        self.units = units
        var byCode: [String: Int] = [:]
        var children: [String: [Int]] = [:]
        for (index, unit) in units.enumerated() {
            byCode[unit.code] = index
            if let parent = unit.parent { children[parent, default: []].append(index) }
        }
        self.byCode = byCode
        self.childIndexes = children
        self.childrenAt = units.map { children[$0.code] ?? [] }
        self.parentAt = units.map { unit in unit.parent.flatMap { byCode[$0] } ?? -1 }
    }

    public subscript(code: String) -> OrgUnit? { byCode[code].map { units[$0] } }

    /// The unit's position in `units` (the index the engine works with).
    public func index(of code: String) -> Int? { byCode[code] }

    func childIndexes(of index: Int) -> [Int] { childrenAt[index] }

    func parentIndex(of index: Int) -> Int? { parentAt[index] < 0 ? nil : parentAt[index] }

    public func contains(_ code: String) -> Bool { byCode[code] != nil }

    public func children(of code: String) -> [OrgUnit] { (childIndexes[code] ?? []).map { units[$0] } }

    public func hasChildren(_ code: String) -> Bool { !(childIndexes[code]?.isEmpty ?? true) }

    /// The first unit without a parent (a workspace has one root).
    public var root: OrgUnit? { units.first { $0.parent == nil } }

    /// Codes from the unit up to the root, the unit first.
    public func ancestry(of code: String) -> [String] {
        var chain: [String] = []
        var seen: Set<String> = []
        var current: String? = code
        while let c = current, let unit = self[c], seen.insert(c).inserted {
            chain.append(c)
            current = unit.parent
        }
        return chain
    }
}
