// 通报 as a statistics office writes it, from one bulletin: 一、总体情况 (how the indicators with a
// target stand, and how many grew), one paragraph per indicator for 二、分指标情况 (the scope's
// sentence, then by peer group who leads — 「完成率居前三位的分别为：A 83.8%、B 81.6%、C 80.2%」 — and
// who is behind), and 三、存在问题 drawn from the figures alone: lagging indicators, units last in
// their group on several indicators, falls, partly reported figures, unreconciled totals. Numbers
// are the display cells of BulletinCells, so the text says what the 附表 says.

public struct BulletinReport: Sendable {
    public struct Paragraph: Sendable, Hashable {
        public let indicator: String
        public let name: String
        /// the scope's sentence, then the peer groups' summaries: one paragraph
        public let text: String
    }

    /// the sentences of 一、总体情况
    public let overview: [String]
    /// 二、分指标情况: one paragraph per indicator, in catalogue order
    public let paragraphs: [Paragraph]
    /// 三、存在问题: one paragraph per kind of problem found (a single 「未发现…」 when none)
    public let issues: [String]

    /// A unit is named under 存在问题 when it is last in its peer group on at least this many indicators.
    public static let lastPlaceThreshold = 3

    struct Member {
        let name: String
        let group: String
        let row: BulletinRow
    }

    public init(_ bulletin: Bulletin, workspace: Workspace, language: Language) {
        let l = language
        let rows = bulletin.displayRows.filter { workspace.indicator($0.indicator) != nil }
        let scopeName = workspace.orgName(bulletin.parent, l)
        var paragraphs: [Paragraph] = []
        var parents: [(indicator: Indicator, name: String, row: BulletinRow)] = []
        var blocks: [(indicator: Indicator, name: String, children: [Member])] = []
        for code in bulletin.indicatorCodes {
            guard let indicator = workspace.indicator(code) else { continue }
            let block = rows.filter { $0.indicator == code }
            let name = workspace.indicatorName(code, l)
            let dataPeriod = bulletin.period.asOf.period(for: indicator.frequency) ?? bulletin.period
            var sentences: [String] = []
            if let top = block.first(where: \.isParent) {
                parents.append((indicator, name, top))
                sentences.append(BulletinNarrative.sentence(top, indicator: indicator, unitName: scopeName, indicatorName: name,
                                                            dataPeriod: dataPeriod, scope: nil, language: l))
            }
            let children = block.filter { !$0.isParent }.map { Member(name: workspace.orgName($0.org, l), group: $0.peerGroup ?? "", row: $0) }
            blocks.append((indicator, name, children))
            sentences += Self.leaders(children, indicator: indicator, indicatorName: name, language: l)
            paragraphs.append(Paragraph(indicator: code, name: name, text: sentences.joined(separator: l == .zh ? "" : " ")))
        }
        self.paragraphs = paragraphs
        overview = Self.overview(parents.map { (name: $0.name, row: $0.row) }, span: BulletinNarrative.span(bulletin.period, l), scopeName: scopeName, language: l)
        issues = Self.issues(parents: parents, blocks: blocks, scopeName: scopeName, workspace: workspace, language: l)
    }

    // MARK: 一、总体情况

    static func overview(_ parents: [(name: String, row: BulletinRow)], span: String, scopeName: String, language l: Language) -> [String] {
        guard !parents.isEmpty else { return [] }
        var out: [String] = []
        let list = Catalogue.text(.reportListSeparator, l)
        let targeted = parents.filter { $0.row.status != nil }
        if targeted.isEmpty {
            out.append(Catalogue.format(.reportOverviewNoTargets, l, [span, scopeName, "\(parents.count)"]))
        } else {
            let red = targeted.filter { $0.row.status == .red }, amber = targeted.filter { $0.row.status == .amber }
            let green = targeted.count - red.count - amber.count
            out.append(Catalogue.format(.reportOverview, l, [span, scopeName, "\(parents.count)", "\(targeted.count)", "\(green)", "\(amber.count)", "\(red.count)"]))
            if !red.isEmpty { out.append(Catalogue.format(.reportBehindList, l, [red.map { $0.name }.joined(separator: list)])) }
            if !amber.isEmpty { out.append(Catalogue.format(.reportWarningList, l, [amber.map { $0.name }.joined(separator: list)])) }
        }
        // 增长面: a growth in % only (a rate's change in points is not one), as shown to one decimal.
        let grown = parents.compactMap { $0.row.growthInPoints ? nil : $0.row.growth }
        if !grown.isEmpty {
            let up = grown.filter { shownSign($0) > 0 }.count, down = grown.filter { shownSign($0) < 0 }.count
            let level = grown.count - up - down
            out.append(level == 0
                       ? Catalogue.format(.reportGrowthCount, l, ["\(grown.count)", "\(up)", "\(down)"])
                       : Catalogue.format(.reportGrowthCountLevel, l, ["\(grown.count)", "\(up)", "\(down)", "\(level)"]))
        }
        return out
    }

