// A month-by-month line chart as SVG: up to twelve months on the x axis, series told apart by
// dash pattern and marker as well as colour, so it reads in black-and-white print.
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

    func svg(id: String) -> Node {
        let width = 720.0, height = 330.0, left = 70.0, right = 20.0, top = 24.0, bottom = 70.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let axis = ChartAxis(covering: series.flatMap { $0.points.map(\.value) })
        func x(_ month: Int) -> Double { left + plotWidth * (Double(month) - 0.5) / 12 }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - axis.fraction(value)) }
        var parts: [Node] = []
        for tick in axis.ticks {
            let ty = SVG.number(y(tick))
            parts.append(Node.line().attr("x1", SVG.number(left)).attr("x2", SVG.number(width - right)).attr("y1", ty).attr("y2", ty).attr("stroke", "#d9dee4"))
            parts.append(SVG.text(left - 6, y(tick) + 4, axis.label(tick), anchor: "end"))
        }
        parts.append(SVG.text(8, top - 8, unit))
        let base = SVG.number(y(axis.lower))
        parts.append(Node.line().attr("x1", SVG.number(left)).attr("x2", SVG.number(width - right)).attr("y1", base).attr("y2", base).attr("stroke", "#1d2733"))
        for month in 1...12 { parts.append(SVG.text(x(month), top + plotHeight + 18, monthLabel(month), anchor: "middle")) }
        for line in series where !line.points.isEmpty {
            let path = line.points.enumerated().map { "\($0.offset == 0 ? "M" : "L")\(SVG.number(x($0.element.month))) \(SVG.number(y($0.element.value)))" }.joined(separator: " ")
            parts.append(line.style.stroke(Node.path().attr("d", path).attr("fill", "none")))
            parts += line.points.map { line.style.marker(x($0.month), y($0.value)) }
        }
        // The legend under the plot: a sample of each line with its marker.
        var lx = left
        let ly = height - 18
        for line in series {
            let sample = Node.line().attr("x1", SVG.number(lx)).attr("x2", SVG.number(lx + 34)).attr("y1", SVG.number(ly)).attr("y2", SVG.number(ly))
            parts.append(line.style.stroke(sample))
            parts.append(line.style.marker(lx + 17, ly))
            parts.append(SVG.text(lx + 40, ly + 4, line.name))
            lx += 60 + Double(line.name.count) * 13
        }
        return SVG.chart(id: id, width: width, height: height, title: title, description: description, parts)
    }
}
