// A number as a person types it, read leniently where what they meant is unambiguous: surrounding
// spaces (also 　, the full-width space), full-width digits and ．，－＋, and thousands separators
// in well-formed groups of three (「1,234.56」). Everything else stays refused, with a reason that
// can be said: a comma that is not a thousands separator (「1,23」, 「12,3」: a decimal comma or a
// slip, which cannot be told apart) and a number with a scale or a unit after it (「12.3亿」,
// 「12.3万」, 「12.3%」: the indicator has one unit, and 万 of 亿元 is not a number of 亿元).
// Every input path (the entry grid, CSV files, the JSON API) reads numbers through `normalise`
// (FieldReader.decimal); what is stored is the plain decimal text it returns, digits as typed
// (`12.30` stays `12.30`), never a binary floating-point value. `Figure(String)` and
// `DecimalText` stay strict.

public enum NumberInput {
    /// A typed number as it is stored: plain decimal text and its exact value.
    public struct Number: Sendable, Hashable {
        public let text: String
        public let value: Figure

        public init(text: String, value: Figure) {
            self.text = text
            self.value = value
        }
    }

    /// Why a typed text is not taken as a number.
    public enum Refusal: Error, Sendable, Hashable {
        /// not a number at all
        case notNumber
        /// a number, but with more digits than a value may have (DecimalText's limits)
        case tooManyDigits
        /// commas that are not thousands separators every three digits (`1,23`, `12,3`, `1234,567`)
        case badGrouping
        /// a number with a scale or a unit after it (`12.3亿`, `12.3万`, `12.3%`): the suffix
        case suffix(String)
    }

    /// Scales and units a number may be typed with, longest first (so `亿元` is found before `元`).
    static let suffixes = ["万亿元", "亿元", "万元", "千元", "万亿", "千亿", "百亿", "千万", "百万", "亿", "万", "千", "元", "%", "‰"]

    /// The plain decimal a typed text stands for, or why it stands for none.
    public static func normalise(_ raw: some StringProtocol) -> Result<Number, Refusal> {
        // The common case first, as files and most forms have it: a plain decimal.
        if let number = strict(raw) { return .success(number) }
        let text = folded(raw)
        for suffix in suffixes where text.hasSuffix(suffix) {
            let body = trimmed(text.dropLast(suffix.count))
            guard !body.isEmpty else { break }
            switch plain(body) {
            case .success, .failure(.tooManyDigits), .failure(.badGrouping): return .failure(.suffix(suffix))
            case .failure: break
            }
        }
        return plain(text)
    }

    /// A plain decimal within the digit limits, as DecimalText reads it.
    private static func strict(_ text: some StringProtocol) -> Number? {
        guard let canonical = DecimalText.canonical(text), let scaled = ScaledDecimal(canonical) else { return nil }
        return Number(text: canonical, value: Figure(units: scaled.units, scale: scaled.scale))
    }

    /// A sign, digits in groups of three separated by commas or not grouped at all, a point and
    /// more digits.
    private static func plain(_ text: Substring) -> Result<Number, Refusal> {
        var body = text
        var sign = ""
        if let first = body.first, first == "-" || first == "+" {
            sign = String(first)
            body = body.dropFirst()
        }
        if body.contains(",") {
            switch ungrouped(body) {
            case .success(let digits): body = Substring(digits)
            case .failure(let refusal): return .failure(refusal)
            }
        }
        let candidate = sign + String(body)
        if let number = strict(candidate) { return .success(number) }
        let hasDigits = candidate.contains { $0.isASCII && $0.isNumber }
        return .failure(hasDigits && DecimalText.isNumberButTooPrecise(candidate) ? .tooManyDigits : .notNumber)
    }

    /// `1,234,567.5` without its separators: the first group one to three digits, every later
    /// one exactly three, no comma after the point.
    private static func ungrouped(_ body: Substring) -> Result<String, Refusal> {
        guard body.allSatisfy({ $0 == "," || $0 == "." || ($0.isASCII && $0.isNumber) }) else { return .failure(.notNumber) }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = parts[0]
        let fraction = parts.count > 1 ? parts[1] : nil
        guard fraction?.contains(",") != true else { return .failure(.badGrouping) }
        let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
            return .failure(.badGrouping)
        }
        let digits: String = groups.joined()
        guard let decimals = fraction else { return .success(digits) }
        return .success(digits + "." + String(decimals))
    }

    /// Full-width digits and signs as their ASCII selves, and spaces off both ends.
    static func folded(_ raw: some StringProtocol) -> Substring {
        var out = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: out.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)  // ０–９
            case 0xFF0E: out.append(".")  // ．
            case 0xFF0C: out.append(",")  // ，
            case 0xFF0D, 0x2212: out.append("-")  // －, the minus sign
            case 0xFF0B: out.append("+")  // ＋
            case 0xFF05: out.append("%")  // ％
            default: out.append(scalar)
            }
        }
        return trimmed(Substring(String(out)))
    }

    /// Spaces, tabs, no-break and full-width spaces off both ends.
    static func trimmed(_ text: Substring) -> Substring {
        func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\u{3000}" || c == "\u{00A0}" }
        var text = text
        while let first = text.first, isSpace(first) { text = text.dropFirst() }
        while let last = text.last, isSpace(last) { text = text.dropLast() }
        return text
    }
}
