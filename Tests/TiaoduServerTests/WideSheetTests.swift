// The wide monthly sheet as offices send it (issue #15, layouts a and b), written with our writer
// and read back: a title row and a two-row header with merged cells, a one-row header with
// full-width brackets and a 序号 column, units by code, full name and short name, 同比 columns,
// 位次 and 完成率 passed over, 「—」 as no figure, a note ending the table — and every problem
// (an unknown column, an unknown or ambiguous unit, a year-to-date column for a flow, no period)
// reported together.
import Foundation
import Testing
import TiaoduCore
import TiaoduSheets
@testable import TiaoduServer

struct WideSheetTests {
    static let workspace = Workspace(
        orgs: [
            OrgUnit(code: "321000", name: "扬州市", nameEn: "Yangzhou", parent: nil, kind: .city),
            OrgUnit(code: "321002", name: "广陵区", parent: "321000", kind: .county),
            OrgUnit(code: "321003", name: "邗江区", parent: "321000", kind: .county),
            OrgUnit(code: "321012", name: "江都区", parent: "321000", kind: .county),
            OrgUnit(code: "321081", name: "仪征市", parent: "321000", kind: .county),
            OrgUnit(code: "321091", name: "扬州经济技术开发区", parent: "321000", kind: .zone),
            // two units that are both 「方巷」 without their suffix
            OrgUnit(code: "32100301", name: "方巷镇", parent: "321003", kind: .town),
            OrgUnit(code: "32108101", name: "方巷街道", parent: "321081", kind: .town),
        ],
        indicators: [
            Indicator(code: "sales", name: "开票销售", unit: "亿元"),
            Indicator(code: "iva", name: "工业增加值", unit: "亿元", accumulation: .cumulative, growthBasis: .real),
            Indicator(code: "deposit", name: "存款余额", unit: "亿元", accumulation: .stock),
            Indicator(code: "gdp", name: "地区生产总值", unit: "亿元", frequency: .quarterly, accumulation: .cumulative, growthBasis: .real),
        ])

    static let september = Period.month(year: 2021, month: 9)

    // MARK: the layouts

