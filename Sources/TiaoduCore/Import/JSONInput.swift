// Reads a JSON array of flat objects into records for the import pipeline, keeping every
// number exactly as written (a JSON number never passes through binary floating point here).
// `[{"org":"hanjiang","indicator":"sales","period":"2021-08","value":123.45}]`

public enum JSONInput {
    /// Parses the array; item k (1-based) becomes a record on "line" k. Keys not in `allowed`
    /// are reported like unknown CSV columns; `null` counts as an empty field.
    public static func records(_ text: String, allowed: [String]) throws(ImportFailure) -> [InputRecord] {
        var parser = Parser(Array(text.utf8))
        guard let items = parser.array() else {
            throw ImportFailure([ImportIssue(line: 0, column: nil, reason: .notJSONArray(parser.error ?? "expected a JSON array of objects"))])
        }
        var issues = IssueList()
        var records: [InputRecord] = []
        for (index, item) in items.enumerated() {
            var fields: [String: String] = [:]
            for (key, value) in item {
                if !allowed.contains(key) {
                    issues.append(ImportIssue(line: index + 1, column: key, reason: .unknownColumn(allowed: allowed)))
                }
                fields[key] = value ?? ""
            }
            records.append(InputRecord(line: index + 1, fields: fields))
        }
        if !issues.isEmpty { throw ImportFailure(issues) }
        return records
    }

    private struct Parser {
        let bytes: [UInt8]
        var at = 0
        var error: String?

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        mutating func skipSpace() { while at < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[at]) { at += 1 } }

        mutating func expect(_ byte: UInt8) -> Bool {
            skipSpace()
            guard at < bytes.count, bytes[at] == byte else { return false }
            at += 1
            return true
        }

        /// `[ {…}, {…} ]` where each object maps keys to a string, a number, a boolean or null.
        mutating func array() -> [[(String, String?)]]? {
            guard expect(UInt8(ascii: "[")) else { return nil }
            var items: [[(String, String?)]] = []
            if expect(UInt8(ascii: "]")) { return finish(items) }
            repeat {
                guard let object = object() else { return nil }
                items.append(object)
            } while expect(UInt8(ascii: ","))
            guard expect(UInt8(ascii: "]")) else { error = "expected , or ] at byte \(at)"; return nil }
            return finish(items)
        }

        mutating func finish<T>(_ value: T) -> T? {
            skipSpace()
            guard at == bytes.count else { error = "unexpected text after the array at byte \(at)"; return nil }
            return value
        }

        mutating func object() -> [(String, String?)]? {
            guard expect(UInt8(ascii: "{")) else { error = "expected an object at byte \(at)"; return nil }
            var fields: [(String, String?)] = []
            if expect(UInt8(ascii: "}")) { return fields }
            repeat {
                skipSpace()
                guard let key = string() else { error = "expected a key at byte \(at)"; return nil }
                guard expect(UInt8(ascii: ":")) else { error = "expected : at byte \(at)"; return nil }
                skipSpace()
                guard let value = scalar() else { error = error ?? "expected a string, number or null at byte \(at)"; return nil }
                fields.append((key, value))
            } while expect(UInt8(ascii: ","))
            guard expect(UInt8(ascii: "}")) else { error = "expected , or } at byte \(at)"; return nil }
            return fields
        }

        /// A scalar as text; `.some(nil)` is JSON null.
        mutating func scalar() -> String?? {
            guard at < bytes.count else { return nil }
            switch bytes[at] {
            case UInt8(ascii: "\""): return string().map { .some($0) }
            case UInt8(ascii: "n"): return literal("null") ? .some(nil) : nil
            case UInt8(ascii: "t"): return literal("true") ? .some("true") : nil
            case UInt8(ascii: "f"): return literal("false") ? .some("false") : nil
            default:
                let start = at
                while at < bytes.count, "+-.eE0123456789".utf8.contains(bytes[at]) { at += 1 }
                guard at > start else { return nil }
                return .some(String(decoding: bytes[start..<at], as: UTF8.self))
            }
        }

        mutating func literal(_ word: String) -> Bool {
            let w = Array(word.utf8)
            guard at + w.count <= bytes.count, Array(bytes[at..<at + w.count]) == w else { return false }
            at += w.count
            return true
        }

        mutating func string() -> String? {
            guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { return nil }
            at += 1
            var out: [UInt8] = []
            while at < bytes.count {
                let b = bytes[at]
                at += 1
                if b == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
                if b != UInt8(ascii: "\\") { out.append(b); continue }
                guard at < bytes.count else { return nil }
                let e = bytes[at]
                at += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    guard at + 4 <= bytes.count, let code = UInt32(String(decoding: bytes[at..<at + 4], as: UTF8.self), radix: 16) else { return nil }
                    at += 4
                    var scalarValue = code
                    if (0xD800...0xDBFF).contains(code), at + 6 <= bytes.count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u"),
                       let low = UInt32(String(decoding: bytes[at + 2..<at + 6], as: UTF8.self), radix: 16), (0xDC00...0xDFFF).contains(low) {
                        at += 6
                        scalarValue = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(scalarValue).map(Character.init) ?? "\u{FFFD}").utf8))
                default: out.append(e)
                }
            }
            return nil
        }
    }
}
