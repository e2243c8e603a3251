// `tiaodu generate --cases N --database URL [--today DAY]` — N synthetic cases for the benchmark
// (issue #14) over the org tree the database already holds (the province's: `tiaodu generate
// --scale province`, then `tiaodu import orgs`). Enterprise requests, grid events and supervision
// tasks, raised over the year before `today`, each replayed step by step through CaseMachine on
// working days of the official calendar, so every kept column (clock_due, yellow_from, on_time,
// work_days…) is the engine's own; written in batches of many rows per INSERT (Store+CaseBulk).
// Deterministic: the same N, tree and day give the same cases. About 85 % closed, the rest
// standing at every step (some overdue); leads are towns and 40 departments; most requests are
// rated and some reopened.
import ArgumentParser
import Foundation
import TiaoduCore
import TiaoduStore

extension GenerateCommand {
    func writeCases(_ count: Int) async throws {
        guard count >= 1 else { throw ValidationError("--cases: expected a positive count") }
        var asOf: Day?
        if let today {
            guard let day = Day(today) else { throw ValidationError("--today: expected a day such as 2021-09-30, got \(today)") }
            asOf = day
        }
        Console.bootstrapLogging(level: .warning)
        let store = try await Store.open(try db.location())
        do {
            try await SyntheticCases.write(count, into: store, today: asOf ?? store.clock.today)
            await store.close()
        } catch {
            await store.close()
            throw error
        }
    }
}

/// The benchmark's cases: one plan per case number, from a seed of that number.
struct SyntheticCases {
    static let batch = 50_000
    static let everyone = Set(CaseParty.allCases)
    static let departments = [
        "发改委", "工信局", "住建局", "自然资源局", "生态环境局", "交通运输局", "水利局", "农业农村局", "商务局", "文旅局",
        "卫健委", "应急管理局", "市场监管局", "城管局", "人社局", "财政局", "税务局", "公安局", "教育局", "民政局",
        "司法局", "行政审批局", "数据局", "供电公司", "医保局", "统计局", "退役军人局", "林业局", "气象局", "消防救援大队",
        "公积金中心", "国资委", "金融办", "科技局", "体育局", "信访局", "自来水公司", "燃气公司", "通信管理办", "住房保障中心",
    ].map { CaseUnit.department($0) }

    let today: Day
    let calendar: WorkingCalendar
    let towns: [OrgUnit]
    /// each town's county (its parent)
    let county: [String: String]
    let types: [CaseKind: [CaseType]]

    static func write(_ count: Int, into store: Store, today: Day) async throws {
        let started = Date()
        let calendar = try await store.cases.calendar()
        // a case raised today is accepted within 2 working days: a year the calendar must hold (a
        // later step past its end is not taken, and the case stays open there)
        guard (try? calendar.add(workingDays: 2, to: today)) != nil else {
            throw ValidationError("the working-day calendar ends within 2 working days of \(today): import the next year (tiaodu import calendar) or give --today")
        }
        let orgs = try await store.figures.orgs()
        let towns = orgs.filter { $0.kind == .town }
        guard !towns.isEmpty else {
            throw ValidationError("no towns in the org tree: import one first (tiaodu generate --scale province, then tiaodu import orgs)")
        }
        var county: [String: String] = [:]
        for town in towns { county[town.code] = town.parent ?? town.code }
        let types = try await store.cases.types().filter { $0.kind != .blocker }
        let generator = SyntheticCases(today: today, calendar: calendar, towns: towns, county: county, types: Dictionary(grouping: types, by: \.kind))
        // two enterprises per town, registered with its county (where requests are raised)
        try await store.cases.bulkInsertEnterprises(towns.indices.flatMap { t in
            (0..<2).map { k in Enterprise(code: Self.enterprise(t, k), name: "企业\(t * 2 + k + 1)", org: county[towns[t].code] ?? towns[t].code) }
        })
        let first = try await store.cases.nextCaseID()
        let cases = store.cases
        var pending: Task<Void, any Error>?
        var written = 0
        for start in stride(from: 0, to: count, by: batch) {
            let end = min(start + batch, count)
            let planned = (start..<end).map { generator.make($0, id: first + Int64($0)) }
            try await pending?.value
            written = start
            if written > 0 { Console.error("cases: \(written) written in \(Int(Date().timeIntervalSince(started))) s") }
            pending = Task { try await cases.bulkInsert(planned, calendar: calendar) }
        }
        try await pending?.value
        let edge = try CaseColour.blueEdge(today, calendar: calendar)
        Console.say("cases: \(count) written in \(Int(Date().timeIntervalSince(started) * 1000)) ms; as of \(today); blue edge \(edge)")
    }

