// Horizontal bars, one per unit or indicator, as SVG: completion against the 序时 line (one line
// across every bar, or each bar's own mark), or gaps either side of a zero line. A bar's state is
// shown by its fill pattern as well as its colour, so the chart reads in black-and-white print.
// Words never sit on a bar or on each other: the names in a column of their own (cut to fit, the
// whole name in the tooltip), each value just beyond its bar's end — and beyond its mark or the
// 序时 line when those are there — in margins kept free for them; rows are further apart than a line.
import TiaoduCore

struct BarChart {
    struct Bar {
        let label: String
        let value: Double
        let text: String
        /// the bar's state, its fill; nil: hatched when short of the bar's mark or the reference, else plain
        var status: Status? = nil
        /// this bar's own reference (an area's 序时, a unit's target), drawn as a mark across the bar
        var marker: Double? = nil
    }

    let title: String
    let description: String
    let bars: [Bar]
    /// the 序时 line, with its label
    let reference: (value: Double, text: String)?
    /// a solid line at zero, for values either side of it (gaps)
    var zeroLine = false
    /// a value the axis reaches whatever the bars (100: the whole year's plan); nil: the bars' own range
    var reaches: Double? = 100
    /// after the ticks' numbers: "%", or "" when `axisTitle` names the unit (个百分点)
    var tickSuffix = "%"
    /// the axis's unit, in the legend's row
    var axisTitle: String? = nil
    /// what the bars' marks are (序时进度), in the legend
    var markerName: String? = nil
    /// the status words, for the legend of the fills used
    var statusNames: [Status: String] = [:]
    /// written in the corner: 初步数据 while the figures are preliminary
    var mark: String? = nil

    static let width = 720.0, rowHeight = 30.0, barHeight = 20.0

    /// The fill of a bar in a state: a plain colour, or a pattern defined in the chart's `<defs>`.
    static func fill(_ status: Status?, id: String) -> String {
        switch status {
        case .green: return "#a8d5b5"
        case .amber: return "url(#\(id)-dots)"
        case .red: return "url(#\(id)-hatch)"
        case nil: return "#9fbfe3"
        }
    }

    /// The patterns: red hatched, amber dotted (so print tells them from green and from each other).
    static func patterns(id: String) -> Node {
        let hatch = Node.pattern(
            Node.rect().attr("width", "6").attr("height", "6").attr("fill", "#f3c1bd"),
            Node.line().attr("x1", "0").attr("y1", "0").attr("x2", "0").attr("y2", "6").attr("stroke", "#b3261e").attr("stroke-width", "2")
        ).id("\(id)-hatch").attr("width", "6").attr("height", "6").attr("patternUnits", "userSpaceOnUse").attr("patternTransform", "rotate(45)")
        let dots = Node.pattern(
            Node.rect().attr("width", "5").attr("height", "5").attr("fill", "#f8dfa6"),
            Node.circle().attr("cx", "2.5").attr("cy", "2.5").attr("r", "1.1").attr("fill", "#a86500")
        ).id("\(id)-dots").attr("width", "5").attr("height", "5").attr("patternUnits", "userSpaceOnUse")
        return .defs(hatch, dots)
    }

    /// The bar's state as drawn: its own, else red when short of its mark or of the reference.
    func state(_ bar: Bar) -> Status? {
        if let status = bar.status { return status }
        guard let against = bar.marker ?? reference?.value else { return nil }
        return bar.value < against ? .red : nil
    }

