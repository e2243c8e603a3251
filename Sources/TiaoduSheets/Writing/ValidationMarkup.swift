// A worksheet's <dataValidations>: a decimal or whole-number rule (any value from -999999999999999
// to 999999999999999, so that only text is refused), or a dropdown list; blank always allowed,
// the input message shown on selection, the error message on refusal. A list too long for Excel
// (more than 255 characters) is written as its input message alone — the message should then name
// the choices — and left out when it has no message.

/// What one validation is written as.
private enum ValidationShape {
    case number(kind: StaticString)
    case list(formula: String)
    case promptOnly
}

extension WorksheetPart {
    static let promptLimit = 255
    static let errorLimit = 225

    func writeValidations(_ xml: inout XMLBytes) {
        var entries: [(validation: DataValidation, shape: ValidationShape)] = []
        for validation in sheet.validations {
            if let shape = Self.shape(of: validation) { entries.append((validation: validation, shape: shape)) }
        }
        guard !entries.isEmpty else { return }
        xml.raw("<dataValidations count=\"")
        xml.int(entries.count)
        xml.raw("\">")
        for entry in entries { Self.write(entry.validation, as: entry.shape, to: &xml) }
        xml.raw("</dataValidations>")
    }

    private static func shape(of validation: DataValidation) -> ValidationShape? {
        switch validation.rule {
        case .decimal:
            return .number(kind: "decimal")
        case .wholeNumber:
            return .number(kind: "whole")
        case .list(let items):
            if let formula = DataValidation.listFormula(items) { return .list(formula: formula) }
            return (validation.prompt ?? "").isEmpty ? nil : ValidationShape.promptOnly
        }
    }

    private static func write(_ validation: DataValidation, as shape: ValidationShape, to xml: inout XMLBytes) {
        xml.raw("<dataValidation")
        var refuses = true
        switch shape {
        case .number(let kind):
            xml.raw(" type=\"")
            xml.raw(kind)
            xml.raw("\" operator=\"between\"")
        case .list:
            xml.raw(" type=\"list\"")
        case .promptOnly:
            refuses = false
        }
        xml.raw(" allowBlank=\"1\"")
        if let prompt = validation.prompt, !prompt.isEmpty {
            xml.raw(" showInputMessage=\"1\" prompt=\"")
            xml.attribute(prompt.truncated(toUTF16: promptLimit))
            xml.raw("\"")
        }
        if refuses {
            xml.raw(" showErrorMessage=\"1\"")
            if let error = validation.error, !error.isEmpty {
                xml.raw(" error=\"")
                xml.attribute(error.truncated(toUTF16: errorLimit))
                xml.raw("\"")
            }
        }
        xml.raw(" sqref=\"")
        xml.plain(validation.range.reference)
        xml.raw("\"")
        switch shape {
        case .number:
            xml.raw("><formula1>-999999999999999</formula1><formula2>999999999999999</formula2></dataValidation>")
        case .list(let formula):
            xml.raw("><formula1>")
            xml.attribute(formula)
            xml.raw("</formula1></dataValidation>")
        case .promptOnly:
            xml.raw("/>")
        }
    }
}
