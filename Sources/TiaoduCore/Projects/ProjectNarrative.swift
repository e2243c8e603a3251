// The project sentence of a bulletin or scorecard — 「1—9月，邗江区31个重大项目完成投资161.48
// 亿元，完成年度计划的35.2%，落后序时进度39.8个百分点，投资完成率位居县市区第4；计划新开工13个，已开工
// 11个，开工率84.6%。」 — from the same figures the tables show (one decimal, gap on unrounded values).
// The rank is by investment completion, and the sentence says so: it is not the gap's rank.

public enum ProjectNarrative {
    public static func sentence(_ f: PortfolioFigures, name: String, period: Period, rank: Int?, group: String?, _ language: Language) -> String {
        let zh = language == .zh
        let span = BulletinNarrative.span(period, language)
        var text = zh ? "\(span)，\(name)\(f.projects)个重大项目完成投资\(f.invested.fixed(2))亿元"
                      : "\(span.capitalizedFirst): \(name)'s \(f.projects) major \(f.projects == 1 ? "project" : "projects") invested \(Catalogue.amount(f.invested, decimals: 2, unit: "亿元", .en))"
        if let completion = f.investmentCompletion, let gap = f.gap {
            let points = gap.magnitude.fixed(1)
            // Level with 序时 when the gap shows as 0.0: never 「超序时进度0.0个百分点」.
            if Figure(points) == 0 {
                text += zh ? "，完成年度计划的\(completion.fixed(1))%，与序时进度持平" : ", \(completion.fixed(1))% of the annual plan, on schedule"
            } else {
                text += zh ? "，完成年度计划的\(completion.fixed(1))%，\(gap.isNegative ? "落后" : "超")序时进度\(points)个百分点"
                           : ", \(completion.fixed(1))% of the annual plan, \(points) points \(gap.isNegative ? "behind" : "ahead of") schedule"
            }
        }
        if let rank, let group { text += zh ? "，投资完成率位居\(group)第\(rank)" : " (investment completion \(BulletinNarrative.ordinal(rank)) in \(Catalogue.groupName(group, .en)))" }
        if let rate = f.startRate {
            text += zh ? "；计划新开工\(f.plannedStarts)个，已开工\(f.started)个，开工率\(rate.fixed(1))%"
                       : "; \(f.started) of \(f.plannedStarts) planned \(f.plannedStarts == 1 ? "start has" : "starts have") started (\(rate.fixed(1))%)"
        }
        if let rate = f.completionRate {
            text += zh ? "；计划竣工\(f.plannedCompletions)个，已竣工\(f.completed)个，竣工率\(rate.fixed(1))%"
                       : "; \(f.completed) of \(f.plannedCompletions) planned \(f.plannedCompletions == 1 ? "completion is" : "completions are") done (\(rate.fixed(1))%)"
        }
        return text + (zh ? "。" : ".")
    }
}
