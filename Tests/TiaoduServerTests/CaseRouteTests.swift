// The case engine's JSON API in process, on InProcessServer's small workspace (市, 甲县 `a`, 乙县 `b`;
// the clock on 2021-02-10, the eve of the 2021 Spring Festival) with cases made here through the API:
// a request raised, accepted, assigned, signed for, answered and rated; a second writer on a stale
// version refused (409) with nothing written; an outsider answered as for an unknown case (404);
// a reporter refused the centre's assignment (403); a return without its reason and an unknown
// lead unit (422 naming the field); the ledger's filters and its 400s in the request's language;
// the figures with null where nothing was closed or rated; case types, enterprises, the webhook
// (never echoed whole) and the OpenAPI document naming every route.
import Foundation
import Testing
import TiaoduCore
import TiaoduStore
import VaporTesting
@testable import TiaoduServer

@Suite(.serialized) struct CaseRouteTests {
    /// A new user of `org` with an API token: the headers that sign its requests.
    static func user(_ store: Store, _ login: String, org: String, roles: Set<Role>, enterprise: String? = nil) async throws -> HTTPHeaders {
        try await store.accounts.createUser(login: login, name: login, org: org, roles: roles, passwordHash: "x", actor: "test",
                                            enterprise: enterprise, source: .cli)
        let token = "case-route-token-\(login)-0123456789"
        _ = try await store.accounts.createToken(login: login, name: "test", hash: Secrets.digest(token), actor: "test", source: .cli)
        return ["Authorization": "Bearer \(token)"]
    }

