// Reads typed fields out of one record, collecting an issue for each bad field instead of
// stopping at the first, so a user sees every problem of a file at once.
import Foundation

struct FieldReader {
    let record: InputRecord
    var issues: [ImportIssue] = []

    /// Every field is checked against its length and character limits first.
    init(_ record: InputRecord) {
        self.record = record
        record.forEachField { column, value in
            if let problem = TextLimits.problem(value, limit: TextLimits.limit(of: column)) { fail(column, problem) }
        }
    }

    /// A new code (of a unit, an indicator, a project): letters, digits, - _ . only.
    mutating func code(_ column: String) -> String? {
        guard let value = required(column) else { return nil }
        guard TextLimits.isCode(value) else { fail(column, .badCode(value)); return nil }
        return value
    }

    func text(_ column: String) -> String? {
        guard let value = record[column], !value.isEmpty else { return nil }
        return value
    }

    mutating func fail(_ column: String?, _ reason: ImportReason) {
        issues.append(ImportIssue(line: record.line, column: column, reason: reason))
    }

    mutating func required(_ column: String) -> String? {
        guard let value = text(column) else { fail(column, .required); return nil }
        return value
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ column: String, _: T.Type, default fallback: T? = nil) -> T? where T.RawValue == String {
        guard let raw = text(column) else {
            if fallback == nil { fail(column, .required) }
            return fallback
        }
        guard let value = T(rawValue: raw) else {
            fail(column, .badChoice(raw, allowed: T.allCases.map(\.rawValue)))
            return nil
        }
        return value
    }

    /// A decimal number, read leniently where unambiguous (NumberInput: thousands separators,
    /// full-width digits, spaces); returns the plain decimal text to store and its value. `unit`:
    /// what the column is measured in (the indicator's unit), for the message when a scale or
    /// unit was typed after the number (「12.3亿」).
    mutating func decimal(_ column: String, required isRequired: Bool, unit: String? = nil) -> (text: String, value: Figure)? {
        guard let raw = text(column) else {
            if isRequired { fail(column, .required) }
            return nil
        }
        switch NumberInput.normalise(raw) {
        case .success(let number):
            return (number.text, number.value)
        case .failure(let refusal):
            switch refusal {
            case .notNumber: fail(column, .notNumber(raw))
            case .tooManyDigits: fail(column, .tooManyDigits(raw))
            case .badGrouping: fail(column, .badGrouping(raw))
            case .suffix(let suffix): fail(column, .unitInNumber(raw, suffix: suffix, unit: unit))
            }
            return nil
        }
    }

    mutating func integer(_ column: String, in range: ClosedRange<Int>, default fallback: Int? = nil) -> Int? {
        guard let raw = text(column) else {
            if fallback == nil { fail(column, .required) }
            return fallback
        }
        guard let value = Int(raw) else { fail(column, .notInteger(raw)); return nil }
        guard range.contains(value) else {
            fail(column, .outOfRange(raw, allowed: "\(range.lowerBound)–\(range.upperBound)"))
            return nil
        }
        return value
    }

    /// A month (`2021-08`), when the column must name one.
    mutating func month(_ column: String) -> Period? {
        guard let period = period(column) else { return nil }
        guard period.frequency == .monthly else { fail(column, .wrongFrequency(period, expected: .monthly)); return nil }
        return period
    }

    mutating func period(_ column: String) -> Period? {
        guard let raw = required(column) else { return nil }
        guard let period = DateInput.period(raw) else { fail(column, .badPeriod(raw)); return nil }
        return period
    }
}

/// Remembers the first line of each key, to report duplicates within one input.
struct DuplicateGuard<Key: Hashable> {
    private var firstLines: [Key: Int] = [:]

    init(capacity: Int = 0) { firstLines.reserveCapacity(capacity) }

    /// Returns the line the key was first seen on when this is a repeat.
    mutating func repeatOf(_ key: Key, line: Int) -> Int? {
        if let first = firstLines[key] { return first }
        firstLines[key] = line
        return nil
    }
}
