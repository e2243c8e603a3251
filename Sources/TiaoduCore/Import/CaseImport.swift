// Reads a cases ledger (台账: an Excel sheet saved as CSV, one case a line) into the draft each
// case is raised with and the steps to replay through CaseMachine on their days — 受理, 分派/交办
// (on the day raised), 签收, 答复, 回访评价, 核查, 办结 — so that an imported case has the same
// events as one handled here. All or nothing: every bad line is named with its column and why.
//
// Columns: kind, type, title, org, raised (required); detail, enterprise, project, urgent, lead,
// assisting (several: `a,b` inside quotes, or a；b), due, answered, answer, rating, closed.
import Foundation

/// One step to replay: the command, its day, and the column an issue with it names.
public struct CaseImportStep: Sendable, Hashable {
    public let day: Day
    public let command: CaseCommand
    public let column: String
}

/// One line of a ledger: the case as raised, and what happened to it since.
public struct CaseImportRow: Sendable {
    public let line: Int
    public let draft: CaseDraft
    public let raised: Day
    public let steps: [CaseImportStep]
    /// the line as read, checked again by the store against what it holds
    public let record: InputRecord
}

/// What a ledger is checked against besides its own lines. nil: not known to the caller; the
/// store checks the line again against everything it holds before writing.
public struct CaseImportBasis: Sendable {
    public var orgs: Set<String>?
    public var types: [CaseType]?
    public var enterprises: Set<String>?
    public var departments: Set<String>?
    public var projects: Set<String>?
    /// no day of a line may be after it
    public var today: Day?

    public init(orgs: Set<String>? = nil, types: [CaseType]? = nil, enterprises: Set<String>? = nil, departments: Set<String>? = nil,
                projects: Set<String>? = nil, today: Day? = nil) {
        (self.orgs, self.types, self.enterprises, self.departments, self.projects, self.today) = (orgs, types, enterprises, departments, projects, today)
    }
}

public enum CaseImport {
    /// The note of the steps the machine wants one for and a ledger has none (a 不满意 rating, closing after it).
    public static let ledgerNote = "按台账导入"

    /// The rows of `records`, every bad line named; nothing when any line is bad.
    public static func validate(_ records: [InputRecord], basis: CaseImportBasis = CaseImportBasis()) throws(ImportFailure) -> [CaseImportRow] {
        var issues = IssueList()
        var rows: [CaseImportRow] = []
        for record in records {
            let (row, found) = read(record, basis)
            issues += found
            if found.isEmpty, let row { rows.append(row) }
        }
        if !issues.isEmpty { throw ImportFailure(issues) }
        return rows
    }

    /// The rows read again against a fuller basis (the store's, inside its transaction).
    public static func validate(_ rows: [CaseImportRow], basis: CaseImportBasis) throws(ImportFailure) -> [CaseImportRow] {
        try validate(rows.map(\.record), basis: basis)
    }

    /// Long text: the detail and the answer (line breaks allowed).
    static let longColumns = ["detail", "answer"]

    static func read(_ record: InputRecord, _ basis: CaseImportBasis) -> (CaseImportRow?, [ImportIssue]) {
        // Long text is bounded as notes are, not as names (FieldReader bounds every other column).
        var short = record.fields
        for column in longColumns { short[column] = nil }
        var reader = FieldReader(InputRecord(line: record.line, fields: short))
        for column in longColumns {
            if let value = record[column], let problem = TextLimits.problem(value, limit: CaseDraft.textLimit) { reader.fail(column, problem) }
        }
        let kindText = reader.required("kind")
        var kind: CaseKind?
        if let kindText {
            kind = kindNamed(kindText)
            if kind == nil { reader.fail("kind", .badChoice(kindText, allowed: CaseKind.allCases.map(\.rawValue))) }
        }
        var type = reader.required("type")
        if let text = type, let kind, let types = basis.types {
            let ofKind = types.filter { $0.kind == kind }
            if let found = ofKind.first(where: { $0.code == text || $0.nameZh == text || $0.nameEn.lowercased() == text.lowercased() }) {
                type = found.code
            } else {
                reader.fail("type", .badChoice(text, allowed: ofKind.map(\.code)))
                type = nil
            }
        }
        let title = reader.required("title")
        if let title, title.count > CaseDraft.titleLimit { reader.fail("title", .tooLong(limit: CaseDraft.titleLimit)) }
        let org = reader.required("org")
        if let org, let orgs = basis.orgs, !orgs.contains(org) { reader.fail("org", .unknownOrg(org)) }
        let enterprise = reader.text("enterprise")
        if let enterprise, let known = basis.enterprises, !known.contains(enterprise) {
            reader.fail("enterprise", .badChoice(enterprise, allowed: listed(known)))
        }
        let project = reader.text("project")
        if kind == .blocker, project == nil { reader.fail("project", .required) }
        if let project, let known = basis.projects, !known.contains(project) { reader.fail("project", .unknownProject(project)) }
        let urgent = readFlag(&reader, "urgent")
        let raised = readDate(&reader, "raised", required: true)
        let due = readDate(&reader, "due")
        let answered = readDate(&reader, "answered")
        let closed = readDate(&reader, "closed")
        let rating = readRating(&reader)
        var lead: CaseUnit?
        if let text = reader.text("lead") { lead = readUnit(&reader, "lead", text, basis) }
        var assisting: [CaseUnit] = []
        if let text = reader.text("assisting") {
            for part in split(text) {
                guard let unit = readUnit(&reader, "assisting", part, basis) else { continue }
                if unit == lead { reader.fail("assisting", .listedTwice(part)) } else if !assisting.contains(unit) { assisting.append(unit) }
            }
        }
        let answer = record["answer"].flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }

