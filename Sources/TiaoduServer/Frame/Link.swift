// Links inside the site: a path segment or query value percent-encoded, never glued raw. The
// result is an attribute value, so the page escapes it when it renders.
enum Link {
    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~".utf8)

    /// Text as one percent-encoded URL component (a path segment or a query value).
    static func segment(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            if unreserved.contains(byte) {
                out.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += byte < 16 ? "%0" + hex : "%" + hex
            }
        }
        return out
    }

    /// A query string from pairs, percent-encoded ("" for none).
    static func query(_ pairs: [(String, String)]) -> String {
        pairs.isEmpty ? "" : "?" + pairs.map { "\(segment($0.0))=\(segment($0.1))" }.joined(separator: "&")
    }

    /// A path with a query: `Link.to("/league", [("indicator", code)])`.
    static func to(_ path: String, _ pairs: [(String, String)]) -> String { path + query(pairs) }
}
