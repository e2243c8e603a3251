// Attributes as modifiers on an element: `.td("3").class("num")`, `.option(…).flag("selected",
// chosen)`. Values are escaped when rendered; a nil value leaves the attribute out.
extension Node {
    func attr(_ name: StaticString, _ value: String?) -> Node {
        attribute(Attribute(name, value ?? "", when: value != nil))
    }

    /// A boolean attribute, there only when `on`.
    func flag(_ name: StaticString, _ on: Bool = true) -> Node { attribute(.flag(name, on)) }

    func `class`(_ value: String?) -> Node { attr("class", value) }
    func id(_ value: String?) -> Node { attr("id", value) }
    /// A link target. Build it with `Link` so path segments and query values are percent-encoded.
    func href(_ value: String) -> Node { attr("href", value) }
    func title(_ value: String?) -> Node { attr("title", value) }
    func name(_ value: String) -> Node { attr("name", value) }
    func value(_ value: String) -> Node { attr("value", value) }
    func type(_ value: StaticString) -> Node { attr("type", value.description) }
    func scope(_ value: StaticString) -> Node { attr("scope", value.description) }
    func role(_ value: StaticString) -> Node { attr("role", value.description) }
    func lang(_ value: String) -> Node { attr("lang", value) }
    func style(_ value: String?) -> Node { attr("style", value) }
    func ariaLabel(_ value: String) -> Node { attr("aria-label", value) }
    func placeholder(_ value: String) -> Node { attr("placeholder", value) }
    func colspan(_ value: Int) -> Node { attr("colspan", String(value)) }
    func rowspan(_ value: Int) -> Node { attr("rowspan", String(value)) }
    /// A form: where it posts or gets.
    func action(_ path: String) -> Node { attr("action", path) }
    func method(_ value: StaticString) -> Node { attr("method", value.description) }
    /// A label for the control with this id.
    func labelFor(_ id: String) -> Node { attr("for", id) }
}

extension Node {
    /// `<input type="hidden">` carrying a name and value through a form.
    static func hidden(_ name: String, _ value: String) -> Node {
        input().type("hidden").name(name).value(value)
    }
}
