// The webhook delivery log: each notice queued for the operator's URL as one JSON body (the text
// in both languages, so a WeChat Work or DingTalk robot can carry it), tried until delivered or
// until `maxAttempts`, waiting longer after each failure. The server's deliverer does the POSTs.
import Foundation
import SQLKit
import TiaoduCore

public struct WebhookDelivery: Hashable, Sendable {
    public let id: Int64
    public let noticeID: Int64
    public let url: String
    /// the JSON body
    public let payload: String
    public let attempts: Int
    /// pending | delivered | failed
    public let status: String
    public let lastError: String?
    public let nextAt: Int64
    public let deliveredAt: Int64?
}

extension CasesRepository {
    public static let maxAttempts = 5

    /// Deliveries due for a try at `now` (milliseconds), oldest first.
    public func dueDeliveries(now: Int64, limit: Int = 50) async throws -> [WebhookDelivery] {
        try await sql.raw("""
            SELECT * FROM webhook_deliveries WHERE status = 'pending' AND next_at <= \(bind: now) ORDER BY id LIMIT \(literal: limit)
            """).all().map(Store.delivery)
    }

    /// The log, newest first.
    public func deliveries(limit: Int = 100) async throws -> [WebhookDelivery] {
        try await sql.raw("SELECT * FROM webhook_deliveries ORDER BY id DESC LIMIT \(literal: limit)").all().map(Store.delivery)
    }

    /// Records a try: delivered, or failed with the error (tried again after 30 s, 1, 2, 4 minutes…
    /// until `maxAttempts`, then failed for good).
    public func recordAttempt(_ id: Int64, delivered: Bool, error: String?, now: Int64) async throws {
        try await transaction { db in
            guard let row = try await db.raw("SELECT attempts FROM webhook_deliveries WHERE id = \(bind: id)").first() else { return }
            let attempts = try row.decode(column: "attempts", as: Int.self) + 1
            if delivered {
                try await db.raw("""
                    UPDATE webhook_deliveries SET attempts = \(bind: attempts), status = 'delivered', last_error = NULL, delivered_at = \(bind: now) WHERE id = \(bind: id)
                    """).run()
            } else {
                let status = attempts >= Self.maxAttempts ? "failed" : "pending"
                let wait = Int64(30_000) << Int64(min(attempts - 1, 10))
                try await db.raw("""
                    UPDATE webhook_deliveries SET attempts = \(bind: attempts), status = \(bind: status), last_error = \(bind: String((error ?? "").prefix(300))),
                        next_at = \(bind: now + wait) WHERE id = \(bind: id)
                    """).run()
            }
        }
    }
}

extension Store {
    static func queueDelivery(_ db: any SQLDatabase, noticeID: Int64, url: String, record: CaseRecord, unit: String, kind: String, zh: String) async throws {
        // the shape WeChat Work and DingTalk robots take ({"msgtype":"text","text":{"content":…}}),
        // with the case's fields beside it for any other receiver
        let body = WebhookBody(text: .init(content: zh), notice: .init(id: noticeID, kind: kind, to: unit, case: record.code, caseKind: record.kind.rawValue,
                                                                      title: record.title, due: record.clockDue?.description))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let payload = String(decoding: try encoder.encode(body), as: UTF8.self)
        let id = (try await db.raw("SELECT MAX(id) AS n FROM webhook_deliveries").first()?.decode(column: "n", as: Int64?.self) ?? 0) + 1
        try await db.raw("""
            INSERT INTO webhook_deliveries (id, notice_id, url, payload, attempts, status, next_at)
            VALUES (\(bind: id), \(bind: noticeID), \(bind: url), \(bind: payload), 0, 'pending', \(bind: Store.now()))
            """).run()
    }

    static func delivery(_ row: any SQLRow) throws -> WebhookDelivery {
        WebhookDelivery(id: try row.decode(column: "id", as: Int64.self), noticeID: try row.decode(column: "notice_id", as: Int64.self),
                        url: try row.decode(column: "url", as: String.self), payload: try row.decode(column: "payload", as: String.self),
                        attempts: try row.decode(column: "attempts", as: Int.self), status: try row.decode(column: "status", as: String.self),
                        lastError: try row.decode(column: "last_error", as: String?.self), nextAt: try row.decode(column: "next_at", as: Int64.self),
                        deliveredAt: try row.decode(column: "delivered_at", as: Int64?.self))
    }
}

/// The JSON a webhook receives.
struct WebhookBody: Encodable {
    struct Text: Encodable { let content: String }
    struct About: Encodable {
        let id: Int64
        let kind: String
        let to: String
        let `case`: String
        let caseKind: String
        let title: String
        let due: String?
    }
    var msgtype = "text"
    let text: Text
    let notice: About
}
