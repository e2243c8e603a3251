import Foundation

// The two languages of the UI: Chinese first, English second.

public enum Language: String, Sendable, CaseIterable {
    case zh, en

    /// Picks the language from an `Accept-Language` header, by the first listed language that
    /// is one of ours (quality weights honoured); Chinese when nothing matches.
    public init(acceptLanguage header: String?) {
        guard let header else { self = .zh; return }
        let choices = header.split(separator: ",").map { part -> (String, Double) in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            let tag = pieces.first?.lowercased() ?? ""
            let q = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (tag, q)
        }
        for (tag, _) in choices.sorted(by: { $0.1 > $1.1 }) {
            if tag.hasPrefix("zh") { self = .zh; return }
            if tag.hasPrefix("en") { self = .en; return }
        }
        self = .zh
    }
}
