import Foundation
import SQLKit
import Testing
import TiaoduCore
@testable import TiaoduStore

/// Accounts, sessions, tokens, the monthly cycle and the audit log — on SQLite and PostgreSQL.
@Suite struct AccountsStoreTests {
    @Test(arguments: TestDatabase.all)
    func usersSessionsAndTokens(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await store.importCSV(.orgs, text: orgsCSV)
            try await store.accounts.createUser(login: "ann", name: "Ann", org: "a", roles: [.reporter], passwordHash: "hash-1", actor: "test", source: .api)
            await #expect(throws: AccountError.exists("ann")) { try await store.accounts.createUser(login: "ann", name: "x", org: "a", roles: [.viewer], passwordHash: "h", actor: "test", source: .api) }
            await #expect(throws: AccountError.unknownOrg("nowhere")) { try await store.accounts.createUser(login: "bob", name: "x", org: "nowhere", roles: [.viewer], passwordHash: "h", actor: "test", source: .api) }
            await #expect(throws: AccountError.badLogin("a b")) { try await store.accounts.createUser(login: "a b", name: "x", org: "a", roles: [.viewer], passwordHash: "h", actor: "test", source: .api) }
            #expect(try await store.accounts.credentials("ann")?.passwordHash == "hash-1")
            #expect(try await store.accounts.user("ann")?.principal == Principal(login: "ann", name: "Ann", org: "a", roles: [.reporter]))

            try await store.accounts.createSession(id: "s1", login: "ann", csrf: "c1")
            #expect(try await store.accounts.session(id: "s1")?.csrf == "c1")
            let token = try await store.accounts.createToken(login: "ann", name: "cli", hash: "t1", actor: "test", source: .api)
            #expect(try await store.accounts.tokenUser(hash: "t1")?.login == "ann")
            // A new password ends the sessions; disabling also revokes the tokens.
            try await store.accounts.setPasswordHash("ann", "hash-2", actor: "test", source: .api)
            #expect(try await store.accounts.session(id: "s1") == nil)
            try await store.accounts.createSession(id: "s2", login: "ann", csrf: "c2")
            try await store.accounts.setDisabled("ann", true, actor: "test", source: .api)
            #expect(try await store.accounts.session(id: "s2") == nil)
            #expect(try await store.accounts.tokenUser(hash: "t1") == nil)
            #expect(try await store.accounts.tokens(login: "ann").first?.id == token)
            let actions = try await store.auditLog.entries(actor: "test").map(\.action)
            #expect(actions == ["user.disable", "user.password", "token.create", "user.create"])
        }
    }

    @Test(arguments: TestDatabase.all)
    func theAuditLogCannotBeChanged(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await store.auditLog.recordEvent(actor: "ann", action: .signIn, object: "ann", source: .form)
            await #expect(throws: (any Error).self) { try await store.sql.raw("UPDATE audit_log SET actor = 'mallory'").run() }
            await #expect(throws: (any Error).self) { try await store.sql.raw("DELETE FROM audit_log").run() }
            #expect(try await store.auditLog.entries().map(\.actor) == ["ann"])
        }
    }

    @Test(arguments: TestDatabase.all)
    func lockedFiguresChangeThroughNoWrite(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            let reporter = Principal(login: "r", name: "r", org: "a", roles: [.reporter])
            let analyst = Principal(login: "s", name: "s", org: "city", roles: [.analyst])
            try await store.importCSV(.values, text: "org,indicator,period,value\na,sales,2021-01,10\n")
            #expect(try await store.cycle.transition(org: "a", period: Period("2021-01")!, action: .submit, by: reporter, reason: nil, source: .api) == .submitted)
            // Neither the reporter nor a CSV import (no user at all) changes submitted figures.
            for principal in [reporter, nil] as [Principal?] {
                await #expect(throws: ImportFailure.self) {
                    try await store.write(.values, records: [InputRecord(line: 2, fields: ["org": "a", "indicator": "sales", "period": "2021-01", "value": "11"])],
                                          actor: "t", source: .csv, principal: principal)
                }
            }
            await #expect(throws: ApprovalFailure(error: .notPermitted)) { try await store.cycle.transition(org: "a", period: Period("2021-01")!, action: .accept, by: reporter, reason: nil, source: .api) }
            await #expect(throws: ApprovalFailure(error: .notFrom(.submitted))) { try await store.cycle.transition(org: "a", period: Period("2021-01")!, action: .accept, by: analyst, reason: nil, source: .api) }
            #expect(try await store.cycle.submissions(period: Period("2021-01")!).map(\.status) == [.submitted])
            #expect(try await store.figures.values(org: "a").first?.value == "10")
            try await store.cycle.transition(org: "a", period: Period("2021-01")!, action: .withdraw, by: reporter, reason: nil, source: .api)
            try await store.importCSV(.values, text: "org,indicator,period,value\na,sales,2021-01,11\n")
            #expect(try await store.figures.values(org: "a").first?.value == "11")
            #expect(try await store.cycle.submissions(period: Period("2021-01")!).isEmpty)
        }
    }
}

