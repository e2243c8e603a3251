// The only way text reaches a page: escaped. Also the HTML document around every page.
import TiaoduCore

enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~".utf8)

    /// Text as one percent-encoded URL component (a path segment or a query value).
    static func percentEncoded(_ text: String) -> String {
        text.utf8.map { unreserved.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
    }

    /// A query string from pairs, percent-encoded (for a Location header).
    static func urlQuery(_ pairs: [(String, String)]) -> String {
        "?" + pairs.map { "\(percentEncoded($0.0))=\(percentEncoded($0.1))" }.joined(separator: "&")
    }

    /// A query string from pairs, percent-encoded and HTML-escaped for use in an attribute.
    static func query(_ pairs: [(String, String)]) -> String { escape(urlQuery(pairs)) }

    static func page(title: String, language: Language, body: String) -> String {
        """
        <!doctype html>
        <html lang="\(language == .zh ? "zh-Hans" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>\(Stylesheet.css)</style>
        </head>
        <body>
        \(body)
        </body>
        </html>
        """
    }
}
