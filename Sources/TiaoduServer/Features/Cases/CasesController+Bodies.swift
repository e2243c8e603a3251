// The request bodies of the case engine's API as decoded: raising a case, acting on it, a case
// type, an enterprise, the webhook. What a body leaves out is nil; the routes say what is required.
import Vapor

extension CasesController {
    struct RaiseInput: Decodable {
        let kind: String?
        let type: String?
        let title: String?
        let detail: String?
        let org: String?
        let enterprise: String?
        let project: String?
        let urgent: Bool?
        let due: String?
        let attachment: String?
    }

    struct ActionInput: Decodable {
        let action: String?
        let note: String?
        let attachment: String?
        let lead: String?
        let assisting: [String]?
        let due: String?
        let rating: String?
        let percent: Int?
        let days: Int?
        let version: Int?
    }

    struct TypeInput: Decodable {
        struct Limits: Decodable {
            let accept: Int?
            let signFor: Int?
            let assist: Int?
            let answer: Int?
            let objection: Int?
            let extensionMax: Int?
            let extensionNotice: Int?
        }
        let nameZh: String?
        let nameEn: String?
        let limits: Limits?
    }

    struct EnterpriseInput: Decodable {
        let code: String?
        let name: String?
        let org: String?
    }

    /// `{"url": "https://…"}` sets the address, `{"url": null}` removes it.
    struct WebhookInput: Decodable {
        let url: String?

        enum CodingKeys: String, CodingKey {
            case url
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            guard container.contains(.url) else {
                throw DecodingError.keyNotFound(CodingKeys.url, .init(codingPath: container.codingPath, debugDescription: "url is required (null removes the webhook)"))
            }
            url = try container.decodeIfPresent(String.self, forKey: .url)
        }
    }
}
