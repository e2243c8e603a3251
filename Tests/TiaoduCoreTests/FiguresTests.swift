import Foundation
import Testing
@testable import TiaoduCore

/// The worked examples of METRICS.md, each figure by its own small function.
@Suite struct FiguresTests {
    let d = { (s: String) in Figure(s)! }

    @Test func gapIsComputedOnUnroundedValues() {
        // plan 647.4, YTD 629.0 at 1–10月: 97.158 − 83.333 = 13.8 (rounding first gives 13.9).
        let completion = Figures.completion(ytd: d("629.0"), target: d("647.4"))!
        let schedule = Schedule.linear(.monthly, at: AsOf(year: 2021, month: 10))!
        #expect(completion.fixed(3) == "97.158")
        #expect(schedule.fixed(3) == "83.333")
        let gap = Figures.gap(completion: completion, schedule: schedule, direction: .up)!
        #expect(gap.fixed(1) == "13.8")
        #expect((completion.rounded(decimals: 1) - schedule.rounded(decimals: 1)).fixed(1) == "13.9")
    }

    @Test func completionOfACountUsesTheAnnualTarget() {
        // 206 started of 255 planned = 80.8%, not 206/223.
        #expect(Figures.completion(ytd: 206, target: 255)!.fixed(1) == "80.8")
    }

    @Test func growthNeedsABase() {
        #expect(Figures.growth(current: 110, base: 100) == 10)
        #expect(Figures.growth(current: 110, base: nil) == nil)
        #expect(Figures.growth(current: nil, base: 100) == nil)
        #expect(Figures.growth(current: 5, base: 0) == nil)
    }

    @Test func gapOfGrowthAndRateTargets() {
        #expect(Figures.gap(actual: d("8.5"), target: 7, direction: .up) == d("1.5"))
        #expect(Figures.gap(actual: d("3.5"), target: 3, direction: .down) == d("-0.5"))
    }

    @Test func lowerIsBetterTurnsTheGap() {
        #expect(Figures.gap(completion: 60, schedule: 75, direction: .down) == 15)
    }

    @Test func requiredPace() {
        // 1–8月 400 of 600: 200 left over 4 months → 50 a month.
        #expect(Figures.requiredPace(target: 600, ytd: 400, remainingPeriods: 4, direction: .up) == 50)
        #expect(Figures.requiredPace(target: 600, ytd: 700, remainingPeriods: 4, direction: .up) == 0)
        #expect(Figures.requiredPace(target: 600, ytd: 400, remainingPeriods: 0, direction: .up) == nil)
        // Against last year's remaining months: 200 needed where last year did 160 → +25%.
        #expect(Figures.requiredGrowth(target: 600, ytd: 400, lastYearTotal: 500, lastYearYTD: 340) == 25)
    }

    @Test func statusThresholds() {
        #expect(Status.of(gap: 0, threshold: 5) == .green)
        #expect(Status.of(gap: d("0.3"), threshold: 5) == .green)
        #expect(Status.of(gap: d("-4.9"), threshold: 5) == .amber)
        #expect(Status.of(gap: -5, threshold: 5) == .red)
        #expect(Status.of(gap: -3, threshold: 2) == .red)
        #expect(Status.of(gap: 2, threshold: 5, negativeGrowthAgainstGrowthTarget: true) == .red)
        #expect(Status.of(gap: nil, threshold: 5) == nil)
    }

    @Test func schedules() {
        #expect(Schedule.linear(.monthly, at: AsOf(year: 2021, month: 9)) == 75)
        #expect(Schedule.linear(.quarterly, at: AsOf(year: 2021, month: 8)) == 50)
        #expect(Schedule.linear(.quarterly, at: AsOf(year: 2021, month: 2)) == nil)
        #expect(Schedule.linear(.annual, at: AsOf(year: 2021, month: 12)) == 100)
        // Day-based: 31 + 28 days of 365 by the end of February 2021; 60 of 366 in 2020.
        #expect(Schedule.daily(at: AsOf(year: 2021, month: 2)) == Figure(5900, over: 365))
        #expect(Schedule.daily(at: AsOf(year: 2020, month: 2)) == Figure(6000, over: 366))
        let plan = ScheduleRule("plan:5|10|20|30|40|50|58|66|75|83|91|100")!
        #expect(Schedule.value(plan, frequency: .monthly, at: AsOf(year: 2021, month: 9)) == 75)
        #expect(Schedule.value(.seasonal, frequency: .monthly, at: AsOf(year: 2021, month: 9), seasonalShare: 70) == 70)
        #expect(Schedule.value(.seasonal, frequency: .monthly, at: AsOf(year: 2021, month: 9), seasonalShare: nil) == 75)
        #expect(ScheduleRule("plan:1|2|3") == nil)
        #expect(ScheduleRule("plan:9|2|3|4|5|6|7|8|9|10|11|12") == nil, "a trajectory never goes down")
        #expect(ScheduleRule(plan.description) == plan)
    }
}

@Suite struct RankingTests {
    @Test func tiesShareARankAndTheNextSkips() {
        let ranks = Ranking.competitionRanks([("a", Figure("4.7")), ("b", Figure("4.6")), ("c", Figure("4.6")), ("d", Figure("4.5"))], direction: .up)
        #expect(ranks == ["a": 1, "b": 2, "c": 2, "d": 4])
    }

    @Test func missingValuesAreLeftOut() {
        let ranks = Ranking.competitionRanks([("a", 3), ("b", nil), ("c", 5)], direction: .up)
        #expect(ranks == ["c": 1, "a": 2])
        #expect(ranks["b"] == nil)
    }

    @Test func lowerIsBetterRanksAscending() {
        #expect(Ranking.competitionRanks([("a", 3), ("b", 1), ("c", 2)], direction: .down) == ["b": 1, "c": 2, "a": 3])
    }

    @Test func comparesAtStoredPrecisionNotDisplayed() {
        // 4.64 and 4.56 both display as 4.6 but are not tied.
        let ranks = Ranking.competitionRanks([("a", Figure("4.56")), ("b", Figure("4.64"))], direction: .up)
        #expect(ranks == ["b": 1, "a": 2])
        // Equal quotients from different parts tie.
        #expect(Ranking.comparable(Figure(100, over: 3)) == Ranking.comparable(Figure(200, over: 6)))
    }
}
