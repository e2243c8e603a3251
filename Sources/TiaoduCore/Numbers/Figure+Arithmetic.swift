// The four operations on figures. The fast path multiplies the parts and lets `Figure.init`
// reduce them; a product that would not fit in 128 bits is first reduced by common factors
// (exact, and enough for every figure met so far — a ratio's growth at nation scale needs it),
// and only if the exact result still needs more than 128 bits is it carried to 10^−15
// (`approximate`): far below any display rounding.

extension Figure {
    public static func + (a: Figure, b: Figure) -> Figure {
        if a.denominator == b.denominator {
            let (sum, overflow) = a.numerator.addingReportingOverflow(b.numerator)
            if !overflow { return Figure(sum, over: a.denominator) }
        } else if let exact = exactSum(a, b, a.denominator, b.denominator) {
            return exact
        }
        // Common factors of the denominators out first: a/(g·p) + b/(g·q) = (a·q + b·p)/(g·p·q).
        let g = Int128(gcd(a.denominator.magnitude, b.denominator.magnitude))
        if g > 1, let exact = exactSum(a, b, a.denominator / g, b.denominator / g, common: g) { return exact }
        return Figure(approximate(a) + approximate(b), over: approximationScale)
    }

    public static func - (a: Figure, b: Figure) -> Figure { a + Figure(-b.numerator, over: b.denominator) }

    public static func * (a: Figure, b: Figure) -> Figure {
        product(a.numerator, b.numerator, over: a.denominator, b.denominator)
    }

    /// nil when dividing by zero.
    public static func / (a: Figure, b: Figure) -> Figure? {
        b.numerator == 0 ? nil : product(a.numerator, b.denominator, over: a.denominator, b.numerator)
    }

    /// (n1 · n2) / (d1 · d2), exactly whenever the reduced parts fit.
    private static func product(_ n1: Int128, _ n2: Int128, over d1: Int128, _ d2: Int128) -> Figure {
        let (n, o1) = n1.multipliedReportingOverflow(by: n2)
        let (d, o2) = d1.multipliedReportingOverflow(by: d2)
        if !o1 && !o2 { return Figure(n, over: d) }
        // Cancel across the pairs, then try again.
        var (n1, n2, d1, d2) = (n1, n2, d1, d2)
        for (x, y) in [(0, 2), (0, 3), (1, 2), (1, 3)] {
            let parts = [n1, n2, d1, d2]
            let g = Int128(gcd(parts[x].magnitude, parts[y].magnitude))
            guard g > 1 else { continue }
            if x == 0 { n1 /= g } else { n2 /= g }
            if y == 2 { d1 /= g } else { d2 /= g }
        }
        let (n3, o3) = n1.multipliedReportingOverflow(by: n2)
        let (d3, o4) = d1.multipliedReportingOverflow(by: d2)
        if !o3 && !o4 { return Figure(n3, over: d3) }
        // Still too wide: (n1 / d1) to 10^−15, times n2, over d2, through 256-bit intermediates.
        let scaled = approximate(Figure(n1, over: d1))
        var divisor = d2
        var multiplier = n2
        if divisor < 0 { divisor = -divisor; multiplier = -multiplier }
        let wide = scaled.multipliedFullWidth(by: multiplier)
        let (quotient, _) = divisor.dividingFullWidth(wide)
        return Figure(quotient, over: approximationScale)
    }

    private static func exactSum(_ a: Figure, _ b: Figure, _ p: Int128, _ q: Int128, common: Int128 = 1) -> Figure? {
        let (left, o1) = a.numerator.multipliedReportingOverflow(by: q)
        let (right, o2) = b.numerator.multipliedReportingOverflow(by: p)
        let (sum, o3) = left.addingReportingOverflow(right)
        let (pq, o4) = p.multipliedReportingOverflow(by: q)
        let (denominator, o5) = pq.multipliedReportingOverflow(by: common)
        return o1 || o2 || o3 || o4 || o5 ? nil : Figure(sum, over: denominator)
    }

    /// The denominator of figures that had to be carried to a fixed precision.
    static let approximationScale: Int128 = 1_000_000_000_000_000

    /// `figure` × 10^15, truncated: exact for decimals of up to 15 places.
    static func approximate(_ figure: Figure) -> Int128 {
        let wide = figure.numerator.multipliedFullWidth(by: approximationScale)
        return figure.denominator.dividingFullWidth(wide).quotient
    }
}
