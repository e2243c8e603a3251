// The API's one JSON writer. Objects keep their keys in order, strings are escaped by
// `JSONText.string` (as in the bulletin's JSON: `<` as \u003c), and figures are written as exact
// decimal literals, never through binary floating point. Responses without figures are
// `Encodable` types, turned into a `JSONValue` by `JSONValue(encoding:)`: keys in the order the
// type encodes them, nil written as null (the API never leaves a key out), floating point refused.
import Vapor
import TiaoduCore

enum JSONValue: Sendable {
    /// keys in the order given
    case object([(String, JSONValue)])
    case array([JSONValue])
    /// null when nil
    case string(String?)
    /// null when nil
    case int(Int?)
    case bool(Bool)
    case null
    /// an exact figure as its decimal literal; null when nil
    case figure(Figure?)
    /// a stored decimal text as a number literal, as entered when that is valid JSON (`629.0`
    /// stays `629.0`; `JSONText.number(text:)`); null when nil or not a number
    case decimal(String?)
    /// JSON text already written by a trusted writer (the stored contest rules), inserted as is
    case raw(String)

    /// Compact, as the API answers; `spaced` puts a space after `,` and `:` (the OpenAPI document).
    func render(spaced: Bool = false) -> String {
        var out = ""
        if case .array(let items) = self { out.reserveCapacity(items.count * 128) }
        write(to: &out, spaced: spaced)
        return out
    }

    private func write(to out: inout String, spaced: Bool) {
        switch self {
        case .object(let fields):
            out += "{"
            for (index, field) in fields.enumerated() {
                if index > 0 { out += spaced ? ", " : "," }
                JSONText.append(field.0, to: &out)
                out += spaced ? ": " : ":"
                field.1.write(to: &out, spaced: spaced)
            }
            out += "}"
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += spaced ? ", " : "," }
                item.write(to: &out, spaced: spaced)
            }
            out += "]"
        case .string(let text):
            if let text { JSONText.append(text, to: &out) } else { out += "null" }
        case .int(let number): out += JSONText.int(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .null: out += "null"
        case .figure(let figure): out += JSONText.number(figure)
        case .decimal(let text): out += JSONText.number(text: text)
        case .raw(let text): out += text
        }
    }
}

extension Response {
    static func json(_ value: JSONValue, status: HTTPStatus = .ok) -> Response {
        Response.json(value.render(), status: status)
    }

    /// A figure-free response type as JSON (see `JSONValue(encoding:)`).
    static func json(encoding value: some Encodable, status: HTTPStatus = .ok) throws -> Response {
        Response.json(try JSONValue(encoding: value), status: status)
    }
}

// MARK: - Encodable to JSONValue

extension JSONValue {
    /// An `Encodable` value as JSON: keys in the order the type encodes them (declaration order
    /// for synthesized conformances), nil optionals as null, integers as integers. Throws for
    /// `Double` and `Float`: numbers that are not whole are figures, written with `.figure`.
    init(encoding value: some Encodable) throws {
        let node = JSONNode()
        try value.encode(to: JSONValueEncoder(node: node, codingPath: []))
        self = node.value
    }
}

/// What has been encoded at one place: a single value, or an object or array being filled.
private final class JSONNode {
    var scalar: JSONValue?
    var fields: [(String, JSONNode)]?
    var items: [JSONNode]?

    var value: JSONValue {
        if let fields { return .object(fields.map { ($0.0, $0.1.value) }) }
        if let items { return .array(items.map { $0.value }) }
        return scalar ?? .null
    }

    func beginObject() {
        guard fields == nil else { return }
        scalar = nil
        items = nil
        fields = []
    }

    func beginArray() {
        guard items == nil else { return }
        scalar = nil
        fields = nil
        items = []
    }

    /// A new member of this object.
    func field(_ key: String) -> JSONNode {
        beginObject()
        let child = JSONNode()
        fields?.append((key, child))
        return child
    }

    /// A new element of this array.
    func item() -> JSONNode {
        beginArray()
        let child = JSONNode()
        items?.append(child)
        return child
    }
}

private struct JSONIndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }

    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { return nil }
}

private struct JSONValueEncoder: Encoder {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.beginObject()
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.beginArray()
        return JSONUnkeyedContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(node: node, codingPath: codingPath)
    }
}

