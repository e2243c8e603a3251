// The smallest XML scanner the parts of a workbook need: it is fed the bytes of a part chunk by
// chunk as they come out of the ZIP entry, and calls its handler with each start tag, end tag and
// run of text — so a sheet of a million rows is read in constant memory. Tags and text are
// handed over as slices of its buffer (no copy); names lose their namespace prefix (`x:row` is
// `row`). A DOCTYPE is refused (no entity expansion, no external anything); comments, processing
// instructions and the XML declaration are skipped; CDATA is text.

/// A start tag: its local name and its attributes, read on demand from the raw bytes.
struct XMLTag {
    let name: ArraySlice<UInt8>
    let raw: ArraySlice<UInt8>

    /// The value of an attribute by its full name as written (`r`, `t`, `r:id`), entity-decoded.
    func attribute(_ wanted: String) -> String? {
        guard let bytes = attributeBytes(wanted) else { return nil }
        return XMLText.decode(bytes)
    }

    /// The raw bytes of an attribute's value.
    func attributeBytes(_ wanted: String) -> ArraySlice<UInt8>? {
        let key = Array(wanted.utf8)
        var i = raw.startIndex
        let end = raw.endIndex
        while i < end {
            while i < end, XMLScanner.isSpace(raw[i]) { i += 1 }
            let nameStart = i
            while i < end, raw[i] != UInt8(ascii: "="), !XMLScanner.isSpace(raw[i]) { i += 1 }
            let name = raw[nameStart..<i]
            while i < end, raw[i] != UInt8(ascii: "\""), raw[i] != UInt8(ascii: "'") { i += 1 }
            guard i < end else { return nil }
            let quote = raw[i]
            i += 1
            let valueStart = i
            while i < end, raw[i] != quote { i += 1 }
            let value = raw[valueStart..<min(i, end)]
            i += 1
            if name.elementsEqual(key) { return value }
        }
        return nil
    }

    /// Whether the local name is `name` (ASCII).
    func `is`(_ wanted: StaticString) -> Bool { XMLScanner.equal(name, wanted) }
}

protocol XMLHandler {
    mutating func start(_ tag: XMLTag, selfClosing: Bool) throws(SheetError)
    mutating func end(_ name: ArraySlice<UInt8>) throws(SheetError)
    mutating func text(_ bytes: ArraySlice<UInt8>) throws(SheetError)
}

struct XMLScanner {
    private var buffer: [UInt8] = []
    private var start = 0
    /// elements open now: an end tag with none open, or a part that ends with some, is broken
    private var depth = 0
    /// the part being read, for error messages
    let part: String

    init(part: String) { self.part = part }

    /// Scans what `chunk` completes; keeps an unfinished tag or text for the next chunk.
    mutating func feed<H: XMLHandler>(_ chunk: some Collection<UInt8>, into handler: inout H) throws(SheetError) {
        buffer.append(contentsOf: chunk)
        try scan(&handler, final: false)
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
    }

    /// The end of the part: anything left must be whitespace.
    mutating func finish<H: XMLHandler>(_ handler: inout H) throws(SheetError) {
        try scan(&handler, final: true)
        if depth != 0 || buffer[start...].contains(where: { !Self.isSpace($0) }) { throw .badXML(part: part, detail: "unexpected end of the part") }
        buffer = []
        start = 0
    }

    private mutating func scan<H: XMLHandler>(_ handler: inout H, final: Bool) throws(SheetError) {
        let count = buffer.count
        while start < count {
            if buffer[start] != UInt8(ascii: "<") {
                guard let lt = buffer[start...].firstIndex(of: UInt8(ascii: "<")) else {
                    if final { try handler.text(buffer[start..<count]); start = count }
                    return
                }
                try handler.text(buffer[start..<lt])
                start = lt
                continue
            }
            // a markup construct starting at `start`
            guard start + 1 < count else { return }
            let next = buffer[start + 1]
            if next == UInt8(ascii: "?") {
                guard let close = find([UInt8(ascii: "?"), UInt8(ascii: ">")], from: start + 2) else { return }
                start = close + 2
            } else if next == UInt8(ascii: "!") {
                if starts(with: "<!--") {
                    guard let close = find(Array("-->".utf8), from: start + 4) else { return }
                    start = close + 3
                } else if starts(with: "<![CDATA[") {
                    guard let close = find(Array("]]>".utf8), from: start + 9) else { return }
                    try handler.text(buffer[(start + 9)..<close])
                    start = close + 3
                } else {
                    guard start + 9 <= count else { return }
                    throw .badXML(part: part, detail: "a DOCTYPE or other declaration, which a workbook never has")
                }
            } else if next == UInt8(ascii: "/") {
                guard let gt = buffer[(start + 2)...].firstIndex(of: UInt8(ascii: ">")) else { return }
                var nameEnd = gt
                while nameEnd > start + 2, Self.isSpace(buffer[nameEnd - 1]) { nameEnd -= 1 }
                let name = buffer[(start + 2)..<nameEnd]
                depth -= 1
                if depth < 0 || name.isEmpty || name.contains(UInt8(ascii: "<")) { throw .badXML(part: part, detail: "a misplaced end tag") }
                try handler.end(Self.local(name))
                start = gt + 1
            } else {
                // a start tag: find its '>' outside quoted attribute values
                var i = start + 1
                var quote: UInt8 = 0
                var gt: Int?
                while i < count {
                    let b = buffer[i]
                    if quote != 0 {
                        if b == quote { quote = 0 }
                    } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                        quote = b
                    } else if b == UInt8(ascii: ">") {
                        gt = i
                        break
                    }
                    i += 1
                }
                guard let gt else { return }
                let selfClosing = buffer[gt - 1] == UInt8(ascii: "/")
                let inner = buffer[(start + 1)..<(selfClosing ? gt - 1 : gt)]
                var nameEnd = inner.startIndex
                while nameEnd < inner.endIndex, !Self.isSpace(inner[nameEnd]) { nameEnd += 1 }
                let name = inner[inner.startIndex..<nameEnd]
                if name.isEmpty || name.contains(UInt8(ascii: "<")) { throw .badXML(part: part, detail: "a broken tag") }
                let tag = XMLTag(name: Self.local(name), raw: inner[nameEnd...])
                try handler.start(tag, selfClosing: selfClosing)
                if selfClosing { try handler.end(tag.name) } else { depth += 1 }
                start = gt + 1
            }
        }
    }

    private func starts(with text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard start + bytes.count <= buffer.count else { return false }
        return buffer[start..<(start + bytes.count)].elementsEqual(bytes)
    }

    private func find(_ needle: [UInt8], from: Int) -> Int? {
        guard needle.count <= buffer.count else { return nil }
        var i = from
        let last = buffer.count - needle.count
        while i <= last {
            if buffer[i] == needle[0], buffer[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// The name without its namespace prefix.
    static func local(_ name: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let colon = name.lastIndex(of: UInt8(ascii: ":")) else { return name }
        return name[(colon + 1)...]
    }

    static func equal(_ bytes: ArraySlice<UInt8>, _ text: StaticString) -> Bool {
        guard bytes.count == text.utf8CodeUnitCount else { return false }
        return text.withUTF8Buffer { bytes.elementsEqual($0) }
    }
}