    // MARK: 二、分指标情况

    /// What the units' ranks are read by: completion where targets give one, a rate's level, else growth.
    enum Basis {
        case completion, level, growth

        static func of(_ rows: [BulletinRow], _ indicator: Indicator) -> Basis {
            if rows.filter({ $0.completion != nil }).count > 1 { return .completion }
            return indicator.changesInPoints ? .level : .growth
        }

        func rank(_ row: BulletinRow) -> Int? {
            switch self {
            case .completion: return row.rank.completion
            case .level: return row.rank.total
            case .growth: return row.growthInPoints ? nil : row.rank.growth
            }
        }
    }

    /// Peer group by peer group: who leads (「分别为：A 83.8%、B 81.6%」; only growth above zero leads on
    /// growth, 「均为负增长」 when all fell) and who is behind schedule or short of the target.
    static func leaders(_ children: [Member], indicator: Indicator, indicatorName: String, language l: Language) -> [String] {
        let order = children.map(\.group).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let list = Catalogue.text(.reportListSeparator, l)
        var sentences: [String] = []
        for group in order {
            let members = children.filter { $0.group == group && ($0.row.ytd != nil || $0.row.growth != nil) }
            guard members.count > 1 else { continue }
            let basis = Basis.of(members.map(\.row), indicator)
            var clauses: [String] = []
            var ranked = members.compactMap { m in basis.rank(m.row).map { (member: m, rank: $0) } }.sorted { $0.rank < $1.rank }
            if basis == .growth { ranked = ranked.filter { shownSign($0.member.row.growth!) > 0 } }
            // 「居前」 is the top of the group: at most its better half, at most three.
            let top = ranked.prefix(min(3, max(1, members.count / 2))).map { $0.member }
            let metric: String
            switch basis {
            case .completion: metric = Catalogue.text(.reportMetricCompletion, l)
            case .growth: metric = Catalogue.text(.reportMetricGrowth, l)
            case .level: metric = l == .zh ? indicatorName : indicatorName.lowercasedFirst
            }
            let items = top.map { m -> String in
                let c = BulletinCells(m.row, indicator: indicator, language: l)
                let value: String
                switch basis {
                case .completion: value = c.completion + "%"
                case .growth: value = c.growth + "%"
                case .level: value = m.row.ytd.map { Self.amount($0, indicator, l) } ?? c.ytd
                }
                return Catalogue.format(.reportLeaderItem, l, [m.name, value])
            }
            if items.count > 1 {
                clauses.append(Catalogue.format(.reportLeadersMany, l, [metric, countWord(items.count, l), items.joined(separator: list)]))
            } else if let item = items.first {
                clauses.append(Catalogue.format(.reportLeaderOne, l, [metric, item]))
            } else if basis == .growth {
                let growths = members.compactMap { $0.row.growthInPoints ? nil : $0.row.growth }
                if growths.count > 1, growths.allSatisfy({ shownSign($0) < 0 }) { clauses.append(Catalogue.text(.reportAllFell, l)) }
            }
            let gapped = members.filter { $0.row.gap != nil }
            let behind = gapped.filter { shownSign($0.row.gap!) < 0 }.map(\.name)
            let againstTarget = gapped.contains { $0.row.targetType == .growth || $0.row.targetType == .rate }
            if !behind.isEmpty {
                clauses.append(Catalogue.format(againstTarget ? .reportShortOfTarget : .reportBehindSchedule, l, [behind.joined(separator: list)]))
            } else if gapped.count > 1 {
                clauses.append(Catalogue.text(againstTarget ? .reportAllAtTarget : .reportAllOnSchedule, l))
            }
            guard !clauses.isEmpty else { continue }
            let lead = group.isEmpty || order.count == 1 ? Catalogue.text(.reportByArea, l)
                : Catalogue.format(.reportInGroup, l, [Catalogue.groupName(group, l)])
            sentences.append(Catalogue.format(.reportGroupSentence, l, [lead, clauses.joined(separator: Catalogue.text(.reportClauseSeparator, l))]))
        }
        return sentences
    }

