// The only way text reaches a page: escaped. Also the shared page frame and its stylesheet.
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

    /// A query string from pairs, percent-encoded and HTML-escaped for use in an attribute.
    static func query(_ pairs: [(String, String)]) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~".utf8)
        func encode(_ s: String) -> String {
            s.utf8.map { allowed.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
        }
        return escape("?" + pairs.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&"))
    }

    static func page(title: String, language: Language, body: String) -> String {
        """
        <!doctype html>
        <html lang="\(language == .zh ? "zh-Hans" : "en")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>\(stylesheet)</style>
        </head>
        <body>
        \(body)
        </body>
        </html>
        """
    }

    static let stylesheet = """
    :root{--ink:#1d2733;--muted:#5b6672;--line:#d9dee4;--head:#f3f5f8;--green:#1e7b3c;--amber:#a86500;--red:#b3261e;--brand:#9c1c1c}
    *{box-sizing:border-box}
    body{margin:0;font:14px/1.5 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:var(--ink);background:#fff}
    header{display:flex;flex-wrap:wrap;align-items:baseline;gap:.5rem 1.5rem;padding:.8rem 1.2rem;border-bottom:3px solid var(--brand)}
    header .brand{font-size:1.3rem;font-weight:700;color:var(--brand);text-decoration:none}
    header .tagline{color:var(--muted)}
    header nav{margin-left:auto;display:flex;gap:1rem}
    main{padding:1rem 1.2rem;max-width:1400px}
    h1{font-size:1.25rem;margin:.2rem 0 .8rem}
    .notice{background:#fff7e0;border:1px solid #f0d58a;padding:.4rem .8rem;margin-bottom:1rem;color:#6b4e00}
    form.pickers{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:end;margin-bottom:1rem}
    form.pickers label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
    select,button{font:inherit;padding:.25rem .5rem}
    .scroll{overflow-x:auto}
    table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
    caption{text-align:left;font-weight:700;padding:.9rem 0 .3rem;font-size:1.02rem}
    caption .unit{font-weight:400;color:var(--muted);margin-left:.4rem}
    th,td{border:1px solid var(--line);padding:.3rem .5rem;white-space:nowrap}
    thead th{background:var(--head);font-weight:600;font-size:.85rem}
    td.num{text-align:right}
    tbody th{text-align:left;font-weight:400;white-space:normal;min-width:6rem}
    tr.parent td,tr.parent th{font-weight:700;background:#fafbfc}
    .s-green{color:var(--green)} .s-amber{color:var(--amber)} .s-red{color:var(--red);font-weight:700}
    .s-green::before{content:"● "} .s-amber::before{content:"▲ "} .s-red::before{content:"■ "}
    .flag{color:var(--red)}
    footer{color:var(--muted);font-size:.85rem;padding:1rem 1.2rem;border-top:1px solid var(--line)}
    @media print{header nav,form.pickers,.notice{display:none}body{font-size:10pt}th,td{padding:2px 4px}}
    """
}
