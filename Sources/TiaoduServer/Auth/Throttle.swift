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

    /// Throttled attempts per address in the current minute: the first is written at once, the
    /// rest counted (with up to five of the logins tried) and written when the minute is over.
    private var throttled: [String: (since: Date, count: Int, logins: [String])] = [:]

    /// Counts a throttled attempt; true when it opens a minute (write it now).
    func throttledAttempt(_ address: String, login: String, now: Date = Date()) -> Bool {
        guard var entry = throttled[address], now.timeIntervalSince(entry.since) < 60 else {
            if throttled.count > 100_000 { throttled = [:] }
            throttled[address] = (now, 0, [])
            return true
        }
        entry.count += 1
        if entry.logins.count < 5, !entry.logins.contains(login) { entry.logins.append(login) }
        throttled[address] = entry
        return false
    }

    /// The minutes that are over and had attempts beyond their first: to be written.
    func drainThrottled(now: Date = Date()) -> [(address: String, since: Date, count: Int, logins: [String])] {
        let over = throttled.filter { now.timeIntervalSince($0.value.since) >= 60 }
        for key in over.keys { throttled[key] = nil }
        return over.filter { $0.value.count > 0 }.map { ($0.key, $0.value.since, $0.value.count, $0.value.logins) }
    }
}
