// Validates org-tree rows against the existing tree: known kinds, parents that exist (in the
// file or the workspace), one root, and no cycles once the file is applied.

public enum OrgImport {
    public static func validate(_ records: [InputRecord], existing: [OrgUnit]) throws(ImportFailure) -> [OrgUnit] {
        var issues = IssueList()
        var units: [(line: Int, unit: OrgUnit)] = []
        var duplicates = DuplicateGuard<String>()
        for record in records {
            var reader = FieldReader(record)
            let code = reader.code("code")
            let name = reader.required("name")
            let kind = reader.choice("kind", OrgKind.self)
            if let code, let first = duplicates.repeatOf(code, line: record.line) {
                reader.fail("code", .duplicateKey(firstLine: first))
            }
            if let code, reader.text("parent") == code { reader.fail("parent", .parentCycle([code, code])) }
            issues += reader.issues
            if reader.issues.isEmpty, let code, let name, let kind {
                units.append((record.line, OrgUnit(code: code, name: name, nameEn: reader.text("name_en"),
                                                   parent: reader.text("parent"), kind: kind, peerGroup: reader.text("peer_group"))))
            }
        }
        // The tree as it will be once applied: existing units replaced by the file's.
        var merged: [String: OrgUnit] = Dictionary(existing.map { ($0.code, $0) }, uniquingKeysWith: { _, last in last })
        for entry in units { merged[entry.unit.code] = entry.unit }
        let roots = Set(merged.values.filter { $0.parent == nil }.map(\.code))
        let existingRoot = existing.first { $0.parent == nil && roots.contains($0.code) }?.code
        var rootSeen = existingRoot
        for (line, unit) in units {
            if let parent = unit.parent {
                if merged[parent] == nil { issues.append(ImportIssue(line: line, column: "parent", reason: .unknownParent(parent))); continue }
                var path = [unit.code]
                var current: String? = parent
                while let c = current {
                    path.append(c)
                    if c == unit.code { issues.append(ImportIssue(line: line, column: "parent", reason: .parentCycle(path))); break }
                    if path.count > merged.count + 1 { break }
                    current = merged[c]?.parent
                }
            } else if let root = rootSeen, root != unit.code {
                issues.append(ImportIssue(line: line, column: "parent", reason: .secondRoot(existing: root)))
            } else {
                rootSeen = unit.code
            }
        }
        if !issues.isEmpty { throw ImportFailure(issues) }
        return units.map(\.unit)
    }
}

extension OrgImport: ImportContract {
    public static let kind = ImportKind.orgs
    public static let administrative = true
    public static let requiredColumns = ["code", "name", "parent", "kind"]
    public static let optionalColumns = ["peer_group", "name_en"]

    public static func validate(_ records: [InputRecord], against basis: ImportBasis) throws(ImportFailure) -> [OrgUnit] {
        try validate(records, existing: basis.orgs)
    }

    public static func scopes(of row: OrgUnit, in basis: ImportBasis) -> [RowScope] { [] }

    /// A unit's parent, kind or peer group: where its figures are summed and ranked.
    public static func catalogueChanges(_ rows: [OrgUnit], from basis: ImportBasis) -> [(index: Int, column: String)] {
        let known = Dictionary(basis.orgs.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        return rows.enumerated().flatMap { index, unit -> [(index: Int, column: String)] in
            guard let old = known[unit.code] else { return [] }
            return [("parent", old.parent != unit.parent), ("kind", old.kind != unit.kind), ("peer_group", old.peerGroup != unit.peerGroup)]
                .filter(\.1).map { (index, $0.0) }
        }
    }

    public static func key(of row: OrgUnit) -> String { row.code }
}