    func svg(id: String) -> Node {
        let width = Self.width, rowHeight = Self.rowHeight, barHeight = Self.barHeight
        let top = (mark == nil ? 0 : SVG.headline + 4) + (reference == nil ? 12 : 34)
        // The names' column is as wide as the longest name, within limits; longer names are cut.
        let left = min(220, max(60, (bars.map { ChartLabels.width($0.label) }.max() ?? 0) + 14))
        // Room for the values: beyond the largest bar, and before the most negative one.
        let valueRoom = max(30, (bars.map { ChartLabels.width($0.text) }.max() ?? 0) + 12)
        let plotLeft = left + (bars.contains(where: { $0.value < 0 }) ? valueRoom : 6), plotRight = width - valueRoom
        let axis = ChartAxis(covering: bars.map(\.value) + bars.compactMap(\.marker) + [reference?.value ?? 0] + (reaches.map { [$0] } ?? []))
        func x(_ value: Double) -> Double { plotLeft + (plotRight - plotLeft) * axis.fraction(value) }
        let bottom = top + Double(bars.count) * rowHeight
        var parts: [Node] = [Self.patterns(id: id)]
        for tick in axis.ticks {
            let tx = SVG.number(x(tick))
            parts.append(Node.line().attr("x1", tx).attr("x2", tx).attr("y1", SVG.number(top - 4)).attr("y2", SVG.number(bottom)).attr("stroke", "#d9dee4"))
            parts.append(SVG.text(x(tick), bottom + 16, axis.label(tick) + tickSuffix, anchor: "middle"))
        }
        let zero = x(min(max(0, axis.lower), axis.upper))
        var values: [Node] = []
        for (index, bar) in bars.enumerated() {
            let rowTop = top + Double(index) * rowHeight
            let by = rowTop + (rowHeight - barHeight) / 2, baseline = rowTop + rowHeight / 2 + 4
            let end = x(bar.value)
            let name = ChartLabels.fit(bar.label, width: left - 14)
            let nameNode = name == bar.label ? Node.text(name) : Node.group([.text(name), .title(.text(bar.label))])
            parts.append(Node.svgText(nameNode).attr("x", SVG.number(left - 8)).attr("y", SVG.number(baseline)).attr("text-anchor", "end"))
            let rect = Node.rect().attr("x", SVG.number(min(zero, end))).attr("y", SVG.number(by))
                .attr("width", SVG.number(max(1, abs(end - zero)))).attr("height", SVG.number(barHeight))
            parts.append(rect.attr("fill", Self.fill(state(bar), id: id)).attr("stroke", "#1d2733").attr("stroke-width", "0.8"))
            if let marker = bar.marker {
                let mx = SVG.number(x(marker))
                parts.append(Node.line().attr("x1", mx).attr("x2", mx).attr("y1", SVG.number(by - 4)).attr("y2", SVG.number(by + barHeight + 4))
                    .attr("stroke", "#1d2733").attr("stroke-width", "3").class("marker"))
            }
            values.append(valueLabel(bar, end: end, baseline: baseline, x: x))
        }
        if zeroLine {
            let zx = SVG.number(zero)
            parts.append(Node.line().attr("x1", zx).attr("x2", zx).attr("y1", SVG.number(top - 6)).attr("y2", SVG.number(bottom))
                .attr("stroke", "#1d2733").attr("stroke-width", "1.5").class("zero"))
        }
        if let reference {
            let rx = x(reference.value)
            parts.append(Node.line().attr("x1", SVG.number(rx)).attr("x2", SVG.number(rx)).attr("y1", SVG.number(top - 12)).attr("y2", SVG.number(bottom))
                .attr("stroke", "#b3261e").attr("stroke-width", "2").attr("stroke-dasharray", "6 3").class("reference"))
            // Centred over the line, and kept inside the picture.
            let half = ChartLabels.width(reference.text) / 2
            let lx = min(max(rx, half + 4), width - half - 4)
            parts.append(SVG.text(lx, top - 16, reference.text, anchor: "middle").attr("font-weight", "700"))
        }
        let legend = self.legend(at: bottom + 40, id: id)
        let height = bottom + (legend.isEmpty ? 28 : 52)
        return SVG.chart(id: id, width: width, height: height, title: title, description: description, mark: mark, parts + values + legend)
    }

    /// Where a bar's value is written: past the end of the bar away from zero (`end`, the bar's
    /// end on the page), and past its mark or the 序时 line when one of those would be under the words.
    func valuePosition(_ bar: Bar, end: Double, x: (Double) -> Double) -> (x: Double, anchor: String) {
        let room = ChartLabels.width(bar.text) + 10
        var lines = bar.marker.map { [x($0)] } ?? []
        if let reference { lines.append(x(reference.value)) }
        if bar.value >= 0 {
            var after = end
            for line in lines.sorted() where line >= after - 2 && line < after + room { after = line + 2 }
            return (x: after + 6, anchor: "start")
        }
        var before = end
        for line in lines.sorted(by: >) where line <= before + 2 && line > before - room { before = line - 2 }
        return (x: before - 6, anchor: "end")
    }

    private func valueLabel(_ bar: Bar, end: Double, baseline: Double, x: (Double) -> Double) -> Node {
        let position = valuePosition(bar, end: end, x: x)
        return SVG.text(position.x, baseline, bar.text, anchor: position.anchor)
    }

    /// One row under the axis: its unit, what the marks are, and the fills used with their words.
    private func legend(at y: Double, id: String) -> [Node] {
        var parts: [Node] = []
        var lx = 8.0
        if let axisTitle {
            parts.append(SVG.text(lx, y, axisTitle))
            lx += ChartLabels.width(axisTitle) + 20
        }
        if let markerName, bars.contains(where: { $0.marker != nil }) {
            parts.append(Node.line().attr("x1", SVG.number(lx + 5)).attr("x2", SVG.number(lx + 5)).attr("y1", SVG.number(y - 12)).attr("y2", SVG.number(y + 3))
                .attr("stroke", "#1d2733").attr("stroke-width", "3"))
            parts.append(SVG.text(lx + 14, y, markerName))
            lx += 14 + ChartLabels.width(markerName) + 20
        }
        let used = Set(bars.map { state($0) })
        for status in Status.allCases where used.contains(status) {
            guard let word = statusNames[status] else { continue }
            parts.append(Node.rect().attr("x", SVG.number(lx)).attr("y", SVG.number(y - 10)).attr("width", "16").attr("height", "12")
                .attr("fill", Self.fill(status, id: id)).attr("stroke", "#1d2733").attr("stroke-width", "0.8"))
            parts.append(SVG.text(lx + 22, y, word))
            lx += 22 + ChartLabels.width(word) + 20
        }
        return parts
    }
}
