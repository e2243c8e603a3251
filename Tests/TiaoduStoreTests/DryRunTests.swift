// `--dry-run` on both databases: the whole import runs — checks, scope, locks, the write — inside
// a transaction that is rolled back, so the summary says what it would do and nothing is written,
// neither the rows nor the audit log; refused rows are refused the same.
import Testing
import TiaoduCore
@testable import TiaoduStore

@Suite struct DryRunTests {
    @Test(arguments: TestDatabase.all)
    func aDryRunSaysWhatWouldChangeAndWritesNothing(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            try await store.importCSV(.values, text: "org,indicator,period,value\na,sales,2021-01,10\n")
            let text = "org,indicator,period,value\na,sales,2021-01,12\nb,sales,2021-01,9\n"
            let records = try ImportKind.values.table(text).records
            let audited = try await store.auditLog.entries(limit: 1000).count

            let dry = try await store.write(.values, records: records, actor: "test", source: .csv, dryRun: true)
            #expect(dry.dryRun && dry.rows == 2 && dry.inserted == 1 && dry.changed == 1 && dry.unchanged == 0)
            #expect(try await store.auditLog.entries(limit: 1000).count == audited, "nothing in the audit log")
            let real = try await store.write(.values, records: records, actor: "test", source: .csv)
            #expect(!real.dryRun && real.inserted == 1 && real.changed == 1, "the dry run wrote nothing: the same rows are still new and changed")
            let again = try await store.write(.values, records: records, actor: "test", source: .csv, dryRun: true)
            #expect(again.unchanged == 2 && again.inserted == 0)

            let bad = try ImportKind.values.table("org,indicator,period,value\nnobody,sales,2021-01,1\n").records
            let refused = await failure { _ = try await store.write(.values, records: bad, actor: "test", source: .csv, dryRun: true) }
            #expect(refused?.issues.first?.line == 2)
        }
    }
}