/// The project register on both databases: imported all or nothing, amounts kept as entered,
/// moved one stage at a time by those who may, every move an event.
@Suite struct ProjectStoreTests {
    @Test(arguments: TestDatabase.all)
    func registerAndMove(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            let csv = "code,name,owner,category,list_level,total_investment,annual_plan\np1,新能源项目,a,industry,province,120.50,30.0\np2,学校,b,livelihood,county,2,1.5\n"
            let summary = try await store.importCSV(.projects, text: csv)
            #expect(summary.inserted == 2)
            #expect(try await store.importCSV(.projects, text: csv).unchanged == 2, "the same file again changes nothing")
            let stored = try await store.projects.projects()
            #expect(stored.map(\.totalText) == ["120.50", "2"] && stored.first?.project.sizeTier == .hundredYi)
            let reporter = Principal(login: "r", name: "r", org: "a", roles: [.reporter])
            try await store.projects.moveProject("p1", to: .started, by: reporter, note: "集中开工", source: .api)
            await #expect(throws: StageFailure(error: .backwards(from: .started, to: .signed))) { try await store.projects.moveProject("p1", to: .signed, by: reporter, note: nil, source: .api) }
            await #expect(throws: StageFailure(error: .skips(from: .started, to: .completed, allowed: [.underConstruction]))) {
                try await store.projects.moveProject("p1", to: .completed, by: reporter, note: nil, source: .api)
            }
            await #expect(throws: ImportFailure.self) { try await store.projects.moveProject("p2", to: .started, by: reporter, note: nil, source: .api) }
            await #expect(throws: UnknownProject(code: "nope")) { try await store.projects.moveProject("nope", to: .started, by: reporter, note: nil, source: .api) }
            #expect(try await store.projects.projectEvents("p1").map(\.to) == [.reserve, .started])
            #expect(try await store.projects.projectEvents("p1").last?.note == "集中开工")
            // An import cannot move a stage; another county's reporter cannot import into ours.
            let moved = "code,name,owner,category,list_level,total_investment,annual_plan,stage\np1,新能源项目,a,industry,province,120.50,30.0,completed\n"
            await #expect(throws: ImportFailure.self) { try await store.importCSV(.projects, text: moved) }
            let other = Principal(login: "o", name: "o", org: "b", roles: [.reporter])
            let records = try ImportKind.projects.table(csv).records
            await #expect(throws: ImportFailure.self) { try await store.write(.projects, records: records, actor: "o", source: .csv, principal: other) }
            #expect(try await store.projects.projects(owner: "a").map(\.project.stage) == [.started])
            // The catalogue and targets are administrators' alone: refused to a reporter even with no rows.
            let revision = try await Counter.data.value(store.sql)
            for kind in [ImportKind.orgs, .indicators, .targets] {
                let refused = await failure { try await store.write(kind, records: [], actor: "o", source: .csv, principal: other) }
                #expect(refused?.issues.map(\.reason) == [.notPermitted(kind.rawValue)], "\(kind)")
            }
            #expect(try await Counter.data.value(store.sql) == revision, "nothing counted as written")
        }
    }
}
