// Amounts and units as readers expect them, decided once: in Chinese as entered (1084.99亿元); in
// English in the units English reports use — a sentence converts 亿元 to billions (108.499 billion
// yuan, every digit kept) and a table header names the unit its numbers are in (100 million yuan),
// as the China Statistical Yearbook does. Counts take no unit word in English.

extension Catalogue {
    /// An amount in a sentence: 「1084.99亿元」; "108.499 billion yuan".
    public static func amount(_ value: Figure, decimals: Int, unit: String, _ language: Language) -> String {
        guard language == .en else { return value.fixed(decimals) + unit }
        switch unit {
        case "亿元": return (value * Figure(1, over: 10)).fixed(decimals + 1) + " billion yuan"
        case "亿美元": return (value * Figure(1, over: 10)).fixed(decimals + 1) + " billion US dollars"
        case "万元": return (value * Figure(1, over: 100)).fixed(decimals + 2) + " million yuan"
        case "万美元": return (value * Figure(1, over: 100)).fixed(decimals + 2) + " million US dollars"
        default: return value.fixed(decimals) + unitText(unit, language)
        }
    }

    /// A unit as a table header or a label names it: 「亿元」; "100 million yuan".
    public static func unitName(_ unit: String, _ language: Language) -> String {
        guard language == .en else { return unit }
        switch unit {
        case "亿元": return "100 million yuan"
        case "亿美元": return "100 million US dollars"
        case "万元": return "10,000 yuan"
        case "万美元": return "10,000 US dollars"
        case "元": return "yuan"
        case _ where countUnits.contains(unit): return "number"
        case "人": return "persons"
        case "户": return "households"
        case "万人": return "10,000 persons"
        case "万吨": return "10,000 tonnes"
        case "吨": return "tonnes"
        case "千瓦时", "度": return "kWh"
        case "亿千瓦时": return "100 million kWh"
        case "平方米": return "m²"
        case "万平方米": return "10,000 m²"
        case "亩": return "mu"
        default: return unit
        }
    }

    /// The units that count things (个, 项, 家…): a count takes no unit word in English.
    public static let countUnits: Set<String> = ["个", "项", "家", "件", "起", "次", "宗", "座"]

    /// A unit right after a figure shown on its own (a card's large number): 「亿元」, 「个」;
    /// "100 million yuan", and nothing for a count in English ("21", not "21 number").
    public static func unitBeside(_ unit: String, _ language: Language) -> String {
        language == .en && countUnits.contains(unit) ? "" : unitName(unit, language)
    }
}
