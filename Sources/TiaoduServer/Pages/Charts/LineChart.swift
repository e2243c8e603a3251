// A month-by-month line chart as SVG: up to twelve months on the x axis, series told apart by
// dash pattern and marker as well as colour, so it reads in black-and-white print.
struct LineChart {
    enum Style {
        case solid, dashed, dotted

        var stroke: String {
            switch self {
            case .solid: return "stroke=\"#1f5fa8\" stroke-width=\"2.5\""
            case .dashed: return "stroke=\"#9c1c1c\" stroke-width=\"2\" stroke-dasharray=\"7 4\""
            case .dotted: return "stroke=\"#5b6672\" stroke-width=\"2\" stroke-dasharray=\"2 3\""
            }
        }

        func marker(_ x: Double, _ y: Double) -> String {
            switch self {
            case .solid: return "<circle cx=\"\(SVG.number(x))\" cy=\"\(SVG.number(y))\" r=\"3.5\" fill=\"#1f5fa8\"/>"
            case .dashed: return "<rect x=\"\(SVG.number(x - 3))\" y=\"\(SVG.number(y - 3))\" width=\"6\" height=\"6\" fill=\"#fff\" stroke=\"#9c1c1c\" stroke-width=\"1.5\"/>"
            case .dotted: return "<path d=\"M\(SVG.number(x)) \(SVG.number(y - 4)) l4 7 h-8 z\" fill=\"#fff\" stroke=\"#5b6672\" stroke-width=\"1.5\"/>"
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

    func svg(id: String) -> String {
        let width = 720.0, height = 330.0, left = 70.0, right = 20.0, top = 24.0, bottom = 70.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let axis = ChartAxis(covering: series.flatMap { $0.points.map(\.value) })
        func x(_ month: Int) -> Double { left + plotWidth * (Double(month) - 0.5) / 12 }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - axis.fraction(value)) }
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<title id=\"\(id)-t\">\(HTML.escape(title))</title><desc id=\"\(id)-d\">\(HTML.escape(description))</desc>"
        for tick in axis.ticks {
            let ty = y(tick)
            svg += "<line x1=\"\(SVG.number(left))\" x2=\"\(SVG.number(width - right))\" y1=\"\(SVG.number(ty))\" y2=\"\(SVG.number(ty))\" stroke=\"#d9dee4\"/>"
            svg += SVG.text(left - 6, ty + 4, axis.label(tick), anchor: "end")
        }
        svg += SVG.text(8, top - 8, unit)
        svg += "<line x1=\"\(SVG.number(left))\" x2=\"\(SVG.number(width - right))\" y1=\"\(SVG.number(y(axis.lower)))\" y2=\"\(SVG.number(y(axis.lower)))\" stroke=\"#1d2733\"/>"
        for month in 1...12 { svg += SVG.text(x(month), top + plotHeight + 18, monthLabel(month), anchor: "middle") }
        for line in series where !line.points.isEmpty {
            let path = line.points.enumerated().map { "\($0.offset == 0 ? "M" : "L")\(SVG.number(x($0.element.month))) \(SVG.number(y($0.element.value)))" }.joined(separator: " ")
            svg += "<path d=\"\(path)\" fill=\"none\" \(line.style.stroke)/>"
            svg += line.points.map { line.style.marker(x($0.month), y($0.value)) }.joined()
        }
        // The legend under the plot: a sample of each line with its marker.
        var lx = left
        let ly = height - 18
        for line in series {
            svg += "<line x1=\"\(SVG.number(lx))\" x2=\"\(SVG.number(lx + 34))\" y1=\"\(SVG.number(ly))\" y2=\"\(SVG.number(ly))\" \(line.style.stroke)/>"
            svg += line.style.marker(lx + 17, ly) + SVG.text(lx + 40, ly + 4, line.name)
            lx += 60 + Double(line.name.count) * 13
        }
        return svg + "</svg>"
    }
}
