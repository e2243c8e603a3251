// A month-by-month line chart as SVG: up to twelve months on the x axis, series told apart by
// dash pattern and marker as well as colour, so it reads in black-and-white print; a target level
// (a rate's, a growth's) as a horizontal line. No word sits on a line: each series' latest value
// and the target's label stand in a margin right of the plot, spread apart vertically
// (ChartLabels.spread), each with its series' marker; the series' names are in the legend below.
import Foundation

struct LineChart {
    enum Style {
        case solid, dashed, dotted

        /// The line's stroke attributes, added to `node`.
        func stroke(_ node: Node) -> Node {
            switch self {
            case .solid: return node.attr("stroke", "#1f5fa8").attr("stroke-width", "2.5")
            case .dashed: return node.attr("stroke", "#9c1c1c").attr("stroke-width", "2").attr("stroke-dasharray", "7 4")
            case .dotted: return node.attr("stroke", "#5b6672").attr("stroke-width", "2").attr("stroke-dasharray", "2 3")
            }
        }

        func marker(_ x: Double, _ y: Double) -> Node {
            switch self {
            case .solid:
                return Node.circle().attr("cx", SVG.number(x)).attr("cy", SVG.number(y)).attr("r", "3.5").attr("fill", "#1f5fa8")
            case .dashed:
                return Node.rect().attr("x", SVG.number(x - 3)).attr("y", SVG.number(y - 3)).attr("width", "6").attr("height", "6")
                    .attr("fill", "#fff").attr("stroke", "#9c1c1c").attr("stroke-width", "1.5")
            case .dotted:
                return Node.path().attr("d", "M\(SVG.number(x)) \(SVG.number(y - 4)) l4 7 h-8 z")
                    .attr("fill", "#fff").attr("stroke", "#5b6672").attr("stroke-width", "1.5")
            }
        }

        /// The class that colours the series' words like its line (Stylesheet, charts).
        var textClass: String {
            switch self {
            case .solid: return "c-solid"
            case .dashed: return "c-dashed"
            case .dotted: return "c-dotted"
            }
        }
    }

    struct Series {
        let name: String
        /// (month 1–12, value)
        let points: [(month: Int, value: Double)]
        let style: Style
    }

    let title: String
    let description: String
    let unit: String
    let monthLabel: (Int) -> String
    let series: [Series]
    /// a level to reach across the year (a rate's target, a growth target), with its label
    var reference: (value: Double, text: String)? = nil
    /// decimals of the values written in the right margin
    var decimals = 2
    /// written in the corner: 初步数据 while the figures are preliminary
    var mark: String? = nil

    /// A word in the right margin: where it would like to stand, and the sample of what it labels.
    private struct MarginLabel {
        let text: String
        /// its baseline, level with what it labels
        let wanted: Double
        let sample: (Double, Double) -> Node
        let textClass: String
    }

    /// The target line's stroke: dash-dot in amber, unlike any series.
    static func targetStroke(_ node: Node) -> Node {
        node.attr("stroke", "#a86500").attr("stroke-width", "2").attr("stroke-dasharray", "10 3 2 3")
    }

