// The JSON shapes of the case engine's API, each an OpenAPIObject: the document's schemas are
// written from the same coding keys the responses encode. Here the 422 of a refused field and the
// schema helpers the shapes share; the shapes themselves by what they describe in CaseJSON+*.swift
// (the case and its events, the inbox and notices, the figures, the settings).
import Foundation
import TiaoduCore
import TiaoduStore

enum CaseJSON {
    /// A 422: what is wrong, the field at fault (null when no one field is), and for a list the
    /// bad items (as the API's other errors list them).
    struct Problem: OpenAPIObject {
        let error: String
        let field: String?
        let issues: [APIError.Body.Issue]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case error, field, issues
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .error: .string
            case .field: .string.nullable
            case .issues: .array(of: APIError.Body.Issue.openAPISchema)
            }
        }
    }

    /// A nested object, by its own schema.
    static func object<Value: OpenAPIObject>(_: Value.Type) -> OpenAPIProperty {
        guard case .object(let fields) = Value.openAPISchema else { return OpenAPIProperty(fields: [("type", .string("object"))]) }
        return OpenAPIProperty(fields: fields)
    }

    /// An array of strings (units as 321003 or dept:NAME).
    static var strings: OpenAPIProperty { .array(of: OpenAPIProperty.string.schema) }

    /// A figure as text with exactly one decimal (87.5).
    static var oneDecimal: OpenAPIProperty {
        OpenAPIProperty(fields: [("type", .string("string")), ("pattern", .string("^-?[0-9]+\\.[0-9]$"))])
    }
}
