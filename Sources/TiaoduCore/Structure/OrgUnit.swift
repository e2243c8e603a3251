// 组织/行政区划: a node of the org tree (city, county, town, grid…).

public enum OrgKind: String, Sendable, CaseIterable, Codable {
    case province, city, county, zone, town, community, grid, microgrid

    /// 功能区 (development zones, scenic areas) overlap the administrative units around them,
    /// so they are shown and ranked but never added into their parent's sum.
    public var addsIntoParent: Bool { self != .zone }

    /// Units that report and submit figures in the monthly cycle (down to towns); communities,
    /// grids and micro-grids are where cases happen, not where figures are reported.
    public var reportsFigures: Bool { ![.community, .grid, .microgrid].contains(self) }
}

public struct OrgUnit: Hashable, Sendable, Codable {
    public var code: String
    public var name: String
    public var nameEn: String?
    public var parent: String?
    public var kind: OrgKind
    /// 序列: siblings with the same peer group are ranked together; nil is the default group.
    public var peerGroup: String?

    public init(code: String, name: String, nameEn: String? = nil, parent: String?, kind: OrgKind, peerGroup: String? = nil) {
        self.code = code
        self.name = name
        self.nameEn = nameEn
        self.parent = parent
        self.kind = kind
        self.peerGroup = peerGroup
    }
}