        // What the columns say happened must be a path the case can take, day after day.
        let hasLead = reader.text("lead") != nil
        if let raised, let today = basis.today, raised > today { reader.fail("raised", .outOfRange(raised.description, allowed: "–\(today)")) }
        if let due, let raised, due < raised { reader.fail("due", .outOfRange(due.description, allowed: "\(raised)–")) }
        if reader.text("due") != nil, !hasLead, kind == .request || kind == .grid { reader.fail("lead", .required) }
        if !assisting.isEmpty || reader.text("assisting") != nil, !hasLead { reader.fail("lead", .required) }
        if reader.text("answered") != nil || answer != nil {
            if !hasLead { reader.fail("lead", .required) }
            if answer == nil { reader.fail("answer", .required) }
            if reader.text("answered") == nil { reader.fail("answered", .required) }
        }
        if let answered, let raised, answered < raised || basis.today.map({ answered > $0 }) ?? false {
            reader.fail("answered", .outOfRange(answered.description, allowed: "\(raised)–\(basis.today?.description ?? "")"))
        }
        if reader.text("rating") != nil {
            if let kindText, let kind, kind != .request { reader.fail("kind", .badChoice(kindText, allowed: [CaseKind.request.rawValue])) }
            if reader.text("answered") == nil { reader.fail("answered", .required) }
        }
        if reader.text("closed") != nil, reader.text("answered") == nil { reader.fail("answered", .required) }
        if let closed, let from = answered ?? raised, closed < from || basis.today.map({ closed > $0 }) ?? false {
            reader.fail("closed", .outOfRange(closed.description, allowed: "\(from)–\(basis.today?.description ?? "")"))
        }

