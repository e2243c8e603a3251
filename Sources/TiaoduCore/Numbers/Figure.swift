// A figure of the monitoring arithmetic as an exact fraction of two 128-bit integers.
// Stored values are exact decimals, so every figure METRICS.md defines — sums, growth,
// completion, schedule, gap, pace, ratios — is an exact rational number: nothing is ever
// rounded before display, display rounds half away from zero exactly, and ranks compare exactly
// to six decimals. (Foundation's Decimal is exact too but far slower in the engine's inner loops.)

public struct Figure: Sendable, Hashable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    public let numerator: Int128
    /// always positive
    public let denominator: Int128

    public init(_ numerator: Int128, over denominator: Int128 = 1) {
        precondition(denominator != 0, "a figure's denominator cannot be zero")
        var n = numerator, d = denominator
        if d < 0 { n = -n; d = -d }
        // Keep the parts small enough that the next operation cannot overflow.
        if d > Self.reduceAbove || n.magnitude > Self.reduceAbove.magnitude {
            let g = Self.gcd(n.magnitude, d.magnitude)
            if g > 1 { n /= Int128(g); d /= Int128(g) }
        }
        self.numerator = n
        self.denominator = d
    }

    public init(integerLiteral value: Int) { self.init(Int128(value)) }

    public init(_ value: Int) { self.init(Int128(value)) }

    /// `units` × 10^−scale: a stored decimal.
    public init(units: Int64, scale: Int) { self.init(Int128(units), over: Self.power(scale)) }

    /// Parses decimal text exactly (`629.0`, `-3.25`); nil when it is not a plain decimal.
    public init?(_ text: some StringProtocol) {
        guard let scaled = ScaledDecimal(text) else { return nil }
        self.init(units: scaled.units, scale: scaled.scale)
    }

    static let reduceAbove: Int128 = 1 << 80

    /// Binary GCD: shifts and subtractions, no 128-bit division.
    static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        if a == 0 { return b }
        if b == 0 { return a }
        let shift = (a | b).trailingZeroBitCount
        var a = a >> a.trailingZeroBitCount, b = b
        repeat {
            b >>= b.trailingZeroBitCount
            if a > b { swap(&a, &b) }
            b -= a
        } while b != 0
        return a << shift
    }

    static func power(_ exponent: Int) -> Int128 {
        exponent < powers.count ? powers[exponent] : (0..<exponent).reduce(1) { acc, _ in acc * 10 }
    }

    private static let powers: [Int128] = (0...30).map { n in (0..<n).reduce(1) { acc, _ in acc * 10 } }

    public var isZero: Bool { numerator == 0 }
    public var isNegative: Bool { numerator < 0 }

    public static prefix func - (a: Figure) -> Figure { Figure(-a.numerator, over: a.denominator) }

    public static func == (a: Figure, b: Figure) -> Bool { a.compare(b) == 0 }

    public func hash(into hasher: inout Hasher) {
        let g = Self.gcd(numerator.magnitude, denominator.magnitude)
        hasher.combine(numerator / Int128(g))
        hasher.combine(denominator / Int128(g))
    }

    public static func < (a: Figure, b: Figure) -> Bool { a.compare(b) < 0 }

    /// Exact comparison: same denominators compare numerators; otherwise the cross products,
    /// and only if those overflow, integer parts and then remainders.
    func compare(_ other: Figure) -> Int {
        if denominator == other.denominator { return numerator == other.numerator ? 0 : (numerator < other.numerator ? -1 : 1) }
        let (left, o1) = numerator.multipliedReportingOverflow(by: other.denominator)
        let (right, o2) = other.numerator.multipliedReportingOverflow(by: denominator)
        if !o1 && !o2 { return left == right ? 0 : (left < right ? -1 : 1) }
        let (q1, r1) = floorDivision(numerator, denominator)
        let (q2, r2) = floorDivision(other.numerator, other.denominator)
        if q1 != q2 { return q1 < q2 ? -1 : 1 }
        let (l, p1) = r1.multipliedReportingOverflow(by: other.denominator)
        let (r, p2) = r2.multipliedReportingOverflow(by: denominator)
        if !p1 && !p2 { return l == r ? 0 : (l < r ? -1 : 1) }
        let a = Double(r1) / Double(denominator), b = Double(r2) / Double(other.denominator)
        return a == b ? 0 : (a < b ? -1 : 1)
    }

    /// A key that sorts like the figure: the integer part, then the fraction as a Double
    /// (equal fractions give equal keys). One division instead of one per comparison.
    public var sortKey: SortKey {
        let (q, r) = floorDivision(numerator, denominator)
        if r == 0 { return SortKey(whole: q, fraction: 0) }
        if let small = Int64(exactly: r), let d = Int64(exactly: denominator) {
            return SortKey(whole: q, fraction: Double(small) / Double(d))
        }
        return SortKey(whole: q, fraction: Double(r) / Double(denominator))
    }

    public struct SortKey: Comparable, Hashable, Sendable {
        let whole: Int128
        let fraction: Double

        public static func < (a: SortKey, b: SortKey) -> Bool { (a.whole, a.fraction) < (b.whole, b.fraction) }
    }

    private func floorDivision(_ n: Int128, _ d: Int128) -> (Int128, Int128) {
        var q = n / d, r = n % d
        if r < 0 { q -= 1; r += d }
        return (q, r)
    }

    /// The figure in units of 10^−decimals, rounded half away from zero.
    public func units(decimals: Int) -> Int128 {
        let magnitude = numerator.magnitude
        let d = denominator.magnitude
        let whole = magnitude / d, remainder = magnitude % d
        let scale = UInt128(Self.power(decimals))
        var fraction: UInt128
        var rest: UInt128
        let (scaledRemainder, overflow) = remainder.multipliedReportingOverflow(by: scale)
        if !overflow {
            fraction = scaledRemainder / d
            rest = scaledRemainder % d
        } else {
            // Digit by digit when the remainder times 10^decimals does not fit.
            fraction = 0
            rest = remainder
            for _ in 0..<decimals {
                let (r10, o) = rest.multipliedReportingOverflow(by: 10)
                if o { return Int128(double * Double(Self.power(decimals))) }
                fraction = fraction * 10 + r10 / d
                rest = r10 % d
            }
        }
        var scaled = whole * scale + fraction
        if rest >= d - rest { scaled += 1 }  // the remainder is at least half: away from zero
        return numerator < 0 ? -Int128(scaled) : Int128(scaled)
    }

    /// Rounded to `decimals` places, half away from zero, exactly.
    public func rounded(decimals: Int) -> Figure { Figure(units(decimals: decimals), over: Self.power(decimals)) }

    /// Fixed-point text with exactly `decimals` places; negative zero is shown as zero.
    public func fixed(_ decimals: Int) -> String {
        let units = self.units(decimals: decimals)
        let negative = units < 0
        var digits = String(units.magnitude)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (negative ? "-" : "") + digits
    }

    /// The figure as a JSON number: exact when its decimal expansion ends within 15 places,
    /// otherwise to 15 decimal places (far below any display rounding).
    public var jsonLiteral: String {
        var text = fixed(15)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    public var description: String { jsonLiteral }

    public var magnitude: Figure { numerator < 0 ? -self : self }

    public var double: Double { Double(numerator) / Double(denominator) }
}

