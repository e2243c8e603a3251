// docProps/app.xml and docProps/core.xml: the application and the creator ("Tiaodu"), and the
// creation time only when the caller gives one, so that the same sheets always make the same
// bytes. A time is accepted as W3CDTF, the form these parts require: 2021-10-05 (taken as
// midnight UTC), 2021-10-05T08:30:00 (taken as UTC), or with Z or an offset (+08:00); any other
// text is left out rather than written into a file a reader would refuse.

enum DocumentProperties {
    static func app() -> [UInt8] {
        var xml = XMLBytes(capacity: 512)
        xml.raw(XMLBytes.declaration)
        xml.raw("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"")
        xml.raw(" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">")
        xml.raw("<Application>Tiaodu</Application></Properties>")
        return xml.bytes
    }

    static func core(created: String?) -> [UInt8] {
        var xml = XMLBytes(capacity: 1024)
        xml.raw(XMLBytes.declaration)
        xml.raw("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
        xml.raw(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
        xml.raw(" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        xml.raw("<dc:creator>Tiaodu</dc:creator>")
        if let stamp = created.flatMap(timestamp) {
            xml.raw("<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
            xml.plain(stamp)
            xml.raw("</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">")
            xml.plain(stamp)
            xml.raw("</dcterms:modified>")
        }
        xml.raw("</cp:coreProperties>")
        return xml.bytes
    }

    /// The time as W3CDTF with seconds and a zone, or nil when it is not one of the accepted forms.
    static func timestamp(_ text: String) -> String? {
        let b = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Bool {
            range.allSatisfy { b[$0] >= UInt8(ascii: "0") && b[$0] <= UInt8(ascii: "9") }
        }
        func at(_ i: Int, _ character: Unicode.Scalar) -> Bool { b[i] == UInt8(ascii: character) }
        guard b.count >= 10, digits(0..<4), at(4, "-"), digits(5..<7), at(7, "-"), digits(8..<10) else { return nil }
        if b.count == 10 { return text + "T00:00:00Z" }
        guard b.count >= 19, at(10, "T"), digits(11..<13), at(13, ":"), digits(14..<16), at(16, ":"), digits(17..<19)
        else { return nil }
        switch b.count {
        case 19:
            return text + "Z"
        case 20:
            return at(19, "Z") ? text : nil
        case 25:
            let signed = at(19, "+") || at(19, "-")
            return signed && digits(20..<22) && at(22, ":") && digits(23..<25) ? text : nil
        default:
            return nil
        }
    }
}
