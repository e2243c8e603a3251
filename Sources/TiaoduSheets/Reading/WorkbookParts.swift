// The small parts that tell how to read a sheet: the workbook (its sheets in order, hidden or not,
// and whether dates count from 1904), its relationships (which file each sheet is), the styles
// (which cell formats are dates) and the shared strings (the text of every `t="s"` cell).

import Foundation

/// `xl/workbook.xml`: the sheets and the date system.
struct WorkbookHandler: XMLHandler {
    var sheets: [(name: String, id: String, hidden: Bool)] = []
    var date1904 = false

    mutating func start(_ tag: XMLTag, selfClosing: Bool) throws(SheetError) {
        if tag.is("workbookPr") {
            let value = tag.attribute("date1904")
            date1904 = value == "1" || value == "true"
        } else if tag.is("sheet") {
            guard let name = tag.attribute("name") else { return }
            // the relationship id: `r:id`, whatever prefix the writer bound to that namespace
            let id = tag.attribute("r:id") ?? Self.prefixedID(tag) ?? ""
            let state = tag.attribute("state")
            sheets.append((name, id, state == "hidden" || state == "veryHidden"))
        }
    }

    private static func prefixedID(_ tag: XMLTag) -> String? {
        let text = String(decoding: tag.raw, as: UTF8.self)
        guard let range = text.range(of: #"[A-Za-z0-9_]+:id\s*=\s*["']([^"']*)["']"#, options: .regularExpression) else { return nil }
        let match = text[range]
        guard let quote = match.firstIndex(where: { $0 == "\"" || $0 == "'" }) else { return nil }
        return String(match[match.index(after: quote)...].dropLast())
    }

    mutating func end(_ name: ArraySlice<UInt8>) throws(SheetError) {}
    mutating func text(_ bytes: ArraySlice<UInt8>) throws(SheetError) {}
}

/// `xl/_rels/workbook.xml.rels`: relationship id → part.
struct RelationshipsHandler: XMLHandler {
    var targets: [String: String] = [:]

    mutating func start(_ tag: XMLTag, selfClosing: Bool) throws(SheetError) {
        guard tag.is("Relationship"), let id = tag.attribute("Id"), let target = tag.attribute("Target") else { return }
        targets[id] = target
    }

    mutating func end(_ name: ArraySlice<UInt8>) throws(SheetError) {}
    mutating func text(_ bytes: ArraySlice<UInt8>) throws(SheetError) {}
}

/// `xl/styles.xml`: for each cell format (`s` of a cell), whether it shows a date and how.
struct StylesHandler: XMLHandler {
    private var customFormats: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inCellFormats = false

    mutating func start(_ tag: XMLTag, selfClosing: Bool) throws(SheetError) {
        if tag.is("numFmt"), let id = tag.attribute("numFmtId").flatMap({ Int($0) }), let code = tag.attribute("formatCode") {
            customFormats[id] = code
        } else if tag.is("cellXfs") {
            inCellFormats = !selfClosing
        } else if tag.is("xf"), inCellFormats {
            formatIDs.append(tag.attribute("numFmtId").flatMap { Int($0) } ?? 0)
        }
    }

    mutating func end(_ name: ArraySlice<UInt8>) throws(SheetError) {
        if XMLScanner.equal(name, "cellXfs") { inCellFormats = false }
    }

    mutating func text(_ bytes: ArraySlice<UInt8>) throws(SheetError) {}

    /// The date shape of each cell format, by its index (nil: not a date).
    var dateStyles: [DateShape?] {
        formatIDs.map { id in DateShape.of(formatID: id, code: customFormats[id]) }
    }
}

/// `xl/sharedStrings.xml`: each `<si>`'s text — its `<t>` runs joined, phonetic guides (`<rPh>`) left out.
struct SharedStringsHandler: XMLHandler {
    var strings: [String] = []
    private var current: [UInt8] = []
    private var inItem = false, inText = false, inPhonetic = false

    mutating func start(_ tag: XMLTag, selfClosing: Bool) throws(SheetError) {
        if tag.is("si") {
            inItem = true
            current.removeAll(keepingCapacity: true)
        } else if tag.is("rPh") {
            inPhonetic = true
        } else if tag.is("t") {
            inText = inItem && !inPhonetic && !selfClosing
        }
    }

    mutating func end(_ name: ArraySlice<UInt8>) throws(SheetError) {
        if XMLScanner.equal(name, "si") {
            strings.append(XMLText.cell(current[...]))
            inItem = false
        } else if XMLScanner.equal(name, "rPh") {
            inPhonetic = false
        } else if XMLScanner.equal(name, "t") {
            inText = false
        }
    }

    mutating func text(_ bytes: ArraySlice<UInt8>) throws(SheetError) {
        if inText { current.append(contentsOf: bytes) }
    }
}

extension ZipPackage {
    /// Scans a whole part with `handler`.
    func scan<H: XMLHandler>(_ path: String, cap: Int64? = nil, into handler: inout H) throws(SheetError) {
        var scanner = XMLScanner(part: path)
        try stream(path, cap: cap) { (chunk) throws(SheetError) in try scanner.feed(chunk, into: &handler) }
        try scanner.finish(&handler)
    }
}
