// How far a workbook may expand as it is read. A sheet is streamed, so memory does not grow with
// it, but a ZIP bomb (a few kilobytes that inflate to gigabytes) would still cost minutes: each
// part stops at `partBytes`, and at `ratio` times its compressed size once past `slack` (real
// sheets compress 5 to 50 times; deflate itself cannot pass about 1,030).
public struct ZipLimits: Sendable, Hashable {
    public var partBytes: Int64
    public var ratio: Int64
    public var slack: Int64
    /// the shared strings are held in memory while the sheet is read: their own cap
    public var sharedStringBytes: Int64

    public init(partBytes: Int64 = 2 << 30, ratio: Int64 = 200, slack: Int64 = 16 << 20, sharedStringBytes: Int64 = 512 << 20) {
        (self.partBytes, self.ratio, self.slack, self.sharedStringBytes) = (partBytes, ratio, slack, sharedStringBytes)
    }

    public static let standard = ZipLimits()

    /// The most a part of `compressed` bytes may expand to.
    func allowed(compressed: Int64, cap: Int64) -> Int64 {
        min(cap, max(slack, compressed.multipliedReportingOverflow(by: ratio).overflow ? Int64.max : compressed * ratio))
    }
}
