// Text as the XML of a workbook holds it, back to what was typed: the five named entities and
// numeric character references (`&#20013;`, `&#x4E2D;`), then — in cell text — OOXML's own escape
// `_xHHHH_` for characters XML cannot carry (a tab written as `_x0009_`, a literal `_x` as
// `_x005F_x`).
enum XMLText {
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            guard b == UInt8(ascii: "&"), let semicolon = bytes[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                out.append(b)
                i += 1
                continue
            }
            let name = bytes[(i + 1)..<semicolon]
            var scalar: Unicode.Scalar?
            switch String(decoding: name, as: UTF8.self) {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            case let reference where reference.hasPrefix("#x") || reference.hasPrefix("#X"):
                scalar = UInt32(reference.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            case let reference where reference.hasPrefix("#"):
                scalar = UInt32(reference.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
            default: break
            }
            if let scalar {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i = semicolon + 1
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Cell text: entities, then `_xHHHH_` escapes.
    static func cell(_ bytes: ArraySlice<UInt8>) -> String {
        let text = decode(bytes)
        guard text.contains("_x") else { return text }
        return unescapeOOXML(text)
    }

    static func unescapeOOXML(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "_", i + 6 < scalars.count, scalars[i + 1] == "x", scalars[i + 6] == "_" {
                let hex = String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 6)]))
                if hex.unicodeScalars.allSatisfy({ $0.properties.isASCIIHexDigit }), let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                    out.append(scalar)
                    i += 7
                    continue
                }
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }
}
