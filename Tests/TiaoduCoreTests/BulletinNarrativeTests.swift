import Testing
@testable import TiaoduCore

/// The bulletin sentences are built from the same display cells as the table.
@Suite struct BulletinNarrativeTests {
    let sales = Indicator(code: "sales", name: "规上工业开票销售", unit: "亿元")
    let waste = Indicator(code: "waste", name: "垃圾分类集中处理率", unit: "%", accumulation: .stock, decimals: 1)
    let city = OrgUnit(code: "yz", name: "扬州市", parent: nil, kind: .city)

    func row(ytd: String?, growth: String?, completion: String? = nil, gap: String? = nil, rank: Int? = nil, targetType: TargetType? = nil) -> BulletinRow {
        BulletinRow(org: "hj", indicator: "sales", isParent: false, peerGroup: "县市区", ytd: ytd.flatMap(Figure.init),
                    growth: growth.flatMap(Figure.init), targetType: targetType, completion: completion.flatMap(Figure.init), gap: gap.flatMap(Figure.init),
                    rank: Ranks(growth: rank))
    }

    @Test func theArticlesSentence() {
        let text = BulletinNarrative.sentence(row(ytd: "1084.985", growth: "13.85", completion: "61.45", gap: "2.349", rank: 2),
                                              indicator: sales, unitName: "邗江区", indicatorName: "规上工业开票销售",
                                              dataPeriod: .month(year: 2021, month: 8), scope: "全市", language: .zh)
        #expect(text == "1—8月，邗江区规上工业开票销售完成1084.99亿元，同比增长13.9%，完成年度目标的61.5%，超序时进度2.3个百分点，增幅位居全市第2。")
        let english = BulletinNarrative.sentence(row(ytd: "1084.985", growth: "13.85", completion: "61.45", gap: "2.349", rank: 2),
                                                 indicator: sales, unitName: "Hanjiang", indicatorName: "Invoiced sales",
                                                 dataPeriod: .month(year: 2021, month: 8), scope: "the city", language: .en)
        #expect(english == "Jan–Aug, Hanjiang's invoiced sales reached 108.499 billion yuan, up 13.9% year on year, 61.5% of the annual target, 2.3 points ahead of schedule; its growth ranked 2nd in the city.")
    }

    @Test func fallingBehindAndLevelFigures() {
        let behind = BulletinNarrative.sentence(row(ytd: "10", growth: "-1.44", gap: "-13.5"), indicator: sales, unitName: "邗江区",
                                                indicatorName: "规上工业开票销售", dataPeriod: .quarter(year: 2021, quarter: 3), scope: nil, language: .zh)
        #expect(behind == "前三季度，邗江区规上工业开票销售完成10.00亿元，同比下降1.4%，落后序时进度13.5个百分点。")
        // Rounds to zero: said as level, never "增长0.0%".
        let level = BulletinNarrative.sentence(row(ytd: "81", growth: "0.04", gap: "-0.04"), indicator: waste, unitName: "邗江区",
                                               indicatorName: "垃圾分类集中处理率", dataPeriod: .month(year: 2021, month: 9), scope: nil, language: .zh)
        #expect(level == "1—9月，邗江区垃圾分类集中处理率为81.0%，与上年同期持平，与序时进度持平。")
    }

    /// With no total before it, the English growth is the sentence's verb; the Chinese is as before.
    @Test func aGrowthOnlyRowHasAVerb() {
        func english(_ growth: String) -> String {
            BulletinNarrative.sentence(row(ytd: nil, growth: growth), indicator: sales, unitName: "Yangzhou", indicatorName: "Fixed-asset investment",
                                       dataPeriod: .month(year: 2021, month: 9), scope: nil, language: .en)
        }
        #expect(english("6.8") == "Jan–Sep, Yangzhou's fixed-asset investment grew 6.8% year on year.")
        #expect(english("-2.5") == "Jan–Sep, Yangzhou's fixed-asset investment fell 2.5% year on year.")
        #expect(english("0.01") == "Jan–Sep, Yangzhou's fixed-asset investment was level with a year earlier.")
        let chinese = BulletinNarrative.sentence(row(ytd: nil, growth: "6.8"), indicator: sales, unitName: "扬州市", indicatorName: "固定资产投资",
                                                 dataPeriod: .month(year: 2021, month: 9), scope: nil, language: .zh)
        #expect(chinese == "1—9月，扬州市固定资产投资同比增长6.8%。")
        // A qualifier after a colon in an English name reads in brackets.
        let named = BulletinNarrative.sentence(row(ytd: "12.5", growth: nil), indicator: sales, unitName: "Yangzhou", indicatorName: "Invoiced sales: biomedicine",
                                               dataPeriod: .month(year: 2021, month: 9), scope: nil, language: .en)
        #expect(named == "Jan–Sep, Yangzhou's invoiced sales (biomedicine) reached 1.250 billion yuan.")
    }

