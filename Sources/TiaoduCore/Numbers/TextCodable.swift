// Types that are written as their text (`2021-08`, `629.0`, `plan:…`) share one Codable
// implementation: encode the description, decode through the failable text initialiser.

protocol TextCodable: Codable, CustomStringConvertible {
    init?(codedText: String)
}

extension TextCodable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(codedText: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a valid \(Self.self): \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Figure: Codable, TextCodable {
    init?(codedText: String) { self.init(codedText) }
}

extension Period: Codable, TextCodable {
    init?(codedText: String) { self.init(codedText) }
}

extension ScheduleRule: Codable, TextCodable {
    init?(codedText: String) { self.init(codedText) }
}