    @Test func titleRowAndTwoRowMergedHeader() throws {
        let rows: [[SheetCell]] = [
            [t("扬州市2021年1-9月主要指标完成情况")] + blank(7),
            [t("地区"), t("工业增加值（亿元）"), e, e, t("开票销售（亿元）"), e, e, t("存款余额（亿元）")],
            [e, t("累计"), t("同比%"), t("位次"), t("本月"), t("1-9月累计"), t("同比%"), e],
            [t("扬州市"), n("1000.5"), n("8.2"), e, n("350.12"), n("3217.36"), n("9.5"), n("8000")],
            [t("广陵区"), n("200"), t("—"), n("2"), n("40"), n("380"), n("7.1"), t("—")],
            [t("邗江"), t("-"), e, e, t("/"), e, e, e],
            [t("321012"), n("150"), n("6"), n("1"), n("30"), n("270"), t("12,3"), n("900")],
            [t("注：增幅按可比价计算。")] + blank(7),
            [t("仪征市"), n("1"), n("1"), n("1"), n("1"), n("1"), n("1"), n("1")],
        ]
        let merges = [
            CellRange(top: 1, left: 1, bottom: 1, right: 8),
            CellRange(top: 2, left: 1, bottom: 3, right: 1),
            CellRange(top: 2, left: 2, bottom: 2, right: 4),
            CellRange(top: 2, left: 5, bottom: 2, right: 7),
            CellRange(top: 2, left: 8, bottom: 3, right: 8),
            CellRange(top: 8, left: 1, bottom: 8, right: 8),
        ]
        // the period from the title; 工业增加值 (cumulative) takes its 累计, 开票销售 (a flow) its
        // 本月 — the 1-9月累计 beside it is not September's sales; 位次 is passed over; a 「—」 is
        // no figure, and 邗江 (short for 邗江区) has none at all; the note ends the table
        let records = try Self.read(rows, merges: merges, period: nil)
        #expect(Self.fields(records) == [
            ["line": "4", "org": "321000", "indicator": "iva", "period": "2021-09", "value": "1000.5", "growth": "8.2"],
            ["line": "4", "org": "321000", "indicator": "sales", "period": "2021-09", "value": "350.12", "growth": "9.5"],
            ["line": "4", "org": "321000", "indicator": "deposit", "period": "2021-09", "value": "8000"],
            ["line": "5", "org": "321002", "indicator": "iva", "period": "2021-09", "value": "200", "growth": ""],
            ["line": "5", "org": "321002", "indicator": "sales", "period": "2021-09", "value": "40", "growth": "7.1"],
            ["line": "7", "org": "321012", "indicator": "iva", "period": "2021-09", "value": "150", "growth": "6"],
            // as typed: the values import refuses 「12,3」 at its sheet, row and column
            ["line": "7", "org": "321012", "indicator": "sales", "period": "2021-09", "value": "30", "growth": "12,3"],
            ["line": "7", "org": "321012", "indicator": "deposit", "period": "2021-09", "value": "900"],
        ])
    }

    @Test func oneRowHeaderWithFullWidthBracketsAndASerialColumn() throws {
        let rows: [[SheetCell]] = [
            [t("序号"), t("单位"), t("开票销售 （亿元）"), t("开票销售增幅（％）"), t("工业增加值(亿元)"), t("完成率%"), t("地区生产总值"), t("地区生产总值\n增速")],
            [n("1"), t("321000"), n("350.12"), n("9.5"), n("1000.5"), n("75.2"), n("4800"), n("7.1")],
            [n("2"), t("邗江区"), n("60"), n("-3.5"), n("150"), n("80"), e, e],
            [n("3"), t("扬州经济技术开发区"), n("12.5")],
            [n("4"), t(" 仪征 "), n("45"), t("2.0")],
        ]
        // the period given; a unit by code, full name, short name; 地区生产总值 (quarterly) reports
        // the third quarter in a 1-9月 sheet
        let records = try Self.read(rows, period: Self.september)
        #expect(Self.fields(records) == [
            ["line": "2", "org": "321000", "indicator": "sales", "period": "2021-09", "value": "350.12", "growth": "9.5"],
            ["line": "2", "org": "321000", "indicator": "iva", "period": "2021-09", "value": "1000.5"],
            ["line": "2", "org": "321000", "indicator": "gdp", "period": "2021Q3", "value": "4800", "growth": "7.1"],
            ["line": "3", "org": "321003", "indicator": "sales", "period": "2021-09", "value": "60", "growth": "-3.5"],
            ["line": "3", "org": "321003", "indicator": "iva", "period": "2021-09", "value": "150"],
            ["line": "4", "org": "321091", "indicator": "sales", "period": "2021-09", "value": "12.5", "growth": ""],
            ["line": "5", "org": "321081", "indicator": "sales", "period": "2021-09", "value": "45", "growth": "2.0"],
        ])
    }

    @Test func everyProblemIsReportedTogether() throws {
        let rows: [[SheetCell]] = [
            [t("地区"), t("开票销售（亿元）累计"), t("新能源汽车产量"), t("存款余额"), t("增幅位次")],
            [t("扬州市"), n("3217.36"), n("5"), n("8000"), n("1")],
            [t("县（市、区）")] + blank(4),
            [t("方巷"), n("1"), e, n("2")],
            [t("火星区"), n("1")],
        ]
        // a label row merged across (「县（市、区）」) is passed over, not an unknown unit
        let failure = try Self.failure(rows, merges: [CellRange(top: 3, left: 1, bottom: 3, right: 5)], period: Self.september)
        #expect(failure.issues == [
            // the 1-9月 total of a flow is not September's figure: the sheet must give 本月数
            ImportIssue(line: 1, column: "B", reason: .badChoice("开票销售(亿元)累计", allowed: [PageText.text(.entryTakesMonth, .zh)])),
            ImportIssue(line: 1, column: "C", reason: .unknownIndicator("新能源汽车产量")),
            // 方巷镇 and 方巷街道 are both 「方巷」
            ImportIssue(line: 4, column: "地区", reason: .unknownOrg("方巷")),
            ImportIssue(line: 5, column: "地区", reason: .unknownOrg("火星区")),
        ])
        #expect(failure.more == 0)
    }

    @Test func thePeriodComesFromTheTitleOrTheSheetsNameOrIsMissing() throws {
        let rows: [[SheetCell]] = [[t("地区"), t("地区生产总值")], [t("扬州市"), n("4800")]]
        let named = try Self.read(rows, sheet: "2021年第三季度", period: nil)
        #expect(Self.fields(named) == [["line": "2", "org": "321000", "indicator": "gdp", "period": "2021Q3", "value": "4800"]])
        let failure = try Self.failure(rows, sheet: "Sheet1", period: nil)
        #expect(failure.issues == [ImportIssue(line: 1, column: "period", reason: .required)])
    }

    @Test func aSheetWithoutAKnownUnitSaysWhichRows() throws {
        let rows: [[SheetCell]] = [[t("地区"), t("存款余额")], [t("火星区"), n("8000")], [t("月球县"), t("—")]]
        let failure = try Self.failure(rows, period: Self.september)
        #expect(failure.issues == [ImportIssue(line: 2, column: nil, reason: .unknownOrg("火星区"))])
    }

    // MARK: the parts

    @Test func periodsInTitles() {
        #expect(TitlePeriod.find(in: "扬州市2021年1-9月主要指标完成情况") == .month(year: 2021, month: 9))
        #expect(TitlePeriod.find(in: "2021年1—9月") == .month(year: 2021, month: 9))
        #expect(TitlePeriod.find(in: "２０２１年９月份") == .month(year: 2021, month: 9))
        #expect(TitlePeriod.find(in: "2021年十二月") == .month(year: 2021, month: 12))
        #expect(TitlePeriod.find(in: "2021年第三季度") == .quarter(year: 2021, quarter: 3))
        #expect(TitlePeriod.find(in: "2021年前三季度") == .quarter(year: 2021, quarter: 3))
        #expect(TitlePeriod.find(in: "2021年上半年") == .month(year: 2021, month: 6))
        #expect(TitlePeriod.find(in: "2021年主要指标") == .year(2021))
        #expect(TitlePeriod.find(in: "主要指标完成情况") == nil)
        #expect(TitlePeriod.find(in: "12021年") == nil, "not a year of four digits")
    }

    @Test func headersAreComparedWithoutWidthOrSpaces() {
        let key = HeaderText.key("开票销售（亿元）")
        #expect(HeaderText.key("开票销售(亿元)") == key)
        #expect(HeaderText.key("开票销售 (亿元)") == key)
        #expect(HeaderText.key("开票销售\n（亿元）\u{3000}") == key)
        #expect(HeaderText.normalised("同比（％）：１２") == "同比(%):12")
    }

    @Test func unitsByCodeFullNameOrUnambiguousShortName() {
        let units = UnitMatcher(Self.workspace.tree.units)
        #expect(units.match("321003") == .unit("321003"))
        #expect(units.match("邗江区") == .unit("321003"))
        #expect(units.match("邗江") == .unit("321003"))
        #expect(units.match("仪征") == .unit("321081"))
        #expect(units.match("yangzhou") == .unit("321000"))
        #expect(units.match("方巷镇") == .unit("32100301"))
        #expect(units.match("方巷") == .ambiguous)
        #expect(units.match("地区") == .unknown, "「地」 is too short to be a place")
        #expect(units.match("") == .unknown)
    }

    @Test func subColumns() {
        #expect(SubColumn("") == .value)
        #expect(SubColumn("累计") == .yearToDate)
        #expect(SubColumn("1-9月") == .yearToDate)
        #expect(SubColumn("本月") == .period)
        #expect(SubColumn("9月") == .period)
        #expect(SubColumn("同比%") == .growth)
        #expect(SubColumn("比上年同期增长%") == .growth)
        #expect(SubColumn("本月同比") == .periodGrowth)
        #expect(SubColumn("增幅位次") == .ignored)
        #expect(SubColumn("完成率%") == .ignored)
        #expect(SubColumn("上年同期") == .ignored)
        #expect(SubColumn("value") == .value)
        // a unit other than the indicator's is another figure
        #expect(IndicatorMatcher.kind(of: "(万元)", unit: "亿元") == nil)
        #expect(IndicatorMatcher.kind(of: "(亿元)累计", unit: "亿元") == .yearToDate)
        #expect(IndicatorMatcher.kind(of: "(%)", unit: "亿元") == .growth)
    }

    // MARK: helpers

    static func workbook(_ rows: [[SheetCell]], merges: [CellRange], sheet name: String) throws -> Workbook {
        var sheet = Worksheet(name: name, rows: rows)
        sheet.merges = merges
        return try Workbook(bytes: XLSXFile.data([sheet]))
    }

    static func read(_ rows: [[SheetCell]], merges: [CellRange] = [], sheet name: String = "附表", period: Period?) throws -> [InputRecord] {
        let book = try workbook(rows, merges: merges, sheet: name)
        return try WideSheet.records(book, sheet: book.sheet(named: nil), period: period, workspace: workspace, language: .zh)
    }

    static func failure(_ rows: [[SheetCell]], merges: [CellRange] = [], sheet name: String = "附表", period: Period?) throws -> ImportFailure {
        do {
            let records = try read(rows, merges: merges, sheet: name, period: period)
            Issue.record("expected problems, read \(records.count) records")
            return ImportFailure([])
        } catch let failure as ImportFailure {
            return failure
        }
    }

    /// Each record's fields with its line, to compare whole.
    static func fields(_ records: [InputRecord]) -> [[String: String]] {
        records.map { $0.fields.merging(["line": String($0.line)]) { field, _ in field } }
    }
}

private let e = SheetCell(.empty)
private func blank(_ count: Int) -> [SheetCell] { Array(repeating: e, count: count) }
private func t(_ text: String) -> SheetCell { .text(text) }
private func n(_ number: String) -> SheetCell { SheetCell(.number(number)) }
