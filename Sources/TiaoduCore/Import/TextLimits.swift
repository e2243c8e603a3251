// How much text one field may hold, and which characters no field may: bounds checked before
// anything is stored, so no input can fill the disk or a page (a 6 MB project name once made a
// city's project list 18 MB), and no code can carry a NUL, a slash or a right-to-left override.

public enum TextLimits {
    /// codes of units, indicators and projects
    public static let code = 64
    /// names, logins and other one-line fields
    public static let name = 200
    /// descriptions, notes and progress text
    public static let text = 2_000

    /// The limit of a column of the import contract.
    public static func limit(of column: String) -> Int {
        switch column {
        case "code", "org", "owner", "indicator", "parent", "numerator", "denominator", "department", "peer_group": return code
        case "progress", "description", "resolution", "note", "reason": return text
        default: return name
        }
    }

    /// Why `value` cannot be stored in a field of `limit` characters, if it cannot: too long, or a
    /// control character (line breaks and tabs are allowed in long text only) or a direction
    /// override that would make text read differently from what is stored.
    public static func problem(_ value: String, limit: Int) -> ImportReason? {
        // Bytes first: cheap for the millions of short numbers an import carries.
        if value.utf8.count <= limit, value.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x7F && $0 != 0xE2 }) { return nil }
        if value.count > limit { return .tooLong(limit: limit) }
        for scalar in value.unicodeScalars {
            let v = scalar.value
            if (v == 0x0A || v == 0x0D || v == 0x09) && limit >= text { continue }
            if v < 0x20 || v == 0x7F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F {
                return .badCharacter(limit >= text)
            }
        }
        return nil
    }

    /// A code: 1–64 ASCII letters, digits, `-`, `_` or `.`, starting with a letter or digit.
    public static func isCode(_ value: String) -> Bool {
        guard let first = value.utf8.first, value.utf8.count <= code, isAlphanumeric(first) else { return false }
        return value.utf8.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
