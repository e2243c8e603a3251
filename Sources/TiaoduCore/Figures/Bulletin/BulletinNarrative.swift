// 通报 text: the sentences a bulletin writer composes from a row — 「1—8月，邗江区规上工业开票销售
// 完成X亿元，同比增长X%，完成年度目标的X%，超序时进度X个百分点，增幅位居全市第X」 — and the
// paragraph that sums up an indicator across units. Numbers are the display cells of
// METRICS.md, so the text and the table always say the same thing.

public enum BulletinNarrative {
    /// The span a figure covers, as a bulletin says it: 1—8月, 前三季度; Jan–Aug, Q1–Q3.
    public static func span(_ period: Period, _ language: Language) -> String {
        let months = Catalogue.monthAbbreviations
        switch (period, language) {
        case (.month(_, let m), .zh): return m == 1 ? "1月" : "1—\(m)月"
        case (.month(_, let m), .en): return m == 1 ? "January" : "Jan–\(months[m - 1])"
        case (.quarter(_, let q), .zh): return ["一季度", "上半年", "前三季度", "全年"][q - 1]
        case (.quarter(_, let q), .en): return ["Q1", "the first half", "Q1–Q3", "the full year"][q - 1]
        case (.year, .zh): return "全年"
        case (.year, .en): return "the full year"
        }
    }

    /// How a rank's scope is named: 全市, 全区, 全县, 全省 — or the peer group when the unit is
    /// ranked in a smaller one (功能区).
    public static func scope(parent: OrgUnit?, peerGroup: String?, primaryGroup: String?, _ language: Language) -> String {
        if let peerGroup, peerGroup != primaryGroup { return language == .zh ? peerGroup : "its group (\(Catalogue.groupName(peerGroup, .en)))" }
        guard let parent else { return language == .zh ? "全市" : "the city" }
        switch parent.kind {
        case .province: return language == .zh ? "全省" : "the province"
        case .city: return language == .zh ? "全市" : "the city"
        case .county: return language == .zh ? (parent.name.hasSuffix("县") ? "全县" : parent.name.hasSuffix("市") ? "全市" : "全区") : "the county"
        default: return language == .zh ? "本级" : "its area"
        }
    }

    /// One unit's sentence. `scope` names where its ranks are counted (nil: unranked).
    public static func sentence(_ row: BulletinRow, indicator: Indicator, unitName: String, indicatorName: String,
                                dataPeriod: Period, scope: String?, language: Language) -> String {
        let c = BulletinCells(row, indicator: indicator, language: language)
        var parts: [String] = []
        let zh = language == .zh
        if let ytd = row.ytd {
            // The amount as the table shows it (rounded to the indicator's decimals), in the
            // sentence's units: 「1084.99亿元」, "108.499 billion yuan".
            let amount = Catalogue.amount(ytd.rounded(decimals: indicator.decimals), decimals: indicator.decimals, unit: indicator.unit, language)
            // A rate (%, ‰) or ratio "is"; a balance "stands at"; an amount or count "reaches".
            if indicator.accumulation == .ratio || ["%", "‰"].contains(indicator.unit) {
                parts.append(zh ? "为\(amount)" : "was \(amount)")
            } else if indicator.accumulation == .stock {
                parts.append(zh ? "余额\(amount)" : "stood at \(amount)")
            } else {
                parts.append(zh ? "完成\(amount)" : "reached \(amount)")
            }
        }
        if let months = row.monthsReported, row.partial {
            parts.append(String(format: Catalogue.text(.monthsCovered, language), months))
        }
        // With no total before it, the English growth carries the sentence's verb: "…'s
        // fixed-asset investment grew 6.8% year on year" (after a total: "…, up 6.8% year on year").
        let growthIsVerb = row.ytd == nil
        if let growth = row.growth, row.growthInPoints {
            // A rate or ratio moves in points: 「比上年同期下降10.3个百分点」.
            let shown = growth.magnitude.fixed(BulletinCells.percentDecimals)
            if Figure(shown) == 0 {
                parts.append(zh ? "与上年同期持平" : growthIsVerb ? "was level with a year earlier" : "level with a year earlier")
            } else if growth.isNegative {
                parts.append(zh ? "比上年同期下降\(shown)个百分点" : "\(growthIsVerb ? "fell" : "down") \(shown) points from a year earlier")
            } else {
                parts.append(zh ? "比上年同期提高\(shown)个百分点" : "\(growthIsVerb ? "rose" : "up") \(shown) points from a year earlier")
            }
        } else if let growth = row.growth {
            let shown = growth.magnitude.fixed(BulletinCells.percentDecimals)
            if Figure(shown) == 0 {
                parts.append(zh ? "与上年同期持平" : growthIsVerb ? "was level with a year earlier" : "level with a year earlier")
            } else if growth.isNegative {
                parts.append(zh ? "同比下降\(shown)%" : "\(growthIsVerb ? "fell" : "down") \(shown)% year on year")
            } else {
                parts.append(zh ? "同比增长\(shown)%" : "\(growthIsVerb ? "grew" : "up") \(shown)% year on year")
            }
        }
        if row.completion != nil {
            parts.append(zh ? "完成年度目标的\(c.completion)%" : "\(c.completion)% of the annual target")
        }
        if let gap = row.gap {
            if row.targetType == .growth || row.targetType == .rate {
                parts.append(againstTarget(gap, direction: indicator.direction, zh: zh))
            } else {
                let shown = gap.magnitude.fixed(BulletinCells.percentDecimals)
                if Figure(shown) == 0 {
                    parts.append(zh ? "与序时进度持平" : "on schedule")
                } else if gap.isNegative {
                    parts.append(zh ? "落后序时进度\(shown)个百分点" : "\(shown) points behind schedule")
                } else {
                    parts.append(zh ? "超序时进度\(shown)个百分点" : "\(shown) points ahead of schedule")
                }
            }
        }
        var text: String
        if zh {
            text = "\(span(dataPeriod, language))，\(unitName)\(indicatorName)" + parts.joined(separator: "，")
            // A rate ranks by its level; anything else by its growth.
            if let scope, row.growthInPoints, let rank = row.rank.total { text += "，位居\(scope)第\(rank)" }
            else if let scope, let rank = row.rank.growth { text += "，增幅位居\(scope)第\(rank)" }
            return text + "。"
        }
        text = "\(span(dataPeriod, language).capitalizedFirst), \(unitName)'s \(inSentence(indicatorName)) " + parts.joined(separator: ", ")
        if let scope, row.growthInPoints, let rank = row.rank.total { text += "; it ranked \(ordinal(rank)) in \(scope)" }
        else if let scope, let rank = row.rank.growth { text += "; its growth ranked \(ordinal(rank)) in \(scope)" }
        return text + "."
    }

