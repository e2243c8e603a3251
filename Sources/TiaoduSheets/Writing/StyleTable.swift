// The cell formats of a workbook, deduplicated: each distinct CellStyle used gets a cellXfs index
// in order of first use — 0 is always the default, CellStyle.plain — and styles that come out the
// same (a header asked to be bold, say) share one. A format is built from shared number formats
// (Excel's built-in ids where it has one, custom ones from 164 up), fonts (regular or bold, by
// size), fills (none and gray125, which every workbook must have, then the header grey) and
// borders (none, thin). StylesPart writes the table out as xl/styles.xml.

struct StyleTable {
    enum Horizontal: Hashable { case left, center, right }

    /// One <xf> of cellXfs: everything a CellStyle comes to.
    struct Format: Hashable {
        var numberFormatID: Int
        var fontID: Int
        var fillID: Int
        var borderID: Int
        var horizontal: Horizontal?
        var verticalCentre: Bool
        var indent: Int
        var wrap: Bool
        var locked: Bool

        var hasAlignment: Bool { horizontal != nil || verticalCentre || indent > 0 || wrap }
    }

    struct Font: Hashable {
        var bold: Bool
        var size: Double
    }

    static let defaultFontSize = 11.0
    static let headerFillID = 2
    /// an editable (unlocked) cell of a protected sheet: light yellow, where the user types
    static let inputFillID = 3
    static let thinBorderID = 1
    static let maxIndent = 15
    /// Number formats Excel knows by id, never declared in the file.
    static let builtInNumberFormats: [String: Int] = [
        "General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10,
    ]
    static let firstCustomNumberFormatID = 164

    private(set) var formats: [Format] = []
    private(set) var fonts: [Font] = []
    private(set) var customNumberFormats: [(id: Int, code: String)] = []
    private var formatIndices: [Format: Int] = [:]
    private var styleIndices: [CellStyle: Int] = [:]
    private var fontIndices: [Font: Int] = [:]
    private var numberFormatIDs: [String: Int] = [:]

    init() {
        _ = index(of: .plain)
    }

    /// The cellXfs index of a style, added on first use.
    mutating func index(of style: CellStyle) -> Int {
        if let known = styleIndices[style] { return known }
        let format = resolve(style)
        let index: Int
        if let existing = formatIndices[format] {
            index = existing
        } else {
            index = formats.count
            formats.append(format)
            formatIndices[format] = index
        }
        // A style holding a NaN font size is not equal to itself: remembering it would only grow the table.
        if !(style.fontSize?.isNaN ?? false) { styleIndices[style] = index }
        return index
    }

    private mutating func resolve(_ style: CellStyle) -> Format {
        var horizontal: Horizontal?
        switch style.alignment {
        case .general: horizontal = style.header ? .center : nil
        case .left: horizontal = .left
        case .centre: horizontal = .center
        case .right: horizontal = .right
        }
        let indent = min(max(style.indent, 0), Self.maxIndent)
        // Excel indents only left- (or right-) aligned text.
        if indent > 0, horizontal == nil || horizontal == .center { horizontal = .left }
        return Format(
            numberFormatID: numberFormatID(style.numberFormat),
            fontID: fontID(Font(bold: style.bold || style.header, size: Self.fontSize(style.fontSize))),
            fillID: style.header ? Self.headerFillID : (style.locked ? 0 : Self.inputFillID),
            borderID: style.border || style.header ? Self.thinBorderID : 0,
            horizontal: horizontal,
            verticalCentre: style.header,
            indent: indent,
            wrap: style.wrap || style.header,
            locked: style.locked
        )
    }

    /// A font size Excel accepts: 1…409 points, 11 when none is given (or it is not a number).
    static func fontSize(_ size: Double?) -> Double {
        guard let size, size.isFinite else { return defaultFontSize }
        return min(max(size, 1), 409)
    }

    private mutating func fontID(_ font: Font) -> Int {
        if let known = fontIndices[font] { return known }
        let id = fonts.count
        fonts.append(font)
        fontIndices[font] = id
        return id
    }

    private mutating func numberFormatID(_ code: String?) -> Int {
        guard let code, !code.isEmpty else { return 0 }
        if let builtIn = Self.builtInNumberFormats[code] { return builtIn }
        if let known = numberFormatIDs[code] { return known }
        let id = Self.firstCustomNumberFormatID + customNumberFormats.count
        customNumberFormats.append((id: id, code: code))
        numberFormatIDs[code] = id
        return id
    }
}