    /// 序时 belongs to amount and count targets: growth and rate targets are compared with the target.
    @Test func growthAndRateTargetsAreComparedWithTheTarget() {
        let gdp = BulletinNarrative.sentence(row(ytd: "4937.87", growth: "5.2", gap: "-1.8", targetType: .growth), indicator: sales, unitName: "扬州市",
                                             indicatorName: "地区生产总值", dataPeriod: .quarter(year: 2021, quarter: 3), scope: nil, language: .zh)
        #expect(gdp == "前三季度，扬州市地区生产总值完成4937.87亿元，同比增长5.2%，低于全年目标1.8个百分点。")
        let rate = BulletinNarrative.sentence(row(ytd: "86.5", growth: nil, gap: "1.5", targetType: .rate), indicator: waste, unitName: "邗江区",
                                              indicatorName: "垃圾分类集中处理率", dataPeriod: .month(year: 2021, month: 9), scope: nil, language: .zh)
        #expect(rate == "1—9月，邗江区垃圾分类集中处理率为86.5%，高于全年目标1.5个百分点。")
        let english = BulletinNarrative.sentence(row(ytd: "86.5", growth: nil, gap: "-0.04", targetType: .rate), indicator: waste, unitName: "Hanjiang",
                                                 indicatorName: "Waste processing rate", dataPeriod: .month(year: 2021, month: 9), scope: nil, language: .en)
        #expect(english.hasSuffix("was 86.5%, level with the annual target."), "\(english)")
        // A lower-is-better rate 0.8 points better than its target is 0.8 points below it.
        var falling = waste
        falling.direction = .down
        let lower = BulletinNarrative.sentence(row(ytd: "4.2", growth: nil, gap: "0.8", targetType: .rate), indicator: falling, unitName: "邗江区",
                                               indicatorName: "城镇调查失业率", dataPeriod: .month(year: 2021, month: 9), scope: nil, language: .zh)
        #expect(lower == "1—9月，邗江区城镇调查失业率为4.2%，低于全年目标0.8个百分点。")
    }

    /// 「增幅居前」 names only units that grew; when none did, the fact is 「均为负增长」.
    @Test func onlyGrowthIsNamedAsGrowth() {
        let falling: [(name: String, group: String?, row: BulletinRow)] = [
            ("甲县", "县市区", row(ytd: "1", growth: "-2.1", gap: "-3", targetType: .growth)), ("乙县", "县市区", row(ytd: "1", growth: "-0.5", gap: "-1", targetType: .growth)),
            ("丙县", "县市区", row(ytd: "1", growth: "-7.3", gap: "-9", targetType: .growth)),
        ]
        #expect(BulletinNarrative.summary(children: falling, language: .zh) == "分地区看，均为负增长；未达到全年目标的有甲县、乙县、丙县。")
        let mixed: [(name: String, group: String?, row: BulletinRow)] = [
            ("甲县", nil, row(ytd: "1", growth: "4.0", gap: "1")), ("乙县", nil, row(ytd: "1", growth: "-0.5", gap: "-1")), ("丙县", nil, row(ytd: "1", growth: "0.04", gap: "0")),
        ]
        #expect(BulletinNarrative.summary(children: mixed, language: .zh) == "分地区看，增幅居前的是甲县（4.0%）；落后序时进度的有乙县。")
    }

    @Test func theSummaryGoesPeerGroupByPeerGroup() {
        let children: [(name: String, group: String?, row: BulletinRow)] = [
            ("仪征市", "县市区", row(ytd: "1", growth: "18.9", gap: "1.9")), ("邗江区", "县市区", row(ytd: "1", growth: "-1.4", gap: "-13.5")),
            ("广陵区", "县市区", row(ytd: "1", growth: "15.2", gap: "0.4")), ("江都区", "县市区", row(ytd: "1", growth: "13.7", gap: "0")),
            ("开发区", "功能区", row(ytd: "1", growth: "3.6", gap: "2")), ("新城", "功能区", row(ytd: "1", growth: "15", gap: "1")),
        ]
        #expect(BulletinNarrative.summary(children: children, language: .zh)
                == "县市区中，增幅居前的是仪征市（18.9%）、广陵区（15.2%）；落后序时进度的有邗江区。功能区中，增幅居前的是新城（15.0%）；均达到序时进度。")
        #expect(BulletinNarrative.ordinal(1) == "1st" && BulletinNarrative.ordinal(12) == "12th" && BulletinNarrative.ordinal(23) == "23rd")
        #expect(BulletinNarrative.scope(parent: city, peerGroup: "功能区", primaryGroup: "县市区", .zh) == "功能区")
        #expect(BulletinNarrative.scope(parent: OrgUnit(code: "by", name: "宝应县", parent: "yz", kind: .county), peerGroup: nil, primaryGroup: nil, .zh) == "全县")
    }
}