    /// An English indicator name inside a sentence: lower-cased first, and a qualifier after a
    /// colon put in brackets — "Invoiced sales: biomedicine" reads "invoiced sales (biomedicine)".
    static func inSentence(_ name: String) -> String {
        let lowered = name.lowercasedFirst
        guard let colon = lowered.range(of: ": "), !lowered[colon.upperBound...].isEmpty else { return lowered }
        return "\(lowered[..<colon.lowerBound]) (\(lowered[colon.upperBound...]))"
    }

    /// 序时 belongs to amount and count targets. A growth or rate target is compared with the
    /// target itself, as what the figure is: 「低于全年目标1.8个百分点」 (the gap is "better than
    /// the target", so for a lower-is-better rate the literal difference is its opposite).
    static func againstTarget(_ gap: Figure, direction: Direction, zh: Bool) -> String {
        let difference = direction == .up ? gap : -gap
        let shown = difference.magnitude.fixed(BulletinCells.percentDecimals)
        if Figure(shown) == 0 { return zh ? "与全年目标持平" : "level with the annual target" }
        if difference.isNegative { return zh ? "低于全年目标\(shown)个百分点" : "\(shown) points below the annual target" }
        return zh ? "高于全年目标\(shown)个百分点" : "\(shown) points above the annual target"
    }

    /// The summary of an indicator across the children, peer group by peer group: the fastest
    /// growth (the better half, at most three, only units that grew; 「均为负增长」 when none did) and the units behind
    /// schedule — or short of the target, for growth and rate targets.
    public static func summary(children: [(name: String, group: String?, row: BulletinRow)], language: Language) -> String? {
        let zh = language == .zh
        let order = children.map { $0.group ?? "" }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var sentences: [String] = []
        for group in order {
            let members = children.filter { ($0.group ?? "") == group }
            // 增幅 is a growth in %: a rate's change in points is not one.
            let withGrowth = members.filter { $0.row.growth != nil && !$0.row.growthInPoints }
            // Only growth deserves 「增幅居前」: shown to the rounding, above zero.
            // 「居前」 is the top of the group: at most its better half, at most three, and only
            // growth (above zero when shown).
            let limit = min(3, max(1, members.count / 2))
            let growing = withGrowth.filter { Figure($0.row.growth!.fixed(BulletinCells.percentDecimals)).map { $0 > 0 } ?? false }
                .sorted { $0.row.growth! > $1.row.growth! }.prefix(limit)
            let behind = members.filter { $0.row.gap?.isNegative == true }.map(\.name)
            let againstTarget = members.contains { $0.row.targetType == .growth || $0.row.targetType == .rate }
            var parts: [String] = []
            if members.count > 1, !growing.isEmpty {
                parts.append(zh ? "增幅居前的是" + growing.map { "\($0.name)（\($0.row.growth!.fixed(BulletinCells.percentDecimals))%）" }.joined(separator: "、")
                                : "fastest growth: " + growing.map { "\($0.name) (\($0.row.growth!.fixed(BulletinCells.percentDecimals))%)" }.joined(separator: ", "))
            } else if withGrowth.count > 1, withGrowth.allSatisfy({ $0.row.growth!.isNegative }) {
                parts.append(zh ? "均为负增长" : "all fell year on year")
            }
            if !behind.isEmpty {
                parts.append(againstTarget ? (zh ? "未达到全年目标的有" + behind.joined(separator: "、") : "short of the annual target: " + behind.joined(separator: ", "))
                                           : (zh ? "落后序时进度的有" + behind.joined(separator: "、") : "behind schedule: " + behind.joined(separator: ", ")))
            } else if members.contains(where: { $0.row.gap != nil }) {
                parts.append(againstTarget ? (zh ? "均达到全年目标" : "all at or above the annual target") : (zh ? "均达到序时进度" : "all on or ahead of schedule"))
            }
            guard !parts.isEmpty else { continue }
            let lead = group.isEmpty || order.count == 1 ? (zh ? "分地区看，" : "By area, ") : (zh ? "\(group)中，" : "In \(Catalogue.groupName(group, .en)), ")
            sentences.append(lead + parts.joined(separator: zh ? "；" : "; ") + (zh ? "。" : "."))
        }
        return sentences.isEmpty ? nil : sentences.joined(separator: zh ? "" : " ")
    }

    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
    var lowercasedFirst: String {
        // Keep acronyms (GDP) as they are.
        guard let first = first, first.isUppercase, dropFirst().first?.isLowercase == true else { return self }
        return first.lowercased() + dropFirst()
    }
}
