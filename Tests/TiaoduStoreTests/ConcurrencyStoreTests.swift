// Writers at once, on both databases: every acknowledged write is in its key's history chain
// exactly once (old → new unbroken), and no value lands after its unit's month was submitted.
// (PostgreSQL used to lose history rows and to accept values up to 594 ms after a submission.)
import Foundation
import Testing
import TiaoduCore
@testable import TiaoduStore

@Suite(.serialized) struct ConcurrencyStoreTests {
    static let admin = Principal(login: "admin", name: "admin", org: "city", roles: [.admin])

    @Test(arguments: TestDatabase.all)
    func concurrentWritersKeepTheHistoryChain(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            let writers = 20, rounds = 5
            let written = try await withThrowingTaskGroup(of: [String].self) { group in
                for writer in 0..<writers {
                    group.addTask {
                        var mine: [String] = []
                        for round in 0..<rounds {
                            let value = "\(writer + 1).\(round + 1)"
                            try await store.write(.values, records: [InputRecord(line: 1, fields: ["org": "a", "indicator": "sales", "period": "2021-01", "value": value])],
                                                  actor: "w\(writer)", source: .api, principal: Self.admin)
                            mine.append(value)
                        }
                        return mine
                    }
                }
                return try await group.reduce(into: [String]()) { $0 += $1 }
            }
            #expect(written.count == writers * rounds)
            let chain = try await store.figures.history(org: "a", indicator: "sales", period: Period("2021-01")!)
            // The first version, then one entry per replacement: every acknowledged write once.
            #expect(chain.count == writers * rounds, "\(chain.count) versions for \(written.count) writes")
            #expect(chain.compactMap(\.newValue).sorted() == written.sorted())
            for (previous, next) in zip(chain, chain.dropFirst()) {
                #expect(next.oldValue == previous.newValue, "the chain breaks at \(next.oldValue ?? "nil")")
            }
            let stored = try await store.figures.values(org: "a", indicator: "sales", from: Period("2021-01"), to: Period("2021-01"))
            #expect(stored.first?.value == chain.last?.newValue)
        }
    }

    @Test(arguments: TestDatabase.all)
    func noValueLandsAfterASubmission(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            let reporter = Principal(login: "rep", name: "rep", org: "a", roles: [.reporter])
            for trial in 1...6 {
                let period = Period.month(year: 2021, month: trial)
                let outcomes = await withTaskGroup(of: (Bool, Int64).self) { group in
                    for writer in 0..<8 {
                        group.addTask {
                            do {
                                try await store.write(.values, records: [InputRecord(line: 1, fields: ["org": "a", "indicator": "sales", "period": period.description,
                                                                                                   "value": "\(writer).\(trial)"])],
                                                      actor: "rep", source: .api, principal: reporter)
                                return (true, Store.now())
                            } catch { return (false, 0) }
                        }
                    }
                    group.addTask {
                        try? await Task.sleep(nanoseconds: UInt64(trial) * 1_000_000)
                        _ = try? await store.cycle.transition(org: "a", period: period, action: .submit, by: reporter, reason: nil, source: .api)
                        return (false, -1)
                    }
                    return await group.reduce(into: [(Bool, Int64)]()) { $0.append($1) }
                }
                let submitted = try #require(try await store.cycle.submissions(period: period).first { $0.org == "a" })
                // Every value that was written was written before the submission, never after.
                let stored = try await store.figures.values(org: "a", indicator: "sales", from: period, to: period)
                if let value = stored.first { #expect(value.updatedAt <= submitted.changedAt, "trial \(trial): a value after the submission") }
                let accepted = outcomes.filter(\.0).count
                let chain = try await store.figures.history(org: "a", indicator: "sales", period: period)
                #expect(chain.count == accepted, "trial \(trial): \(accepted) acknowledged, \(chain.count) in the history")
            }
        }
    }
}
