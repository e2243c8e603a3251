// Times as pages show them: China Standard Time, to the minute (lists of states and moves) or to
// the second (histories and the audit log), from the store's milliseconds.
import Foundation

struct Timestamp {
    private let formatter = DateFormatter()

    init(seconds: Bool = false) {
        formatter.dateFormat = seconds ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm"
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
    }

    func text(_ milliseconds: Int64) -> String {
        formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
    }
}
