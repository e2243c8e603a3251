import Foundation
import Logging
import Testing
import TiaoduCore
import TiaoduDemo
@testable import TiaoduStore

let orgsCSV = """
code,name,parent,kind,peer_group
city,市,,city,
a,甲县,city,county,县
b,乙县,city,county,县

"""
let indicatorsCSV = """
code,name,unit,frequency,accumulation,direction,growth_basis,aggregation,decimals,numerator,denominator
sales,开票销售,亿元,monthly,flow,up,nominal,sum,2,,
gdp,地区生产总值,亿元,quarterly,cumulative,up,real,reported,2,,

"""

func seeded(_ store: Store) async throws {
    try await store.importCSV(.orgs, text: orgsCSV)
    try await store.importCSV(.indicators, text: indicatorsCSV)
}

func failure(_ body: () async throws -> Void) async -> ImportFailure? {
    do { try await body() } catch let failure as ImportFailure { return failure } catch { Issue.record("unexpected \(error)") }
    return nil
}

@Suite(.serialized) struct StoreTests {
    /// A kind added to ImportKind without its write in the store would fail here, not at a user's import.
    @Test func everyImportKindHasAWrite() {
        for kind in ImportKind.allCases {
            #expect(kind.contract is any StoredImport.Type, "\(kind)")
            #expect(Store.storedImport(kind).kind == kind)
        }
    }

