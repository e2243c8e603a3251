// Release 018 on both databases: blockers written before the case engine (rows of
// `project_blockers`) become cases of kind `blocker` — an open one assigned to its solver with its
// deadline (a Sunday kept as entered), a resolved one closed with who resolved it and how, one
// raised in a year the working-day calendar does not hold — and read back through the projects'
// blocker API as they were.
import Foundation
import Testing
import TiaoduCore
@testable import TiaoduStore

@Suite struct BlockerMigrationTests {
    @Test(arguments: TestDatabase.all)
    func oldBlockersBecomeCases(_ database: TestDatabase) async throws {
        try await database.withStore { store in
            try await seeded(store)
            try await store.importCSV(.projects, text: ProjectTrackingStoreTests.register)
            let rows: [(Int, String, String, String?, String, String?, String?, String?)] = [
                (1, "land", "征地未完成", "2021-10-31", "2021-07-01", nil, nil, nil),
                (2, "power", "用电增容", "2021-08-31", "2021-07-05", "2021-08-15", "ra", "已增容"),
                (3, "other", "多年遗留问题", nil, "2012-03-01", nil, nil, nil),
            ]
            for (id, kind, description, due, raised, resolved, by, how) in rows {
                try await store.writer.raw("""
                    INSERT INTO project_blockers (id, code, kind, description, solver, due, raised, raised_by, resolved, resolved_by, resolution)
                    VALUES (\(bind: id), 'p1', \(bind: kind), \(bind: description), '区自然资源局', \(bind: due), \(bind: raised), 'ra', \(bind: resolved), \(bind: by), \(bind: how))
                    """).run()
            }
            try await BlockersBecomeCases().prepare(on: store.database)

            let blockers = try await store.projects.blockers(code: "p1")
            #expect(blockers.map(\.description) == ["多年遗留问题", "征地未完成", "用电增容"], "oldest first")
            let open = try #require(blockers.first { $0.description == "征地未完成" })
            #expect(open.isOpen && open.due == Day("2021-10-31") && open.solver == "区自然资源局" && open.raisedBy == "ra")
            let solved = try #require(blockers.first { $0.description == "用电增容" })
            #expect(solved.resolved == Day("2021-08-15") && solved.resolvedBy == "ra" && solved.resolution == "已增容")
            // As cases: in the ledger with their steps (raised and assigned; closed), the solver as a department.
            let admin = Principal(login: "admin", name: "admin", org: "city", roles: [.admin])
            var query = CaseQuery()
            query.kind = .blocker
            let cases = try await store.cases.ledger(query, for: admin, today: Day("2021-09-30")!).rows
            #expect(cases.count == 3 && cases.allSatisfy { $0.project == "p1" && $0.org == "a" && $0.lead == .department("区自然资源局") })
            let closed = try #require(cases.first { $0.title == "用电增容" })
            #expect(closed.state == .closed && closed.onTime == true)
            #expect(try await store.cases.events(of: closed).map(\.action) == [.raise, .assign, .close])
            let openCase = try #require(cases.first { $0.title == "征地未完成" })
            #expect(openCase.state == .assigned && CaseColour.of(openCase, on: Day("2021-11-01")!, calendar: .official) == .red)
        }
    }
}
