// Days and periods as people type them in a sheet or a form, read where what they meant is plain:
// 「2021/9/30」, 「2021.9.30」, 「2021年9月30日」 (also with full-width digits) are 2021-09-30; 「2021年9月」,
// 「2021/9」, 「2021.09」 are 2021-09 (and so is a day where a period is asked for: a date cell of
// 2021-09-30); 「2021年第3季度」, 「2021年三季度」 2021Q3; 「2021年」 2021. The
// canonical forms (`2021-09-30`, `2021-09`, `2021Q3`, `2021`) are read first and as they always
// were; anything else stays refused. Every input path (files, sheets, the API, forms) reads them so.

public enum DateInput {
    public static func day(_ raw: some StringProtocol) -> Day? {
        if let day = Day(raw) { return day }
        let parts = numbers(raw, separators: ["/", ".", "-", "年", "月", "日"])
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              parts[1].count <= 2, parts[2].count <= 2 else { return nil }
        return Day(year: y, month: m, day: d)
    }

    public static func period(_ raw: some StringProtocol) -> Period? {
        if let period = Period(raw) { return period }
        // a day where a period is asked for (a date cell, 「2021/9/30」): its month
        if let day = day(raw) { return Period(month: day.month, of: day.year) }
        let text = String(NumberInput.folded(raw))
        // a quarter: 「2021年第3季度」, 「2021年三季度」, 「2021年第三季度」
        if text.hasSuffix("季度"), let year = Int(text.prefix(4)), text.dropFirst(4).hasPrefix("年") {
            var middle = String(text.dropFirst(5).dropLast(2))
            if middle.hasPrefix("第") { middle.removeFirst() }
            let chinese = ["一": 1, "二": 2, "三": 3, "四": 4]
            guard let quarter = Int(middle) ?? chinese[middle] else { return nil }
            return Period(quarter: quarter, of: year)
        }
        let parts = numbers(raw, separators: ["/", ".", "-", "年", "月"])
        if parts.count == 1, parts[0].count == 4, text.hasSuffix("年"), let year = Int(parts[0]) { return Period(String(year)) }
        guard parts.count == 2, parts[0].count == 4, parts[1].count <= 2, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        return Period(month: month, of: year)
    }

    /// The runs of digits of a text whose other characters are all separators (none: not a date).
    private static func numbers(_ raw: some StringProtocol, separators: Set<Character>) -> [String] {
        var parts: [String] = []
        var current = ""
        for character in NumberInput.folded(raw) {
            if character.isASCII, character.isNumber {
                current.append(character)
            } else if separators.contains(character) {
                if !current.isEmpty { parts.append(current) }
                current = ""
            } else {
                return []
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }
}
