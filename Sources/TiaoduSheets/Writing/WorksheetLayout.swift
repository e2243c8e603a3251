// The parts of a worksheet around its cells: the used range (dimension), the view with its frozen
// pane, the column widths, the merged cells, and the printed page — A4, landscape or portrait,
// fitted to one page wide and as many tall as needed.

extension WorksheetPart {
    func writeDimension(_ xml: inout XMLBytes) {
        xml.raw("<dimension ref=\"")
        if rowCount == 0 || columnCount == 0 {
            xml.raw("A1")
        } else {
            xml.plain(CellRange(top: 1, left: 1, bottom: rowCount, right: columnCount).reference)
        }
        xml.raw("\"/>")
    }

    /// The sheet's view; rows above and columns left of the first scrolling cell are frozen.
    func writeViews(_ xml: inout XMLBytes, selected: Bool) {
        xml.raw("<sheetViews><sheetView")
        if selected { xml.raw(" tabSelected=\"1\"") }
        xml.raw(" workbookViewId=\"0\"")
        let rows = min(max(sheet.frozenRows, 0), CellRange.maxRow - 1)
        let columns = min(max(sheet.frozenColumns, 0), CellRange.maxColumn - 1)
        guard rows > 0 || columns > 0 else {
            xml.raw("/></sheetViews>")
            return
        }
        let pane: StaticString = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight"
        let topLeft = CellRange(top: rows + 1, left: columns + 1, bottom: rows + 1, right: columns + 1).reference
        xml.raw("><pane")
        if columns > 0 {
            xml.raw(" xSplit=\"")
            xml.int(columns)
            xml.raw("\"")
        }
        if rows > 0 {
            xml.raw(" ySplit=\"")
            xml.int(rows)
            xml.raw("\"")
        }
        xml.raw(" topLeftCell=\"")
        xml.plain(topLeft)
        xml.raw("\" activePane=\"")
        xml.raw(pane)
        xml.raw("\" state=\"frozen\"/><selection pane=\"")
        xml.raw(pane)
        xml.raw("\" activeCell=\"")
        xml.plain(topLeft)
        xml.raw("\" sqref=\"")
        xml.plain(topLeft)
        xml.raw("\"/></sheetView></sheetViews>")
    }

    /// The columns' widths: those given (a width that is not a positive number keeps the default;
    /// at most 255), or those fitted to the contents; nil: Excel's default.
    func columnWidths() -> [Double?] {
        if let given = sheet.columnWidths {
            return given.prefix(CellRange.maxColumn).map { (width: Double) -> Double? in
                width.isFinite && width > 0 ? min(width, 255) : nil
            }
        }
        return ColumnFitting.widths(sheet, rows: rowCount, columns: columnCount, merges: merges).map { width in width.map { Double($0) } }
    }

    /// <cols>: the widths; nothing when no column has one.
    func writeColumns(_ xml: inout XMLBytes, widths: [Double?]) {
        guard widths.contains(where: { $0 != nil }) else { return }
        xml.raw("<cols>")
        for (offset, width) in widths.enumerated() {
            guard let width else { continue }
            xml.raw("<col min=\"")
            xml.int(offset + 1)
            xml.raw("\" max=\"")
            xml.int(offset + 1)
            xml.raw("\" width=\"")
            xml.decimal(width)
            xml.raw("\" customWidth=\"1\"/>")
        }
        xml.raw("</cols>")
    }

    func writeMerges(_ xml: inout XMLBytes) {
        guard !merges.isEmpty else { return }
        xml.raw("<mergeCells count=\"")
        xml.int(merges.count)
        xml.raw("\">")
        for merge in merges {
            xml.raw("<mergeCell ref=\"")
            xml.plain(merge.reference)
            xml.raw("\"/>")
        }
        xml.raw("</mergeCells>")
    }

    func writePage(_ xml: inout XMLBytes) {
        xml.raw("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        xml.raw("<pageSetup paperSize=\"9\" orientation=\"")
        xml.raw(sheet.landscape ? "landscape" : "portrait")
        xml.raw("\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
    }
}
