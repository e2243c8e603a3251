// The dashboard's cases line (signed in), under the figures' tally: the scope's open cases and how many are red, yellow and
// blue today, and what waits for the reader — each number a link to the ledger or the inbox
// filtered to it. Counted from the cases the reader may read only.
import TiaoduCore
import TiaoduStore

enum CasesCard {
    struct Counts {
        var open = 0
        var colours: [(CaseColour, Int)] = []
        var waiting = 0
    }

    static func load(_ store: Store, _ principal: Principal?, scope: String, today: Day) async throws -> Counts? {
        guard let principal else { return nil }
        var query = CaseQuery()
        // the reader's own unit: every case they may read (its own, those below, those it handles);
        // another scope: the cases belonging there
        query.org = scope.isEmpty || scope == principal.org ? nil : scope
        query.open = true
        query.limit = 1
        var counts = Counts()
        counts.open = try await store.cases.ledger(query, for: principal, today: today).total
        for colour in [CaseColour.red, .yellow, .blue] {
            query.colour = colour
            counts.colours.append((colour, try await store.cases.ledger(query, for: principal, today: today).total))
        }
        counts.waiting = try await store.cases.inbox(for: principal, today: today).count
        return counts
    }

    static func render(_ counts: Counts?, scope: String, _ p: PageContext) -> Node {
        guard let counts, counts.open > 0 || counts.waiting > 0 else { return .empty }
        func ledger(_ extra: [(String, String)]) -> String {
            Link.to("/cases", [("open", "true")] + (scope.isEmpty ? [] : [("org", scope)]) + extra + [("lang", p.language.rawValue)])
        }
        var items: [Node] = [.li(.a(.span(.text(p.text(.casesOpenCount))).class("muted"), " ", .strong("\(counts.open)")).href(ledger([])))]
        for (colour, count) in counts.colours where count > 0 {
            items.append(.li(.a(.span(.text(Catalogue.colourName(colour, p.language))).class("c-\(colour.rawValue)"), " ", .strong("\(count)"))
                .href(ledger([("colour", colour.rawValue)]))))
        }
        if counts.waiting > 0 {
            items.append(.li(.a(.span(.text(p.text(.casesWaiting))).class("muted"), " ", .strong("\(counts.waiting)"))
                .href(Link.to("/inbox", [("lang", p.language.rawValue)]))))
        }
        // one line beside the figures' tally: the heading is its first item
        return .ul([.li(.a(.strong(.text(p.text(.casesSection)))).href(ledger([])))] + items).class("tally cases-tally")
    }
}