/// A plain decimal as an integer count of 10^−scale: `629.0` is 6290 × 10^−1.
public struct ScaledDecimal: Sendable, Hashable {
    public let units: Int64
    public let scale: Int

    public init(units: Int64, scale: Int) {
        self.units = units
        self.scale = scale
    }

    /// Up to 18 significant digits; nil for anything that is not a plain decimal.
    public init?(_ raw: some StringProtocol) {
        var units: Int64 = 0
        var scale = 0, digits = 0
        var negative = false, seenDot = false, started = false
        for (offset, byte) in raw.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where offset == 0: negative = true
            case UInt8(ascii: "+") where offset == 0: break
            case UInt8(ascii: "."):
                guard !seenDot else { return nil }
                seenDot = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                started = true
                if units != 0 || byte != UInt8(ascii: "0") { digits += 1 }
                guard digits <= 18 else { return nil }
                units = units * 10 + Int64(byte - UInt8(ascii: "0"))
                if seenDot { scale += 1 }
            default: return nil
            }
        }
        guard started else { return nil }
        self.units = negative ? -units : units
        self.scale = scale
    }

    /// The same number with `scale` decimals (only ever more), nil if it would not fit.
    public func rescaled(to scale: Int) -> Int64? {
        var units = self.units
        for _ in self.scale..<max(self.scale, scale) {
            let (next, overflow) = units.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            units = next
        }
        return units
    }
}

