// The byte buffer every part is written into: UTF-8 appended to a [UInt8] reserved up front —
// markup from StaticStrings, integers and decimals without formatters — and the two escapings
// SpreadsheetML needs. Cell text: XML's entities for & < > ", OOXML's `_xHHHH_` for the characters
// XML 1.0 cannot carry (and for CR, which an XML parser would read back as LF), and a literal
// `_xHHHH_` in the text with its underscore written `_x005F_`, so it reads back as typed.
// Attribute values and formulas: the same entities, character references for tab, LF and CR (an
// XML parser would turn them into spaces), and the characters XML cannot carry dropped.

struct XMLBytes {
    static let declaration: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace: StaticString = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace: StaticString =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup as written in the source, not escaped.
    mutating func raw(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text known to need no escaping: numbers, references, generated names.
    mutating func plain(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func plain(_ utf8: [UInt8]) {
        bytes.append(contentsOf: utf8)
    }

    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        Self.appendDigits(of: value.magnitude, to: &bytes)
    }

    /// A decimal attribute value: whole numbers without a point ("14"), others by Swift's
    /// shortest round-tripping text ("12.5").
    mutating func decimal(_ value: Double) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            int(Int(value))
        } else {
            plain(value.description)
        }
    }

    /// The decimal digits of a row number, reused for every cell reference of the row.
    static func digits(_ value: Int) -> [UInt8] {
        var digits: [UInt8] = []
        appendDigits(of: value.magnitude, to: &digits)
        return digits
    }

    static func appendDigits(of value: UInt, to bytes: inout [UInt8]) {
        var divisor: UInt = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while true {
            bytes.append(UInt8(truncatingIfNeeded: rest / divisor) &+ UInt8(ascii: "0"))
            rest %= divisor
            if divisor == 1 { break }
            divisor /= 10
        }
    }

    /// Cell text (a shared string's <t>): what XML 1.0 cannot carry as OOXML's `_xHHHH_`.
    mutating func text(_ value: String) { escaped(value, inAttribute: false) }

    /// An attribute value, or a formula's text: line breaks as character references, what XML
    /// 1.0 cannot carry dropped.
    mutating func attribute(_ value: String) { escaped(value, inAttribute: true) }

    private mutating func escaped(_ value: String, inAttribute: Bool) {
        var value = value
        value.withUTF8 { utf8 in
            guard Self.needsEscaping(utf8) else {
                bytes.append(contentsOf: utf8)
                return
            }
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                switch byte {
                case UInt8(ascii: "&"): raw("&amp;")
                case UInt8(ascii: "<"): raw("&lt;")
                case UInt8(ascii: ">"): raw("&gt;")
                case UInt8(ascii: "\""): raw("&quot;")
                case 0x09 where inAttribute: raw("&#9;")
                case 0x0A where inAttribute: raw("&#10;")
                case 0x0D where inAttribute: raw("&#13;")
                case 0x09, 0x0A: bytes.append(byte)
                case 0x00...0x1F: if !inAttribute { ooxmlEscape(UInt32(byte)) }  // an attribute drops it
                case UInt8(ascii: "_") where !inAttribute && Self.looksLikeEscape(utf8, at: i): raw("_x005F_")
                case 0xEF where Self.isNonCharacter(utf8, at: i):
                    if !inAttribute { ooxmlEscape(utf8[i + 2] == 0xBE ? 0xFFFE : 0xFFFF) }
                    i += 3
                    continue
                default: bytes.append(byte)
                }
                i += 1
            }
        }
    }

    /// `_xHHHH_` with four upper-case hex digits.
    private mutating func ooxmlEscape(_ code: UInt32) {
        raw("_x")
        for shift in stride(from: 12, through: 0, by: -4) {
            let nibble = UInt8(truncatingIfNeeded: (code >> shift) & 0xF)
            bytes.append(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10)
        }
        raw("_")
    }

    /// Whether any byte may need more than copying: markup characters, control characters, an
    /// underscore (a possible `_xHHHH_`), or the lead byte of U+FFFE/U+FFFF.
    private static func needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in utf8 {
            switch byte {
            case 0x00...0x1F, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
                 UInt8(ascii: "_"), 0xEF:
                return true
            default: continue
            }
        }
        return false
    }

    /// `_x` followed by four hex digits and `_`, at `i` (the underscore).
    private static func looksLikeEscape(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 6 < utf8.count, utf8[i + 1] == UInt8(ascii: "x"), utf8[i + 6] == UInt8(ascii: "_") else {
            return false
        }
        for j in (i + 2)...(i + 5) where !isHexDigit(utf8[j]) { return false }
        return true
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "F"),
             UInt8(ascii: "a")...UInt8(ascii: "f"):
            return true
        default:
            return false
        }
    }

    /// U+FFFE or U+FFFF (EF BF BE, EF BF BF in UTF-8) at `i`.
    private static func isNonCharacter(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 2 < utf8.count && utf8[i + 1] == 0xBF && (utf8[i + 2] == 0xBE || utf8[i + 2] == 0xBF)
    }
}
