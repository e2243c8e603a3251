// Which unit a row of an office sheet is about, from what the office typed in its first column:
// the unit's code, its full name (Chinese or English), or its name without the suffix
// (「邗江」 for 邗江区) — the short form only when exactly one unit has it. Names are compared as
// header text is (HeaderText.key), so 「邗江区 」 and 「邗 江 区」 are the same name.
import TiaoduCore

struct UnitMatcher {
    enum Match: Equatable {
        case unit(String)
        /// more than one unit answers to the text
        case ambiguous
        case unknown
    }

    /// The endings Chinese unit names carry, longest first so that 开发区 goes before 区.
    static let suffixes = ["开发区", "街道", "园区", "区", "县", "市", "镇", "乡"]

    private let codes: [String: String]
    private let names: [String: [String]]
    private let shortNames: [String: [String]]

    init(_ units: [OrgUnit]) {
        var codes: [String: String] = [:], names: [String: [String]] = [:], shortNames: [String: [String]] = [:]
        for unit in units {
            codes[HeaderText.key(unit.code)] = unit.code
            var full = [HeaderText.key(unit.name)]
            if let english = unit.nameEn, !english.isEmpty { full.append(HeaderText.key(english)) }
            for name in Set(full) { names[name, default: []].append(unit.code) }
            if let short = Self.shortForm(HeaderText.key(unit.name)) { shortNames[short, default: []].append(unit.code) }
        }
        (self.codes, self.names, self.shortNames) = (codes, names, shortNames)
    }

    /// The unit the text names, by code, full name, then short name.
    func match(_ text: String) -> Match {
        let key = HeaderText.key(text)
        guard !key.isEmpty else { return .unknown }
        if let code = codes[key] { return .unit(code) }
        if let found = names[key] { return found.count == 1 ? .unit(found[0]) : .ambiguous }
        // 「邗江」 for 邗江区, and 「邗江区」 for a unit registered as 邗江
        if let short = Self.shortForm(key), let found = shortNames[short] {
            return found.count == 1 ? .unit(found[0]) : .ambiguous
        }
        return .unknown
    }

    /// The name without its suffix, when at least two characters are left (「地区」 is no place);
    /// a name without a suffix is its own short form.
    static func shortForm(_ key: String) -> String? {
        let stripped = suffixes.first(where: { key.hasSuffix($0) }).map { String(key.dropLast($0.count)) } ?? key
        return stripped.count >= 2 ? stripped : nil
    }
}
