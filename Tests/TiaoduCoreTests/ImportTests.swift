import Foundation
import Testing
@testable import TiaoduCore
import TiaoduDemo

@Suite struct CSVTests {
    @Test func quotesNewlinesBOMAndCRLF() throws {
        let text = "\u{FEFF}code,name\r\n\"a,1\",\"say \"\"hi\"\"\"\r\n\r\nb,\"two\nlines\"\nc,last"
        let rows = try CSV.rows(text)
        #expect(rows.map(\.fields) == [["code", "name"], ["a,1", "say \"hi\""], ["b", "two\nlines"], ["c", "last"]])
        #expect(rows.map(\.line) == [1, 2, 4, 6])
    }

    @Test func headerColumnsByNameInAnyOrder() throws {
        let table = try ImportKind.values.table("value,period,indicator,org\n1.5,2021-01,sales,a\n")
        #expect(table.records.first?.fields["org"] == "a")
        #expect(table.records.first?.fields["value"] == "1.5")
    }

    @Test func headerProblemsAreAllReported() {
        do {
            _ = try ImportKind.values.table("org,indicator,period,period,colour\n")
            Issue.record("must fail")
        } catch {
            let reasons = error.issues.map(\.reason)
            #expect(reasons.contains(.duplicateColumn))
            #expect(reasons.contains { if case .unknownColumn = $0 { return true } else { return false } })
            #expect(error.issues.contains { $0.reason == .missingColumn && $0.column == "value" })
        }
    }

    @Test func wrongFieldCountNamesTheLine() {
        #expect(throws: ImportFailure.self) { try ImportKind.values.table("org,indicator,period,value\na,b,2021-01\n") }
        do { _ = try ImportKind.values.table("org,indicator,period,value\na,b,2021-01\n") } catch {
            #expect(error.issues == [ImportIssue(line: 2, column: nil, reason: .fieldCount(expected: 4, found: 3))])
        }
    }

    @Test func unterminatedQuote() {
        do { _ = try CSV.rows("a,b\n\"open,x\n") ; Issue.record("must fail") } catch {
            #expect(error.issues.first?.reason == .unterminatedQuote)
        }
    }
}

@Suite struct ValueImportTests {
    let orgs: Set<String> = ["city", "a"]
    let indicators = Dictionary(uniqueKeysWithValues: [Fixture.sales, Fixture.gdp, Fixture.share].map { ($0.code, $0) })

    func issues(_ csv: String) -> [ImportIssue] {
        do {
            let table = try ImportKind.values.table(csv)
            _ = try ValueImport.validate(table.records, orgs: orgs, indicators: indicators)
            return []
        } catch { return error.issues }
    }

    @Test func validRowsKeepTheirTextAndValue() throws {
        let table = try ImportKind.values.table("org,indicator,period,value,growth\na,sales,2021-08,629.0,\na,gdp,2021Q2,,7.9\n")
        let inputs = try ValueImport.validate(table.records, orgs: orgs, indicators: indicators)
        #expect(inputs[0].valueText == "629.0")
        #expect(inputs[0].observation.value == 629)
        #expect(inputs[0].growthText == nil)
        #expect(inputs[1].observation.value == nil)
        #expect(inputs[1].observation.growth == Figure("7.9"))
    }

    @Test func everyBadRowIsListedWithLineColumnAndReason() {
        let found = issues("""
        org,indicator,period,value,growth
        nowhere,sales,2021-08,1,
        a,nothing,2021-08,1,
        a,sales,2021-13,1,
        a,sales,2021-08,abc,
        a,sales,2021-09,1,x%
        a,gdp,2021-08,1,
        a,share,2021-08,1,
        a,sales,2021-10,,
        a,sales,2021-11,1,
        a,sales,2021-11,2,
        """)
        #expect(found.contains(ImportIssue(line: 2, column: "org", reason: .unknownOrg("nowhere"))))
        #expect(found.contains(ImportIssue(line: 3, column: "indicator", reason: .unknownIndicator("nothing"))))
        #expect(found.contains(ImportIssue(line: 4, column: "period", reason: .badPeriod("2021-13"))))
        #expect(found.contains(ImportIssue(line: 5, column: "value", reason: .notNumber("abc"))))
        #expect(found.contains(ImportIssue(line: 6, column: "growth", reason: .notNumber("x%"))))
        #expect(found.contains(ImportIssue(line: 7, column: "period", reason: .wrongFrequency(.month(year: 2021, month: 8), expected: .quarterly))))
        #expect(found.contains(ImportIssue(line: 8, column: "indicator", reason: .computedIndicator("share"))))
        #expect(found.contains(ImportIssue(line: 9, column: "value", reason: .noValueOrGrowth)))
        #expect(found.contains(ImportIssue(line: 11, column: nil, reason: .duplicateKey(firstLine: 10))))
        #expect(found.count == 9)
    }

