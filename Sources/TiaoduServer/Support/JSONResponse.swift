// Responses of JSON, text and HTML, and the API's error shape.
import Vapor
import TiaoduCore
import TiaoduStore

extension Response {
    /// JSON text already written: a `JSONValue` rendered, or the OpenAPI document.
    static func json(_ text: String, status: HTTPStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: status, headers: headers, body: .init(string: text))
    }

    static func text(_ text: String, contentType: HTTPMediaType) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = contentType
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }

    static func html(_ text: String, status: HTTPStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'")
        return Response(status: status, headers: headers, body: .init(string: text))
    }
}

/// An API error: `{"error":"…","issues":[{"item":1,"column":"value","message":"…"}]}`.
struct APIError: Error {
    let status: HTTPStatus
    let message: String
    var issues: [ImportIssue] = []
    var itemWord = true

    func response(_ language: Language) -> Response {
        let body = Body(error: message, issues: issues.map { issue in
            Body.Issue(number: issue.line, itemWord: itemWord, column: issue.column, message: issue.reason.message(language))
        })
        // Strings and integers only: encoding it cannot fail.
        return .json((try? JSONValue(encoding: body)) ?? .null, status: status)
    }

    /// The JSON of every API error (the OpenAPI document's `Error`).
    struct Body: OpenAPIObject {
        let error: String
        let issues: [Issue]

        enum CodingKeys: String, CodingKey, CaseIterable {
            case error, issues
        }

        static func schema(_ key: CodingKeys) -> OpenAPIProperty {
            switch key {
            case .error: .string
            case .issues: .array(of: Issue.openAPISchema)
            }
        }

        /// One bad item of a batch: its 1-based number (`item` in a JSON array, `line` in a CSV
        /// file), the column and what is wrong.
        struct Issue: OpenAPIObject {
            let number: Int
            let itemWord: Bool
            let column: String?
            let message: String

            enum CodingKeys: String, CodingKey, CaseIterable {
                case item, line, column, message
            }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(number, forKey: itemWord ? .item : .line)
                if let column { try container.encode(column, forKey: .column) } else { try container.encodeNil(forKey: .column) }
                try container.encode(message, forKey: .message)
            }

            static func schema(_ key: CodingKeys) -> OpenAPIProperty {
                switch key {
                case .item, .line: .integer.optional
                case .column: .string.nullable
                case .message: .string
                }
            }
        }
    }
}

/// Turns every error of an API route into the JSON error shape, without internals in the text.
struct APIErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let error as APIError {
            return error.response(request.language)
        } catch let failure as ImportFailure {
            let more = failure.more > 0 ? " " + PageText.format(.moreIssues, request.language, String(failure.more)) : ""
            return APIError(status: .badRequest, message: PageText.text(.importFailed, request.language) + more, issues: failure.issues).response(request.language)
        } catch where Store.isBusy(error) {
            // Too many writers at once, or another process holds the database: come back shortly.
            let response = APIError(status: .serviceUnavailable, message: request.language == .zh ? "系统繁忙，请稍后重试（未写入任何数据）" : "busy: nothing was written; try again in a moment").response(request.language)
            response.headers.replaceOrAdd(name: .retryAfter, value: "2")
            return response
        } catch let abort as any AbortError {
            return APIError(status: abort.status, message: abort.reason).response(request.language)
        } catch {
            request.logger.report(error: error)
            return APIError(status: .internalServerError, message: "internal error").response(request.language)
        }
    }
}

/// Headers every response carries: no framing by other sites (clickjacking), no type sniffing,
/// no full URLs sent to other sites.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        return response
    }
}

extension Request {
    /// `?lang=` first, then the `lang` cookie, then `Accept-Language`.
    var language: Language {
        if let query = try? query.get(String.self, at: "lang"), let language = Language(rawValue: query) { return language }
        if let cookie = cookies["lang"]?.string, let language = Language(rawValue: cookie) { return language }
        return Language(acceptLanguage: headers.first(name: .acceptLanguage))
    }

    func period(_ name: String = "period") throws -> Period? {
        guard let raw = try? query.get(String.self, at: name), !raw.isEmpty else { return nil }
        guard let period = Period(raw) else {
            throw APIError(status: .badRequest, message: "bad \(name) “\(raw)”: use 2021-08, 2021Q3 or 2021")
        }
        return period
    }
}
