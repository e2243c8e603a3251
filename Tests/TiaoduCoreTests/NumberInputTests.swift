// Typed numbers read leniently where what was meant is unambiguous (NumberInput), the same for the
// entry grid, CSV files and the JSON API: every accepted and refused form, what is stored, and the
// messages of the refusals — whole sentences, units and periods named where the reader knows them.
import Testing
@testable import TiaoduCore

@Suite struct NumberInputTests {
    /// The text stored for a typed number, or nil when it is refused.
    func stored(_ raw: String) -> String? {
        if case .success(let number) = NumberInput.normalise(raw) { return number.text }
        return nil
    }

    func refusal(_ raw: String) -> NumberInput.Refusal? {
        if case .failure(let refusal) = NumberInput.normalise(raw) { return refusal }
        return nil
    }

    @Test func plainDecimalsAreStoredAsTyped() {
        #expect(stored("629.0") == "629.0")
        #expect(stored("12.30") == "12.30", "digits as typed, never rounded or trimmed")
        #expect(stored("-3.25") == "-3.25")
        #expect(stored("+12") == "12")
        #expect(stored("0") == "0")
        #expect(NumberInput.normalise("629.0") == .success(NumberInput.Number(text: "629.0", value: Figure("629.0")!)))
    }

    @Test func thousandsSeparatorsInWellFormedGroupsOfThree() {
        #expect(NumberInput.normalise("1,234.56") == .success(NumberInput.Number(text: "1234.56", value: Figure("1234.56")!)))
        #expect(stored("1,234") == "1234")
        #expect(stored("12,345,678.90") == "12345678.90")
        #expect(stored("123,456") == "123456")
        #expect(stored("-1,234.5") == "-1234.5")
        #expect(stored("+1,000") == "1000")
    }

    @Test func commasThatAreNotThousandsSeparatorsAreRefused() {
        // A decimal comma or a slip: which cannot be told apart, so neither is guessed.
        for bad in ["1,23", "12,3", "0,5", "1234,567", "1,2345", ",123", "1,,234", "1,234,", "1,234.5,6", "12,34,567"] {
            #expect(refusal(bad) == .badGrouping, "\(bad)")
        }
    }

    @Test func fullWidthDigitsAndSignsAndSurroundingSpaces() {
        #expect(stored("１２.３") == "12.3")
        #expect(stored("１２．３") == "12.3")
        #expect(stored("１，２３４．５６") == "1234.56")
        #expect(stored("－１２．５") == "-12.5")
        #expect(stored("＋８") == "8")
        #expect(stored(" 12.3 ") == "12.3")
        #expect(stored("\u{3000}１２.３\u{3000}") == "12.3", "full-width spaces too")
        #expect(stored("\t1,234\t") == "1234")
        #expect(NumberInput.normalise("１２.３") == .success(NumberInput.Number(text: "12.3", value: Figure("12.3")!)))
    }

    @Test func aScaleOrUnitAfterTheNumberIsRefusedByName() {
        #expect(refusal("12.3亿") == .suffix("亿"))
        #expect(refusal("12.3万") == .suffix("万"))
        #expect(refusal("12.3%") == .suffix("%"))
        #expect(refusal("12.3％") == .suffix("%"), "the full-width per cent sign")
        #expect(refusal("12.3亿元") == .suffix("亿元"))
        #expect(refusal("1,234.5万元") == .suffix("万元"))
        #expect(refusal("１２.３ 亿") == .suffix("亿"))
        #expect(refusal("5‰") == .suffix("‰"))
    }

    @Test func whatIsNotANumberStaysRefused() {
        for bad in ["abc", "12abc", "1e5", "1.2.3", "--1", "1 234", "亿", "%", "x%", "-", ".", "NaN"] {
            #expect(refusal(bad) == .notNumber, "\(bad)")
        }
        #expect(refusal("1,000,000,000,000") == .tooManyDigits, "thirteen digits before the point")
        #expect(refusal("0.1234567") == .tooManyDigits)
    }

    @Test func figureAndDecimalTextStayStrict() {
        #expect(Figure("1,234.56") == nil)
        #expect(Figure("１２") == nil)
        #expect(DecimalText.parse("1,000") == nil)
        #expect(DecimalText.canonical(" 12.3 ") == "12.3")
    }
}

