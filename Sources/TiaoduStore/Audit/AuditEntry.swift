// One line of the audit log as read back (the action as stored: AuditAction's rawValue, or an
// older name; the source: WriteSource's rawValue, or "web"/"cli"/"import" in entries written
// before the sources were typed).
/// One line of the audit log.
public struct AuditEntry: Sendable, Equatable {
    public let id: Int64
    public let at: Int64
    public let actor: String
    public let action: String
    public let object: String
    public let before: String?
    public let after: String?
    public let source: String
}
