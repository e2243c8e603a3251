// Horizontal bars of units' completion with the 序时 line across them, as SVG. Units behind
// the line are hatched as well as coloured, so the chart reads in black-and-white print.
struct BarChart {
    struct Bar {
        let label: String
        let value: Double
        let text: String
    }

    let title: String
    let description: String
    let bars: [Bar]
    /// the 序时 line, with its label
    let reference: (value: Double, text: String)?

    func svg(id: String) -> Node {
        let width = 720.0, left = 150.0, right = 70.0, top = 30.0, barHeight = 22.0, gap = 8.0
        let height = top + Double(bars.count) * (barHeight + gap) + 30
        let plotWidth = width - left - right
        let axis = ChartAxis(covering: bars.map(\.value) + [reference?.value ?? 0, 100])
        func x(_ value: Double) -> Double { left + plotWidth * axis.fraction(value) }
        let hatch = Node.pattern(
            Node.rect().attr("width", "6").attr("height", "6").attr("fill", "#f3c1bd"),
            Node.line().attr("x1", "0").attr("y1", "0").attr("x2", "0").attr("y2", "6").attr("stroke", "#b3261e").attr("stroke-width", "2")
        ).id("\(id)-hatch").attr("width", "6").attr("height", "6").attr("patternUnits", "userSpaceOnUse").attr("patternTransform", "rotate(45)")
        var parts: [Node] = [.defs(hatch)]
        let bottom = top + Double(bars.count) * (barHeight + gap)
        for tick in axis.ticks {
            let tx = SVG.number(x(tick))
            parts.append(Node.line().attr("x1", tx).attr("x2", tx).attr("y1", SVG.number(top - 4)).attr("y2", SVG.number(bottom)).attr("stroke", "#d9dee4"))
            parts.append(SVG.text(x(tick), bottom + 16, axis.label(tick) + "%", anchor: "middle"))
        }
        var values: [Node] = []
        for (index, bar) in bars.enumerated() {
            let by = top + Double(index) * (barHeight + gap)
            let behind = reference.map { bar.value < $0.value } ?? false
            let fill = behind ? "url(#\(id)-hatch)" : "#9fbfe3"
            let start = x(max(axis.lower, min(0, bar.value))), end = x(max(0, bar.value))
            parts.append(SVG.text(left - 8, by + barHeight * 0.7, bar.label, anchor: "end"))
            let rect = Node.rect().attr("x", SVG.number(min(start, end))).attr("y", SVG.number(by))
                .attr("width", SVG.number(max(1, abs(end - start)))).attr("height", SVG.number(barHeight))
            parts.append(rect.attr("fill", fill).attr("stroke", "#1d2733").attr("stroke-width", "0.8"))
            // Drawn last, with a white halo, so the 序时 line never hides a value.
            values.append(SVG.text(end + 6, by + barHeight * 0.7, bar.text).attr("paint-order", "stroke").attr("stroke", "#fff").attr("stroke-width", "4"))
        }
        if let reference {
            let rx = SVG.number(x(reference.value))
            parts.append(Node.line().attr("x1", rx).attr("x2", rx).attr("y1", SVG.number(top - 12)).attr("y2", SVG.number(bottom))
                .attr("stroke", "#b3261e").attr("stroke-width", "2").attr("stroke-dasharray", "6 3"))
            parts.append(SVG.text(x(reference.value), top - 16, reference.text, anchor: "middle").attr("font-weight", "700"))
        }
        return SVG.chart(id: id, width: width, height: height, title: title, description: description, parts + values)
    }
}