@Suite struct LenientValueImportTests {
    let indicators = ["sales": Indicator(code: "sales", name: "开票销售", unit: "亿元")]

    func validate(_ csv: String) throws(ImportFailure) -> [ValueInput] {
        try ValueImport.validate(try ImportKind.values.table(csv).records, orgs: ["a"], indicators: indicators)
    }

    @Test func aFileTakesWhatTheGridTakesAndStoresThePlainDecimal() throws {
        let inputs = try validate("org,indicator,period,value,growth\na,sales,2021-08,\"1,234.56\",８.５\na,sales,2021-09,１２.３０,\n")
        #expect(inputs[0].valueText == "1234.56")
        #expect(inputs[0].observation.value == Figure("1234.56"))
        #expect(inputs[0].growthText == "8.5")
        #expect(inputs[1].valueText == "12.30")
    }

    @Test func jsonStringsAreReadTheSameWay() throws {
        let records = try JSONInput.records(#"[{"org":"a","indicator":"sales","period":"2021-08","value":" 1,234.56 "}]"#,
                                            allowed: ["org", "indicator", "period", "value", "growth"])
        let inputs = try ValueImport.validate(records, orgs: ["a"], indicators: indicators)
        #expect(inputs[0].valueText == "1234.56")
    }

    @Test func refusalsNameTheColumnAndTheUnitToUse() {
        do {
            _ = try validate("org,indicator,period,value,growth\na,sales,2021-08,12.3亿,\na,sales,2021-09,1,8.5%\na,sales,2021-10,\"1,23\",\n")
            Issue.record("must fail")
        } catch {
            #expect(error.issues.contains(ImportIssue(line: 2, column: "value", reason: .unitInNumber("12.3亿", suffix: "亿", unit: "亿元"))))
            #expect(error.issues.contains(ImportIssue(line: 3, column: "growth", reason: .unitInNumber("8.5%", suffix: "%", unit: "%"))))
            #expect(error.issues.contains(ImportIssue(line: 4, column: "value", reason: .badGrouping("1,23"))))
            #expect(error.issues.count == 3)
        }
    }

    @Test func theRefusalsAreSentencesSayingWhatToType() {
        let scaled = ImportReason.unitInNumber("12.3亿", suffix: "亿", unit: "亿元")
        #expect(scaled.message(.zh) == "“12.3亿”不是纯数字：请以“亿元”为单位填写数字，不要带“亿”字")
        #expect(scaled.message(.en) == "“12.3亿” is not a plain number: enter the figure as a plain number in 100 million yuan, without “亿”")
        #expect(ImportReason.unitInNumber("12.3%", suffix: "%", unit: "%").message(.zh).contains("不要带“%”"))
        #expect(ImportReason.badGrouping("1,23").message(.zh).contains("千位分隔符须每三位一个"))
        #expect(ImportReason.badGrouping("12,3").message(.en).contains("not thousands separators"))
    }

    @Test func locksAndScopesNameUnitsAndPeriodsWhereTheReaderKnowsThem() {
        let names: (String) -> String? = { ["hj-yangshou": "扬寿镇", "hanjiang": "邗江区"][$0] }
        let locked = ImportReason.locked(org: "hj-yangshou", period: "2021-09", lockedBy: "hanjiang", status: "approved")
        #expect(locked.message(.zh, names: names) == "扬寿镇2021年9月的数据已锁定（邗江区已审核），需先退回")
        #expect(locked.message(.en, names: { ["hj-yangshou": "Yangshou", "hanjiang": "Hanjiang District"][$0] })
                == "Yangshou's figures for Sep 2021 are locked with Hanjiang District's, which have been approved; return them first")
        let own = ImportReason.locked(org: "hanjiang", period: "2021-09", lockedBy: "hanjiang", status: "submitted")
        #expect(own.message(.zh, names: names) == "邗江区2021年9月的数据已锁定（已报送），需先撤回或退回")
        #expect(ImportReason.outOfScope("hanjiang").message(.zh, names: names) == "无权录入邗江区的数据（超出本账号的管辖范围）")
        // A file's report quotes the codes and periods as the file has them.
        #expect(locked.message(.zh) == "“hj-yangshou”2021-09的数据已锁定（“hanjiang”已审核），需先退回")
        #expect(ImportReason.notPermitted("values").message(.zh) == "无权导入数据（需要管理员）")
    }
}
