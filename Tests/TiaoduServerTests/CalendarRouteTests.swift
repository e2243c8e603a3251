// The working-day calendar in process, public (no sign-in): the API's add, count and year, a 400
// whose message names the missing year in the request's language, the year page's month grids
// (2021: 10月1日 休, 10月9日 班) and list, and a year imported after the server started.
import Foundation
import Testing
import TiaoduCore
import TiaoduStore
import VaporTesting
@testable import TiaoduServer

@Suite(.serialized) struct CalendarRouteTests {
    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func addCountAndAYearThroughTheAPI() async throws {
        try await InProcessServer.withApp { app in
            var response = try await app.testing().sendRequest(.GET, "/api/v1/calendar/add?from=2021-09-30&days=5")
            #expect(response.status == .ok)
            #expect(response.body.string == #"{"from":"2021-09-30","days":5,"due":"2021-10-13"}"#)
            response = try await app.testing().sendRequest(.GET, "/api/v1/calendar/count?from=2021-09-30&to=2021-10-13")
            #expect(response.body.string == #"{"workingDays":5}"#)
            response = try await app.testing().sendRequest(.GET, "/api/v1/calendar/count?from=2021-10-13&to=2021-09-30")
            #expect(response.body.string == #"{"workingDays":-5}"#)

            response = try await app.testing().sendRequest(.GET, "/api/v1/calendar?year=2021")
            #expect(response.status == .ok)
            let year = try Self.object(response.body.string)
            #expect(year["year"] as? Int == 2021)
            let days = try #require(year["days"] as? [[String: String]])
            #expect(days.first == ["date": "2021-01-01", "kind": "holiday", "name": "元旦"])
            #expect(days.contains(["date": "2021-10-01", "kind": "holiday", "name": "国庆节"]))
            #expect(days.contains(["date": "2021-10-09", "kind": "workday", "name": "国庆节"]))
            #expect(days.count == 31 + 7, "2021's holidays and adjusted working days")

            // A year not loaded, in the request's language; bad input; a negative count.
            response = try await app.testing().sendRequest(.GET, "/api/v1/calendar/add?from=2026-12-25&days=10&lang=en")
            #expect(response.status == .badRequest)
            #expect(try Self.object(response.body.string)["error"] as? String == CalendarError.yearNotLoaded(2027).message(.en))
            response = try await app.testing().sendRequest(.GET, "/api/v1/calendar?year=2027", headers: ["Accept-Language": "zh-CN"])
            #expect(response.status == .badRequest)
            #expect(try Self.object(response.body.string)["error"] as? String == CalendarError.yearNotLoaded(2027).message(.zh))
            response = try await app.testing().sendRequest(.GET, "/api/v1/calendar/add?from=2021-09-30&days=-1&lang=en")
            #expect(response.status == .badRequest)
            #expect(try Self.object(response.body.string)["error"] as? String == CalendarError.negativeDays(-1).message(.en))
            for path in ["/api/v1/calendar/add?from=2021-02-30&days=1", "/api/v1/calendar/add?days=1", "/api/v1/calendar/add?from=2021-09-30",
                         "/api/v1/calendar/add?from=2021-09-30&days=x", "/api/v1/calendar/count?from=2021-09-30", "/api/v1/calendar?year=abc",
                         "/api/v1/calendar?year=3000"] {
                response = try await app.testing().sendRequest(.GET, path)
                #expect(response.status == .badRequest, "\(path)")
                #expect(try Self.object(response.body.string)["error"] is String, "\(path)")
            }
        }
    }

    @Test func theYearPageShowsTheMonthsAndTheSpecialDays() async throws {
        try await InProcessServer.withApp { app, store in
            var html = try await app.testing().sendRequest(.GET, "/calendar?year=2021&lang=zh").body.string
            #expect(html.contains("<h1>2021年工作日历</h1>"))
            #expect(PhoneLayoutTests.count("<table class=\"cal-month\">", in: html) == 12)
            // The grid: 10月1日 a Friday off, 10月9日 a Saturday worked.
            #expect(html.contains(#"<td class="cal-off" title="国庆节 放假">1<span class="cal-mark">休</span></td>"#))
            #expect(html.contains(#"<td class="cal-we cal-on" title="国庆节 调休上班">9<span class="cal-mark">班</span></td>"#))
            // The list, with names.
            #expect(html.contains(#"<tr><td data-label="日期">10月1日</td><td data-label="星期">星期五</td><td class="cal-off" data-label="安排"><span class="cal-mark">休</span> 放假</td><td data-label="节日">国庆节</td></tr>"#))
            #expect(html.contains(#"<tr><td data-label="日期">10月9日</td><td data-label="星期">星期六</td><td class="cal-on" data-label="安排"><span class="cal-mark">班</span> 调休上班</td><td data-label="节日">国庆节</td></tr>"#))
            #expect(html.contains("全年工作日250天。"))
            #expect(html.contains(#"<option value="2026">2026</option>"#), "the year picker offers the loaded years")

            // English, and a year not loaded said in a sentence.
            html = try await app.testing().sendRequest(.GET, "/calendar?year=2021&lang=en").body.string
            #expect(html.contains("<h1>Working-day calendar 2021</h1>") && html.contains("<span class=\"cal-mark\">off</span>"))
            html = try await app.testing().sendRequest(.GET, "/calendar?year=2027&lang=zh").body.string
            #expect(html.contains(CalendarError.yearNotLoaded(2027).message(.zh)))
            #expect(!html.contains("<table class=\"cal-month\">"), "no grids for a year not loaded")

            // A year imported while the server runs is in the next answer.
            try await store.importCSV(.calendar, text: "date,kind,name\n2027-01-01,holiday,元旦\n")
            html = try await app.testing().sendRequest(.GET, "/calendar?year=2027&lang=zh").body.string
            #expect(html.contains(#"<td class="cal-off" title="元旦 放假">1<span class="cal-mark">休</span></td>"#))
            let added = try await app.testing().sendRequest(.GET, "/api/v1/calendar/add?from=2026-12-31&days=1")
            #expect(added.body.string == #"{"from":"2026-12-31","days":1,"due":"2027-01-04"}"#)

            // /status links to it.
            let status = try await app.testing().sendRequest(.GET, "/status?period=2021-01&lang=zh", headers: InProcessServer.admin).body.string
            #expect(status.contains(#"<a href="/calendar?year=2021">工作日历</a>"#))
        }
    }
}
