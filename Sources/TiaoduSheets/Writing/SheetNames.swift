// Sheet names as Excel accepts them: none of []:*?/\ (each becomes "_"), no control characters,
// no spaces or apostrophes at either end, at most 31 UTF-16 units, not empty (a nameless sheet is
// "Sheet" and its position), not "History" (reserved by Excel), and unique in the workbook ignoring
// case — a repeated name gets " (2)", " (3)"… and still fits in 31 units.

enum SheetNames {
    static let maxLength = 31

    /// The names to write, in the order given.
    static func sanitised(_ names: [String]) -> [String] {
        var taken: Set<String> = ["history"]
        var result: [String] = []
        result.reserveCapacity(names.count)
        for (position, name) in names.enumerated() {
            var base = cleaned(name)
            if base.isEmpty { base = "Sheet\(position + 1)" }
            var candidate = base
            var suffix = 2
            while taken.contains(candidate.lowercased()) {
                let tail = " (\(suffix))"
                candidate = trimmed(base.truncated(toUTF16: maxLength - tail.utf16.count)) + tail
                suffix += 1
            }
            taken.insert(candidate.lowercased())
            result.append(candidate)
        }
        return result
    }

    /// One name on its own: characters Excel refuses replaced or dropped, ends trimmed, cut to 31.
    static func cleaned(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            switch scalar {
            case "[", "]", ":", "*", "?", "/", "\\":
                scalars.append("_")
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || value == 0xFFFE || value == 0xFFFF { continue }
                scalars.append(scalar)
            }
        }
        return trimmed(trimmed(String(scalars)).truncated(toUTF16: maxLength))
    }

    /// Without spaces or apostrophes at either end (Excel refuses a name that begins or ends with
    /// an apostrophe).
    static func trimmed(_ name: String) -> String {
        var text = Substring(name)
        while let first = text.first, first == "'" || first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last == "'" || last.isWhitespace { text = text.dropLast() }
        return String(text)
    }

    /// The name as a formula refers to it: always quoted, an apostrophe doubled ('O''Brien').
    static func quoted(_ name: String) -> String {
        var result = "'"
        for character in name {
            if character == "'" { result.append("''") } else { result.append(character) }
        }
        result.append("'")
        return result
    }
}
