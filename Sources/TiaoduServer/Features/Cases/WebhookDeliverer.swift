// The webhook deliverer: while the server runs, every 30 s it makes the day's notices once per new
// day (the sweep: reminders, 催办, escalations) and POSTs the deliveries that are due to the
// operator's URL (a WeChat Work or DingTalk robot, or any receiver), 5 s at most each: a 2xx is
// delivered, anything else is recorded as the attempt's error and tried again later
// (CasesRepository.recordAttempt). The URL is never logged nor kept in an error: it may carry
// the robot's key. `tiaodu cases deliver` runs one round of the same.
import Vapor
import TiaoduCore
import TiaoduStore

/// What one round of deliveries did.
public struct WebhookRound: Sendable, Equatable {
    public let delivered: Int
    public let failed: Int
}

/// Tries each delivery due at `now` (milliseconds) once, recording every attempt.
@discardableResult
public func deliverOnce(store: Store, client: any Client, now: Int64) async throws -> WebhookRound {
    var delivered = 0, failed = 0
    for delivery in try await store.cases.dueDeliveries(now: now) {
        let error = await WebhookDeliverer.post(delivery, client: client)
        try await store.cases.recordAttempt(delivery.id, delivered: error == nil, error: error, now: now)
        if error == nil { delivered += 1 } else { failed += 1 }
    }
    return WebhookRound(delivered: delivered, failed: failed)
}

/// One round with an HTTP client of its own (the command line, where no server runs).
public func deliverOnce(store: Store, now: Int64) async throws -> WebhookRound {
    let app = try await Application.make(Environment(name: "production", arguments: ["tiaodu"]))
    do {
        let round = try await deliverOnce(store: store, client: app.client, now: now)
        try await app.asyncShutdown()
        return round
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
}

final class WebhookDeliverer: LifecycleHandler, @unchecked Sendable {
    /// how often it looks for work
    static let interval: UInt64 = 30_000_000_000
    /// the longest a receiver may take to answer, in seconds
    static let timeoutSeconds: Int64 = 5

    let store: Store
    private var task: Task<Void, Never>?

    init(store: Store) { self.store = store }

    func didBootAsync(_ application: Application) async throws {
        let (store, client, logger) = (self.store, application.client, application.logger)
        task = Task {
            var swept: Day?
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: WebhookDeliverer.interval)
                if Task.isCancelled { break }
                let today = store.clock.today
                do {
                    if swept != today {
                        let made = try await store.cases.sweep(today: today)
                        swept = today
                        logger.info("case notices of \(today): \(made) new")
                    }
                    let round = try await deliverOnce(store: store, client: client, now: Store.now())
                    if round.delivered + round.failed > 0 {
                        logger.info("webhook deliveries: \(round.delivered) delivered, \(round.failed) failed")
                    }
                } catch {
                    // a store error (busy, say): the next round tries again
                    logger.warning("case notices and webhooks: \(String(describing: type(of: error)))")
                }
            }
        }
    }

    func shutdownAsync(_ application: Application) async {
        task?.cancel()
    }

    /// POSTs the delivery's JSON; nil when delivered (2xx), else what went wrong, without the URL.
    static func post(_ delivery: WebhookDelivery, client: any Client) async -> String? {
        do {
            let request = ClientRequest(method: .POST, url: URI(string: delivery.url), headers: ["Content-Type": "application/json"],
                                        body: ByteBuffer(string: delivery.payload), timeout: .seconds(timeoutSeconds))
            let response = try await client.send(request)
            return (200..<300).contains(response.status.code) ? nil : "HTTP \(response.status.code)"
        } catch {
            return scrub(String(describing: error), url: delivery.url)
        }
    }

    /// An error's text with the URL, its host-and-path and its query taken out.
    static func scrub(_ text: String, url: String) -> String {
        var text = text
        var secrets = [url]
        if let components = URLComponents(string: url) {
            if let query = components.query, !query.isEmpty { secrets.append(query) }
            if !components.path.isEmpty, components.path != "/" { secrets.append(components.path) }
        }
        for secret in secrets.sorted(by: { $0.count > $1.count }) { text = text.replacingOccurrences(of: secret, with: "…") }
        return String(text.prefix(300))
    }
}