/// Every value ends here; keyed and unkeyed containers encode through it.
private struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]

    private func whole(_ value: some BinaryInteger) throws -> JSONValue {
        guard let number = Int(exactly: value) else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "\(value) does not fit an Int"))
        }
        return .int(number)
    }

    private func refuse(_ value: Any) -> EncodingError {
        EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "no binary floating point in the API's JSON: write a figure"))
    }

    mutating func encodeNil() throws { node.scalar = .null }
    mutating func encode(_ value: Bool) throws { node.scalar = .bool(value) }
    mutating func encode(_ value: String) throws { node.scalar = .string(value) }
    mutating func encode(_ value: Double) throws { throw refuse(value) }
    mutating func encode(_ value: Float) throws { throw refuse(value) }
    mutating func encode(_ value: Int) throws { node.scalar = .int(value) }
    mutating func encode(_ value: Int8) throws { node.scalar = try whole(value) }
    mutating func encode(_ value: Int16) throws { node.scalar = try whole(value) }
    mutating func encode(_ value: Int32) throws { node.scalar = try whole(value) }
    mutating func encode(_ value: Int64) throws { node.scalar = try whole(value) }
    mutating func encode(_ value: UInt) throws { node.scalar = try whole(value) }
    mutating func encode(_ value: UInt8) throws { node.scalar = try whole(value) }
    mutating func encode(_ value: UInt16) throws { node.scalar = try whole(value) }
    mutating func encode(_ value: UInt32) throws { node.scalar = try whole(value) }
    mutating func encode(_ value: UInt64) throws { node.scalar = try whole(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: JSONValueEncoder(node: node, codingPath: codingPath))
    }
}

private struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    let codingPath: [any CodingKey]

    private func member<T: Encodable>(_ value: T, _ key: Key) throws {
        try value.encode(to: JSONValueEncoder(node: node.field(key.stringValue), codingPath: codingPath + [key as any CodingKey]))
    }

    /// The API writes an absent value as null, never leaves the key out.
    private func memberOrNull<T: Encodable>(_ value: T?, _ key: Key) throws {
        if let value { try member(value, key) } else { node.field(key.stringValue).scalar = .null }
    }

    mutating func encodeNil(forKey key: Key) throws { node.field(key.stringValue).scalar = .null }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try member(value, key) }
    mutating func encode(_ value: String, forKey key: Key) throws { try member(value, key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try member(value, key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try member(value, key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try member(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try member(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try member(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try member(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try member(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try member(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try member(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try member(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try member(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try member(value, key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try member(value, key) }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try memberOrNull(value, key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try memberOrNull(value, key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try memberOrNull(value, key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try memberOrNull(value, key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try memberOrNull(value, key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try memberOrNull(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try memberOrNull(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try memberOrNull(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try memberOrNull(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try memberOrNull(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try memberOrNull(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try memberOrNull(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try memberOrNull(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try memberOrNull(value, key) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try memberOrNull(value, key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        JSONValueEncoder(node: node.field(key.stringValue), codingPath: codingPath + [key as any CodingKey]).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        JSONValueEncoder(node: node.field(key.stringValue), codingPath: codingPath + [key as any CodingKey]).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        JSONValueEncoder(node: node.field("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        JSONValueEncoder(node: node.field(key.stringValue), codingPath: codingPath + [key as any CodingKey])
    }
}

private struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let node: JSONNode
    let codingPath: [any CodingKey]
    var count: Int { node.items?.count ?? 0 }

    /// The encoder of a new element.
    private func next() -> JSONValueEncoder {
        let path = codingPath + [JSONIndexKey(count) as any CodingKey]
        return JSONValueEncoder(node: node.item(), codingPath: path)
    }

    private func element<T: Encodable>(_ value: T) throws { try value.encode(to: next()) }

    mutating func encodeNil() throws { node.item().scalar = .null }
    mutating func encode(_ value: Bool) throws { try element(value) }
    mutating func encode(_ value: String) throws { try element(value) }
    mutating func encode(_ value: Double) throws { try element(value) }
    mutating func encode(_ value: Float) throws { try element(value) }
    mutating func encode(_ value: Int) throws { try element(value) }
    mutating func encode(_ value: Int8) throws { try element(value) }
    mutating func encode(_ value: Int16) throws { try element(value) }
    mutating func encode(_ value: Int32) throws { try element(value) }
    mutating func encode(_ value: Int64) throws { try element(value) }
    mutating func encode(_ value: UInt) throws { try element(value) }
    mutating func encode(_ value: UInt8) throws { try element(value) }
    mutating func encode(_ value: UInt16) throws { try element(value) }
    mutating func encode(_ value: UInt32) throws { try element(value) }
    mutating func encode(_ value: UInt64) throws { try element(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try element(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        next().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { next().unkeyedContainer() }

    mutating func superEncoder() -> any Encoder { next() }
}
