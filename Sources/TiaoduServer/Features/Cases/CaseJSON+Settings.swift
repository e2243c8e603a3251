// The JSON shapes of the engine's settings: case types and their limits, enterprises, the
// webhook (its address masked) and its delivery log.
import Foundation
import TiaoduCore
import TiaoduStore

extension CaseJSON {
    /// A type's working-day limits, by the names CaseLimits gives them.
    struct Limits: OpenAPIObject {
        let accept: Int
        let signFor: Int
        let assist: Int
        let answer: Int
        let objection: Int
        let extensionMax: Int
        let extensionNotice: Int

        init(_ l: CaseLimits) {
            (accept, signFor, assist, answer) = (l.accept, l.signFor, l.assist, l.answer)
            (objection, extensionMax, extensionNotice) = (l.objection, l.extensionMax, l.extensionNotice)
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case accept, signFor, assist, answer, objection, extensionMax, extensionNotice
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .integer }
    }

    struct TypeEntry: OpenAPIObject {
        let kind: CaseKind
        let code: String
        let nameZh: String
        let nameEn: String
        /// in the request's language
        let name: String
        let limits: Limits

        init(_ t: CaseType, _ l: Language) {
            (kind, code, nameZh, nameEn, name, limits) = (t.kind, t.code, t.nameZh, t.nameEn, t.name(l), Limits(t.limits))
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case kind, code, nameZh, nameEn, name, limits
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .kind: .oneOf(CaseKind.self)
            case .code, .nameZh, .nameEn, .name: .string
            case .limits: CaseJSON.object(Limits.self)
            }
        }
    }

    struct Types: OpenAPIObject {
        let types: [TypeEntry]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case types
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .array(of: TypeEntry.openAPISchema) }
    }

    struct EnterpriseEntry: OpenAPIObject {
        let code: String
        let name: String
        let org: String

        init(_ e: Enterprise) { (code, name, org) = (e.code, e.name, e.org) }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case code, name, org
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .string }
    }

    struct Enterprises: OpenAPIObject {
        let enterprises: [EnterpriseEntry]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case enterprises
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .array(of: EnterpriseEntry.openAPISchema) }
    }

    struct Saved: OpenAPIObject {
        let saved: Int

        enum CodingKeys: String, CodingKey, CaseIterable {
            case saved
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .integer }
    }

    /// The webhook notices are POSTed to: whether one is set, and its address without its path
    /// or query (a robot's key travels there, so the full URL is never echoed).
    struct Webhook: OpenAPIObject {
        let configured: Bool
        let url: String?

        init(_ url: String?) { (configured, self.url) = (url != nil, url.map(CaseJSON.masked)) }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case configured, url
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .configured: .boolean
            case .url: .string.nullable
            }
        }
    }

    /// One notice's delivery to the webhook: its tries and how they went.
    struct Delivery: OpenAPIObject {
        let id: Int64
        let notice: Int64
        /// the address without its path or query
        let url: String
        let attempts: Int
        /// pending | delivered | failed
        let status: String
        let lastError: String?
        /// milliseconds since 1970
        let nextAt: Int64
        let deliveredAt: Int64?

        init(_ d: WebhookDelivery) {
            let url = CaseJSON.masked(d.url)
            (id, notice, self.url, attempts, status) = (d.id, d.noticeID, url, d.attempts, d.status)
            // an error text may quote the address it failed to reach
            lastError = d.lastError.map { d.url.isEmpty ? $0 : $0.replacingOccurrences(of: d.url, with: url) }
            (nextAt, deliveredAt) = (d.nextAt, d.deliveredAt)
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, notice, url, attempts, status, lastError, nextAt, deliveredAt
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .id, .notice, .attempts, .nextAt: .integer
            case .url, .status: .string
            case .lastError: .string.nullable
            case .deliveredAt: .integer.nullable
            }
        }
    }

    struct Deliveries: OpenAPIObject {
        let deliveries: [Delivery]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case deliveries
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty { .array(of: Delivery.openAPISchema) }
    }

    /// A URL's scheme and host only (https://qyapi.weixin.qq.com/…): no user, path or query.
    static func masked(_ url: String) -> String {
        guard let range = url.range(of: "://") else { return "…" }
        let scheme = url[..<range.upperBound]
        let rest = url[range.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.split(separator: "@", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        return String(scheme) + host + (authority.count < rest.count || authority.contains("@") ? "/…" : "")
    }
}
