// Where a chart's words go: how wide a label is, a label cut to fit a column, and labels spread
// apart so that none sits on another. Widths are estimates for the charts' 12px font (a CJK
// character is 1em, Latin letters and digits at most about 0.62em): enough to keep words off bars,
// lines and each other, not typesetting.
enum ChartLabels {
    static let fontSize = 12.0
    /// the distance between two labels' baselines that keeps 12px words apart
    static let lineHeight = 15.0

    /// The width `text` takes, in pixels, at `fontSize`.
    static func width(_ text: String, fontSize: Double = ChartLabels.fontSize) -> Double {
        text.unicodeScalars.reduce(0) { sum, scalar in sum + (isWide(scalar) ? 1 : 0.62) * fontSize }
    }

    /// CJK ideographs and punctuation, kana, hangul, full-width forms, the ellipsis: a whole em.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2026, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// `text` as it fits in `width` pixels: whole, or cut with "…" (a chart shows the full text in
    /// its table and the label's tooltip).
    static func fit(_ text: String, width: Double) -> String {
        guard self.width(text) > width else { return text }
        let room = width - self.width("…")
        var out = ""
        var used = 0.0
        for character in text {
            let next = self.width(String(character))
            if used + next > room { break }
            out.append(character)
            used += next
        }
        return out + "…"
    }

    /// Positions for labels that want to sit at `wanted` (baselines, one axis), at least `gap`
    /// apart, in the same order, and as close to where they want to be as the others let them:
    /// labels that would overlap are set as a block, one `gap` apart, centred on where its labels
    /// want to be. Then the blocks are kept inside `range` — when there is not room for them all,
    /// they run past its end, still apart.
    static func spread(_ wanted: [Double], gap: Double = ChartLabels.lineHeight, within range: ClosedRange<Double>) -> [Double] {
        guard !wanted.isEmpty else { return [] }
        let order = wanted.indices.sorted { (wanted[$0], $0) < (wanted[$1], $1) }
        // Blocks of labels a gap apart: `first` is a position in `order`.
        var blocks: [(first: Int, count: Int, top: Double)] = []
        for (k, index) in order.enumerated() {
            blocks.append((first: k, count: 1, top: wanted[index]))
            while blocks.count > 1 {
                let last = blocks[blocks.count - 1], previous = blocks[blocks.count - 2]
                guard previous.top + Double(previous.count) * gap > last.top else { break }
                let count = previous.count + last.count
                let tops = (0..<count).map { wanted[order[previous.first + $0]] - Double($0) * gap }
                blocks.removeLast(2)
                blocks.append((first: previous.first, count: count, top: tops.reduce(0, +) / Double(count)))
            }
        }
        var placed = [Double](repeating: 0, count: order.count)
        for block in blocks {
            for j in 0..<block.count { placed[block.first + j] = block.top + Double(j) * gap }
        }
        // Down from the top, up from the bottom, and down again: the last pass keeps them apart.
        for k in placed.indices { placed[k] = max(placed[k], k == 0 ? range.lowerBound : placed[k - 1] + gap) }
        for k in placed.indices.reversed() { placed[k] = min(placed[k], k == placed.count - 1 ? range.upperBound : placed[k + 1] - gap) }
        for k in placed.indices { placed[k] = max(placed[k], k == 0 ? range.lowerBound : placed[k - 1] + gap) }
        var out = wanted
        for (k, index) in order.enumerated() { out[index] = placed[k] }
        return out
    }
}
