import Foundation
import Testing
import TiaoduCore

/// The command-line contract, through the built binary.
@Suite(.serialized) struct CLITests {
    @Test func importYourOwnWorkspaceAndPrintTheBulletin() throws {
        let dir = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let written = try Harness.run(["demo", "--out", "csv"], in: dir)
        #expect(written.status == 0)
        let database = "sqlite:" + dir.appendingPathComponent("mine.sqlite").path
        for kind in ["orgs", "indicators", "targets", "values"] {
            let result = try Harness.run(["import", kind, "csv/\(kind).csv", "--database", database], in: dir)
            #expect(result.status == 0, "\(kind): \(result.stderr)")
            #expect(result.stdout.contains("Imported \(kind):"))
        }
        let json = try Harness.run(["bulletin", "--period", "2021-09", "--format", "json", "--database", database], in: dir)
        #expect(json.status == 0, "\(json.stderr)")
        let bulletin = try #require(try jsonObject(json.stdout) as? [String: Any])
        #expect(bulletin["period"] as? String == "2021-09")
        #expect(bulletin["parent"] as? String == "yangzhou")
        let rows = try #require(bulletin["rows"] as? [[String: Any]])
        let parentRows = rows.filter { $0["isParent"] as? Bool == true }
        #expect(parentRows.allSatisfy { $0["org"] as? String == "yangzhou" })
        let sales = rows.filter { $0["indicator"] as? String == "sales" && $0["peerGroup"] as? String == "县市区" }
        #expect(sales.count == 6)
        let totalRanks = sales.compactMap { ($0["rank"] as? [String: Any])?["total"] as? Int }.sorted()
        #expect(totalRanks == [1, 2, 3, 4, 5, 6])
        // The figures reproduce by hand from the stored values: 邗江区's 1–9月 sales.
        let values = try String(contentsOf: dir.appendingPathComponent("csv/values.csv"), encoding: .utf8)
        let hanjiang = values.split(separator: "\n").filter { $0.hasPrefix("hanjiang,sales,2021-") }
            .map { Decimal(string: String($0.split(separator: ",", omittingEmptySubsequences: false)[3]))! }
        #expect(hanjiang.count == 9)
        let ytd = hanjiang.reduce(0, +)
        let row = try #require(sales.first { $0["org"] as? String == "hanjiang" })
        #expect(nearlyEqual((row["ytd"] as? NSNumber)?.decimalValue, ytd))
        #expect(json.stdout.contains("\"ytd\":\(ytd),"), "the JSON literal is the exact decimal sum")

        let table = try Harness.run(["bulletin", "--period", "2021-09", "--lang", "zh", "--database", database], in: dir)
        #expect(table.status == 0)
        #expect(table.stdout.contains("扬州市 2021年1—9月"))
        #expect(table.stdout.contains("规上工业开票销售（亿元）"))
        let csv = try Harness.run(["bulletin", "--period", "2021-09", "--parent", "jiangdu", "--format", "csv", "--database", database], in: dir)
        #expect(csv.status == 0)
        #expect(csv.stdout.contains("2021-09,jiangdu,jd-xiaoji,sales,"))
    }

    @Test func aBadFileImportsNothingAndSaysWhy() throws {
        let dir = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try Harness.run(["demo", "--out", "csv"], in: dir)
        let database = "sqlite:" + dir.appendingPathComponent("w.sqlite").path
        for kind in ["orgs", "indicators"] { _ = try Harness.run(["import", kind, "csv/\(kind).csv", "--database", database], in: dir) }
        try "org,indicator,period,value\nhanjiang,sales,2021-01,10\nhanjiang,sales,2021-13,11\nmars,sales,2021-02,1\nhanjiang,sales,2021-03,abc\n"
            .write(to: dir.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let result = try Harness.run(["import", "values", "bad.csv", "--database", database], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("line 3, column period: “2021-13” is not a period"))
        #expect(result.stderr.contains("line 4, column org: unknown org unit “mars”"))
        #expect(result.stderr.contains("line 5, column value: “abc” is not a number"))
        let bulletin = try Harness.run(["bulletin", "--period", "2021-01", "--format", "json", "--database", database], in: dir)
        #expect(bulletin.stdout.contains("\"rows\":[]"), "the good first row was not written either")
    }

    /// Working days by the shipped calendar (no database file needed, none created), and by a
    /// database's once a year is imported into it; a year not loaded says which, and exits 1.
    @Test func workingDaysByTheCalendar() throws {
        let dir = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let added = try Harness.run(["calendar", "add", "--from", "2021-09-30", "--days", "5"], in: dir)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "2021-10-13\n")
        #expect(try Harness.run(["calendar", "count", "--from", "2021-09-30", "--to", "2021-10-13"], in: dir).stdout == "5\n")
        let shown = try Harness.run(["calendar", "show", "--year", "2021"], in: dir)
        #expect(shown.stdout.contains("2021-10-01\tholiday\t国庆节\n") && shown.stdout.contains("2021-10-09\tworkday\t国庆节\n"))
        #expect(shown.stdout.split(separator: "\n").count == 38)
        let missing = try Harness.run(["calendar", "add", "--from", "2027-01-04", "--days", "1", "--lang", "en"], in: dir)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains(CalendarError.yearNotLoaded(2027).message(.en)))
        #expect(try Harness.run(["calendar", "show", "--year", "2027"], in: dir).status == 1)
        #expect(try Harness.run(["calendar", "add", "--from", "2021-09-31", "--days", "1"], in: dir).status == 1)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("tiaodu.sqlite").path), "no database created")

        let database = "sqlite:" + dir.appendingPathComponent("w.sqlite").path
        try "date,kind,name\n2027-01-01,holiday,元旦\n".write(to: dir.appendingPathComponent("2027.csv"), atomically: true, encoding: .utf8)
        let imported = try Harness.run(["import", "calendar", "2027.csv", "--database", database], in: dir)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Imported calendar: 1 rows, 1 new"))
        #expect(try Harness.run(["calendar", "add", "--from", "2026-12-31", "--days", "1", "--database", database], in: dir).stdout == "2027-01-04\n")
        try "date,kind,name\n2027-01-01,rest,元旦\n".write(to: dir.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let refused = try Harness.run(["import", "calendar", "bad.csv", "--database", database], in: dir)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("line 2, column kind"))
    }

    @Test func badArgumentsAreRefused() throws {
        let dir = try Harness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try Harness.run(["bulletin", "--period", "2021-13"], in: dir).status != 0)
        #expect(try Harness.run(["bulletin", "--period", "2021-08", "--database", "mysql://x"], in: dir).status != 0)
        #expect(try Harness.run(["import", "planets", "x.csv"], in: dir).status != 0)
        let missing = try Harness.run(["import", "values", "nowhere.csv"], in: dir)
        #expect(missing.status == 2)
    }
}