    @Test func messagesInBothLanguages() {
        let issue = ImportIssue(line: 5, column: "value", reason: .notNumber("abc"))
        #expect(issue.describe(.en) == "line 5, column value: “abc” is not a number (like 629.0)")
        #expect(issue.describe(.zh).hasPrefix("第5行，value列："))
    }

    @Test func jsonNumbersStayExact() throws {
        let records = try JSONInput.records(#"[{"org":"a","indicator":"sales","period":"2021-08","value":0.1,"growth":null},{"org":"a","indicator":"sales","period":"2021-09","value":"12.30"}]"#,
                                            allowed: ["org", "indicator", "period", "value", "growth"])
        #expect(records[0].fields["value"] == "0.1")
        #expect(records[0].fields["growth"] == "")
        #expect(records[1].line == 2)
        let inputs = try ValueImport.validate(records, orgs: orgs, indicators: indicators)
        #expect(inputs[1].valueText == "12.30")
    }

    @Test func jsonProblems() {
        #expect(throws: ImportFailure.self) { try JSONInput.records("{\"org\":1}", allowed: ["org"]) }
        #expect(throws: ImportFailure.self) { try JSONInput.records("[{\"org\":1}] trailing", allowed: ["org"]) }
        do { _ = try JSONInput.records("[{\"colour\":\"red\"}]", allowed: ["org"]); Issue.record("must fail") } catch {
            #expect(error.issues.first?.line == 1)
            #expect(error.issues.first?.column == "colour")
        }
    }
}

@Suite struct OrgAndIndicatorImportTests {
    func records(_ kind: ImportKind, _ csv: String) throws -> [InputRecord] { try kind.table(csv).records }

    @Test func parentCycleIsRefused() throws {
        let existing = [OrgUnit(code: "city", name: "市", parent: nil, kind: .city), OrgUnit(code: "a", name: "a", parent: "city", kind: .county)]
        let rows = try records(.orgs, "code,name,parent,kind\ncity,市,b,city\nb,乙,a,county\n")
        do { _ = try OrgImport.validate(rows, existing: existing); Issue.record("must fail") } catch {
            #expect(error.issues.contains { if case .parentCycle = $0.reason { return $0.line == 2 } else { return false } })
        }
    }

    @Test func unknownParentSecondRootAndBadKind() throws {
        let existing = [OrgUnit(code: "city", name: "市", parent: nil, kind: .city)]
        let rows = try records(.orgs, "code,name,parent,kind,peer_group\nx,X,nowhere,county,\ny,Y,,city,\nz,Z,city,planet,\nz2,,city,town,\n")
        do { _ = try OrgImport.validate(rows, existing: existing); Issue.record("must fail") } catch {
            #expect(error.issues.contains(ImportIssue(line: 2, column: "parent", reason: .unknownParent("nowhere"))))
            #expect(error.issues.contains(ImportIssue(line: 3, column: "parent", reason: .secondRoot(existing: "city"))))
            #expect(error.issues.contains { $0.line == 4 && $0.column == "kind" })
            #expect(error.issues.contains(ImportIssue(line: 5, column: "name", reason: .required)))
        }
    }

    @Test func parentsMayComeLaterInTheFile() throws {
        let rows = try records(.orgs, "code,name,parent,kind\ntown,镇,county,town\ncounty,县,city,county\ncity,市,,city\n")
        #expect(try OrgImport.validate(rows, existing: []).count == 3)
    }

    @Test func ratioIndicatorsNeedPlainPartsOfTheSameFrequency() throws {
        let header = "code,name,unit,frequency,accumulation,direction,growth_basis,aggregation,decimals,numerator,denominator\n"
        let rows = try records(.indicators, header + """
        r1,比率,%,monthly,ratio,up,nominal,ratio,1,,
        r2,比率,%,monthly,ratio,up,nominal,ratio,1,tax,gdp
        r3,比率,%,monthly,flow,up,nominal,sum,1,tax,
        r4,比率,%,monthly,ratio,up,nominal,sum,1,tax,rev
        r5,比率,%,weekly,flow,sideways,nominal,sum,9,,
        """)
        let existing = [Fixture.tax, Fixture.revenue, Fixture.gdp]
        do { _ = try IndicatorImport.validate(rows, existing: existing); Issue.record("must fail") } catch {
            let i = error.issues
            #expect(i.contains(ImportIssue(line: 2, column: "numerator", reason: .ratioNeedsParts)))
            #expect(i.contains(ImportIssue(line: 3, column: "denominator", reason: .ratioPartFrequency("gdp"))))
            #expect(i.contains(ImportIssue(line: 4, column: "numerator", reason: .partsOnlyForRatio)))
            #expect(i.contains(ImportIssue(line: 5, column: "aggregation", reason: .aggregationMismatch)))
            #expect(i.contains { $0.line == 6 && $0.column == "frequency" })
            #expect(i.contains { $0.line == 6 && $0.column == "direction" })
            #expect(i.contains { $0.line == 6 && $0.column == "decimals" })
        }
    }

