// What a written cell holds: nothing, text, a number as the exact decimal text it is stored as
// (written into the file as-is, never through a Double), or a boolean. A "number" that is not a
// plain decimal is written as text, so a bad value can never make a broken file.

public enum CellValue: Hashable, Sendable {
    case empty
    case text(String)
    /// An exact decimal text ("3217.36", "-0.5", "12"), matching ^-?[0-9]+(\.[0-9]+)?$ — anything
    /// else is written as text.
    case number(String)
    case bool(Bool)
}

extension CellValue {
    /// Whether the text matches ^-?[0-9]+(\.[0-9]+)?$ (ASCII digits only).
    static func isPlainDecimal(_ text: String) -> Bool {
        // 0 start, 1 after the minus, 2 in the integer digits, 3 after the point, 4 in the fraction
        var state = 0
        for byte in text.utf8 {
            let digit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            switch state {
            case 0:
                if byte == UInt8(ascii: "-") { state = 1 } else if digit { state = 2 } else { return false }
            case 1:
                if digit { state = 2 } else { return false }
            case 2:
                if byte == UInt8(ascii: ".") { state = 3 } else if !digit { return false }
            case 3:
                if digit { state = 4 } else { return false }
            default:
                if !digit { return false }
            }
        }
        return state == 2 || state == 4
    }
}
