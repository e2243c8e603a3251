// Computes a bulletin from a workspace: one pass per indicator over the parent and its
// children, then ranks within peer groups for this period and the previous one.
import Foundation

public enum BulletinError: Error, Equatable, Sendable {
    case unknownParent(String)
    case emptyWorkspace
}

public struct BulletinEngine {
    public let workspace: Workspace
    private let calculator: FigureCalculator

    /// `dense` when most units will be computed (a full bulletin): figures are then kept in
    /// arrays by unit rather than dictionaries.
    public init(_ workspace: Workspace, dense: Bool = false) {
        self.workspace = workspace
        self.calculator = FigureCalculator(workspace, dense: dense)
    }

    public func bulletin(period: Period, parent: String? = nil) throws -> Bulletin {
        try bulletin(period: period, parent: parent, indicators: workspace.indicators.indices)
    }

    /// The bulletin for a contiguous range of the catalogue's indicators.
    func bulletin(period: Period, parent: String?, indicators range: Range<Int>) throws -> Bulletin {
        guard let parentCode = parent ?? workspace.tree.root?.code else { throw BulletinError.emptyWorkspace }
        var rows: [BulletinRow] = []
        try append(period: period, parent: parentCode, indicators: range, includingParent: true, to: &rows)
        return Bulletin(period: period, parent: parentCode, rows: rows)
    }

    /// Appends a parent's rows (its own rows only when `includingParent`) for a range of the
    /// catalogue's indicators: a full bulletin collects every parent's rows without copying them.
    func append(period: Period, parent parentCode: String, indicators range: Range<Int>, includingParent: Bool, to rows: inout [BulletinRow]) throws {
        guard let parentIndex = workspace.tree.index(of: parentCode) else { throw BulletinError.unknownParent(parentCode) }
        let units = [parentIndex] + workspace.tree.childIndexes(of: parentIndex)
        // Positions of the children in each peer group (the parent, at 0, is never ranked).
        let groups = Dictionary(grouping: units.indices.dropFirst(), by: { workspace.tree.units[units[$0]].peerGroup ?? "" })
            .values.map { Array($0) }
        for i in range {
            let indicator = workspace.indicators[i]
            var block = units.enumerated().map { position, org in
                row(org: org, indicator: i, meta: indicator, isParent: position == 0, at: period.asOf)
            }
            guard block.contains(where: { $0.ytd != nil || $0.growth != nil }) else { continue }
            let before = units.map { rankedFigures(org: $0, indicator: i, meta: indicator, at: period.previous.asOf) }
            for group in groups {
                // A partly reported figure is shown, never ranked.
                let now = ranks(group.map { block[$0].partial ? (nil, nil, nil) : (block[$0].ytd, block[$0].growth, block[$0].completion) },
                                direction: indicator.direction)
                let then = ranks(group.map { before[$0] }, direction: indicator.direction)
                for (k, position) in group.enumerated() {
                    block[position].rank = now[k]
                    block[position].previousRank = then[k]
                }
            }
            rows.append(contentsOf: includingParent ? block[...] : block.dropFirst())
        }
    }

    /// Every figure of one row, as of a point in time; ranks are filled in by the caller.
    public func row(org: String, isParent: Bool, indicator: Indicator, at point: AsOf) -> BulletinRow {
        guard let o = workspace.tree.index(of: org), let i = workspace.indicatorPosition(indicator.code) else {
            return BulletinRow(org: org, indicator: indicator.code, isParent: isParent)
        }
        return row(org: o, indicator: i, meta: indicator, isParent: isParent, at: point)
    }

    func row(org: Int, indicator: Int, meta: Indicator, isParent: Bool, at point: AsOf) -> BulletinRow {
        let figure = calculator.figure(org: org, indicator: indicator, at: point)
        let growth = calculator.growth(org: org, indicator: indicator, at: point)
        let target = workspace.target(org: org, indicator: indicator, year: point.year)
        // 序时 belongs to amount and count targets: growth and rate targets have no schedule.
        let schedule = target?.type.hasCompletion == true
            ? Schedule.value(meta.schedule, frequency: meta.frequency, at: point,
                             seasonalShare: seasonalShare(org: org, indicator: indicator, meta: meta, at: point))
            : nil
        var completion: Figure?
        var gap: Figure?
        var pace: Figure?
        var paceGrowth: Figure?
        if let target {
            switch target.type {
            case .amount, .count:
                completion = Figures.completion(ytd: figure.ytd, target: target.value)
                gap = Figures.gap(completion: completion, schedule: schedule, direction: meta.direction)
                pace = Figures.requiredPace(target: target.value, ytd: figure.ytd,
                                            remainingPeriods: remainingPeriods(meta.frequency, at: point), direction: meta.direction)
                if meta.accumulation == .flow || meta.accumulation == .cumulative, pace != nil {
                    paceGrowth = Figures.requiredGrowth(
                        target: target.value, ytd: figure.ytd,
                        lastYearTotal: calculator.ytd(org: org, indicator: indicator, at: point.yearBefore.yearEnd),
                        lastYearYTD: calculator.ytd(org: org, indicator: indicator, at: point.yearBefore))
                }
            case .growth:
                gap = Figures.gap(actual: growth.growth, target: target.value, direction: meta.direction)
            case .rate:
                gap = Figures.gap(actual: figure.ytd, target: target.value, direction: meta.direction)
            }
        }
        let negativeGrowth = target?.type == .growth && meta.direction == .up && (growth.growth.map { $0 < 0 } ?? false)
        let status = target == nil ? nil : Status.of(gap: gap, threshold: meta.amberThreshold ?? Status.defaultAmberThreshold,
                                                     negativeGrowthAgainstGrowthTarget: negativeGrowth)
        let unit = workspace.tree.units[org]
        return BulletinRow(
            org: unit.code, indicator: meta.code, isParent: isParent, peerGroup: unit.peerGroup,
            ytd: figure.ytd, growth: growth.growth, growthSource: growth.source, growthMismatch: growth.mismatch,
            target: target?.value, targetType: target?.type,
            completion: completion, schedule: schedule, gap: gap,
            requiredPace: pace, requiredGrowth: paceGrowth, status: status,
            rank: Ranks(), previousRank: Ranks(),
            childrenSum: figure.childrenSum, mismatch: figure.mismatch,
            monthsReported: figure.monthsReported, partial: figure.partial, growthInPoints: meta.changesInPoints)
    }

