// Exact decimals: values are parsed from the text a person entered and kept as
// Foundation `Decimal` (38 significant digits, base 10), never as binary floating point.
import Foundation

public enum DecimalText {
    /// Parses a plain decimal such as `629.0`, `-3.25`, `+12` or `.5`.
    /// No exponent, no thousands separators, no spaces inside: anything else is not a number here.
    public static func parse(_ raw: some StringProtocol) -> Decimal? {
        guard let text = canonical(raw) else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// The text as it will be stored: trimmed, without a leading `+`, otherwise as entered
    /// (`629.0` stays `629.0`). Returns nil when the text is not a plain decimal.
    public static func canonical(_ raw: some StringProtocol) -> String? {
        var text = Substring(raw).trimmingCharacters(in: .whitespaces)[...]
        if text.first == "+" { text = text.dropFirst() }
        let body = text.first == "-" ? text.dropFirst() : text
        var digits = 0, dots = 0
        for ch in body {
            if ch == "." { dots += 1 } else if ch.isASCII && ch.isNumber { digits += 1 } else { return nil }
        }
        guard digits > 0, dots <= 1, digits <= 38 else { return nil }
        return String(text)
    }
}

extension Decimal {
    /// Rounds half away from zero to `scale` decimal places (the display rule of METRICS.md).
    public func rounded(scale: Int) -> Decimal {
        var input = self
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, .plain)
        return result
    }

    /// Fixed-point text with exactly `decimals` places, rounded half away from zero.
    /// Negative zero is shown as zero.
    public func fixed(_ decimals: Int) -> String {
        let value = rounded(scale: decimals)
        var text = value.isZero ? "0" : "\(value)"
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        var parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 { parts.append("") }
        var fraction = parts[1]
        if fraction.count < decimals { fraction += String(repeating: "0", count: decimals - fraction.count) }
        let body = decimals > 0 ? parts[0] + "." + fraction.prefix(decimals) : parts[0]
        return (negative ? "-" : "") + body
    }

    /// The value as a JSON number literal, unrounded.
    public var jsonLiteral: String { isZero ? "0" : "\(self)" }
}
