// A small deterministic generator (SplitMix64): the demo's invented figures are the same on
// every machine and every run.

struct DemoRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in the range.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// A factor 1 + x with x uniform in ±spread, in ten-thousandths.
    mutating func factor(per10k spread: Int) -> Int { 10_000 + int(-spread...spread) }
}

/// Hundredths as decimal text: 123456 → "1234.56".
func centsText(_ cents: Int) -> String {
    let sign = cents < 0 ? "-" : ""
    let magnitude = abs(cents)
    let fraction = magnitude % 100
    return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}

/// Tenths as decimal text: 87 → "8.7".
func tenthsText(_ tenths: Int) -> String {
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
}