    /// Only what ranks need (total, growth, completion) of a unit at another point.
    private func rankedFigures(org: Int, indicator: Int, meta: Indicator, at point: AsOf) -> (Figure?, Figure?, Figure?) {
        let figure = calculator.figure(org: org, indicator: indicator, at: point)
        guard !figure.partial else { return (nil, nil, nil) }
        let ytd = figure.ytd
        let target = workspace.target(org: org, indicator: indicator, year: point.year)
        return (ytd, calculator.growth(org: org, indicator: indicator, at: point).growth,
                target?.type.hasCompletion == true ? Figures.completion(ytd: ytd, target: target?.value) : nil)
    }

    /// Ranks by total, growth and completion of one peer group's members, in their order. A
    /// measure only one member has ranks nobody: 「位居第1」 of one says nothing (and of a fall, less).
    private func ranks(_ members: [(Figure?, Figure?, Figure?)], direction: Direction) -> [Ranks] {
        func ranked(_ values: [Figure?]) -> [Int?] {
            values.lazy.filter { $0 != nil }.count < 2 ? values.map { _ in nil } : Ranking.competitionRanks(values, direction: direction)
        }
        let total = ranked(members.map(\.0))
        let growth = ranked(members.map(\.1))
        let completion = ranked(members.map(\.2))
        return members.indices.map { Ranks(total: total[$0], growth: growth[$0], completion: completion[$0]) }
    }

    private func seasonalShare(org: Int, indicator: Int, meta: Indicator, at point: AsOf) -> Figure? {
        guard case .seasonal = meta.schedule else { return nil }
        let partial = calculator.ytd(org: org, indicator: indicator, at: point.yearBefore)
        let whole = calculator.ytd(org: org, indicator: indicator, at: point.yearBefore.yearEnd)
        guard let partial, let whole, whole > 0, let share = partial / whole else { return nil }
        return share * 100
    }

    private func remainingPeriods(_ frequency: Frequency, at point: AsOf) -> Int {
        switch frequency {
        case .monthly: return 12 - point.month
        case .quarterly: return 4 - point.quarter
        case .annual: return 0
        }
    }

}

extension BulletinEngine {
    /// Every unit's row for every indicator with data, each ranked among its siblings: the
    /// bulletins of all parents at once (the root's row heads it, unranked).
    public func fullBulletin(period: Period) throws -> Bulletin {
        guard let root = workspace.tree.root?.code else { throw BulletinError.emptyWorkspace }
        let parents = workspace.tree.units.filter { $0.code == root || workspace.tree.hasChildren($0.code) }.map(\.code)
        // The catalogue is split in contiguous halves computed side by side (each with its own
        // memo), then every parent's rows are put back in catalogue order.
        let count = workspace.indicators.count
        let parts = min(max(1, ProcessInfo.processInfo.activeProcessorCount), max(1, count / 8))
        let ranges = (0..<parts).map { k in (count * k / parts)..<(count * (k + 1) / parts) }
        let results = PartResults(count: parts)
        let shared = self.workspace
        DispatchQueue.concurrentPerform(iterations: parts) { k in
            let engine = BulletinEngine(shared, dense: true)
            do {
                results.set(k, .success(try parents.map { parent in
                    var rows: [BulletinRow] = []
                    try engine.append(period: period, parent: parent, indicators: ranges[k], includingParent: parent == root, to: &rows)
                    return rows
                }))
            } catch {
                results.set(k, .failure(error))
            }
        }
        let blocks = try results.values.map { try $0!.get() }
        var rows: [BulletinRow] = []
        rows.reserveCapacity(blocks.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } })
        for p in parents.indices {
            for block in blocks { rows.append(contentsOf: block[p]) }
        }
        return Bulletin(period: period, parent: root, rows: rows)
    }
}

/// Results of the parallel parts, each slot written once by its own part.
private final class PartResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<[[BulletinRow]], any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<[[BulletinRow]], any Error>) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Result<[[BulletinRow]], any Error>?] {
        lock.lock()
        defer { lock.unlock() }
        return slots
    }
}
