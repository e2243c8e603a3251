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

    public init(_ workspace: Workspace) {
        self.workspace = workspace
        self.calculator = FigureCalculator(workspace)
    }

    public func bulletin(period: Period, parent: String? = nil) throws -> Bulletin {
        guard let parentCode = parent ?? workspace.tree.root?.code else { throw BulletinError.emptyWorkspace }
        guard workspace.tree.contains(parentCode) else { throw BulletinError.unknownParent(parentCode) }
        let units = [parentCode] + workspace.tree.children(of: parentCode).map(\.code)
        var rows: [BulletinRow] = []
        for indicator in workspace.indicators {
            var block = units.enumerated().map { index, org in
                row(org: org, isParent: index == 0, indicator: indicator, at: period.asOf)
            }
            guard block.contains(where: { $0.ytd != nil || $0.growth != nil }) else { continue }
            let previous = units.map { row(org: $0, isParent: false, indicator: indicator, at: period.previous.asOf) }
            let now = ranks(block, direction: indicator.direction)
            let before = ranks(Array(zip(block, previous).map { current, prior in
                var p = prior
                p.isParent = current.isParent
                p.peerGroup = current.peerGroup
                return p
            }), direction: indicator.direction)
            for index in block.indices where !block[index].isParent {
                block[index].rank = now[block[index].org] ?? Ranks()
                block[index].previousRank = before[block[index].org] ?? Ranks()
            }
            rows += block
        }
        return Bulletin(period: period, parent: parentCode, rows: rows)
    }

    /// Every figure of one row, as of a point in time; ranks are filled in by the caller.
    public func row(org: String, isParent: Bool, indicator: Indicator, at point: AsOf) -> BulletinRow {
        let figure = calculator.figure(org: org, indicator: indicator, at: point)
        let growth = calculator.growth(org: org, indicator: indicator, at: point)
        let target = workspace.target(org: org, indicator: indicator.code, year: point.year)
        // 序时 belongs to amount and count targets: growth and rate targets have no schedule.
        let schedule = target?.type.hasCompletion == true
            ? Schedule.value(indicator.schedule, frequency: indicator.frequency, at: point,
                             seasonalShare: seasonalShare(org: org, indicator: indicator, at: point))
            : nil
        var completion: Figure?
        var gap: Figure?
        var pace: Figure?
        var paceGrowth: Figure?
        if let target {
            switch target.type {
            case .amount, .count:
                completion = Figures.completion(ytd: figure.ytd, target: target.value)
                gap = Figures.gap(completion: completion, schedule: schedule, direction: indicator.direction)
                pace = Figures.requiredPace(target: target.value, ytd: figure.ytd,
                                            remainingPeriods: remainingPeriods(indicator.frequency, at: point),
                                            direction: indicator.direction)
                if indicator.accumulation == .flow || indicator.accumulation == .cumulative, pace != nil {
                    paceGrowth = Figures.requiredGrowth(
                        target: target.value, ytd: figure.ytd,
                        lastYearTotal: calculator.ytd(org: org, indicator: indicator, at: point.yearBefore.yearEnd),
                        lastYearYTD: calculator.ytd(org: org, indicator: indicator, at: point.yearBefore))
                }
            case .growth:
                gap = Figures.gap(actual: growth.growth, target: target.value, direction: indicator.direction)
            case .rate:
                gap = Figures.gap(actual: figure.ytd, target: target.value, direction: indicator.direction)
            }
        }
        let negativeGrowth = target?.type == .growth && indicator.direction == .up && (growth.growth.map { $0 < 0 } ?? false)
        let status = target == nil ? nil : Status.of(gap: gap, threshold: indicator.amberThreshold ?? Status.defaultAmberThreshold,
                                                     negativeGrowthAgainstGrowthTarget: negativeGrowth)
        return BulletinRow(
            org: org, indicator: indicator.code, isParent: isParent,
            peerGroup: workspace.tree[org]?.peerGroup,
            ytd: figure.ytd, growth: growth.growth, growthSource: growth.source, growthMismatch: growth.mismatch,
            target: target?.value, targetType: target?.type,
            completion: completion, schedule: schedule, gap: gap,
            requiredPace: pace, requiredGrowth: paceGrowth, status: status,
            rank: Ranks(), previousRank: Ranks(),
            childrenSum: figure.childrenSum, mismatch: figure.mismatch)
    }

    private func seasonalShare(org: String, indicator: Indicator, at point: AsOf) -> Figure? {
        guard case .seasonal = indicator.schedule else { return nil }
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

    /// Ranks of the non-parent rows, each peer group on its own.
    private func ranks(_ rows: [BulletinRow], direction: Direction) -> [String: Ranks] {
        var result: [String: Ranks] = [:]
        let groups = Dictionary(grouping: rows.filter { !$0.isParent }, by: { $0.peerGroup ?? "" })
        for (_, members) in groups {
            let total = Ranking.competitionRanks(members.map { ($0.org, $0.ytd) }, direction: direction)
            let growth = Ranking.competitionRanks(members.map { ($0.org, Ranking.comparable($0.growth)) }, direction: direction)
            let completion = Ranking.competitionRanks(members.map { ($0.org, Ranking.comparable($0.completion)) }, direction: direction)
            for member in members {
                result[member.org] = Ranks(total: total[member.org], growth: growth[member.org], completion: completion[member.org])
            }
        }
        return result
    }
}

extension BulletinEngine {
    /// Every unit's row for every indicator with data, each ranked among its siblings: the
    /// bulletins of all parents at once (the root's row heads it, unranked).
    public func fullBulletin(period: Period) throws -> Bulletin {
        guard let root = workspace.tree.root?.code else { throw BulletinError.emptyWorkspace }
        var rows: [BulletinRow] = []
        for unit in workspace.tree.units where unit.code == root || workspace.tree.hasChildren(unit.code) {
            let block = try bulletin(period: period, parent: unit.code)
            rows += block.rows.filter { !$0.isParent || unit.code == root }
        }
        return Bulletin(period: period, parent: root, rows: rows)
    }
}