    @Test(arguments: TestDatabase.all)
    func migrationsRunOnceAndTheStoreReopens(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            #expect(try await store.figures.isEmpty())
            try await seeded(store)
            #expect(try await store.figures.orgs().map(\.code) == ["city", "a", "b"])
            #expect(try await store.figures.indicators().map(\.code) == ["sales", "gdp"])
        }
    }

    @Test(arguments: TestDatabase.all)
    func valuesAreStoredExactlyAsEntered(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            try await store.importCSV(.values, text: "org,indicator,period,value,growth\na,sales,2021-01,629.0,\na,sales,2021-02,0.10,3.50\nb,gdp,2021Q1,123456789012.4567,7.9\n")
            let values = try await store.figures.values(org: nil, indicator: nil)
            #expect(values.map(\.value) == ["629.0", "0.10", "123456789012.4567"])
            #expect(values.map(\.growth) == [nil, "3.50", "7.9"])
            let workspace = try await store.figures.workspace(for: .month(year: 2021, month: 2))
            #expect(workspace.observation(org: "b", indicator: "gdp", period: .quarter(year: 2021, quarter: 1))?.value == Figure("123456789012.4567"))
        }
    }

    @Test(arguments: TestDatabase.all)
    func aFileWithABadRowWritesNothing(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            let bad = "org,indicator,period,value\na,sales,2021-01,10\nb,sales,2021-01,ten\nc,sales,2021-01,5\n"
            let failed = await failure { try await store.importCSV(.values, text: bad) }
            #expect(failed?.issues == [
                ImportIssue(line: 3, column: "value", reason: .notNumber("ten")),
                ImportIssue(line: 4, column: "org", reason: .unknownOrg("c")),
            ])
            #expect(try await store.figures.values().isEmpty)
            #expect(try await store.figures.history(org: "a", indicator: "sales").isEmpty)
        }
    }

    @Test(arguments: TestDatabase.all)
    func reimportReplacesAndKeepsHistory(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            let first = try await store.importCSV(.values, text: "org,indicator,period,value\na,sales,2021-01,10\na,sales,2021-02,11\n", actor: "alice")
            #expect(first == ImportSummary(kind: .values, rows: 2, inserted: 2, changed: 0, unchanged: 0))
            let second = try await store.importCSV(.values, text: "org,indicator,period,value\na,sales,2021-01,12\na,sales,2021-02,11\n", actor: "bob")
            #expect(second == ImportSummary(kind: .values, rows: 2, inserted: 0, changed: 1, unchanged: 1))
            let history = try await store.figures.history(org: "a", indicator: "sales", period: Period("2021-01")!)
            #expect(history.map(\.oldValue) == [nil, "10"])
            #expect(history.map(\.newValue) == ["10", "12"])
            #expect(history.map(\.changedBy) == ["alice", "bob"])
            #expect(history.allSatisfy { $0.source == "csv" && $0.kind == "value" })
            #expect(try await store.figures.values(org: "a", indicator: "sales").first?.value == "12")
            #expect(try await store.figures.history(org: "a", indicator: "sales", period: Period("2021-02")!).count == 1)
        }
    }

    @Test(arguments: TestDatabase.all)
    func targetsReplaceWithHistory(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            try await store.importCSV(.targets, text: "org,indicator,year,type,value\na,sales,2021,amount,150.0\na,gdp,2021,growth,7\n")
            try await store.importCSV(.targets, text: "org,indicator,year,type,value\na,sales,2021,amount,160\n")
            #expect(try await store.figures.targets(year: 2021).map(\.value) == ["7", "160"])
            #expect(try await store.figures.targets(year: 2020).isEmpty)
            let history = try await store.figures.history(org: "a", indicator: "sales")
            #expect(history.map(\.kind) == ["target", "target"])
            #expect(history.last?.oldValue == "150.0")
        }
    }

    @Test(arguments: TestDatabase.all)
    func treeRulesHoldAgainstTheStoredTree(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            let cycle = await failure { try await store.importCSV(.orgs, text: "code,name,parent,kind\ncity,市,a,city\n") }
            #expect(cycle?.issues.first?.reason == .parentCycle(["city", "a", "city"]))
            let root = await failure { try await store.importCSV(.orgs, text: "code,name,parent,kind\nother,另一个市,,city\n") }
            #expect(root?.issues.first?.reason == .secondRoot(existing: "city"))
            try await store.importCSV(.orgs, text: "code,name,parent,kind,peer_group,name_en\na,甲区,city,county,县,Jia\n")
            let a = try await store.figures.orgs().first { $0.code == "a" }
            #expect(a?.name == "甲区")
            #expect(a?.nameEn == "Jia")
            #expect(try await store.figures.orgs().map(\.code) == ["city", "a", "b"], "order of first import is kept")
        }
    }

    @Test(arguments: TestDatabase.all)
    func frequencyCannotChangeUnderStoredValues(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            try await store.importCSV(.values, text: "org,indicator,period,value\na,sales,2021-01,10\n")
            let changed = await failure {
                try await store.importCSV(.indicators, text: "code,name,unit,frequency,accumulation,direction,growth_basis,aggregation,decimals\nsales,开票销售,亿元,quarterly,flow,up,nominal,sum,2\n")
            }
            #expect(changed?.issues.first?.reason == .frequencyInUse(.monthly))
        }
    }

    @Test(arguments: TestDatabase.all)
    func sqlAndHTMLMetacharactersAreStoredInert(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let evil = "x'); DROP TABLE org_units;-- <script>alert(1)</script>"
            // Codes are letters, digits and - _ . only: a quote, a slash or a NUL never reaches a key.
            for code in ["r'1", "a/b", "x\u{202E}y", "a b"] {
                let refused = await #expect(throws: ImportFailure.self) {
                    try await store.importCSV(.orgs, text: "code,name,parent,kind\n\"\(code)\",n,,city\n")
                }
                #expect(refused?.issues.contains { $0.reason == .badCode(code) } == true, "\(code)")
            }
            try await store.importCSV(.orgs, text: "code,name,parent,kind\nr1,\"\(evil.replacingOccurrences(of: "\"", with: "\"\""))\",,city\n")
            #expect(try await store.figures.orgs().first?.name == evil)
            // Rows travel to SQLite inside one JSON document: its metacharacters stay inert too.
            let json = "a\\\"b\\\\c\"],[null,\"\\u0000 邗江 🏭 ]"
            try await store.importCSV(.orgs, text: "code,name,parent,kind\nj,\"\(json.replacingOccurrences(of: "\"", with: "\"\""))\",r1,county\n")
            #expect(try await store.figures.orgs().first { $0.code == "j" }?.name == json)
            // A name is one line: tabs, line breaks and direction overrides are refused.
            let control = await #expect(throws: ImportFailure.self) {
                try await store.importCSV(.orgs, text: "code,name,parent,kind\nk,\"a\tb\",j,town\n")
            }
            #expect(control?.issues.first?.reason == .badCharacter(false))
            // A large batch goes through COPY on PostgreSQL: backslashes and \N inert.
            let copyEvil = "a\\N c\\\\d\\t 邗江"
            let many = (1...1_200).map { "m\($0),\"\(copyEvil)\($0)\",j,town" }.joined(separator: "\n")
            try await store.importCSV(.orgs, text: "code,name,parent,kind\n" + many + "\n")
            let stored = try await store.figures.orgs()
            #expect(stored.count == 1_202)
            #expect(stored.first { $0.code == "m1200" }?.name == copyEvil + "1200")
        }
    }

    @Test(arguments: TestDatabase.all)
    func valueQueriesFilterByUnitIndicatorAndPeriod(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            try await store.importCSV(.values, text: "org,indicator,period,value\na,sales,2020-12,9\na,sales,2021-01,10\na,sales,2021-02,11\nb,sales,2021-01,20\nb,gdp,2021Q1,5\n")
            #expect(try await store.figures.values(org: "a").count == 3)
            #expect(try await store.figures.values(indicator: "sales", from: Period("2021-01"), to: Period("2021-01")).map(\.org) == ["a", "b"])
            #expect(try await store.figures.values(org: "a", from: Period("2021-02")).map(\.period) == ["2021-02"])
            #expect(try await store.figures.liveWorkspace().workspace.latestMonth == .month(year: 2021, month: 3))
        }
    }

    /// The demo loads through the import pipeline, and the bulletin from stored data is the one
    /// computed from the validated files directly: storage changes no figure.
    @Test(arguments: TestDatabase.all)
    func demoRoundTripsThroughStorage(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            let demo = DemoWorkspace()
            for (kind, text) in demo.files { try await store.importCSV(kind, text: text, actor: "demo", source: .demo) }
            #expect(try await store.figures.orgs().count > 2100)
            let period = DemoWorkspace.currentPeriod
            let stored = try BulletinEngine(try await store.figures.workspace(for: period)).bulletin(period: period)
            let orgs = try OrgImport.validate(ImportKind.orgs.table(demo.orgs).records, existing: [])
            let indicators = try IndicatorImport.validate(ImportKind.indicators.table(demo.indicators).records, existing: [])
            let byCode = Dictionary(uniqueKeysWithValues: indicators.map { ($0.code, $0) })
            let targets = try TargetImport.validate(ImportKind.targets.table(demo.targets).records, orgs: Set(orgs.map(\.code)), indicators: byCode)
            let values = try ValueImport.validate(ImportKind.values.table(demo.values).records, orgs: Set(orgs.map(\.code)), indicators: byCode)
            let direct = try BulletinEngine(Workspace(orgs: orgs, indicators: indicators, targets: targets.map(\.target), observations: values.map(\.observation))).bulletin(period: period)
            #expect(stored.json() == direct.json())
            // Loading the same files again changes nothing and writes no history.
            let again = try await store.importCSV(.values, text: demo.values)
            #expect(again.changed == 0 && again.inserted == 0)
        }
    }

    /// The server's in-memory workspace: a write of this process is applied in place; a write
    /// of another process (another Store on the same database) is noticed and loaded.
    @Test(arguments: TestDatabase.all)
    func liveWorkspaceStaysCurrent(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            try await store.importCSV(.values, text: "org,indicator,period,value\na,sales,2021-01,10\n")
            let (first, r1) = try await store.figures.liveWorkspace()
            let sales = try #require(first.indicator("sales"))
            #expect(FigureCalculator(first).ytd(org: "a", indicator: sales, at: AsOf(year: 2021, month: 1)) == 10)
            try await store.importCSV(.values, text: "org,indicator,period,value\na,sales,2021-01,12.5\nb,sales,2021-01,1\n")
            let (second, r2) = try await store.figures.liveWorkspace()
            #expect(r2 == r1 + 1)
            #expect(FigureCalculator(second).ytd(org: "city", indicator: sales, at: AsOf(year: 2021, month: 1)) == Figure("13.5")!)
            #expect(FigureCalculator(first).ytd(org: "a", indicator: sales, at: AsOf(year: 2021, month: 1)) == 10, "a snapshot does not change under its reader")

            // Another process writes to the same database.
            let other = try await Store.open(store.location, logger: .init(label: "other", factory: { _ in SwiftLogNoOpLogHandler() }))
            try await other.importCSV(.values, text: "org,indicator,period,value\nb,sales,2021-01,2\n")
            await other.close()
            let (third, r3) = try await store.figures.liveWorkspace()
            #expect(r3 == r2 + 1)
            #expect(FigureCalculator(third).ytd(org: "city", indicator: sales, at: AsOf(year: 2021, month: 1)) == Figure("14.5")!)
            // A catalogue change reloads too.
            try await store.importCSV(.orgs, text: "code,name,parent,kind\nc,丙县,city,county\n")
            #expect(try await store.figures.liveWorkspace().workspace.tree.contains("c"))
        }
    }
}