    /// The answer's status, its JSON object and its text.
    static func send(_ app: Application, _ method: HTTPMethod, _ path: String, _ headers: HTTPHeaders,
                     json: String? = nil) async throws -> (status: HTTPStatus, body: [String: Any], text: String) {
        var headers = headers
        if json != nil { headers.contentType = .json }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: json.map { ByteBuffer(string: $0) })
        let text = response.body.string
        let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
        return (response.status, object, text)
    }

    static func act(_ app: Application, _ code: String, _ headers: HTTPHeaders, _ json: String, lang: String = "zh") async throws -> (status: HTTPStatus, body: [String: Any], text: String) {
        try await send(app, .POST, "/api/v1/cases/\(code)/actions?lang=\(lang)", headers, json: json)
    }

    @Test func aRequestIsRaisedAndActedOnAndAStaleVersionIsRefused() async throws {
        try await InProcessServer.withApp { app, store in
            let admin = InProcessServer.admin
            let reporter = try await Self.user(store, "rep-a", org: "a", roles: [.reporter])
            try await Task.sleep(nanoseconds: 150_000_000)

            var answer = try await Self.send(app, .POST, "/api/v1/cases", admin,
                                             json: #"{"kind":"request","type":"land","title":"  用地指标  ","detail":"新厂房需用地50亩","org":"a"}"#)
            #expect(answer.status == .created, "\(answer.text)")
            let code = try #require(answer.body["code"] as? String)
            #expect(code.hasPrefix("R2021-"))
            #expect(answer.body["title"] as? String == "用地指标" && answer.body["state"] as? String == "raised" && answer.body["version"] as? Int == 1)
            #expect(answer.body["stateName"] as? String == "待受理" && answer.body["typeName"] as? String == "用地")
            // 2 working days to accept: 2月11日—17日 are the Spring Festival
            #expect(answer.body["acceptDue"] as? String == "2021-02-19" && answer.body["clockDue"] as? String == "2021-02-19")

            answer = try await Self.act(app, code, admin, #"{"action":"accept","version":1}"#)
            #expect(answer.status == .ok && answer.body["state"] as? String == "accepted" && answer.body["version"] as? Int == 2, "\(answer.text)")
            // A second writer who saw version 1 is refused in the request's language; nothing of theirs is written.
            answer = try await Self.act(app, code, admin, #"{"action":"accept","version":1}"#, lang: "en")
            #expect(answer.status == .conflict)
            #expect(answer.body["error"] as? String == CaseError.conflict(seen: 1, current: 2).message(.en))
            answer = try await Self.send(app, .GET, "/api/v1/cases/\(code)", admin)
            let events = try #require(answer.body["events"] as? [[String: Any]])
            #expect(events.map { $0["action"] as? String } == ["raise", "accept"])
            #expect(events.last?["actionName"] as? String == "受理" && events.last?["from"] as? String == "raised")
            #expect((answer.body["parties"] as? [String]) == ["centre", "raiser"], "an admin who raised it is its centre and its raiser")
            let offered = (answer.body["actions"] as? [[String: Any]])?.compactMap { $0["action"] as? String } ?? []
            #expect(offered.contains("assign") && !offered.contains("accept"))

            // The centre assigns it to 甲县; the lead unit sees it in its inbox and its notices.
            answer = try await Self.act(app, code, admin, #"{"action":"assign","lead":"a","version":2}"#)
            #expect(answer.status == .ok && answer.body["lead"] as? String == "a" && answer.body["due"] as? String == "2021-02-25", "\(answer.text)")
            answer = try await Self.send(app, .GET, "/api/v1/inbox", reporter)
            let items = try #require(answer.body["items"] as? [[String: Any]])
            #expect(items.count == 1 && (items.first?["case"] as? [String: Any])?["code"] as? String == code)
            #expect((items.first?["actions"] as? [[String: Any]])?.compactMap { $0["action"] as? String } == ["sign_for", "object", "ask_extension"])
            answer = try await Self.send(app, .GET, "/api/v1/notices", reporter)
            let notices = try #require(answer.body["notices"] as? [[String: Any]])
            #expect(notices.first?["case"] as? String == code && notices.first?["kind"] as? String == "assigned")
            answer = try await Self.send(app, .GET, "/api/v1/cases/\(code)", reporter)
            #expect((answer.body["parties"] as? [String]) == ["lead"])

            answer = try await Self.act(app, code, reporter, #"{"action":"sign_for"}"#)
            #expect(answer.status == .ok && answer.body["state"] as? String == "in_progress")
            answer = try await Self.act(app, code, reporter, #"{"action":"answer","note":"已协调用地指标"}"#)
            #expect(answer.status == .ok && answer.body["state"] as? String == "answered" && answer.body["onTime"] as? Bool == true)
            answer = try await Self.act(app, code, admin, #"{"action":"rate","rating":"satisfied"}"#)
            #expect(answer.status == .ok && answer.body["state"] as? String == "closed" && answer.body["rating"] as? String == "satisfied", "\(answer.text)")
            answer = try await Self.act(app, code, admin, #"{"action":"comment","note":"x"}"#)
            #expect(answer.status == .conflict, "a closed case takes nothing more")
        }
    }

    @Test func scopeAndPartiesDecideWhoMayReadAndAct() async throws {
        try await InProcessServer.withApp { app, store in
            let admin = InProcessServer.admin
            let reporterA = try await Self.user(store, "rep-a", org: "a", roles: [.reporter])
            let reporterB = try await Self.user(store, "rep-b", org: "b", roles: [.reporter])
            try await Task.sleep(nanoseconds: 150_000_000)

            var answer = try await Self.send(app, .POST, "/api/v1/cases", admin,
                                             json: #"{"kind":"task","type":"instruction","title":"落实领导批示","org":"a","due":"2021-03-31"}"#)
            #expect(answer.status == .created, "\(answer.text)")
            let task = try #require(answer.body["code"] as? String)

            // An outsider is answered as for a case that does not exist.
            let foreign = try await Self.send(app, .GET, "/api/v1/cases/\(task)?lang=en", reporterB)
            #expect(foreign.status == .notFound && foreign.body["error"] as? String == CaseError.unknownCase(task).message(.en))
            #expect(try await Self.send(app, .GET, "/api/v1/cases/T2021-999999", admin).status == .notFound)
            #expect(try await Self.act(app, task, reporterB, #"{"action":"comment","note":"看看"}"#).status == .notFound)
            #expect(try await Self.send(app, .GET, "/api/v1/cases/\(task)", [:]).status == .unauthorized)

            // A reporter reads its unit's case but is not its centre.
            #expect(try await Self.send(app, .GET, "/api/v1/cases/\(task)", reporterA).status == .ok)
            answer = try await Self.act(app, task, reporterA, #"{"action":"assign","lead":"a"}"#)
            #expect(answer.status == .forbidden && answer.body["error"] as? String == CaseError.notParty(.assign).message(.zh), "\(answer.text)")
            // Nor may a reporter register a task (the centre's); a reporter of 乙县 cannot raise in 甲县.
            answer = try await Self.send(app, .POST, "/api/v1/cases", reporterA, json: #"{"kind":"task","type":"instruction","title":"t","org":"a"}"#)
            #expect(answer.status == .forbidden)
            answer = try await Self.send(app, .POST, "/api/v1/cases", reporterB, json: #"{"kind":"grid","type":"safety","title":"t","org":"a"}"#)
            #expect(answer.status == .forbidden)

            // Fields at fault: 422 naming them.
            answer = try await Self.act(app, task, admin, #"{"action":"assign","lead":"nowhere"}"#)
            #expect(answer.status == .unprocessableEntity && answer.body["field"] as? String == "lead", "\(answer.text)")
            answer = try await Self.act(app, task, admin, #"{"action":"assign","lead":"a","assisting":["b","nowhere"]}"#)
            #expect(answer.status == .unprocessableEntity && answer.body["field"] as? String == "assisting", "\(answer.text)")
            answer = try await Self.act(app, task, admin, #"{"action":"assign","lead":"a","due":"2021-02-30"}"#)
            #expect(answer.status == .unprocessableEntity && answer.body["field"] as? String == "due")
            answer = try await Self.act(app, task, admin, #"{"action":"fly"}"#)
            #expect(answer.status == .unprocessableEntity && answer.body["field"] as? String == "action")
            answer = try await Self.send(app, .POST, "/api/v1/cases", admin, json: #"{"kind":"request","type":"land","title":"t","org":"nowhere"}"#)
            #expect(answer.status == .unprocessableEntity && answer.body["field"] as? String == "org", "\(answer.text)")
            answer = try await Self.send(app, .POST, "/api/v1/cases", admin, json: #"{"kind":"request","type":"rockets","title":"t","org":"a"}"#)
            #expect(answer.status == .unprocessableEntity && answer.body["field"] as? String == "type")
            answer = try await Self.send(app, .POST, "/api/v1/cases", admin, json: #"{"kind":"request","type":"land","title":"a\u0007b","org":"a"}"#)
            #expect(answer.status == .unprocessableEntity && answer.body["field"] as? String == "title")
            #expect(try await Self.send(app, .POST, "/api/v1/cases", admin, json: "[1,2]").status == .badRequest)

            // A return needs its reason, said in the request's language.
            answer = try await Self.send(app, .POST, "/api/v1/cases", admin, json: #"{"kind":"request","type":"policy","title":"兑现奖励","org":"b"}"#)
            let request = try #require(answer.body["code"] as? String)
            answer = try await Self.act(app, request, admin, #"{"action":"return","note":"  "}"#)
            #expect(answer.status == .unprocessableEntity)
            #expect(answer.body["field"] as? String == "note" && answer.body["error"] as? String == CaseError.required(field: "note").message(.zh))
            answer = try await Self.act(app, request, admin, #"{"action":"return","note":"不属于受理范围"}"#)
            #expect(answer.status == .ok && answer.body["state"] as? String == "returned")

            // The assignment the reporter could not make, by the centre; then the lead unit may act.
            answer = try await Self.act(app, task, admin, #"{"action":"assign","lead":"a","assisting":["b","b"]}"#)
            #expect(answer.status == .ok && answer.body["assisting"] as? [String] == ["b"], "\(answer.text)")
            #expect(answer.body["due"] as? String == "2021-03-31", "a task keeps the deadline it was registered with")
            #expect(try await Self.act(app, task, reporterA, #"{"action":"sign_for"}"#).status == .ok)
            answer = try await Self.act(app, task, reporterA, #"{"action":"progress","percent":140}"#)
            #expect(answer.status == .unprocessableEntity && answer.body["field"] as? String == "percent")
        }
    }

    @Test func theLedgerFiltersSortsAndPages() async throws {
        try await InProcessServer.withApp { app, store in
            let admin = InProcessServer.admin
            let reporterB = try await Self.user(store, "rep-b", org: "b", roles: [.reporter])
            try await Task.sleep(nanoseconds: 150_000_000)
            var codes: [String] = []
            for body in [#"{"kind":"request","type":"land","title":"急：断电","org":"a","urgent":true}"#,
                         #"{"kind":"task","type":"meeting","title":"会议交办","org":"a","due":"2021-03-31"}"#,
                         #"{"kind":"request","type":"power","title":"用电增容","org":"b"}"#] {
                let answer = try await Self.send(app, .POST, "/api/v1/cases", admin, json: body)
                #expect(answer.status == .created, "\(answer.text)")
                codes.append(try #require(answer.body["code"] as? String))
            }
            #expect(try await Self.act(app, codes[2], admin, #"{"action":"return","note":"请向供电公司反映"}"#).status == .ok)
            #expect(try await Self.act(app, codes[1], admin, #"{"action":"assign","lead":"a","version":1}"#).status == .ok)

            func listed(_ query: String, _ headers: HTTPHeaders = InProcessServer.admin) async throws -> (total: Int?, codes: [String]) {
                let answer = try await Self.send(app, .GET, "/api/v1/cases" + query, headers)
                #expect(answer.status == .ok, "\(query): \(answer.text)")
                let rows = answer.body["cases"] as? [[String: Any]] ?? []
                return (answer.body["total"] as? Int, rows.compactMap { $0["code"] as? String })
            }
            #expect(try await listed("").total == 3)
            #expect(try await listed("?kind=task").codes == [codes[1]])
            #expect(try await listed("?org=b").codes == [codes[2]])
            #expect(try await listed("?open=false").codes == [codes[2]])
            #expect(try await listed("?state=returned").codes == [codes[2]])
            #expect(try await listed("?open=true&org=a").total == 2)
            #expect(try await listed("?unit=a").codes == [codes[1]])
            #expect(try await listed("?type=power").codes == [codes[2]])
            #expect(try await listed("?from=2021-02-11").total == 0)
            #expect(try await listed("?sort=code&order=asc").codes == codes)
            #expect(try await listed("?sort=code").codes == Array(codes.reversed()), "newest first by default")
            let page = try await listed("?sort=code&order=asc&limit=1&offset=1")
            #expect(page.total == 3 && page.codes == [codes[1]])
            // The urgent request must be accepted today: blue, no working day left.
            let blue = try await Self.send(app, .GET, "/api/v1/cases?colour=blue", admin)
            let rows = try #require(blue.body["cases"] as? [[String: Any]])
            #expect(rows.count == 1 && rows.first?["code"] as? String == codes[0] && rows.first?["colour"] as? String == "blue" && rows.first?["daysLeft"] as? Int == 0)
            #expect(try await listed("?colour=red").total == 0)
            // A county's reporter reads its own county's cases only.
            #expect(try await listed("", reporterB).codes == [codes[2]])

            // A bad parameter is a 400 saying so in the request's language.
            var answer = try await Self.send(app, .GET, "/api/v1/cases?kind=foo&lang=en", admin)
            #expect(answer.status == .badRequest && answer.body["error"] as? String == "bad kind “foo”: use request, task, grid, blocker.")
            answer = try await Self.send(app, .GET, "/api/v1/cases?kind=foo&lang=zh", admin)
            #expect(answer.body["error"] as? String == "参数 kind“foo”有误：可选 request、task、grid、blocker。")
            for query in ["limit=0", "limit=501", "offset=-1", "from=2021-13-01", "org=nowhere", "open=yes", "colour=green", "sort=title", "unit=dept:"] {
                answer = try await Self.send(app, .GET, "/api/v1/cases?\(query)", admin)
                #expect(answer.status == .badRequest && answer.body["error"] is String, "\(query)")
            }
            #expect(try await Self.send(app, .GET, "/api/v1/cases", [:]).status == .unauthorized)
        }
    }

    @Test func theFiguresSayNullWhereNothingWasClosedOrRated() async throws {
        try await InProcessServer.withApp { app, store in
            let admin = InProcessServer.admin
            let reporter = try await Self.user(store, "rep-a", org: "a", roles: [.reporter])
            try await Task.sleep(nanoseconds: 150_000_000)
            var answer = try await Self.send(app, .POST, "/api/v1/cases", admin, json: #"{"kind":"task","type":"instruction","title":"督办","org":"a","due":"2021-03-31"}"#)
            let task = try #require(answer.body["code"] as? String)
            #expect(try await Self.act(app, task, admin, #"{"action":"assign","lead":"a"}"#).status == .ok)

            func unitRow(_ headers: HTTPHeaders) async throws -> [String: Any] {
                let answer = try await Self.send(app, .GET, "/api/v1/case-figures", headers)
                #expect(answer.status == .ok, "\(answer.text)")
                #expect(answer.body["from"] as? String == "2021-01-01" && answer.body["to"] as? String == "2021-02-10" && answer.body["asOf"] as? String == "2021-02-10")
                #expect((answer.body["departments"] as? [Any])?.isEmpty == true)
                let units = try #require(answer.body["units"] as? [[String: Any]])
                return try #require(units.first { $0["unit"] as? String == "a" })
            }
            var row = try await unitRow(admin)
            #expect(row["name"] as? String == InProcessServer.countyName && row["kind"] as? String == "org")
            #expect(row["received"] as? Int == 1 && row["open"] as? Int == 1 && row["closed"] as? Int == 0)
            for key in ["onTimeRate", "averageDays", "satisfaction", "rank"] { #expect(row[key] is NSNull, "\(key)") }

            #expect(try await Self.act(app, task, reporter, #"{"action":"sign_for"}"#).status == .ok)
            #expect(try await Self.act(app, task, reporter, #"{"action":"answer","note":"已落实"}"#).status == .ok)
            #expect(try await Self.act(app, task, admin, #"{"action":"close"}"#).status == .ok)
            row = try await unitRow(admin)
            #expect(row["closed"] as? Int == 1 && row["closedOnTime"] as? Int == 1 && row["open"] as? Int == 0)
            #expect(row["onTimeRate"] as? String == "100.0" && row["averageDays"] as? String == "0.0" && row["rank"] as? Int == 1)
            #expect(row["rated"] as? Int == 0 && row["satisfaction"] is NSNull, "nothing rated: no satisfaction, never 0 %")
            // A county's reporter sees its figures without a rank among units it cannot all read.
            row = try await unitRow(reporter)
            #expect(row["onTimeRate"] as? String == "100.0" && row["rank"] is NSNull)

            answer = try await Self.send(app, .GET, "/api/v1/case-figures?from=2021-03-01&to=2021-02-01", admin)
            #expect(answer.status == .badRequest)
            #expect(try await Self.send(app, .GET, "/api/v1/case-figures?from=2021-1-1", admin).status == .badRequest)
        }
    }

    @Test func typesEnterprisesAndTheWebhook() async throws {
        try await InProcessServer.withApp { app, store in
            let admin = InProcessServer.admin
            let reporter = try await Self.user(store, "rep-a", org: "a", roles: [.reporter])
            try await Task.sleep(nanoseconds: 150_000_000)

            var answer = try await Self.send(app, .GET, "/api/v1/case-types?lang=en", reporter)
            let types = try #require(answer.body["types"] as? [[String: Any]])
            let land = try #require(types.first { $0["kind"] as? String == "request" && $0["code"] as? String == "land" })
            #expect(land["name"] as? String == "Land" && (land["limits"] as? [String: Any])?["answer"] as? Int == 7)
            #expect(try await Self.send(app, .PUT, "/api/v1/case-types/request/land", reporter, json: #"{"limits":{"answer":5}}"#).status == .forbidden)
            answer = try await Self.send(app, .PUT, "/api/v1/case-types/request/land", admin, json: #"{"limits":{"answer":99}}"#)
            #expect(answer.status == .unprocessableEntity && answer.body["field"] as? String == "answer", "\(answer.text)")
            answer = try await Self.send(app, .PUT, "/api/v1/case-types/request/land", admin, json: #"{"nameEn":"Land use","limits":{"answer":5}}"#)
            #expect(answer.status == .ok && answer.body["nameZh"] as? String == "用地" && answer.body["nameEn"] as? String == "Land use")
            #expect((answer.body["limits"] as? [String: Any])?["answer"] as? Int == 5 && (answer.body["limits"] as? [String: Any])?["accept"] as? Int == 2)
            #expect(try await Self.send(app, .PUT, "/api/v1/case-types/rocket/land", admin, json: "{}").status == .badRequest)

            // Enterprises: admins write them all or nothing; an enterprise raises in its own unit.
            answer = try await Self.send(app, .POST, "/api/v1/enterprises", admin, json: #"[{"code":"E1","name":"扬州某机械公司","org":"a"},{"code":"","name":"x","org":"nowhere"}]"#)
            #expect(answer.status == .unprocessableEntity && (answer.body["issues"] as? [Any])?.isEmpty == false, "\(answer.text)")
            answer = try await Self.send(app, .POST, "/api/v1/enterprises", admin, json: #"[{"code":"E1","name":"扬州某机械公司","org":"a"},{"code":"E2","name":"乙县某公司","org":"b"}]"#)
            #expect(answer.status == .ok && answer.body["saved"] as? Int == 2)
            #expect(try await Self.send(app, .POST, "/api/v1/enterprises", reporter, json: "[]").status == .forbidden)
            let enterprise = try await Self.user(store, "e1", org: "a", roles: [.enterprise], enterprise: "E1")
            try await Task.sleep(nanoseconds: 150_000_000)
            answer = try await Self.send(app, .GET, "/api/v1/enterprises", enterprise)
            #expect((answer.body["enterprises"] as? [[String: Any]])?.compactMap { $0["code"] as? String } == ["E1"])
            answer = try await Self.send(app, .POST, "/api/v1/cases", enterprise, json: #"{"kind":"request","type":"logistics","title":"物流通道"}"#)
            #expect(answer.status == .created && answer.body["org"] as? String == "a" && answer.body["enterprise"] as? String == "E1", "\(answer.text)")

            // The webhook: admins only, and its address is never echoed whole.
            #expect(try await Self.send(app, .GET, "/api/v1/webhook", reporter).status == .forbidden)
            answer = try await Self.send(app, .PUT, "/api/v1/webhook", admin, json: #"{"url":"https://robot.example.com/send?key=secret-key-123"}"#)
            #expect(answer.status == .ok && answer.body["configured"] as? Bool == true && answer.body["url"] as? String == "https://robot.example.com/…")
            answer = try await Self.send(app, .GET, "/api/v1/webhook", admin)
            #expect(answer.body["configured"] as? Bool == true && !answer.text.contains("secret-key"))
            answer = try await Self.send(app, .PUT, "/api/v1/webhook", admin, json: #"{"url":"ftp://robot.example.com"}"#)
            #expect(answer.status == .unprocessableEntity && answer.body["field"] as? String == "url")
            #expect(try await Self.send(app, .PUT, "/api/v1/webhook", admin, json: "{}").status == .badRequest)
            answer = try await Self.send(app, .GET, "/api/v1/webhook/deliveries", admin)
            #expect(answer.status == .ok && answer.body["deliveries"] is [Any] && !answer.text.contains("secret-key"))
            answer = try await Self.send(app, .PUT, "/api/v1/webhook", admin, json: #"{"url":null}"#)
            #expect(answer.status == .ok && answer.body["configured"] as? Bool == false && answer.body["url"] is NSNull)
        }
    }

    @Test func theOpenAPIDocumentNamesEveryCaseRoute() async throws {
        try await InProcessServer.withApp { app in
            let response = try await app.testing().sendRequest(.GET, "/api/v1/openapi.json")
            let document = try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            let expected: [String: Set<String>] = [
                "/api/v1/cases": ["get", "post"], "/api/v1/cases/{code}": ["get"], "/api/v1/cases/{code}/actions": ["post"],
                "/api/v1/inbox": ["get"], "/api/v1/notices": ["get"], "/api/v1/case-figures": ["get"], "/api/v1/case-types": ["get"],
                "/api/v1/case-types/{kind}/{code}": ["put"], "/api/v1/enterprises": ["get", "post"], "/api/v1/webhook": ["get", "put"],
                "/api/v1/webhook/deliveries": ["get"],
            ]
            for (path, methods) in expected {
                #expect(paths[path].map { Set($0.keys) } == methods, "\(path)")
            }
            // Every case route served is in the document, and every one named here is served.
            let served = Set(app.routes.all.map { "/" + $0.path.map(\.description).joined(separator: "/") }
                .filter { $0.hasPrefix("/api/v1/case") || $0.hasPrefix("/api/v1/inbox") || $0.hasPrefix("/api/v1/notices")
                    || $0.hasPrefix("/api/v1/enterprises") || $0.hasPrefix("/api/v1/webhook") }
                .map { $0.replacingOccurrences(of: ":kind", with: "{kind}").replacingOccurrences(of: ":code", with: "{code}") })
            #expect(served.isSubset(of: Set(paths.keys)), "\(served.subtracting(paths.keys))")
            #expect(Set(expected.keys).isSubset(of: served))
        }
    }
}
