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

    func svg(id: String) -> String {
        let width = 720.0, left = 150.0, right = 70.0, top = 30.0, barHeight = 22.0, gap = 8.0
        let height = top + Double(bars.count) * (barHeight + gap) + 30
        let plotWidth = width - left - right
        let axis = ChartAxis(covering: bars.map(\.value) + [reference?.value ?? 0, 100])
        func x(_ value: Double) -> Double { left + plotWidth * axis.fraction(value) }
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"\(id)-t\">\(HTML.escape(title))</title><desc id=\"\(id)-d\">\(HTML.escape(description))</desc>"
        svg += "<defs><pattern id=\"\(id)-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f3c1bd\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b3261e\" stroke-width=\"2\"/></pattern></defs>"
        let bottom = top + Double(bars.count) * (barHeight + gap)
        for tick in axis.ticks {
            svg += "<line x1=\"\(SVG.number(x(tick)))\" x2=\"\(SVG.number(x(tick)))\" y1=\"\(SVG.number(top - 4))\" y2=\"\(SVG.number(bottom))\" stroke=\"#d9dee4\"/>"
            svg += SVG.text(x(tick), bottom + 16, axis.label(tick) + "%", anchor: "middle")
        }
        var values = ""
        for (index, bar) in bars.enumerated() {
            let by = top + Double(index) * (barHeight + gap)
            let behind = reference.map { bar.value < $0.value } ?? false
            let fill = behind ? "url(#\(id)-hatch)" : "#9fbfe3"
            let start = x(max(axis.lower, min(0, bar.value))), end = x(max(0, bar.value))
            svg += SVG.text(left - 8, by + barHeight * 0.7, bar.label, anchor: "end")
            svg += "<rect x=\"\(SVG.number(min(start, end)))\" y=\"\(SVG.number(by))\" width=\"\(SVG.number(max(1, abs(end - start))))\" height=\"\(SVG.number(barHeight))\" fill=\"\(fill)\" stroke=\"#1d2733\" stroke-width=\"0.8\"/>"
            // Drawn last, with a white halo, so the 序时 line never hides a value.
            values += SVG.text(end + 6, by + barHeight * 0.7, bar.text, extra: " paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"4\"")
        }
        if let reference {
            let rx = x(reference.value)
            svg += "<line x1=\"\(SVG.number(rx))\" x2=\"\(SVG.number(rx))\" y1=\"\(SVG.number(top - 12))\" y2=\"\(SVG.number(bottom))\" stroke=\"#b3261e\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>"
            svg += SVG.text(rx, top - 16, reference.text, anchor: "middle", extra: " font-weight=\"700\"")
        }
        svg += values
        return svg + "</svg>"
    }
}
