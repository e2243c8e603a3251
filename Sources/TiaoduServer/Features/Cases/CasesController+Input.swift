// Reading a request to the case engine's API: its JSON body (400 when it is not the shape, 422 for
// a value at fault) and its query parameters (400 in the request's language).
import Vapor
import TiaoduCore
import TiaoduStore

extension CasesController {
    // MARK: - The body (422 for a value at fault)

    static func decode<Body: Decodable>(_ request: Request, _: Body.Type, shape: String) throws -> Body {
        guard let body = try? request.content.decode(Body.self, as: .json) else {
            throw APIError(status: .badRequest, message: request.language == .zh ? "请求体应为 JSON：\(shape)" : "the body must be JSON: \(shape)")
        }
        return body
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// A body's optional text, trimmed: nil when left out or empty, 422 when it cannot be stored in `field`.
    static func optionalText(_ raw: String?, _ field: String, limit: Int, _ l: Language) throws -> String? {
        guard let value = nonEmpty(raw) else { return nil }
        try check(value, field, limit: limit, l)
        return value
    }

    /// 422 when `value` cannot be stored in `field`: too long, or a character no field takes.
    static func check(_ value: String, _ field: String, limit: Int, _ l: Language) throws {
        guard let reason = TextLimits.problem(value, limit: limit) else { return }
        if case .tooLong = reason { throw Refusal(CaseError.tooLong(field: field, limit: limit).message(l), field: field) }
        throw Refusal(Catalogue.fieldName(field, l) + (l == .zh ? "" : " ") + reason.message(l), field: field)
    }

    /// 422 for a body's value that is none of the choices.
    static func badChoice<Value: CaseIterable & RawRepresentable>(_ field: String, _ raw: String?, _: Value.Type, _ l: Language) -> Refusal where Value.RawValue == String {
        let allowed = Value.allCases.map(\.rawValue)
        let shown = Self.clip(raw ?? "")
        if shown.isEmpty {
            return Refusal(l == .zh ? "请填写 \(field)（可选 \(allowed.joined(separator: "、"))）。" : "\(field) is required: \(allowed.joined(separator: ", ")).", field: field)
        }
        return Refusal(l == .zh ? "\(field)“\(shown)”有误：可选 \(allowed.joined(separator: "、"))。" : "bad \(field) “\(shown)”: use \(allowed.joined(separator: ", ")).", field: field)
    }

    /// A body's date (422 when it is not one); nil when left out.
    static func day(_ raw: String?, _ field: String, _ l: Language) throws -> Day? {
        guard let raw = nonEmpty(raw) else { return nil }
        guard let day = Day(raw) else { throw Refusal(Catalogue.fieldName(field, l) + (l == .zh ? "" : " ") + ImportReason.badDate(raw).message(l), field: field) }
        return day
    }

    // MARK: - Query parameters (400 in the request's language)

    static func bad(_ l: Language, _ name: String, _ value: String, zh: String, en: String) -> APIError {
        let shown = clip(value)
        return APIError(status: .badRequest, message: l == .zh ? "参数 \(name)“\(shown)”有误：\(zh)。" : "bad \(name) “\(shown)”: \(en).")
    }

    static func clip(_ value: String) -> String { value.count > 40 ? String(value.prefix(40)) + "…" : value }

    /// An optional parameter, trimmed; nil when absent or empty.
    static func text(_ request: Request, _ name: String, limit: Int = TextLimits.name) throws -> String? {
        guard let raw = try? request.query.get(String.self, at: name) else { return nil }
        let value = raw.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return nil }
        if let reason = TextLimits.problem(value, limit: limit) { throw bad(request.language, name, value, zh: reason.message(.zh), en: reason.message(.en)) }
        return value
    }

    static func choice<Value: CaseIterable & RawRepresentable>(_ request: Request, _ name: String, _: Value.Type) throws -> Value? where Value.RawValue == String {
        guard let raw = try text(request, name) else { return nil }
        guard let value = Value(rawValue: raw) else { throw notAChoice(request.language, name, raw, Value.self) }
        return value
    }

    /// 400 for a parameter (of the query or the path) that is none of the choices.
    static func notAChoice<Value: CaseIterable & RawRepresentable>(_ l: Language, _ name: String, _ raw: String, _: Value.Type) -> APIError where Value.RawValue == String {
        let allowed = Value.allCases.map(\.rawValue)
        return bad(l, name, raw, zh: "可选 " + allowed.joined(separator: "、"), en: "use " + allowed.joined(separator: ", "))
    }

    static func day(_ request: Request, _ name: String) throws -> Day? {
        guard let raw = try text(request, name) else { return nil }
        guard let day = Day(raw) else { throw bad(request.language, name, raw, zh: "请写作2021-09-30", en: "use a date such as 2021-09-30") }
        return day
    }

    static func number(_ request: Request, _ name: String, _ range: ClosedRange<Int>) throws -> Int? {
        guard let raw = try text(request, name) else { return nil }
        guard let number = Int(raw), range.contains(number) else {
            throw bad(request.language, name, raw, zh: "须为\(range.lowerBound)至\(range.upperBound)的整数", en: "use a whole number \(range.lowerBound)–\(range.upperBound)")
        }
        return number
    }
}
