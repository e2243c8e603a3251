// The workbook's shared strings table: every text cell refers to one entry by index (t="s") —
// which is also why no text, however it starts (=, +, -, @), is ever taken for a formula. Texts
// are told apart by their exact bytes (not by Swift's canonical equivalence, which would merge
// differently typed accents), and xl/sharedStrings.xml counts the references (count) and the
// entries (uniqueCount).

struct SharedStrings {
    /// A text compared and hashed by its UTF-8 bytes.
    struct Key: Hashable {
        let text: String

        static func == (a: Key, b: Key) -> Bool {
            a.text.utf8.count == b.text.utf8.count && a.text.utf8.elementsEqual(b.text.utf8)
        }

        func hash(into hasher: inout Hasher) {
            var text = self.text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    private(set) var strings: [String] = []
    /// How many cells refer to the table.
    private(set) var references = 0
    private var indices: [Key: Int] = [:]

    /// The index of a text, added on first use; counts one more reference.
    mutating func index(of text: String) -> Int {
        references += 1
        let key = Key(text: text)
        if let known = indices[key] { return known }
        let index = strings.count
        strings.append(text)
        indices[key] = index
        return index
    }

    func part() -> [UInt8] {
        var size = 512
        for text in strings { size += text.utf8.count + 48 }
        var xml = XMLBytes(capacity: size)
        xml.raw(XMLBytes.declaration)
        xml.raw("<sst xmlns=\"")
        xml.raw(XMLBytes.mainNamespace)
        xml.raw("\" count=\"")
        xml.int(references)
        xml.raw("\" uniqueCount=\"")
        xml.int(strings.count)
        guard !strings.isEmpty else {
            xml.raw("\"/>")
            return xml.bytes
        }
        xml.raw("\">")
        for text in strings {
            xml.raw(Self.keepsSpaces(text) ? "<si><t xml:space=\"preserve\">" : "<si><t>")
            xml.text(text)
            xml.raw("</t></si>")
        }
        xml.raw("</sst>")
        return xml.bytes
    }

    /// Whether the text needs xml:space="preserve": whitespace at either end, or a line break or tab inside.
    static func keepsSpaces(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first.properties.isWhitespace || last.properties.isWhitespace { return true }
        return text.utf8.contains { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
    }
}
