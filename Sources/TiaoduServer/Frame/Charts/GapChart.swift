// Units' gaps as a small diverging bar chart in SVG: one row per unit in the order given, a bar
// from the zero line (序时, or the target) to the unit's gap, coloured by its status class. Names
// sit left of the plot in a column as wide as the longest (cut with … past a limit, the whole name
// kept as a tooltip), values right of it in a column of their own: one row per unit and one column
// per kind of text, so no two labels can meet whatever the figures.
import Foundation

struct GapChart {
    struct Bar {
        let label: String
        let value: Double
        /// the value as printed (with its status mark, so it reads in black-and-white print)
        let text: String
        /// the class that colours the bar and its value (`s-red`…); nil: neutral grey
        let tone: String?
    }

    let title: String
    let description: String
    let bars: [Bar]
    /// the zero line's label (序时 / 目标)
    let zeroLabel: String

    /// the widest a name may be before it is cut
    static let nameLimit = 130.0

    func svg(id: String) -> Node {
        let row = 14.0, barHeight = 9.0, top = 15.0, gutter = 6.0, width = 300.0
        let names = bars.map { ChartLabels.fit($0.label, width: Self.nameLimit) }
        // A little more than the estimate each side: marks (■ —) may be wider in a CJK font.
        let left = ceil((names.map { ChartLabels.width($0) }.max() ?? 0) + gutter + 4)
        let right = ceil((bars.map { ChartLabels.width($0.text) }.max() ?? 0) + gutter + 4)
        let plot = max(80, width - left - right)
        let total = left + plot + right
        let height = top + Double(bars.count) * row + 2
        let low = min(0, bars.map(\.value).min() ?? 0), high = max(0, bars.map(\.value).max() ?? 0)
        let span = max(high - low, 1e-9)
        func x(_ value: Double) -> Double { left + plot * (value - low) / span }
        let zero = x(0)
        var parts: [Node] = []
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * row
            let baseline = y + row / 2 + 4
            // The name, right-aligned against the plot; a cut name keeps the whole as its tooltip.
            let cut = names[index] != bar.label
            let name = cut ? Node.svgText(.title(.text(bar.label)), .text(names[index])) : Node.svgText(.text(names[index]))
            parts.append(name.attr("x", SVG.number(left - gutter)).attr("y", SVG.number(baseline)).attr("text-anchor", "end"))
            let end = x(bar.value)
            let rect = Node.rect().attr("x", SVG.number(min(zero, end))).attr("y", SVG.number(y + (row - barHeight) / 2))
                .attr("width", SVG.number(max(1, abs(end - zero)))).attr("height", SVG.number(barHeight))
                .attr("fill", bar.tone == nil ? "#9aa5b1" : "currentColor")
            let value = SVG.text(total - 1, baseline, bar.text, anchor: "end").class("v")
            parts.append(Node.g(rect, value).class(bar.tone))
        }
        let zx = SVG.number(zero)
        parts.append(Node.line().attr("x1", zx).attr("x2", zx).attr("y1", SVG.number(top - 2)).attr("y2", SVG.number(height))
            .attr("stroke", "#1d2733").attr("stroke-width", "1.2"))
        // Centred over the line, kept inside the picture.
        let half = ChartLabels.width(zeroLabel) / 2
        parts.append(SVG.text(min(max(zero, half + 2), total - half - 2), top - 4, zeroLabel, anchor: "middle"))
        return SVG.chart(id: id, width: ceil(total), height: ceil(height), title: title, description: description, parts)
    }
}
