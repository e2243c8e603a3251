// The period an office sheet reports, as its title says it: 「2021年1-9月」 and 「2021年9月」 are
// 2021-09, 「2021年第三季度」 and 「2021年前三季度」 2021Q3, 「2021年上半年」 2021-06, 「2021年」
// 2021. Read from the title rows (or the sheet's name) when the import is given no period.
import TiaoduCore

enum TitlePeriod {
    /// The first period named in the text (normalised: ASCII digits, no spaces).
    static func find(in text: String) -> Period? {
        let characters = Array(HeaderText.normalised(text))
        for (index, character) in characters.enumerated() where character == "年" && index >= 4 {
            let digits = characters[(index - 4)..<index]
            guard digits.allSatisfy(Self.isDigit), index == 4 || !Self.isDigit(characters[index - 5]),
                  let year = Int(String(digits)), Period.yearRange.contains(year) else { continue }
            return period(year: year, after: characters[(index + 1)...])
        }
        return nil
    }

    /// What follows 「2021年」: months (「1-9月」, 「9月」), quarters (「第三季度」, 「前三季度」,
    /// 「1-3季度」), 「上半年」, or nothing more (the year).
    private static func period(year: Int, after text: ArraySlice<Character>) -> Period {
        var rest = text
        if rest.starts(with: Array("上半年")) { return .month(year: year, month: 6) }
        if let first = rest.first, first == "第" || first == "前" { rest = rest.dropFirst() }
        guard var last = Self.number(&rest) else { return .year(year) }
        if let dash = rest.first, "-—–~～至到".contains(dash) {
            var after = rest.dropFirst()
            if let end = Self.number(&after) {
                last = end
                rest = after
            }
        }
        if rest.first == "月", let month = Period(month: last, of: year) { return month }
        if rest.first == "季", let quarter = Period(quarter: last, of: year) { return quarter }
        return .year(year)
    }

    /// A month or quarter number at the start: ASCII digits or Chinese numerals up to 十二.
    private static func number(_ text: inout ArraySlice<Character>) -> Int? {
        let digits = text.prefix(while: Self.isDigit)
        if !digits.isEmpty {
            guard digits.count <= 2, let value = Int(String(digits)) else { return nil }
            text = text.dropFirst(digits.count)
            return value
        }
        let numerals: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        if text.first == "十" {
            text = text.dropFirst()
            if let unit = text.first.flatMap({ numerals[$0] }), unit <= 2 {
                text = text.dropFirst()
                return 10 + unit
            }
            return 10
        }
        guard let first = text.first, let value = numerals[first] else { return nil }
        text = text.dropFirst()
        return value
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }
}
