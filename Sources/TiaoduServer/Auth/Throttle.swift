// Sign-in throttling: after 5 failures for a login (known or not) or from an address, each
// further attempt must wait longer (2, 4, 8 … up to 300 seconds). A success clears the login.
import Foundation

actor Throttle {
    private var failures: [String: (count: Int, last: Date)] = [:]
    static let free = 5

    /// Seconds to wait before the next attempt for any of `keys` (0: go ahead).
    func wait(_ keys: [String], now: Date = Date()) -> Int {
        keys.compactMap { key -> Int? in
            guard let entry = failures[key], entry.count >= Self.free else { return nil }
            let delay = min(300, 1 << min(entry.count - Self.free + 1, 9))
            let remaining = Double(delay) - now.timeIntervalSince(entry.last)
            return remaining > 0 ? Int(remaining.rounded(.up)) : nil
        }.max() ?? 0
    }

    func failed(_ keys: [String], now: Date = Date()) {
        for key in keys { failures[key] = ((failures[key]?.count ?? 0) + 1, now) }
        if failures.count > 100_000 { failures = failures.filter { now.timeIntervalSince($0.value.last) < 3600 } }
    }

    func succeeded(_ key: String) { failures[key] = nil }

    private var throttled: [String: (count: Int, written: Date)] = [:]

    /// Counts a throttled attempt from `address`; returns the count to record when a minute has
    /// passed since the last record for it (nil: counted, nothing to write now).
    func throttledAttempt(_ address: String, now: Date = Date()) -> Int? {
        var entry = throttled[address] ?? (0, .distantPast)
        entry.count += 1
        defer { if throttled.count > 100_000 { throttled = throttled.filter { now.timeIntervalSince($0.value.written) < 3600 } } }
        guard now.timeIntervalSince(entry.written) >= 60 else { throttled[address] = entry; return nil }
        throttled[address] = (0, now)
        return entry.count
    }
}
