// What a case page's form posted, read into the command the store takes (CaseCommand), keeping
// every value as typed so that a refused form shows it again. A value that cannot be what its
// field wants (a deadline that is not a date, days that are not a number) is refused here, naming
// the field, with the store's own words (CaseError).
import TiaoduCore

struct CaseActionInput: Sendable {
    let action: CaseAction?
    /// each field's last value, as typed
    let values: [String: String]
    /// the assisting units chosen (a multiple select), in order
    let assisting: [String]

    static let fields = ["note", "attachment", "lead", "due", "days", "percent", "rating", "version"]

    init(_ pairs: [(String, String)]) {
        var values: [String: String] = [:]
        var assisting: [String] = []
        for (name, value) in pairs {
            if name == "assisting" {
                if !value.isEmpty, !assisting.contains(value) { assisting.append(value) }
            } else if Self.fields.contains(name) || name == "action" {
                values[name] = value
            }
        }
        action = values["action"].flatMap(CaseAction.init(rawValue:))
        self.values = values
        self.assisting = assisting
    }

    subscript(_ name: String) -> String { (values[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The command for `action`, or why its fields cannot make one.
    func command(_ action: CaseAction) throws -> CaseCommand {
        var command = CaseCommand(action, note: values["note"] ?? "")
        let attachment = self["attachment"]
        command.attachment = attachment.isEmpty ? nil : String(attachment.prefix(200))
        command.version = Int(self["version"])
        switch action {
        case .assign:
            let lead = self["lead"]
            guard !lead.isEmpty else { throw CaseError.required(field: "lead") }
            guard let unit = CaseUnit(lead) else { throw CaseError.unknownUnit(lead) }
            command.lead = unit
            var units: [CaseUnit] = []
            for text in assisting {
                guard let helper = CaseUnit(text) else { throw CaseError.unknownUnit(text) }
                if !units.contains(helper) { units.append(helper) }
            }
            command.assisting = units
            let due = self["due"]
            if !due.isEmpty {
                guard let day = Day(due) else { throw CaseError.required(field: "due") }
                command.due = day
            }
        case .askExtension:
            guard let days = Int(self["days"]) else { throw CaseError.required(field: "days") }
            command.days = days
        case .progress:
            let percent = self["percent"]
            if !percent.isEmpty {
                guard let value = Int(percent) else { throw CaseError.required(field: "percent") }
                command.percent = value
            }
        case .rate:
            guard let rating = Rating(rawValue: self["rating"]) else { throw CaseError.required(field: "rating") }
            command.rating = rating
        default:
            break
        }
        return command
    }

    /// The refusal as the page shows it, with what was typed.
    func failure(_ action: CaseAction, _ error: CaseError, _ language: Language) -> CaseFormFailure {
        CaseFormFailure(action: action, message: error.message(language), field: error.field, values: values, assisting: assisting)
    }
}
