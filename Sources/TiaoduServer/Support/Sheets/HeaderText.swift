// The text of an office sheet's headers and names as it is compared, not as it is shown: the same
// words typed with full-width or half-width brackets, digits and punctuation, with or without
// spaces and line breaks, are one text — 「开票销售（亿元）」 = 「开票销售(亿元)」 = 「开票销售 (亿元)」.

enum HeaderText {
    /// Full-width forms as ASCII (（）：，％ and ０–９, Ａ–Ｚ), all white space and line breaks
    /// removed (the ideographic space too).
    static func normalised(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E:
                // the full-width block mirrors ASCII 0x21…0x7E
                if let ascii = Unicode.Scalar(scalar.value - 0xFEE0) { scalars.append(ascii) }
            case 0x3010, 0x3014:  // 【 〔
                scalars.append("(")
            case 0x3011, 0x3015:  // 】 〕
                scalars.append(")")
            default:
                if !scalar.properties.isWhitespace { scalars.append(scalar) }
            }
        }
        return String(scalars)
    }

    /// What two texts are matched by: normalised, and Latin letters in lower case ("GDP" = "gdp").
    static func key(_ text: String) -> String {
        normalised(text).lowercased()
    }

    /// Whether the text contains any of the words (already keys).
    static func contains(_ key: String, anyOf words: [String]) -> Bool {
        words.contains { key.contains($0) }
    }

    /// Whether a key starts with one of the words.
    static func starts(_ key: String, withAnyOf words: [String]) -> Bool {
        words.contains { key.hasPrefix($0) }
    }

    /// An ASCII letter or digit: where a code or an English name must not run on into more letters
    /// ("iva" is not the start of "ivanhoe").
    static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character, character.isASCII else { return false }
        return character.isLetter || character.isNumber
    }
}