    // MARK: 三、存在问题

    static func issues(parents: [(indicator: Indicator, name: String, row: BulletinRow)],
                       blocks: [(indicator: Indicator, name: String, children: [Member])],
                       scopeName: String, workspace: Workspace, language l: Language) -> [String] {
        let zh = l == .zh
        let list = Catalogue.text(.reportListSeparator, l)
        let clauses = Catalogue.text(.reportClauseSeparator, l)
        func mid(_ name: String) -> String { zh ? name : name.lowercasedFirst }
        var out: [String] = []

        // Indicators in warning or behind: how far, in the words their target calls for.
        let lagging = parents.filter { $0.row.status == .red || $0.row.status == .amber }.compactMap { p -> String? in
            guard let gap = p.row.gap else { return nil }
            let c = BulletinCells(p.row, indicator: p.indicator, language: l)
            switch p.row.targetType {
            case .amount, .count:
                return Catalogue.format(.reportLagAmount, l, [p.name, c.completion, gap.magnitude.fixed(BulletinCells.percentDecimals)])
            case .growth:
                return Catalogue.format(.reportLagGrowth, l, [p.name, c.growth, BulletinNarrative.againstTarget(gap, direction: p.indicator.direction, zh: zh)])
            case .rate:
                return Catalogue.format(.reportLagRate, l, [p.name, p.row.ytd.map { Self.amount($0, p.indicator, l) } ?? c.ytd,
                                                            BulletinNarrative.againstTarget(gap, direction: p.indicator.direction, zh: zh)])
            case nil: return nil
            }
        }
        if !lagging.isEmpty { out.append(Catalogue.format(.reportIssueLagging, l, [lagging.joined(separator: clauses)])) }

        // Units last in their peer group (of at least three ranked) on several indicators.
        var last: [String: (name: String, group: String, indicators: [String])] = [:]
        var lastOrder: [String] = []
        for block in blocks {
            for group in block.children.map(\.group).reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }) {
                let members = block.children.filter { $0.group == group }
                let basis = Basis.of(members.map(\.row), block.indicator)
                let ranked = members.compactMap { m in basis.rank(m.row).map { (member: m, rank: $0) } }
                guard ranked.count >= 3, let worst = ranked.map({ $0.rank }).max(), worst > 1 else { continue }
                for entry in ranked where entry.rank == worst {
                    let org = entry.member.row.org
                    if last[org] == nil { lastOrder.append(org); last[org] = (entry.member.name, group, []) }
                    last[org]!.indicators.append(mid(block.name))
                }
            }
        }
        let lastItems = lastOrder.compactMap { last[$0] }.filter { $0.indicators.count >= lastPlaceThreshold }
            .sorted { $0.indicators.count > $1.indicators.count }
            .map { entry in
                Catalogue.format(.reportLastItem, l, [entry.name, "\(entry.indicators.count)",
                                                     entry.group.isEmpty ? Catalogue.text(.reportPeers, l) : Catalogue.groupName(entry.group, l),
                                                     entry.indicators.joined(separator: list)])
            }
        if !lastItems.isEmpty { out.append(Catalogue.format(.reportIssueLastPlace, l, [lastItems.joined(separator: clauses)])) }

        // Falls: the scope's own indicators, then by indicator the units that fell (growth in %, as shown).
        let falling = parents.filter { !$0.row.growthInPoints && $0.row.growth.map { shownSign($0) < 0 } == true }.map { p in
            Catalogue.format(.reportFallItem, l, [mid(p.name), p.row.growth!.magnitude.fixed(BulletinCells.percentDecimals)])
        }
        if !falling.isEmpty { out.append(Catalogue.format(.reportIssueFalling, l, [scopeName, falling.joined(separator: list)])) }
        let unitsFalling = blocks.compactMap { block -> String? in
            let names = block.children.filter { !$0.row.growthInPoints && $0.row.growth.map { shownSign($0) < 0 } == true }.map(\.name)
            return names.isEmpty ? nil : Catalogue.format(.reportUnitsFallItem, l, [block.name, names.joined(separator: list)])
        }
        if !unitsFalling.isEmpty { out.append(Catalogue.format(.reportIssueUnitsFalling, l, [unitsFalling.joined(separator: clauses)])) }

        // Figures that cover fewer months than the period, and reported totals that differ from their parts.
        var all: [(row: BulletinRow, name: String, unit: String)] = parents.map { (row: $0.row, name: $0.name, unit: scopeName) }
        for block in blocks { all += block.children.map { (row: $0.row, name: block.name, unit: $0.name) } }
        let partial = all.filter { $0.row.partial && $0.row.ytd != nil }.map { entry in
            Catalogue.format(.reportPartialItem, l, [entry.unit, mid(entry.name), "\(entry.row.monthsReported ?? 0)"])
        }
        if !partial.isEmpty { out.append(Catalogue.format(.reportIssuePartial, l, [partial.joined(separator: list)])) }
        let mismatched = all.filter { $0.row.mismatch }.map { Catalogue.format(.reportUnitIndicator, l, [$0.unit, mid($0.name)]) }
        if !mismatched.isEmpty { out.append(Catalogue.format(.reportIssueMismatch, l, [mismatched.joined(separator: list)])) }

        if out.isEmpty && !parents.isEmpty { out.append(Catalogue.text(.reportIssueNone, l)) }
        return out
    }

    // MARK: notes and numbering

    /// The note under the 附表 for a unit's own reported figure that differs from its parts:
    /// 「邗江区一般公共预算收入上报数45.12亿元，与所辖镇街合计44.80亿元不一致，本表采用上报数。」
    public static func mismatchNote(_ row: BulletinRow, indicator: Indicator, workspace: Workspace, language l: Language) -> String? {
        guard row.mismatch, let own = row.ytd, let sum = row.childrenSum else { return nil }
        let name = workspace.indicatorName(indicator.code, l)
        return Catalogue.format(.reportMismatchNote, l, [workspace.orgName(row.org, l), l == .zh ? name : name.lowercasedFirst,
                                                        amount(own, indicator, l), amount(sum, indicator, l),
                                                        Catalogue.text(belowWord(row.org, workspace), l)])
    }

    /// What the units a figure is summed from are called: 所辖县（市、区）, 所辖镇街, 所辖村（社区）.
    static func belowWord(_ org: String, _ workspace: Workspace) -> Label {
        switch workspace.tree.children(of: org).first(where: \.kind.addsIntoParent)?.kind {
        case .county: return .reportBelowCounties
        case .town: return .reportBelowTowns
        case .community, .grid: return .reportBelowVillages
        default: return .reportBelowUnits
        }
    }

    /// A figure with its unit in a sentence, as the 附表 rounds it: 「45.12亿元」, "4.512 billion yuan".
    static func amount(_ value: Figure, _ indicator: Indicator, _ l: Language) -> String {
        Catalogue.amount(value.rounded(decimals: indicator.decimals), decimals: indicator.decimals, unit: indicator.unit, l)
    }

    /// 1 → 一, 12 → 十二, 22 → 二十二 (numbering of a bulletin's items); beyond 99 the digits.
    public static func chineseNumber(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n > 0, n < 100 else { return String(n) }
        if n < 10 { return digits[n] }
        return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + (n % 10 == 0 ? "" : digits[n % 10])
    }

    /// A footnote's mark: ① … ⑳, then (21).
    public static func footnoteMark(_ n: Int) -> String {
        guard (1...20).contains(n), let scalar = Unicode.Scalar(UInt32(0x245F + n)) else { return "(\(n))" }
        return String(Character(scalar))
    }

    /// 「居前三位」「居前两位」; in English the digits.
    static func countWord(_ n: Int, _ l: Language) -> String {
        guard l == .zh else { return String(n) }
        return n == 2 ? "两" : chineseNumber(n)
    }

    /// The sign of a percentage or points as shown to one decimal (−0.04 shows 0.0: neither up nor down).
    static func shownSign(_ value: Figure) -> Int {
        let shown = value.rounded(decimals: BulletinCells.percentDecimals)
        return shown.isZero ? 0 : shown.isNegative ? -1 : 1
    }
}
