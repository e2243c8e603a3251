// A number cell as its text, the way Excel shows it: a workbook stores an IEEE double (what a
// formula gave, 0.1+0.2, is 0.30000000000000004), and Excel shows at most 15 significant digits,
// so that is what is read — the shortest text with at most 15 significant digits, never with an
// exponent (`0.3`, `12345678901234600`, `0.0000015`). A cell whose format is a date is read as the
// date (`2021-09-30`, or `2021-09` when the format shows no day).
import Foundation

enum CellNumber {
    /// The text of a stored number (`<v>` of a numeric cell).
    static func text(_ raw: String) -> String {
        // the common case: a plain decimal as most writers store it, already within 15 digits
        if isPlain(raw), significantDigits(raw) <= 15 { return tidy(raw) }
        guard let value = Double(raw), value.isFinite else { return raw }
        if value == 0 { return "0" }
        return plain(String(format: "%.15g", value))
    }

    private static func isPlain(_ text: String) -> Bool {
        var digits = 0, dots = 0
        for (index, b) in text.utf8.enumerated() {
            if b >= 0x30 && b <= 0x39 { digits += 1 } else if b == UInt8(ascii: ".") { dots += 1 } else if b == UInt8(ascii: "-"), index == 0 { continue } else { return false }
        }
        return digits > 0 && dots <= 1
    }

    private static func significantDigits(_ text: String) -> Int {
        let digits = text.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }.drop { $0 == 0x30 }
        var count = digits.count
        if text.contains(".") { count -= Array(digits).reversed().prefix { $0 == 0x30 }.count }
        return count
    }

    /// `12.500` → `12.5`, `3.0` → `3`, `-0` → `0`, `007` → `7`.
    private static func tidy(_ text: String) -> String {
        var negative = false
        var body = Substring(text)
        if body.hasPrefix("-") { negative = true; body = body.dropFirst() }
        var (whole, fraction) = (body, Substring(""))
        if let dot = body.firstIndex(of: ".") { (whole, fraction) = (body[..<dot], body[body.index(after: dot)...]) }
        while whole.count > 1, whole.first == "0" { whole = whole.dropFirst() }
        if whole.isEmpty { whole = "0" }
        while fraction.last == "0" { fraction = fraction.dropLast() }
        let result = fraction.isEmpty ? String(whole) : "\(whole).\(fraction)"
        return negative && result != "0" ? "-" + result : result
    }

    /// `%g` text (`1.5e-07`, `1.23456789012346e+16`) as a plain decimal.
    static func plain(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(text[text.index(after: e)...]) else { return tidy(text) }
        var mantissa = String(text[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let dot = mantissa.firstIndex(of: ".")
        let intDigits = dot.map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        let digits = mantissa.replacingOccurrences(of: ".", with: "")
        let point = intDigits + exponent  // where the decimal point falls in `digits`
        var result: String
        if point <= 0 {
            result = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            result = digits + String(repeating: "0", count: point - digits.count)
        } else {
            result = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        return tidy((negative ? "-" : "") + result)
    }
}

/// How a date cell reads back: with its day, or as a month (a format of year and month only).
enum DateShape: Hashable, Sendable {
    case day, month

    /// A format's own code when the workbook gives one (any with a year or a day in it outside
    /// quotes and brackets is a date); else Excel's built-in formats by id — dates 14–16, 22 and
    /// the Chinese 28–31, 51, 53, 54, 58; months 17 and 27, 36, 50, 52, 57 (「2021年9月」).
    static func of(formatID: Int, code: String?) -> DateShape? {
        if let code { return of(code: code) }
        switch formatID {
        case 14...16, 22, 28...31, 51, 53, 54, 58: return .day
        case 17, 27, 36, 50, 52, 57: return .month
        default: return nil
        }
    }

    static func of(code: String) -> DateShape? {
        var visible = ""
        var quoted = false, bracket = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[": bracket = true
            case "]": bracket = false
            default: if !quoted && !bracket { visible.append(character) }
            }
        }
        guard visible.contains("y") || visible.contains("d") else { return nil }
        return visible.contains("d") ? .day : .month
    }

    /// The date of a serial day number (1900 system: 1 = 1900-01-01, with Excel's 1900-02-29;
    /// 1904 system: 0 = 1904-01-01).
    static func text(serial: Double, date1904: Bool, shape: DateShape) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        var days: Int  // days since 1970-01-01
        if date1904 {
            days = whole - 24_107
        } else {
            if whole == 60 { return shape == .month ? "1900-02" : "1900-02-29" }
            days = whole < 60 ? whole - 25_568 : whole - 25_569
        }
        let (y, m, d) = civil(days)
        let month = String(format: "%04d-%02d", y, m)
        return shape == .month ? month : month + String(format: "-%02d", d)
    }

    /// Year, month and day of a count of days since 1970-01-01 (proleptic Gregorian).
    static func civil(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
