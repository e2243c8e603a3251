import Foundation

// The bulletin as an aligned text table (for the terminal) and as CSV, both with the display
// rounding of METRICS.md. CJK characters count as two columns when aligning. The table shows 「—」
// where a figure does not exist; the CSV leaves that field empty, so a number column holds numbers
// or nothing (and "-" is only ever a minus sign).

extension Bulletin {
    static func columns(_ language: Language) -> [String] {
        [Label.indicator, .org, .ytd, .growth, .target, .completion, .schedule, .gap, .rankTotal, .rankGrowth, .rankCompletion, .status]
            .map { Catalogue.text($0, language) }
    }

    private func cells(_ rows: [BulletinRow], _ workspace: Workspace, _ language: Language) -> [[String]] {
        rows.compactMap { row in
            guard let indicator = workspace.indicator(row.indicator) else { return nil }
            let c = BulletinCells(row, indicator: indicator, language: language)
            let named = workspace.indicatorName(row.indicator, language), unit = Catalogue.unitName(indicator.unit, language)
            let name = unit.isEmpty ? named : Catalogue.format(.nameWithUnit, language, [named, unit])
            let org = (row.isParent ? "" : "  ") + workspace.orgName(row.org, language)
            return [name, org, c.ytdText + (row.mismatch ? "※" : ""), c.growthCell, c.target, c.completion, c.schedule, c.gap,
                    c.rankTotal, c.rankGrowth, c.rankCompletion, c.status]
        }
    }

    public func table(_ workspace: Workspace, _ language: Language = .zh) -> String {
        let header = Self.columns(language)
        let shown = displayRows.filter { workspace.indicator($0.indicator) != nil }
        var body = cells(shown, workspace, language)
        // The indicator's name once, on its parent's row.
        for (index, row) in shown.enumerated() where !row.isParent { body[index][0] = "" }
        let all = [header] + body
        let widths = header.indices.map { column in all.map { displayWidth($0[column]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - displayWidth(cell))
                return index < 2 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
        var out = "\(workspace.orgName(parent, language)) \(Catalogue.periodHeading(period, language))\n"
        out += line(header) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in body { out += line(row) + "\n" }
        if rows.contains(where: \.mismatch) { out += Catalogue.text(.mismatchNote, language) + "\n" }
        if shown.contains(where: \.partial) { out += Catalogue.text(.partialNote, language) + "\n" }
        if preliminary == true { out = Catalogue.text(.preliminaryNote, language) + "\n" + out }
        return out
    }

    /// The bulletin as a CSV file for a spreadsheet: every number column holds a number or nothing
    /// — the total without its marks, a change in points without its words — and what the marks
    /// said is in a column of its own (※ parts differ, † partly reported, 个百分点 for a rate's
    /// change); the data status, when known, too: 初步 until the city accepts the period.
    public func csv(_ workspace: Workspace, _ language: Language = .zh) -> String {
        let state = preliminary.map { Catalogue.text($0 ? .preliminaryWord : .acceptedWord, language) }
        var out = CSV.exportLine(["period", "parent", "org", "indicator"] + Self.columns(language) + [Catalogue.text(.marksColumn, language)]
                                 + (state == nil ? [] : [Catalogue.text(.dataStatus, language)])) + "\n"
        let known = rows.filter { workspace.indicator($0.indicator) != nil }
        for (row, cells) in zip(known, cells(known, workspace, language)) {
            guard let indicator = workspace.indicator(row.indicator) else { continue }
            let c = BulletinCells(row, indicator: indicator, language: language)
            var fields = cells
            fields[1] = fields[1].trimmingCharacters(in: .whitespaces)
            (fields[2], fields[3]) = (c.ytd, c.growth)
            fields = fields.map { $0 == BulletinCells.missing ? "" : $0 }
            var marks: [String] = []
            if row.mismatch { marks.append("※") }
            if row.partial && row.ytd != nil { marks.append("†") }
            if row.growthInPoints && row.growth != nil { marks.append(Catalogue.text(.pointsSuffix, language)) }
            out += CSV.exportLine([period.description, parent, row.org, row.indicator] + fields + [marks.joined(separator: " ")] + (state.map { [$0] } ?? [])) + "\n"
        }
        return out
    }
}

/// Terminal columns a string takes: East Asian wide characters count as two.
func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
        let v = scalar.value
        let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
        return width + (wide ? 2 : 1)
    }
}
