// The typed HTML every page is built from. Text and attribute values are escaped when the page
// is rendered, by type: a `Node` made from a `String` is text, always; markup can come only from
// tag and attribute names written in this code (`StaticString`), never from data. So a name, a
// note or a query value typed by anyone can never become markup, whether or not a view author
// remembered to escape it. Pages build a `Node` tree and `Document` renders it once.
import TiaoduCore

struct Node: Sendable {
    fileprivate enum Content: Sendable {
        case text(String)
        case element(StaticString, Attributes, [Node])
        /// an element with no content and no end tag (`input`, `br`, `meta`)
        case void(StaticString, Attributes)
        case group([Node])
        /// markup fixed at compile time (the stylesheet): a `StaticString`, so never data
        case trusted(StaticString)
    }

    fileprivate let content: Content

    fileprivate init(_ content: Content) { self.content = content }

    /// Text, escaped when rendered.
    static func text(_ text: String) -> Node { Node(.text(text)) }
    /// Several nodes side by side, with nothing around them.
    static func group(_ nodes: [Node]) -> Node { Node(.group(nodes)) }
    static let empty = Node(.group([]))
    /// An element by its tag name (every named helper in Node+Tags comes here).
    static func element(_ tag: StaticString, _ children: [Node]) -> Node { Node(.element(tag, Attributes(), children)) }
    static func void(_ tag: StaticString) -> Node { Node(.void(tag, Attributes())) }
    /// Compile-time markup (the stylesheet). Data can never reach it: it takes no `String`.
    static func trusted(_ markup: StaticString) -> Node { Node(.trusted(markup)) }

    /// This node with an attribute added (an element's; text and groups take none).
    func attribute(_ added: Attribute) -> Node {
        switch content {
        case .element(let tag, var attributes, let children):
            attributes.append(added)
            return Node(.element(tag, attributes, children))
        case .void(let tag, var attributes):
            attributes.append(added)
            return Node(.void(tag, attributes))
        case .text, .group, .trusted:
            assertionFailure("attributes on a node that is not an element")
            return self
        }
    }

    var isEmpty: Bool {
        switch content {
        case let .group(nodes): return nodes.allSatisfy(\.isEmpty)
        case let .text(text): return text.isEmpty
        case .element, .void, .trusted: return false
        }
    }

    /// The HTML of this node.
    func render() -> String {
        var out = ""
        render(into: &out)
        return out
    }

    func render(into out: inout String) {
        switch content {
        case let .text(text): Self.escape(text, into: &out)
        case let .element(tag, attributes, children):
            Self.open(tag, attributes, into: &out)
            for child in children { child.render(into: &out) }
            out += "</"
            out += tag.description
            out += ">"
        case let .void(tag, attributes): Self.open(tag, attributes, into: &out)
        case let .group(nodes): for node in nodes { node.render(into: &out) }
        case let .trusted(markup): out += markup.description
        }
    }

    private static func open(_ tag: StaticString, _ attributes: Attributes, into out: inout String) {
        out += "<"
        out += tag.description
        if let first = attributes.first { write(first, into: &out) }
        for attribute in attributes.rest { write(attribute, into: &out) }
        out += ">"
    }

    private static func write(_ attribute: Attribute, into out: inout String) {
        if attribute.present {
            out += " "
            out += attribute.name.description
            if let value = attribute.value {
                out += "=\""
                escape(value, into: &out)
                out += "\""
            }
        }
    }

    /// The five characters that could end text or an attribute value, as entities.
    static func escape(_ text: String, into out: inout String) {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            out += text
            return
        }
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
    }
}

/// A string literal is text; an interpolation takes only values that are text themselves
/// (a `Node` cannot be interpolated, so markup is never flattened into text by mistake).
extension Node: ExpressibleByStringInterpolation {
    struct Interpolation: StringInterpolationProtocol {
        var text = ""
        init(literalCapacity: Int, interpolationCount: Int) { text.reserveCapacity(literalCapacity + 8 * interpolationCount) }
        mutating func appendLiteral(_ literal: String) { text += literal }
        mutating func appendInterpolation(_ value: String) { text += value }
        mutating func appendInterpolation(_ value: Int) { text += String(value) }
        mutating func appendInterpolation(_ value: Figure) { text += value.description }
        mutating func appendInterpolation(_ value: Period) { text += value.description }
        mutating func appendInterpolation(_ value: Day) { text += value.description }
    }

    init(stringLiteral value: String) { content = .text(value) }
    init(stringInterpolation: Interpolation) { content = .text(stringInterpolation.text) }
}

/// An element's attributes in the order given; the first is held inline, so the common element
/// with one attribute (`<td class="num">`) allocates nothing for it.
struct Attributes: Sendable {
    fileprivate(set) var first: Attribute?
    fileprivate(set) var rest: [Attribute] = []

    mutating func append(_ attribute: Attribute) {
        guard attribute.present else { return }
        if first == nil { first = attribute } else { rest.append(attribute) }
    }
}

/// One attribute: a name written in code, a value that is escaped (nil: a boolean attribute such
/// as `selected`). An absent attribute (`present` false) renders as nothing, so conditions stay
/// in the expression that builds the element.
struct Attribute: Sendable {
    let name: StaticString
    let value: String?
    let present: Bool

    init(_ name: StaticString, _ value: String?, when present: Bool = true) {
        self.name = name
        self.value = value
        self.present = present
    }

    /// A boolean attribute (`selected`, `required`, `download`), there only when `on`.
    static func flag(_ name: StaticString, _ on: Bool = true) -> Attribute { Attribute(name, nil, when: on) }
}

/// A whole page: the document around a body, rendered once.
enum Document {
    static func render(title: String, language: Language, body: Node) -> String {
        var out = "<!doctype html>\n"
        out.reserveCapacity(32_768)
        Node.html([
            .head([
                Node.meta().attr("charset", "utf-8"),
                Node.meta().attr("name", "viewport").attr("content", "width=device-width, initial-scale=1"),
                .title(.text(title)),
                .style(.trusted(Stylesheet.css)),
            ]),
            .body(body),
        ]).attr("lang", language == .zh ? "zh-Hans" : "en").render(into: &out)
        return out
    }
}