        guard reader.issues.isEmpty, let kind, let type, let title, let org, let raised else { return (nil, reader.issues) }
        let draft = CaseDraft(kind: kind, type: type, title: title, detail: record["detail"] ?? "", org: org,
                              enterprise: enterprise, project: project, urgent: urgent ?? false,
                              due: kind == .task || kind == .blocker ? due : nil)
        var steps: [CaseImportStep] = []
        func step(_ day: Day, _ command: CaseCommand, _ column: String) { steps.append(CaseImportStep(day: day, command: command, column: column)) }
        if let lead {
            if kind == .request || kind == .grid { step(raised, CaseCommand(.accept), "raised") }
            step(raised, CaseCommand(.assign, lead: lead, assisting: assisting, due: kind == .request || kind == .grid ? due : nil), "lead")
            step(raised, CaseCommand(.signFor), "lead")
            if let answered, let answer {
                step(answered, CaseCommand(.answer, note: answer), "answered")
                if let rating {
                    let rated = rating.isSatisfied ? (closed ?? answered) : answered
                    step(rated, CaseCommand(.rate, note: rating.isSatisfied ? "" : ledgerNote, rating: rating), "rating")
                }
                if let closed, rating.map({ !$0.isSatisfied }) ?? true {
                    if kind == .grid { step(closed, CaseCommand(.verify), "closed") }
                    step(closed, CaseCommand(.close, note: rating == .dissatisfied ? ledgerNote : ""), "closed")
                }
            }
        }
        return (CaseImportRow(line: record.line, draft: draft, raised: raised, steps: steps, record: record), [])
    }

    /// request | task | grid | blocker, or the kind's name (企业诉求, 督办事项…; 吹哨, 督办 too).
    static func kindNamed(_ text: String) -> CaseKind? {
        if let kind = CaseKind(rawValue: text.lowercased()) { return kind }
        let aliases: [String: CaseKind] = ["吹哨": .request, "企业吹哨": .request, "诉求": .request, "督办": .task, "交办": .task,
                                           "网格": .grid, "存在问题": .blocker, "问题": .blocker]
        if let kind = aliases[text] { return kind }
        return CaseKind.allCases.first { Catalogue.kindName($0, .zh) == text || Catalogue.kindName($0, .en) == text.lowercased() }
    }

    /// 满意 / 基本满意 / 不满意, or satisfied / basically_satisfied / dissatisfied.
    static func readRating(_ reader: inout FieldReader) -> Rating? {
        guard let text = reader.text("rating") else { return nil }
        let plain = text.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        if let rating = Rating(rawValue: plain) { return rating }
        if let rating = Rating.allCases.first(where: { Catalogue.ratingName($0, .zh) == text || Catalogue.ratingName($0, .en) == text.lowercased() }) {
            return rating
        }
        reader.fail("rating", .badChoice(text, allowed: Rating.allCases.map { Catalogue.ratingName($0, .zh) } + Rating.allCases.map(\.rawValue)))
        return nil
    }

    /// 是/否, yes/no, true/false, 1/0 (empty: no).
    static func readFlag(_ reader: inout FieldReader, _ column: String) -> Bool? {
        guard let text = reader.text(column) else { return nil }
        switch text.lowercased() {
        case "1", "true", "yes", "y", "是", "急", "紧急": return true
        case "0", "false", "no", "n", "否": return false
        default:
            reader.fail(column, .badChoice(text, allowed: ["是", "否", "yes", "no", "1", "0"]))
            return nil
        }
    }

    static func readDate(_ reader: inout FieldReader, _ column: String, required: Bool = false) -> Day? {
        guard let text = required ? reader.required(column) : reader.text(column) else { return nil }
        guard let day = DateInput.day(text), Period.yearRange.contains(day.year) else { reader.fail(column, .badDate(text)); return nil }
        return day
    }

    /// A unit: an org code, `dept:NAME`, or a department's bare name where the basis knows it.
    static func readUnit(_ reader: inout FieldReader, _ column: String, _ text: String, _ basis: CaseImportBasis) -> CaseUnit? {
        guard let unit = CaseUnit(text) else { reader.fail(column, .badChoice(text, allowed: ["CODE", CaseUnit.departmentPrefix + "NAME"])); return nil }
        switch unit {
        case .org(let code):
            if basis.orgs?.contains(code) ?? true { return unit }
            if basis.departments?.contains(code) ?? false { return .department(code) }
            if basis.departments == nil { return unit }  // a department the caller cannot tell: the store decides
            reader.fail(column, .unknownOrg(code))
            return nil
        case .department(let name):
            if basis.departments.map({ !$0.contains(name) }) ?? false { reader.fail(column, .unknownOrg(text)); return nil }
            return unit
        }
    }

    /// Several units in one field: `a,b` (quoted in the CSV), a；b, a、b.
    static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { ",，;；、".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A few of the known codes, for a message.
    static func listed(_ codes: Set<String>) -> [String] {
        let sorted = codes.sorted()
        return sorted.count > 12 ? Array(sorted.prefix(12)) + ["…"] : sorted
    }
}

extension CaseImport: ImportContract {
    public static let kind = ImportKind.cases
    /// A ledger writes cases on behalf of every unit on them: administrators only.
    public static let administrative = true
    public static let requiredColumns = ["kind", "type", "title", "org", "raised"]
    public static let optionalColumns = ["detail", "enterprise", "project", "urgent", "lead", "assisting", "due", "answered", "answer", "rating", "closed"]
    public static let basisParts: Set<BasisPart> = [.projects]

    public static func validate(_ records: [InputRecord], against basis: ImportBasis) throws(ImportFailure) -> [CaseImportRow] {
        try validate(records, basis: CaseImportBasis(orgs: basis.orgCodes, projects: Set(basis.owners.keys)))
    }

    public static func scopes(of row: CaseImportRow, in basis: ImportBasis) -> [RowScope] { [] }

    public static func key(of row: CaseImportRow) -> String { "\(row.draft.kind.rawValue):\(row.draft.title.prefix(20))" }
}
