import Testing
@testable import TiaoduCore

/// The bulletin sentences are built from the same display cells as the table.
@Suite struct BulletinNarrativeTests {
    let sales = Indicator(code: "sales", name: "规上工业开票销售", unit: "亿元")
    let waste = Indicator(code: "waste", name: "垃圾分类集中处理率", unit: "%", accumulation: .stock, decimals: 1)
    let city = OrgUnit(code: "yz", name: "扬州市", parent: nil, kind: .city)

    func row(ytd: String?, growth: String?, completion: String? = nil, gap: String? = nil, rank: Int? = nil) -> BulletinRow {
        BulletinRow(org: "hj", indicator: "sales", isParent: false, peerGroup: "县市区", ytd: ytd.flatMap(Figure.init),
                    growth: growth.flatMap(Figure.init), completion: completion.flatMap(Figure.init), gap: gap.flatMap(Figure.init),
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
        #expect(english == "Jan–Aug, Hanjiang's invoiced sales reached 1084.99 hundred million yuan, up 13.9% year on year, 61.5% of the annual target, 2.3 points ahead of schedule; its growth ranked 2nd in the city.")
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

    @Test func theSummaryGoesPeerGroupByPeerGroup() {
        let children: [(name: String, group: String?, row: BulletinRow)] = [
            ("仪征市", "县市区", row(ytd: "1", growth: "18.9", gap: "1.9")), ("邗江区", "县市区", row(ytd: "1", growth: "-1.4", gap: "-13.5")),
            ("广陵区", "县市区", row(ytd: "1", growth: "15.2", gap: "0.4")), ("江都区", "县市区", row(ytd: "1", growth: "13.7", gap: "0")),
            ("开发区", "功能区", row(ytd: "1", growth: "3.6", gap: "2")), ("新城", "功能区", row(ytd: "1", growth: "15", gap: "1")),
        ]
        #expect(BulletinNarrative.summary(children: children, language: .zh)
                == "县市区中，增幅居前的是仪征市（18.9%）、广陵区（15.2%）、江都区（13.7%）；落后序时进度的有邗江区。功能区中，增幅居前的是新城（15.0%）、开发区（3.6%）；均达到序时进度。")
        #expect(BulletinNarrative.ordinal(1) == "1st" && BulletinNarrative.ordinal(12) == "12th" && BulletinNarrative.ordinal(23) == "23rd")
        #expect(BulletinNarrative.scope(parent: city, peerGroup: "功能区", primaryGroup: "县市区", .zh) == "功能区")
        #expect(BulletinNarrative.scope(parent: OrgUnit(code: "by", name: "宝应县", parent: "yz", kind: .county), peerGroup: nil, primaryGroup: nil, .zh) == "全县")
    }
}