    static func enterprise(_ town: Int, _ k: Int) -> String {
        let n = String(town * 2 + k + 1)
        return "E" + String(repeating: "0", count: max(0, 6 - n.count)) + n
    }

    /// The wall-clock moment of a step: 10:00 on its day in China.
    static func at(_ day: Day) -> Int64 { Int64(day.ordinal) * 86_400_000 + 2 * 3_600_000 }

    static func day(_ ordinal: Int) -> Day { Day(millisecondsSince1970: Int64(ordinal) * 86_400_000) }

    /// Case number `n` (0-based) as it stands today, with its events.
    func make(_ n: Int, id: Int64) -> (record: CaseRecord, events: [CaseEvent]) {
        var random = SplitMix(seed: UInt64(n) &* 0x2545_F491_4F6C_DD1D &+ 14)
        let t = random.int(towns.count)
        let town = towns[t].code
        let countyCode = county[town] ?? town
        let roll = random.int(100)
        let kind: CaseKind = roll < 55 ? .request : roll < 80 ? .grid : .task
        let open = random.int(100) < 15
        let raised = Self.day(today.ordinal - (open ? random.int(46) : 30 + random.int(366)))
        let choices = types[kind] ?? []
        let type = choices.isEmpty ? CaseType(kind: kind, code: "other", nameZh: "其他", nameEn: "Other") : choices[random.int(choices.count)]
        let urgent = random.int(100) < 3
        let lead: CaseUnit = random.int(100) < (kind == .grid ? 75 : 60) ? .org(town) : Self.departments[random.int(Self.departments.count)]
        var assisting: [CaseUnit] = []
        if random.int(100) < 15 {
            let other: CaseUnit = lead.orgCode == nil ? .org(town) : Self.departments[random.int(Self.departments.count)]
            if other != lead { assisting.append(other) }
        }
        let org = kind == .grid ? town : countyCode
        let enterprise = kind == .request ? Self.enterprise(t, random.int(2)) : nil
        let raiser = kind == .request ? "ent-\(enterprise ?? "")" : kind == .grid ? "grid-\(town)" : "office-\(countyCode)"
        var due: Day?
        if kind == .task, random.int(100) < 70 { due = try? calendar.add(workingDays: 10 + random.int(16), to: raised) }
        let word = kind == .request ? "诉求" : kind == .grid ? "事件" : "督办"
        let draft = CaseDraft(kind: kind, type: type.code, title: "\(type.nameZh)\(word) \(id)", detail: "反映\(type.nameZh)方面的问题，请协调解决。",
                              org: org, enterprise: enterprise, urgent: urgent, due: due)
        let machine = CaseMachine(calendar: calendar, limits: type.limits)
        let code = CasesRepository.code(kind, year: raised.year, id: id)
        guard let opened = try? machine.raise(draft, id: id, code: code, by: CaseActor(login: raiser, unit: org, parties: Self.everyone),
                                              today: raised, at: Self.at(raised)) else {
            preconditionFailure("a synthetic case could not be raised on \(raised)")
        }
        // open cases stop after 0 to 4 steps (raised, accepted, assigned, in progress, answered)
        let stops = [0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4]
        var replay = Replay(record: opened.0, events: [opened.1], machine: machine, today: today, last: raised,
                            limit: open ? (kind == .task ? max(0, stops[random.int(stops.count)] - 1) : stops[random.int(stops.count)]) : Int.max)
        let centre = "centre-\(org)"
        let leadUnit = lead.description
        let leadLogin = "lead-\(lead.orgCode ?? "dept")"
        func after(_ day: Day, _ days: Int) -> Day { (try? calendar.add(workingDays: days, to: day)) ?? Self.day(day.ordinal + days) }

        if kind != .task {
            if kind == .request, random.int(100) < 2 {
                replay.apply(CaseCommand(.return, note: "不属于受理范围"), on: after(raised, 1), by: centre, unit: org)
                return (replay.record, replay.events)
            }
            replay.apply(CaseCommand(.accept, note: "已受理"), on: after(raised, random.int(2)), by: centre, unit: org)
        }
        replay.apply(CaseCommand(.assign, note: "请按时办理", lead: lead, assisting: assisting), on: after(replay.last, random.int(2)), by: centre, unit: org)
        guard let assigned = replay.record.assigned else { return (replay.record, replay.events) }
        replay.apply(CaseCommand(.signFor, note: "已签收"), on: after(assigned, random.int(2)), by: leadLogin, unit: leadUnit)
        if !urgent, random.int(100) < 3 {
            if replay.apply(CaseCommand(.askExtension, note: "情况复杂，申请延期", days: 3 + random.int(3)), on: after(replay.last, 1),
                            by: leadLogin, unit: leadUnit, optional: true) {
                if random.int(100) < 80 {
                    replay.apply(CaseCommand(.grantExtension), on: after(replay.last, random.int(2)), by: centre, unit: org)
                } else {
                    replay.apply(CaseCommand(.refuseExtension, note: "不予延期"), on: after(replay.last, random.int(2)), by: centre, unit: org)
                }
            }
        }
        if kind == .task {
            replay.apply(CaseCommand(.progress, note: "推进中", percent: 20 + random.int(60)), on: after(replay.last, 1 + random.int(4)),
                         by: leadLogin, unit: leadUnit, optional: true)
        }
        for unit in assisting {
            replay.apply(CaseCommand(.assistReport, note: "已配合办理"), on: after(assigned, 1 + random.int(3)), by: "assist", unit: unit.description, optional: true)
        }
        // answered within the time allowed (85 %), or up to six working days late
        func answer() {
            let start = replay.record.assigned ?? replay.last
            let allowed = replay.record.due.flatMap { try? calendar.count(from: start, to: $0) } ?? type.limits.answer
            let days = random.int(100) < 85 ? (allowed <= 0 ? 0 : 1 + random.int(allowed)) : max(allowed, 0) + 1 + random.int(6)
            replay.apply(CaseCommand(.answer, note: "已办理完毕，问题已解决。"), on: after(start, days), by: leadLogin, unit: leadUnit)
        }
        answer()
        switch kind {
        case .request:
            let r = random.int(100)
            if r < 10 {
                replay.apply(CaseCommand(.close, note: "回访无应答，办结"), on: after(replay.last, 3), by: centre, unit: org)
            } else if r < 82 {
                replay.apply(CaseCommand(.rate, rating: .satisfied), on: after(replay.last, 1 + random.int(3)), by: raiser, unit: org)
            } else if r < 94 {
                replay.apply(CaseCommand(.rate, rating: .basicallySatisfied), on: after(replay.last, 1 + random.int(3)), by: raiser, unit: org)
            } else {
                replay.apply(CaseCommand(.rate, note: "问题未解决", rating: .dissatisfied), on: after(replay.last, 1 + random.int(3)), by: raiser, unit: org)
                if random.int(100) < 60 {
                    replay.apply(CaseCommand(.reopen, note: "重新办理"), on: after(replay.last, 1), by: centre, unit: org)
                    answer()
                    replay.apply(CaseCommand(.rate, rating: random.int(2) == 0 ? .satisfied : .basicallySatisfied), on: after(replay.last, 1 + random.int(3)),
                                 by: raiser, unit: org)
                } else {
                    replay.apply(CaseCommand(.close, note: "已作解释说明，办结"), on: after(replay.last, 1), by: centre, unit: org)
                }
            }
        case .grid:
            replay.apply(CaseCommand(.verify, note: "核查属实"), on: after(replay.last, 1), by: centre, unit: org)
            if random.int(100) < 4 {
                replay.apply(CaseCommand(.reopen, note: "核查未完成整改"), on: replay.last, by: centre, unit: org)
                answer()
                replay.apply(CaseCommand(.verify, note: "复核属实"), on: after(replay.last, 1), by: centre, unit: org)
            }
            replay.apply(CaseCommand(.close, note: "办结"), on: after(replay.last, random.int(2)), by: centre, unit: org)
        case .task, .blocker:
            replay.apply(CaseCommand(.close, note: "办结"), on: after(replay.last, 1 + random.int(2)), by: centre, unit: org)
        }
        return (replay.record, replay.events)
    }
}

/// A case replayed step by step through the machine, up to today and up to `limit` steps.
private struct Replay {
    var record: CaseRecord
    var events: [CaseEvent]
    let machine: CaseMachine
    let today: Day
    /// the day of the last step
    var last: Day
    let limit: Int
    var steps = 0
    var stopped = false

    /// Applies `command` on `day` (or the last step's day, if later); false when it was not. A
    /// refused step ends the case there, unless it is `optional` (an extension asked too late).
    @discardableResult
    mutating func apply(_ command: CaseCommand, on day: Day, by login: String, unit: String, optional: Bool = false) -> Bool {
        guard !stopped else { return false }
        let day = max(day, last)
        guard day <= today, steps < limit else {
            stopped = true
            return false
        }
        do {
            let (after, event) = try machine.apply(command, to: record, by: CaseActor(login: login, unit: unit, parties: SyntheticCases.everyone),
                                                   today: day, at: SyntheticCases.at(day))
            record = after
            events.append(event)
            steps += 1
            last = day
            return true
        } catch {
            if !optional { stopped = true }
            return false
        }
    }
}

/// SplitMix64: the same cases on every machine and every run.
private struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0..<n.
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
}
