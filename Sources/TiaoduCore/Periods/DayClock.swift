// The one clock business dates come from: today in China, or a fixed day (the demo stands on
// 2021-09-30). What is overdue, which month may be entered, which blockers were open: all ask
// this clock. Record timestamps (the audit log, the history) are the real time, always.
import Foundation

public struct DayClock: Sendable, Equatable {
    /// the day it always says (nil: the real date in China)
    public let fixedDay: Day?

    public static let system = DayClock(fixedDay: nil)
    public static func fixed(_ day: Day) -> DayClock { DayClock(fixedDay: day) }

    public var today: Day {
        fixedDay ?? Day(millisecondsSince1970: Int64((Date().timeIntervalSince1970 * 1000).rounded()))
    }
}
