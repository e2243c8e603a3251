// The pages' words, in zh-Hans and en: navigation, page titles, labels, buttons, messages — every
// word the server shows that is not generated text (those are Core's Catalogue: the bulletin's
// columns, status words, import reports). Code refers to a word by its key (PageLabel); the words
// themselves are in PageText+Frame.swift, PageText+Pages.swift and PageText+Sheets.swift. PageText.text takes either
// kind, so a page asks for a word without knowing whose it is.
import TiaoduCore

enum PageText {
    private static let entries = frameWords.merging(pageWords) { first, _ in first }.merging(sheetWords) { first, _ in first }

    static func text(_ label: PageLabel, _ language: Language) -> String {
        if let word = label.coreWord { return Catalogue.text(word, language) }
        if let word = label.coreProjectWord { return Catalogue.text(word, language) }
        guard let entry = entries[label] else { return label.rawValue }
        return language == .zh ? entry.zh : entry.en
    }

    /// `%d` / `%@` in a label filled in.
    static func format(_ label: PageLabel, _ language: Language, _ value: String) -> String {
        text(label, language).replacingOccurrences(of: "%d", with: value).replacingOccurrences(of: "%@", with: value)
    }

    /// A sentence with several values (`%@` in turn, or `%1$@`… by position).
    static func format(_ label: PageLabel, _ language: Language, _ values: [String]) -> String {
        Catalogue.fill(text(label, language), values)
    }

    /// The route a write came by (`csv`, `api`, `demo`, `form`), as a reader says it.
    static func route(_ source: String, _ language: Language) -> String {
        let labels: [String: PageLabel] = ["csv": .routeCSV, "api": .routeAPI, "demo": .routeDemo, "form": .routeForm]
        return labels[source].map { text($0, language) } ?? source
    }

    static func submission(_ status: SubmissionStatus, _ language: Language) -> String {
        text([.draft: PageLabel.draft, .submitted: .submitted, .approved: .approved, .accepted: .accepted][status] ?? .draft, language)
    }

    /// What a move did, as the page after it says.
    static func moved(_ action: ApprovalAction, _ language: Language) -> String {
        text([.submit: PageLabel.movedSubmit, .withdraw: .movedWithdraw, .approve: .movedApprove, .reject: .movedReject,
              .accept: .movedAccept, .unlock: .movedUnlock][action] ?? .movedSubmit, language)
    }

    static func action(_ action: ApprovalAction, _ language: Language) -> String {
        text([.submit: PageLabel.actSubmit, .withdraw: .actWithdraw, .approve: .actApprove, .reject: .actReject, .accept: .actAccept, .unlock: .actUnlock][action] ?? .actSubmit, language)
    }
}
