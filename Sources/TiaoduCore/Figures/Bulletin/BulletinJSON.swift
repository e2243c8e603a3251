// The bulletin as JSON, exactly in the shape of the CLI/API contract. Numbers are unrounded
// decimal literals (never passed through binary floating point); null where a figure is absent.
import Foundation

extension Bulletin {
    public func json() -> String {
        var out = "{\"period\":\(JSONText.string(period.description)),\"parent\":\(JSONText.string(parent)),"
        if let preliminary { out += "\"status\":\(preliminary ? "\"preliminary\"" : "\"accepted\""),"  }
        out += "\"rows\":["
        for (index, row) in rows.enumerated() {
            if index > 0 { out += "," }
            out += row.json()
        }
        return out + "]}"
    }
}

extension BulletinRow {
    public func json() -> String {
        let fields: [(String, String)] = [
            ("org", JSONText.string(org)),
            ("indicator", JSONText.string(indicator)),
            ("isParent", isParent ? "true" : "false"),
            ("peerGroup", JSONText.string(peerGroup)),
            ("ytd", JSONText.number(ytd)),
            ("growth", JSONText.number(growth)),
            ("growthUnit", growth == nil ? "null" : growthInPoints ? "\"points\"" : "\"%\""),
            ("growthSource", JSONText.string(growthSource?.rawValue)),
            ("growthMismatch", growthMismatch ? "true" : "false"),
            ("target", JSONText.number(target)),
            ("targetType", JSONText.string(targetType?.rawValue)),
            ("completion", JSONText.number(completion)),
            ("schedule", JSONText.number(schedule)),
            ("gap", JSONText.number(gap)),
            ("requiredPace", JSONText.number(requiredPace)),
            ("requiredGrowth", JSONText.number(requiredGrowth)),
            ("status", JSONText.string(status?.rawValue)),
            ("rank", rank.json()),
            ("previousRank", previousRank.json()),
            ("childrenSum", JSONText.number(childrenSum)),
            ("mismatch", mismatch ? "true" : "false"),
            ("monthsReported", JSONText.int(monthsReported)),
            ("partial", partial ? "true" : "false"),
        ]
        return "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
}

extension Ranks {
    func json() -> String {
        "{\"total\":\(JSONText.int(total)),\"growth\":\(JSONText.int(growth)),\"completion\":\(JSONText.int(completion))}"
    }
}

/// Minimal JSON literals for hand-built documents.
public enum JSONText {
    public static func string(_ value: String?) -> String {
        guard let value else { return "null" }
        var out = ""
        append(value, to: &out)
        return out
    }

    /// A string literal appended to `out` (most text needs no escaping: it is copied at once).
    public static func append(_ value: String, to out: inout String) {
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C }) else {
            out += "\""
            out += value
            out += "\""
            return
        }
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        out += "\""
    }

    public static func number(_ value: Figure?) -> String { value?.jsonLiteral ?? "null" }

    /// A stored decimal text as a JSON number literal: as entered (`629.0` stays `629.0`) when
    /// that is valid JSON, otherwise its canonical value (`.5` → `0.5`, `007` → `7`).
    public static func number(text: String?) -> String {
        guard let text, let value = DecimalText.parse(text) else { return "null" }
        let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        let integer = parts[0], fraction = parts.count > 1 ? parts[1] : nil
        let validInteger = integer == "0" || (!integer.isEmpty && integer.first != "0")
        let validFraction = fraction.map { !$0.isEmpty } ?? true
        return validInteger && validFraction ? text : value.jsonLiteral
    }

    public static func int(_ value: Int?) -> String { value.map(String.init) ?? "null" }
}
