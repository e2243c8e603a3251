// Rows as stored, with the decimal text exactly as entered and who changed it when.
import TiaoduCore

public struct StoredValue: Sendable, Equatable {
    public let org: String
    public let indicator: String
    public let period: String
    public let value: String?
    public let growth: String?
    public let updatedAt: Int64
    public let updatedBy: String
}

public struct StoredTarget: Sendable, Equatable {
    public let org: String
    public let indicator: String
    public let year: Int
    public let type: String
    public let value: String
    public let updatedAt: Int64
    public let updatedBy: String
}

/// One change in the value history: kind is `value` or `target`; `extra` is the growth
/// (values) or the target type (targets).
public struct HistoryEntry: Sendable, Equatable {
    public let kind: String
    public let org: String
    public let indicator: String
    public let period: String
    public let oldValue: String?
    public let oldExtra: String?
    public let newValue: String?
    public let newExtra: String?
    public let changedAt: Int64
    public let changedBy: String
    public let source: String
}
