// The project figures as a CSV sheet (for those who carry on in Excel): one row per area, then
// one per chain, with the numbers as the pages show them (rates to one decimal, 亿元 to two).

extension Portfolio {
    /// `rows`: the areas to include (the reader's); `name`: a unit's name.
    public func csv(units rows: [PortfolioFigures], chains: [PortfolioFigures], name: (String) -> String, _ language: Language) -> String {
        func t(_ label: ProjectLabel) -> String { Catalogue.text(label, language) }
        func percent(_ value: Figure?) -> String { value.map { $0.fixed(1) } ?? "" }
        let header = ["period", "kind", "key", Catalogue.text(.org, language), t(.projectsCount)] + ProjectStage.allCases.map { Catalogue.stage($0, language) }
            + [t(.plannedStarts), t(.startRate), t(.completionRate), t(.productionRate), t(.planSum), t(.invested), t(.investmentCompletion),
               Catalogue.text(.schedule, language), t(.gapShort), t(.shareOfCity), t(.rankInGroup)]
        var out = CSV.exportLine(header) + "\n"
        let period = Period.month(year: asOf.year, month: asOf.month).description
        for (kind, list) in [("area", rows), ("chain", chains)] {
            for f in list {
                let fields = [period, kind, f.key, kind == "area" ? name(f.key) : f.key, String(f.projects)]
                    + ProjectStage.allCases.map { String(f.byStage[$0] ?? 0) }
                    + [String(f.plannedStarts), percent(f.startRate), percent(f.completionRate), percent(f.productionRate), f.annualPlan.fixed(2),
                       f.invested.fixed(2), percent(f.investmentCompletion), percent(f.schedule), percent(f.gap), percent(f.share),
                       kind == "area" ? ranks[f.key].map(String.init) ?? "" : ""]
                out += CSV.exportLine(fields) + "\n"
            }
        }
        return out
    }
}