    @Test func frequencyCannotChangeUnderStoredValues() throws {
        let rows = try records(.indicators, "code,name,unit,frequency,accumulation,direction,growth_basis,aggregation,decimals\nsales,开票,亿元,quarterly,flow,up,nominal,sum,2\n")
        do { _ = try IndicatorImport.validate(rows, existing: [Fixture.sales], frequenciesInUse: ["sales": [.monthly]]); Issue.record("must fail") } catch {
            #expect(error.issues == [ImportIssue(line: 2, column: "frequency", reason: .frequencyInUse(.monthly))])
        }
    }

    @Test func targetsValidate() throws {
        let rows = try records(.targets, "org,indicator,year,type,value\na,sales,2021,amount,150\na,sales,2021,amount,160\nq,sales,20x1,percent,lots\n")
        do { _ = try TargetImport.validate(rows, orgs: ["a"], indicators: ["sales": Fixture.sales]); Issue.record("must fail") } catch {
            #expect(error.issues.contains(ImportIssue(line: 3, column: nil, reason: .duplicateKey(firstLine: 2))))
            #expect(error.issues.contains(ImportIssue(line: 4, column: "org", reason: .unknownOrg("q"))))
            #expect(error.issues.contains { $0.line == 4 && $0.column == "year" })
            #expect(error.issues.contains { $0.line == 4 && $0.column == "type" })
            #expect(error.issues.contains(ImportIssue(line: 4, column: "value", reason: .notNumber("lots"))))
        }
    }
}

@Suite struct DemoWorkspaceTests {
    /// The demo's four files pass the same validation as a user's, and its bulletin has the
    /// article's units and targets.
    @Test func demoValidatesAndProducesTheSeptemberBulletin() throws {
        let demo = DemoWorkspace()
        let orgs = try OrgImport.validate(ImportKind.orgs.table(demo.orgs).records, existing: [])
        #expect(orgs.filter { $0.kind == .microgrid && $0.code.hasPrefix("hj-") }.count == 2100)
        let indicators = try IndicatorImport.validate(ImportKind.indicators.table(demo.indicators).records, existing: [])
        let byCode = Dictionary(uniqueKeysWithValues: indicators.map { ($0.code, $0) })
        let codes = Set(orgs.map(\.code))
        let targets = try TargetImport.validate(ImportKind.targets.table(demo.targets).records, orgs: codes, indicators: byCode)
        let values = try ValueImport.validate(ImportKind.values.table(demo.values).records, orgs: codes, indicators: byCode)
        #expect(targets.contains { $0.target.org == "hanjiang" && $0.target.indicator == "sales_biomed" && $0.text == "100" })
        #expect(targets.contains { $0.target.org == "gaoyou" && $0.target.indicator == "villages" && $0.target.year == 2025 && $0.text == "18" })
        let workspace = Workspace(orgs: orgs, indicators: indicators, targets: targets.map(\.target), observations: values.map(\.observation))
        #expect(workspace.latestMonth == DemoWorkspace.currentPeriod)
        let bulletin = try BulletinEngine(workspace).bulletin(period: DemoWorkspace.currentPeriod)
        #expect(Set(bulletin.rows.map(\.org)) == Set(["yangzhou", "guangling", "hanjiang", "jiangdu", "yizheng", "gaoyou", "baoying", "etdz", "ecocity", "shouxihu"]))
        #expect(bulletin.indicatorCodes.contains("sales") && bulletin.indicatorCodes.contains("taxshare") && bulletin.indicatorCodes.contains("gdp"))
        // Every county has a sales YTD, growth and completion, ranked 1…6 in 县市区序列.
        let counties = bulletin.rows.filter { $0.indicator == "sales" && $0.peerGroup == "县市区" }
        #expect(counties.count == 6)
        #expect(Set(counties.compactMap(\.rank.total)) == Set(1...6))
        #expect(counties.allSatisfy { $0.growth != nil && $0.completion != nil })
        // The same seed gives the same workspace.
        #expect(DemoWorkspace().values == demo.values)
    }
}