    func svg(id: String) -> Node {
        let width = 720.0, left = 70.0, top = 34.0, plotHeight = 236.0
        let drawn = series.filter { !$0.points.isEmpty }
        let axis = ChartAxis(covering: drawn.flatMap { $0.points.map(\.value) } + (reference.map { [$0.value] } ?? []))
        func y(_ value: Double) -> Double { top + plotHeight * (1 - axis.fraction(value)) }
        // The right margin's words: each series' latest value, and the target's label.
        var labels: [MarginLabel] = []
        for line in drawn {
            let last = line.points[line.points.count - 1]
            let style = line.style
            labels.append(MarginLabel(text: String(format: "%.\(decimals)f", last.value), wanted: y(last.value) + 4,
                                      sample: { style.marker($0, $1) }, textClass: style.textClass))
        }
        if let reference {
            labels.append(MarginLabel(text: reference.text, wanted: y(reference.value) + 4, sample: { sx, sy in
                Self.targetStroke(Node.line().attr("x1", SVG.number(sx - 6)).attr("x2", SVG.number(sx + 6)).attr("y1", SVG.number(sy)).attr("y2", SVG.number(sy)))
            }, textClass: "c-target"))
        }
        let margin = min(200, max(40, (labels.map { ChartLabels.width($0.text) }.max() ?? 0) + 30))
        let plotRight = width - margin
        let plotWidth = plotRight - left
        func x(_ month: Int) -> Double { left + plotWidth * (Double(month) - 0.5) / 12 }
        var parts: [Node] = []
        for tick in axis.ticks {
            let ty = SVG.number(y(tick))
            parts.append(Node.line().attr("x1", SVG.number(left)).attr("x2", SVG.number(plotRight)).attr("y1", ty).attr("y2", ty).attr("stroke", "#d9dee4"))
            parts.append(SVG.text(left - 6, y(tick) + 4, axis.label(tick), anchor: "end"))
        }
        parts.append(SVG.text(8, SVG.headline, unit))
        let base = SVG.number(y(axis.lower))
        parts.append(Node.line().attr("x1", SVG.number(left)).attr("x2", SVG.number(plotRight)).attr("y1", base).attr("y2", base).attr("stroke", "#1d2733"))
        if axis.lower < 0 {
            let zy = SVG.number(y(0))
            parts.append(Node.line().attr("x1", SVG.number(left)).attr("x2", SVG.number(plotRight)).attr("y1", zy).attr("y2", zy)
                .attr("stroke", "#1d2733").attr("stroke-width", "1.2").class("zero"))
        }
        for month in 1...12 { parts.append(SVG.text(x(month), top + plotHeight + 18, monthLabel(month), anchor: "middle")) }
        if let reference {
            let ry = SVG.number(y(reference.value))
            parts.append(Self.targetStroke(Node.line().attr("x1", SVG.number(left)).attr("x2", SVG.number(plotRight)).attr("y1", ry).attr("y2", ry)).class("target"))
        }
        for line in drawn {
            let path = line.points.enumerated().map { "\($0.offset == 0 ? "M" : "L")\(SVG.number(x($0.element.month))) \(SVG.number(y($0.element.value)))" }.joined(separator: " ")
            parts.append(line.style.stroke(Node.path().attr("d", path).attr("fill", "none")))
            parts += line.points.map { line.style.marker(x($0.month), y($0.value)) }
        }
        // The margin's words, apart from each other and within the plot's height.
        let placed = ChartLabels.spread(labels.map(\.wanted), within: (top + 4)...(top + plotHeight + 4))
        for (label, baseline) in zip(labels, placed) {
            parts.append(label.sample(plotRight + 12, baseline - 4))
            parts.append(SVG.text(plotRight + 22, baseline, label.text).class(label.textClass))
        }
        // The legend under the plot: a sample of each line with its marker, in rows as wide as the chart.
        var lx = left, ly = top + plotHeight + 46
        for line in drawn {
            let itemWidth = 40 + ChartLabels.width(line.name) + 22
            if lx > left, lx + itemWidth > width - 8 {
                lx = left
                ly += 20
            }
            let sample = Node.line().attr("x1", SVG.number(lx)).attr("x2", SVG.number(lx + 34)).attr("y1", SVG.number(ly - 4)).attr("y2", SVG.number(ly - 4))
            parts.append(line.style.stroke(sample))
            parts.append(line.style.marker(lx + 17, ly - 4))
            parts.append(SVG.text(lx + 40, ly, line.name))
            lx += itemWidth
        }
        let height = max(ly, top + plotHeight + 24) + 14
        return SVG.chart(id: id, width: width, height: height, title: title, description: description, mark: mark, parts)
    }
}
