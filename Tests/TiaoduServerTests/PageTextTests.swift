// The server's words: every page label says something in both languages, and the words pages
// share with generated text are Core's own (so a page and a bulletin never differ).
import Testing
import TiaoduCore
@testable import TiaoduServer

struct PageTextTests {
    @Test func everyLabelHasBothLanguages() {
        // A missing word falls back to its key, which is never Chinese; English words may be their key ("monthly").
        for label in PageLabel.allCases {
            #expect(PageText.text(label, .zh) != label.rawValue, "\(label) has no Chinese")
            #expect(!PageText.text(label, .en).isEmpty, "\(label) has no English")
        }
    }

    @Test func sharedWordsAreCoresOwn() {
        #expect(PageText.text(.completion, .zh) == Catalogue.text(Label.completion, .zh))
        #expect(PageText.text(.startRate, .en) == Catalogue.text(ProjectLabel.startRate, .en))
        // A word is the server's or Core's, never both with different texts.
        let shared = PageLabel.allCases.filter { $0.coreWord != nil || $0.coreProjectWord != nil }
        #expect(shared.count == 20 + 35, "the bulletin's words and the projects' generated-text words")
    }
}
