// A download's headers: the file name says what and when (「扬州市-2021年1—9月-通报.xlsx」), in
// UTF-8 for browsers that read it (RFC 6266 `filename*`) and plain ASCII for those that do not.
import Vapor

enum Download {
    static func disposition(name: String, fallback: String) -> String {
        "attachment; filename=\"\(fallback)\"; filename*=UTF-8''" + Link.segment(name)
    }

    /// A file response: the bytes, their type and the name to save them under.
    static func file(_ data: Data, type: HTTPMediaType, name: String, fallback: String) -> Response {
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType = type
        response.headers.replaceOrAdd(name: .contentDisposition, value: disposition(name: name, fallback: fallback))
        return response
    }

    static let xlsx = HTTPMediaType(type: "application", subType: "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
}
