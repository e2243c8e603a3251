// Why a case action is refused, in both languages, naming the field when one is at fault.

public enum CaseError: Error, Equatable, Sendable {
    /// the action does not apply to a case of this kind in this state
    case illegal(CaseAction, CaseKind, CaseState)
    /// the user is none of the parties who may take the action
    case notParty(CaseAction)
    /// a field the action needs is missing or wrong
    case required(field: String)
    case unknownType(CaseKind, String)
    case unknownUnit(String)
    /// a unit outside the acting user's area, or one nobody acts for (a grid)
    case outsideArea(String)
    /// a deadline on a weekend or holiday, or before the step before it
    case dueNotWorkingDay(Day)
    case dueBeforeSigning(due: Day, signDue: Day)
    case leadAssisting(String)
    case dueBeforeToday(Day)
    case percentRange(Int)
    case objectionClosed(assigned: Day, limit: Int)
    case extensionUsed
    case extensionPending
    case extensionNotAsked
    case extensionTooLate(due: Day, notice: Int)
    case extensionTooLong(asked: Int, max: Int)
    case notAssisting
    case tooLong(field: String, limit: Int)
    /// a control character or a direction override in a text
    case badText(field: String)
    case calendar(CalendarError)
    /// someone else acted on the case first: the version the writer saw is no longer current
    case conflict(seen: Int, current: Int)
    case unknownCase(String)

    /// The field at fault, for forms and the API.
    public var field: String? {
        switch self {
        case .required(let field), .tooLong(let field, _), .badText(let field): return field
        case .unknownType: return "type"
        case .unknownUnit, .leadAssisting, .outsideArea: return "lead"
        case .dueNotWorkingDay, .dueBeforeSigning: return "due"
        case .dueBeforeToday: return "due"
        case .percentRange: return "percent"
        case .extensionTooLong, .extensionTooLate: return "days"
        default: return nil
        }
    }

    public func message(_ language: Language) -> String {
        let zh = language == .zh
        func say(_ label: CaseLabel, _ values: [String] = []) -> String { Catalogue.fill(Catalogue.text(label, language), values) }
        switch self {
        case .illegal(let action, let kind, let state):
            return say(.errorIllegal, [Catalogue.actionName(action, kind, language), Catalogue.stateName(state, kind, language), Catalogue.kindName(kind, language)])
        case .notParty(let action):
            let who = CaseWorkflow.parties(action).sorted { $0.rawValue < $1.rawValue }.map { Catalogue.partyName($0, language) }
            return say(.errorNotParty, [Catalogue.actionName(action, nil, language), who.joined(separator: zh ? "或" : " or ")])
        case .required(let field): return say(.errorRequired, [Catalogue.fieldName(field, language)])
        case .unknownType(let kind, let code): return say(.errorUnknownType, [code, Catalogue.kindName(kind, language)])
        case .unknownUnit(let unit): return say(.errorUnknownUnit, [unit])
        case .leadAssisting(let unit): return say(.errorLeadAssisting, [unit])
        case .outsideArea(let unit): return say(.errorOutsideArea, [unit])
        case .dueNotWorkingDay(let day): return say(.errorDueNotWorkingDay, [day.description])
        case .dueBeforeSigning(let due, let signDue): return say(.errorDueBeforeSigning, [due.description, signDue.description])
        case .dueBeforeToday(let day): return say(.errorDueBeforeToday, [day.description])
        case .percentRange(let value): return say(.errorPercent, [String(value)])
        case .objectionClosed(let assigned, let limit): return say(.errorObjectionClosed, [assigned.description, String(limit)])
        case .extensionUsed: return say(.errorExtensionUsed)
        case .extensionPending: return say(.errorExtensionPending)
        case .extensionNotAsked: return say(.errorExtensionNotAsked)
        case .extensionTooLate(let due, let notice): return say(.errorExtensionTooLate, [due.description, String(notice)])
        case .extensionTooLong(let asked, let max): return say(.errorExtensionTooLong, [String(asked), String(max)])
        case .notAssisting: return say(.errorNotAssisting)
        case .tooLong(let field, let limit): return say(.errorTooLong, [Catalogue.fieldName(field, language), String(limit)])
        case .badText(let field): return say(.errorBadText, [Catalogue.fieldName(field, language)])
        case .calendar(let error): return error.message(language)
        case .conflict: return say(.errorConflict)
        case .unknownCase(let code): return say(.errorUnknownCase, [code])
        }
    }
}
