// Which indicator a column of an office sheet is, from its title: the header texts above it, top
// down. An indicator is known by its code, its name, or its name with its unit as the bulletin
// prints it (「开票销售（亿元）」, "Invoiced sales (亿元)"), in either language; what follows the name
// (「累计」, 「同比%」, a second header row) says what the column holds (SubColumn). A unit in
// brackets other than the indicator's (「开票销售（万元）」) is another figure: no match.
import TiaoduCore

struct IndicatorMatcher {
    struct Match: Equatable {
        let indicator: String
        let kind: SubColumn
    }

    private struct Name {
        let key: String
        let indicator: String
        let unit: String
    }

    /// every name of every indicator, longest first, so that 税收收入 is tried before 税收
    private let names: [Name]

    init(_ indicators: [Indicator], language: Language) {
        var names: [Name] = []
        var seen: Set<[String]> = []
        for indicator in indicators {
            let unit = HeaderText.key(indicator.unit)
            var forms = [indicator.code]
            for name in [indicator.name, indicator.nameEn].compactMap({ $0 }).filter({ !$0.isEmpty }) {
                forms.append(name)
                if !indicator.unit.isEmpty {
                    // as this language's bulletin prints it, then as the other's
                    for printed in [language, language == .zh ? Language.en : Language.zh] {
                        forms.append(Catalogue.format(.nameWithUnit, printed, [name, indicator.unit]))
                    }
                }
            }
            for form in forms {
                let key = HeaderText.key(form)
                guard !key.isEmpty, seen.insert([key, indicator.code]).inserted else { continue }
                names.append(Name(key: key, indicator: indicator.code, unit: unit))
            }
        }
        self.names = names.sorted { $0.key.count > $1.key.count }
    }

    /// The indicator and the kind of column, from the column's header texts (keys, top down):
    /// the first text from the top at which a name starts decides — texts above it are groups
    /// (「工业」 over several indicators), texts after it the sub-title.
    func match(_ pieces: [String]) -> Match? {
        for start in pieces.indices {
            let title = pieces[start...].joined()
            for name in names where title.hasPrefix(name.key) {
                let rest = String(title.dropFirst(name.key.count))
                // a code or an English name ends where its word does: "iva" does not start "ivanhoe"
                if HeaderText.isWordCharacter(name.key.last), HeaderText.isWordCharacter(rest.first) { continue }
                if let kind = Self.kind(of: rest, unit: name.unit) { return Match(indicator: name.indicator, kind: kind) }
            }
        }
        return nil
    }

    /// What follows the name: the indicator's own unit (「（亿元）」 or a row 「亿元」) is passed
    /// over; another unit in brackets is no match (nil); the rest is the sub-title.
    static func kind(of rest: String, unit: String) -> SubColumn? {
        var rest = Substring(rest)
        if rest.hasPrefix("(") {
            let inner = rest.dropFirst().prefix { $0 != ")" }
            let closed = rest.dropFirst(1 + inner.count).hasPrefix(")")
            if closed, !unit.isEmpty, inner == unit {
                rest = rest.dropFirst(2 + inner.count)
            } else if ![SubColumn.growth, .periodGrowth].contains(SubColumn(String(inner))) {
                return nil
            }
        }
        if !unit.isEmpty, rest.hasPrefix(unit) { rest = rest.dropFirst(unit.count) }
        return SubColumn(String(rest))
    }
}
