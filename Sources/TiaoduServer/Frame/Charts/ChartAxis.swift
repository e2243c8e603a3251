// Axis arithmetic for the charts: a range rounded out to "nice" steps (1, 2, 2.5, 5 × 10ⁿ)
// and tick labels, and the SVG pieces both charts use. Charts only draw: plotting in Double is
// fine, figures stay exact elsewhere.
import Foundation

struct ChartAxis {
    let lower: Double
    let upper: Double
    let step: Double

    /// An axis that starts at zero (or below it for negative data) and covers `values`.
    init(covering values: [Double], ticks: Int = 5) {
        let low = min(0, values.min() ?? 0), high = max(values.max() ?? 1, low + 1e-9)
        let raw = (high - low) / Double(ticks)
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        self.step = step
        lower = floor(low / step) * step
        upper = max(ceil(high / step) * step, lower + step)
    }

    var ticks: [Double] { stride(from: lower, through: upper + step / 2, by: step).map { $0 } }

    /// 0…1 along the axis.
    func fraction(_ value: Double) -> Double { (value - lower) / (upper - lower) }

    func label(_ value: Double) -> String {
        let decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : 2
        return String(format: "%.\(decimals)f", value)
    }
}

enum SVG {
    static func number(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Text inside an SVG element (escaped when rendered); add attributes with modifiers.
    static func text(_ x: Double, _ y: Double, _ content: String, anchor: String = "start") -> Node {
        Node.svgText(.text(content)).attr("x", number(x)).attr("y", number(y)).attr("text-anchor", anchor)
    }

    /// The baseline of a chart's top line of words (its unit, its mark): charts start drawing below it.
    static let headline = 16.0

    /// Charts wider than this (the 720px bar and line charts; not the dashboard's 300px gap
    /// charts) are marked `wide`.
    static let wideAbove = 600.0

    /// The `<svg>` element around a chart, labelled by its `<title>` and `<desc>`. `mark` (初步数据
    /// for preliminary figures) is written in the top right corner, so a copied picture says it too.
    static func chart(id: String, width: Double, height: Double, title: String, description: String, mark: String? = nil, _ children: [Node]) -> Node {
        var parts: [Node] = [.title(.text(title)).id("\(id)-t"), .desc(.text(description)).id("\(id)-d")]
        if let mark { parts.append(text(width - 8, headline, mark, anchor: "end").class("chart-mark")) }
        // A chart wider than a phone is `wide`: on a phone it is drawn no narrower than 660px (its
        // 12px words at 11px or more) and scrolls in its box rather than shrinking (Stylesheet).
        return Node.svg(parts + children).class(width > wideAbove ? "chart wide" : "chart").attr("viewBox", "0 0 \(Int(width)) \(Int(height))")
            .attr("width", String(Int(width))).attr("height", String(Int(height))).role("img")
            .attr("aria-labelledby", "\(id)-t \(id)-d").attr("xmlns", "http://www.w3.org/2000/svg")
    }
}
