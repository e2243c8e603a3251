// xl/styles.xml from the workbook's StyleTable, in the schema's order: numFmts (custom ones only),
// fonts, fills (none, gray125, the header's light grey FFF2F2F2, an input cell's light yellow
// FFFFF2CC), borders (none, thin all round),
// the one cellStyleXfs entry and its "Normal" cell style, and cellXfs with the apply… flags, the
// alignment and, for an unlocked cell, <protection locked="0"/>.

extension StyleTable {
    /// The workbook's font, as Chinese Excel and WPS show it.
    static let fontName: StaticString = "<name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/>"

    func part() -> [UInt8] {
        var xml = XMLBytes(capacity: 2048 + formats.count * 160)
        xml.raw(XMLBytes.declaration)
        xml.raw("<styleSheet xmlns=\"")
        xml.raw(XMLBytes.mainNamespace)
        xml.raw("\">")
        if !customNumberFormats.isEmpty {
            xml.raw("<numFmts count=\"")
            xml.int(customNumberFormats.count)
            xml.raw("\">")
            for format in customNumberFormats {
                xml.raw("<numFmt numFmtId=\"")
                xml.int(format.id)
                xml.raw("\" formatCode=\"")
                xml.attribute(format.code)
                xml.raw("\"/>")
            }
            xml.raw("</numFmts>")
        }
        xml.raw("<fonts count=\"")
        xml.int(fonts.count)
        xml.raw("\">")
        for font in fonts {
            xml.raw("<font>")
            if font.bold { xml.raw("<b/>") }
            xml.raw("<sz val=\"")
            xml.decimal(font.size)
            xml.raw("\"/>")
            xml.raw(Self.fontName)
            xml.raw("</font>")
        }
        xml.raw("</fonts>")
        xml.raw("<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill>")
        xml.raw("<fill><patternFill patternType=\"gray125\"/></fill>")
        xml.raw("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFF2F2F2\"/><bgColor indexed=\"64\"/></patternFill></fill>")
        xml.raw("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF2CC\"/><bgColor indexed=\"64\"/></patternFill></fill>")
        xml.raw("</fills>")
        xml.raw("<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>")
        xml.raw("<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right>")
        xml.raw("<top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom>")
        xml.raw("<diagonal/></border></borders>")
        xml.raw("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
        xml.raw("<cellXfs count=\"")
        xml.int(formats.count)
        xml.raw("\">")
        for format in formats { Self.write(format, to: &xml) }
        xml.raw("</cellXfs>")
        xml.raw("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
        xml.raw("</styleSheet>")
        return xml.bytes
    }

    private static func write(_ format: Format, to xml: inout XMLBytes) {
        xml.raw("<xf numFmtId=\"")
        xml.int(format.numberFormatID)
        xml.raw("\" fontId=\"")
        xml.int(format.fontID)
        xml.raw("\" fillId=\"")
        xml.int(format.fillID)
        xml.raw("\" borderId=\"")
        xml.int(format.borderID)
        xml.raw("\" xfId=\"0\"")
        if format.numberFormatID != 0 { xml.raw(" applyNumberFormat=\"1\"") }
        if format.fontID != 0 { xml.raw(" applyFont=\"1\"") }
        if format.fillID != 0 { xml.raw(" applyFill=\"1\"") }
        if format.borderID != 0 { xml.raw(" applyBorder=\"1\"") }
        if format.hasAlignment { xml.raw(" applyAlignment=\"1\"") }
        if !format.locked { xml.raw(" applyProtection=\"1\"") }
        guard format.hasAlignment || !format.locked else {
            xml.raw("/>")
            return
        }
        xml.raw(">")
        if format.hasAlignment {
            xml.raw("<alignment")
            switch format.horizontal {
            case .left?: xml.raw(" horizontal=\"left\"")
            case .center?: xml.raw(" horizontal=\"center\"")
            case .right?: xml.raw(" horizontal=\"right\"")
            case nil: break
            }
            if format.verticalCentre { xml.raw(" vertical=\"center\"") }
            if format.indent > 0 {
                xml.raw(" indent=\"")
                xml.int(format.indent)
                xml.raw("\"")
            }
            if format.wrap { xml.raw(" wrapText=\"1\"") }
            xml.raw("/>")
        }
        if !format.locked { xml.raw("<protection locked=\"0\"/>") }
        xml.raw("</xf>")
    }
}
