import Foundation

// Exact decimals: values are parsed from the text a person entered and kept exactly — as text
// in the database, as integer millionths in memory — never as binary floating point.

public enum DecimalText {
    /// Digits allowed before and after the decimal point: every value fits in 64-bit
    /// millionths, and sums of them in 128 bits.
    public static let maxIntegerDigits = 12
    public static let maxFractionDigits = 6

    /// Parses a plain decimal such as `629.0`, `-3.25`, `+12` or `.5`.
    public static func parse(_ raw: some StringProtocol) -> Figure? {
        guard let text = canonical(raw), let scaled = ScaledDecimal(text) else { return nil }
        return Figure(units: scaled.units, scale: scaled.scale)
    }

    /// Spaces and tabs off both ends, without a trip through Foundation.
    static func trimmed(_ raw: some StringProtocol) -> Substring {
        var text = Substring(raw)
        while let first = text.utf8.first, first == 0x20 || first == 0x09 { text = text.dropFirst() }
        while let last = text.utf8.last, last == 0x20 || last == 0x09 { text = text.dropLast() }
        return text
    }

    /// The text as it will be stored: trimmed, without a leading `+`, otherwise as entered
    /// (`629.0` stays `629.0`). Nil unless it is a plain decimal (no exponent, no thousands
    /// separators) within the digit limits.
    public static func canonical(_ raw: some StringProtocol) -> String? {
        var text = trimmed(raw)
        if text.first == "+" { text = text.dropFirst() }
        let body = text.first == "-" ? text.dropFirst() : text
        var integer = 0, fraction = 0, dots = 0
        for ch in body.utf8 {
            if ch == UInt8(ascii: ".") { dots += 1 } else if ch >= UInt8(ascii: "0") && ch <= UInt8(ascii: "9") {
                if dots == 0 { integer += 1 } else { fraction += 1 }
            } else { return nil }
        }
        guard integer + fraction > 0, dots <= 1 else { return nil }
        let significantInteger = body.prefix { $0 != "." }.drop { $0 == "0" }.count
        guard significantInteger <= maxIntegerDigits, fraction <= maxFractionDigits else { return nil }
        return String(text)
    }

    /// Why a text is not accepted as a value: not a number at all, or too many digits.
    public static func isNumberButTooPrecise(_ raw: some StringProtocol) -> Bool {
        let text = trimmed(raw)
        let body = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : text
        return !body.isEmpty && body.filter { $0 == "." }.count <= 1 && body.allSatisfy { $0 == "." || ($0.isASCII && $0.isNumber) }
            && canonical(raw) == nil
    }
}
