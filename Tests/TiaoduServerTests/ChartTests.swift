// The charts' words, tested on the pieces that place them: labels spread at least a line apart in
// their order, names cut to their column, a bar's value clear of the 序时 line and of its mark,
// and the SVG's lines (zero, target, marks) and the preliminary mark where they belong.
import Testing
import TiaoduCore
@testable import TiaoduServer

struct ChartTests {
    /// Sorted by position, each label at least `gap` below the one before.
    static func apart(_ placed: [Double], gap: Double) -> Bool {
        let sorted = placed.sorted()
        return zip(sorted, sorted.dropFirst()).allSatisfy { $1 - $0 >= gap - 1e-9 }
    }

    @Test func labelsAreSpreadAtLeastALineApartInTheirOrder() {
        let line = ChartLabels.lineHeight
        // Three labels on top of each other, two close together further down, one on its own.
        let wanted = [100.0, 102, 101, 200, 205, 320]
        let placed = ChartLabels.spread(wanted, within: 0...400)
        #expect(Self.apart(placed, gap: line))
        #expect(placed[0] < placed[2] && placed[2] < placed[1], "the order of where they want to be, ties by their order")
        #expect(placed[5] == 320, "a label with room stays where it is")
        // A block is centred on where its labels want to be: 100, 101, 102 around 101.
        #expect(abs((placed[0] + placed[1] + placed[2]) / 3 - 101) < 1e-9)
        #expect(placed[3] < placed[4] && abs((placed[3] + placed[4]) / 2 - 202.5) < 1e-9)
    }

    @Test func labelsStayInsideTheirRangeWhenThereIsRoom() {
        let placed = ChartLabels.spread([398, 399, 400, 2], within: 0...400)
        #expect(Self.apart(placed, gap: ChartLabels.lineHeight))
        let range: ClosedRange<Double> = 0...400
        #expect(placed.allSatisfy { range.contains($0) })
        #expect(placed[2] == 400 && placed[3] == 2)
        // Not room for all: still apart, running past the end rather than onto each other.
        let crowded = ChartLabels.spread(Array(repeating: 10, count: 8), gap: 15, within: 0...50)
        #expect(Self.apart(crowded, gap: 15) && crowded.min() == 0)
        #expect(ChartLabels.spread([], within: 0...1).isEmpty)
    }

    @Test func namesAreCutToTheirColumn() {
        #expect(ChartLabels.width("甲县") == 24 && ChartLabels.width("GDP") < 24)
        let name = "规模以上工业企业开票销售收入（含增值税）"
        let cut = ChartLabels.fit(name, width: 100)
        #expect(cut.hasSuffix("…") && ChartLabels.width(cut) <= 100 && name.hasPrefix(String(cut.dropLast())))
        #expect(ChartLabels.fit("税收", width: 100) == "税收")
    }

    @Test func aBarsValueIsWrittenClearOfTheScheduleLineAndItsMark() {
        // A bar ending just short of the 序时 line: its value goes past the line, not across it.
        let chart = BarChart(title: "t", description: "d", bars: [], reference: (value: 66.7, text: "序时进度 66.7%"))
        let x: (Double) -> Double = { $0 * 4 }
        let bar = BarChart.Bar(label: "甲县", value: 64, text: "64.0%")
        let position = chart.valuePosition(bar, end: x(64), x: x)
        #expect(position.anchor == "start" && position.x > x(66.7), "past the line at \(x(66.7))")
        // Far from the line, it follows the bar.
        #expect(chart.valuePosition(BarChart.Bar(label: "乙县", value: 30, text: "30.0%"), end: x(30), x: x).x == x(30) + 6)
        // An area behind its own 序时 mark: past the mark; a negative gap: before the bar's left end.
        let marked = BarChart.Bar(label: "甲县", value: 40, text: "40.0%", status: .red, marker: 45)
        #expect(BarChart(title: "t", description: "d", bars: [], reference: nil).valuePosition(marked, end: x(40), x: x).x > x(45))
        let behind = BarChart.Bar(label: "税收", value: -3, text: "-3.0", status: .amber)
        let left = BarChart(title: "t", description: "d", bars: [], reference: nil).valuePosition(behind, end: x(-3), x: x)
        #expect(left.anchor == "end" && left.x < x(-3))
    }

    @Test func theChartsDrawTheirLinesAndThePreliminaryMark() {
        let bars = [BarChart.Bar(label: "税收", value: 2, text: "+2.0", status: .green), BarChart.Bar(label: "开票销售", value: -2.7, text: "-2.7", status: .amber)]
        let gaps = BarChart(title: "甲县", description: "d", bars: bars, reference: nil, zeroLine: true, reaches: nil, tickSuffix: "",
                            axisTitle: "单位：个百分点", statusNames: [.green: "正常", .amber: "预警"], mark: "初步数据").svg(id: "gaps").render()
        #expect(gaps.contains("class=\"zero\"") && gaps.contains("初步数据") && gaps.contains("url(#gaps-dots)") && gaps.contains("预警"))
        #expect(!gaps.contains("100%"), "a chart of gaps does not stretch to 100")
        let level = LineChart(title: "t", description: "d", unit: "%", monthLabel: { "\($0)月" },
                              series: [LineChart.Series(name: "2021 本年实际", points: [(month: 1, value: 50), (month: 2, value: 52)], style: .solid)],
                              reference: (value: 55, text: "目标 55.0%"), decimals: 1).svg(id: "level").render()
        #expect(level.contains("class=\"target\"") && level.contains("目标 55.0%") && level.contains(">52.0<") && !level.contains("chart-mark"))
    }
}
