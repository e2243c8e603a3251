// The working-day calendar on both databases: the shipped schedules until a year is imported;
// importing 2027 makes it known, re-importing replaces the whole year (days left out are gone);
// a bad row refuses the whole file, naming line and column; only administrators import it; and
// every import that changed something is in the audit log.
import Foundation
import Testing
import TiaoduCore
@testable import TiaoduStore

@Suite struct CalendarStoreTests {
    static let year2027 = """
        date,kind,name
        2027-01-01,holiday,元旦
        2027-10-01,holiday,国庆节
        2027-10-09,workday,国庆节

        """

    static func d(_ text: String) -> Day { Day(text)! }

    @Test(arguments: TestDatabase.all)
    func importingAYearMakesItKnownAndReimportingReplacesIt(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            // Nothing imported: the shipped schedules, which end with 2026.
            let shipped = try await store.calendar.workingCalendar()
            #expect(shipped.years == WorkingCalendar.official.years)
            #expect(throws: CalendarError.yearNotLoaded(2027)) { try shipped.isWorkingDay(Self.d("2027-01-04")) }
            #expect(try shipped.add(workingDays: 5, to: Self.d("2021-09-30")) == Self.d("2021-10-13"))

            let first = try await store.importCSV(.calendar, text: Self.year2027)
            #expect(first.rows == 3 && first.inserted == 3 && first.changed == 0)
            var calendar = try await store.calendar.workingCalendar()
            #expect(calendar.years.contains(2027))
            #expect(try await store.calendar.importedYears() == [2027])
            #expect(try !calendar.isWorkingDay(Self.d("2027-01-01")), "a holiday on a Friday")
            #expect(try calendar.isWorkingDay(Self.d("2027-01-04")), "a plain Monday")
            #expect(try calendar.isWorkingDay(Self.d("2027-10-09")), "a Saturday worked (调休)")
            #expect(calendar.special(Self.d("2027-10-01"))?.name == "国庆节")
            #expect(try calendar.add(workingDays: 1, to: Self.d("2027-09-30")) == Self.d("2027-10-04"))
            // 2021 is still the shipped year.
            #expect(try calendar.add(workingDays: 5, to: Self.d("2021-09-30")) == Self.d("2021-10-13"))

            // The same file again: nothing new, nothing changed, nothing audited.
            let again = try await store.importCSV(.calendar, text: Self.year2027)
            #expect(again.inserted == 0 && again.changed == 0 && again.unchanged == 3)

            // Another schedule for 2027 replaces the year whole: 10-01 and 10-09 are plain days again.
            let corrected = "date,kind,name\n2027-01-01,holiday,元旦\n2027-05-03,holiday,劳动节\n"
            let replaced = try await store.importCSV(.calendar, text: corrected)
            #expect(replaced.rows == 2 && replaced.inserted == 1 && replaced.unchanged == 1)
            #expect(replaced.changed == 2, "the two days the file leaves out count as changed")
            calendar = try await store.calendar.workingCalendar()
            #expect(calendar.days.filter { $0.day.year == 2027 }.map(\.day) == [Self.d("2027-01-01"), Self.d("2027-05-03")])
            #expect(try calendar.isWorkingDay(Self.d("2027-10-01")), "a plain Friday now")
            #expect(try !calendar.isWorkingDay(Self.d("2027-10-09")), "a plain Saturday now")
            #expect(try !calendar.isWorkingDay(Self.d("2027-05-03")))

            // Importing a shipped year replaces the shipped schedule of that year.
            _ = try await store.importCSV(.calendar, text: "date,kind,name\n2021-10-01,holiday,国庆节\n")
            calendar = try await store.calendar.workingCalendar()
            #expect(try calendar.isWorkingDay(Self.d("2021-10-09")) == false, "2021-10-09 is a plain Saturday in the imported 2021")
            #expect(try await store.calendar.importedYears() == [2021, 2027])

            #expect(try await store.auditLog.entries(action: "write.calendar").count == 3, "the first import, the replacement and 2021")
        }
    }

    @Test(arguments: TestDatabase.all)
    func aBadRowRefusesTheWholeFile(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await store.importCSV(.calendar, text: Self.year2027)
            let bad = "date,kind,name\n2027-05-03,holiday,劳动节\n2027-13-01,holiday,元旦\n2027-10-01,rest,国庆节\n"
            let refused = await failure { try await store.importCSV(.calendar, text: bad) }
            #expect(refused?.issues.map { "\($0.line):\($0.column ?? "")" } == ["3:date", "4:kind"])
            // Nothing written: 2027 is as the first file had it.
            let calendar = try await store.calendar.workingCalendar()
            #expect(calendar.days.filter { $0.day.year == 2027 }.map(\.day) == [Self.d("2027-01-01"), Self.d("2027-10-01"), Self.d("2027-10-09")])
            #expect(try calendar.isWorkingDay(Self.d("2027-05-03")))

            // The calendar is the administrators' to load: a reporter is refused, even with no rows.
            try await seeded(store)
            let reporter = Principal(login: "r", name: "r", org: "a", roles: [.reporter])
            let records = try ImportKind.calendar.table("date,kind,name\n2027-05-03,holiday,劳动节\n").records
            let notAdmin = await failure { try await store.write(.calendar, records: records, actor: "r", source: .csv, principal: reporter) }
            #expect(notAdmin?.issues.map(\.reason) == [.notPermitted("calendar")])
            let admin = Principal(login: "admin", name: "admin", org: "city", roles: [.admin])
            #expect(try await store.write(.calendar, records: records, actor: "admin", source: .api, principal: admin).inserted == 1)
        }
    }
}
