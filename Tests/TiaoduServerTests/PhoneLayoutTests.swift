// The phone layout (390px) as HTML and stylesheet: the league's status inside the sticky unit
// cell, charts marked wide so that a phone scrolls them instead of shrinking their words, the
// 附表's title in a span that can stay at the left, and a project gap that shows as zero unsigned.
import Foundation
import Testing
import TiaoduCore
@testable import TiaoduServer

@Suite struct PhoneLayoutTests {
    static func count(_ part: String, in html: String) -> Int { html.components(separatedBy: part).count - 1 }

    /// Only the unit column is sticky on a phone; the status column is hidden there and each row's
    /// status is shown in its unit cell instead (hidden on a wide screen, where the column is).
    @Test func theLeagueShowsEachRowsStatusInItsUnitCell() throws {
        let sales = try #require(PageFixture.workspace.indicator("sales"))
        let page = PageFixture.page(PageFixture.admin)
        let model = LeagueModel(page, bulletin: try PageFixture.bulletin(), indicator: sales, sort: nil)
        let html = LeagueView.render(model, page)
        let rows = (model.parentRow == nil ? 0 : 1) + model.groups.reduce(0) { $0 + $1.rows.count }
        #expect(rows == 4, "the city, then a and b, and the zone")
        #expect(Self.count("<span class=\"st-inline\">", in: html) == rows, "one inline status per row")
        #expect(Self.count("<td class=\"st\">", in: html) == rows, "and the status column still, for a wide screen")
        #expect(html.contains("</a><span class=\"st-inline\"><span class=\"s-"), "right after the unit's link, with its status mark")
        let css = Stylesheet.css.description
        #expect(css.contains("table.league .st-inline{display:none}") && css.contains("table.league tr>.st{display:none}"))
        #expect(!css.contains("table.league tr>.st{right:0"), "no sticky status column over the figures")
    }

    @Test func wideChartsScrollOnAPhoneAndTheAnnexTitleIsInASpan() throws {
        let bars = BarChart(title: "t", description: "d", bars: [BarChart.Bar(label: "甲县", value: 60, text: "60.0%")],
                            reference: (value: 66.7, text: "序时进度 66.7%")).svg(id: "c").render()
        #expect(bars.contains("<svg class=\"chart wide\""), "a 720px chart is wide")
        let gaps = GapChart(title: "t", description: "d", bars: [GapChart.Bar(label: "甲县", value: -2, text: "-2.0", tone: "s-red")],
                            zeroLabel: "序时").svg(id: "g").render()
        #expect(gaps.contains("<svg class=\"chart\""), "a dashboard card's small chart is not")
        let figure = ChartFigure.render(BarChart(title: "t", description: "d", bars: [], reference: nil).svg(id: "e"),
                                        caption: "c", table: .empty, PageFixture.page(PageFixture.admin)).render()
        #expect(figure.contains("<div class=\"scroll\"><svg class=\"chart wide\""), "the picture scrolls in a box of its own")
        // The 附表's title in a span of its own, which a phone keeps at the left while the table scrolls.
        let annex = try #require(BulletinPageModel(PageFixture.page(PageFixture.admin), bulletin: try PageFixture.bulletin()).annex.first)
        #expect(BulletinPageView.table(annex).render().contains("<caption><span>\(annex.caption)</span></caption>"))
        let css = Stylesheet.css.description
        #expect(css.contains("svg.chart.wide{min-width:660px}"), "12px words drawn at 660 of 720px: 11px")
        #expect(css.contains("div.scroll>table.annex>caption>span{display:inline-block;position:sticky;left:0"))
        #expect(css.contains("button:disabled") && css.contains("select{max-width:100%"))
    }

    /// 「+0.0」 beside a sentence saying 「与序时进度持平」 contradicts it: a gap that shows as zero has no sign.
    @Test func aProjectGapThatShowsAsZeroHasNoSign() {
        func gap(_ text: String) -> String { ProjectsOverviewView.signedGap(Figure(text)!) }
        #expect(gap("0.04") == "0.0" && gap("-0.04") == "0.0" && gap("0") == "0.0")
        #expect(gap("1.24") == "+1.2" && gap("-2.66") == "-2.7")
        #expect(ProjectsOverviewView.gapCell(Figure("-0.04")).render() == "<td class=\"num\">0.0</td>", "not flagged as behind")
        #expect(ProjectsOverviewView.gapCell(Figure("-1.2")).render() == "<td class=\"num flag\">-1.2</td>")
        #expect(ProjectsOverviewView.gapCell(Figure("0.03"), tag: "span").render() == "<span class=\"num\">0.0</span>")
    }
}
